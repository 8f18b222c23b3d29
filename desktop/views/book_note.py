"""The book-fidelity note: which update rule reproduces the book's published animation, and why
the default differs. Shown by the info button beside every rule chooser and in the why-slow panel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QMessageBox, QToolButton, QWidget

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def book_rule_title() -> str:
    return QCoreApplication.translate("BookNote", "Which update rule?")


def book_rule_note() -> str:
    """The note as rich text (HTML), translated."""
    return QCoreApplication.translate(
        "BookNote",
        "<p>The book's published cross-entropy animation steps by "
        "<i>∂C/∂a</i> = 1/(1 − <i>a</i>) (for <i>x</i> = 1, <i>y</i> = 0), "
        "not by the gradient of eq. 61, "
        "<i>∂C/∂w</i> = <i>x</i>(<i>a</i> − <i>y</i>).</p>"
        "<p><b>True gradient</b> (the default) is the mathematics of the chapter. "
        "<b>Book widget</b> reproduces the published figure (η = 0.005). "
        "In compare mode, <i>Book rule vs true gradient</i> shows both from the same start.</p>",
    )


def info_icon(colour: QColor, size: int, pixel_ratio: float = 1.0) -> QIcon:
    """A circled "i" of `size` logical pixels in `colour`: drawn, not a font glyph ("ⓘ" is
    missing from many fonts), so it follows the theme and stays sharp at any scale."""
    pixmap = QPixmap(round(size * pixel_ratio), round(size * pixel_ratio))
    pixmap.setDevicePixelRatio(pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    stroke = max(1.0, size / 12)
    painter.setPen(QPen(colour, stroke))
    half = stroke / 2
    painter.drawEllipse(QRectF(half, half, size - stroke, size - stroke))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    dot = size * 0.14
    painter.drawEllipse(QPointF(size / 2, size * 0.29), dot / 2 * 1.1, dot / 2 * 1.1)
    bar = max(stroke * 1.4, size * 0.12)
    painter.drawRect(QRectF(size / 2 - bar / 2, size * 0.42, bar, size * 0.34))
    painter.end()
    return QIcon(pixmap)


class InfoButton(QToolButton):
    """The ⓘ beside a rule chooser: opens the book-fidelity note (`book_rule_note`).

    Tab reaches it and Enter opens the note, but a click does not take the focus, so Space
    stays with Play/Pause. The icon follows the palette and grows with the font (the scale).
    The note is a non-blocking message box kept in `note_box` once opened.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note_box: QMessageBox | None = None
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.setText("ⓘ")
        self.setToolTip(book_rule_title())
        self.setAccessibleName(book_rule_title())
        self.clicked.connect(self.show_note)
        self._restyle()

    def show_note(self) -> None:
        """Open (or raise) the note beside the window, without blocking the window."""
        if self.note_box is None:
            box = QMessageBox(self.window())
            box.setIcon(QMessageBox.Icon.Information)
            box.setTextFormat(Qt.TextFormat.RichText)
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            box.setWindowModality(Qt.WindowModality.NonModal)
            self.note_box = box
        self.note_box.setWindowTitle(book_rule_title())
        self.note_box.setText(book_rule_note())
        if self.note_box.isVisible():  # behind the window: bring it forward
            self.note_box.raise_()
            self.note_box.activateWindow()
        else:
            self.note_box.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER_KEYS:
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        kinds = (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.LanguageChange)
        if event.type() in kinds:
            self._restyle()

    def _restyle(self) -> None:
        """Icon as tall as a line of the current font, in the palette's button-text colour."""
        size = self.fontMetrics().height()
        colour = self.palette().color(QPalette.ColorRole.ButtonText)
        self.setIconSize(QSize(size, size))
        self.setIcon(info_icon(colour, size, self.devicePixelRatioF()))
        self.setToolTip(book_rule_title())
        self.setAccessibleName(book_rule_title())


def book_note_button(parent: QWidget | None = None) -> InfoButton:
    """The ⓘ button every rule chooser has beside it (see `InfoButton`)."""
    return InfoButton(parent)
