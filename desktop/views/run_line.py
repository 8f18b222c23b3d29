"""One run's line of compare mode's threshold readout: its name in bold, then where it stands,
in the run's colour, on one line; a line longer than its room shortens the name ("Run 1
(quadratic)" → "Run 1") and then ends in "…", whole in its tooltip.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

MIN_CHARACTERS = 12
"""The narrowest a run's line asks to be, in average character widths (then it ends in "…")."""


def bold_font(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


class RunLine(QWidget):
    """One run on one line, in its colour: its name in bold, then where it stands.

    `set_texts(name, text)` takes the name ("Run 1 (quadratic)") and the whole line ("Run 1
    (quadratic): not yet (epoch 120 shown)"); the part after the name is drawn in the plain
    font. A line longer than the widget ends in "…" and the whole line is the tooltip.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = ""
        self._text = ""
        self._colour: QColor | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        """The whole line, even when it is shown elided."""
        return self._text

    def set_texts(self, name: str, text: str) -> None:
        if (name, text) == (self._name, self._text):
            return
        self._name, self._text = name, text
        self.setAccessibleName(text)
        self._update_tooltip()
        self.update()

    def set_colour(self, colour: QColor | None) -> None:
        """Draw in `colour`, or in the palette's WindowText colour when None."""
        self._colour = colour
        self.update()

    def text_width(self, name: str | None = None, text: str | None = None) -> float:
        """Pixels the whole line takes (default: the line shown), name in bold."""
        bold, rest = self._parts(
            self._name if name is None else name, self._text if text is None else text
        )
        plain = QFontMetricsF(self.font())
        return QFontMetricsF(bold_font(self.font())).horizontalAdvance(
            bold
        ) + plain.horizontalAdvance(rest)

    def is_elided(self) -> bool:
        """Whether part of the line is hidden behind "…" at the current width."""
        return math.ceil(self.text_width()) > self.width()

    def shown_parts(self) -> tuple[str, str]:
        """What is drawn now: the bold part and the plain part (either may end in "…")."""
        bold, rest = self._parts(self._name, self._text)
        width = self.width()
        bold_width = QFontMetricsF(bold_font(self.font())).horizontalAdvance(bold)
        if not self.is_elided():
            return bold, rest
        short = bold.split(" (")[0]  # "Run 1 (quadratic)" → "Run 1": the legend names it too
        if short != bold and math.ceil(self.text_width(short, short + rest)) <= width:
            return short, rest
        if bold_width < width:
            elide = Qt.TextElideMode.ElideRight
            return bold, QFontMetricsF(self.font()).elidedText(rest, elide, width - bold_width)
        elided = QFontMetricsF(bold_font(self.font())).elidedText(
            bold, Qt.TextElideMode.ElideRight, width
        )
        return elided, ""

    def sizeHint(self) -> QSize:
        width = math.ceil(MIN_CHARACTERS * QFontMetricsF(self.font()).averageCharWidth())
        return QSize(width, self.line_height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def line_height(self) -> int:
        """Whole pixels for one line of either font, so neither is cut."""
        spacings = (
            QFontMetricsF(font).lineSpacing() for font in (self.font(), bold_font(self.font()))
        )
        return math.ceil(max(spacings))

    def paintEvent(self, _event: QPaintEvent) -> None:
        bold_text, rest = self.shown_parts()
        bold, plain = bold_font(self.font()), self.font()
        bold_metrics, plain_metrics = QFontMetricsF(bold), QFontMetricsF(plain)
        ascent = max(bold_metrics.ascent(), plain_metrics.ascent())
        descent = max(bold_metrics.descent(), plain_metrics.descent())
        baseline = (self.height() - ascent - descent) / 2 + ascent
        painter = QPainter(self)
        painter.setPen(self._colour or self.palette().color(self.foregroundRole()))
        painter.setFont(bold)
        painter.drawText(QPointF(0, baseline), bold_text)
        painter.setFont(plain)
        painter.drawText(QPointF(bold_metrics.horizontalAdvance(bold_text), baseline), rest)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_tooltip()

    def _update_tooltip(self) -> None:
        self.setToolTip(self._text if self._text and self.is_elided() else "")

    @staticmethod
    def _parts(name: str, text: str) -> tuple[str, str]:
        """The name (bold) and the rest; all plain if a translation put the name elsewhere."""
        if name and text.startswith(name):
            return name, text[len(name) :]
        return "", text
