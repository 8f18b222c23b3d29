"""The active cost's formulas with the current numbers (`cost_formulas`), and below them the
book-fidelity note (`desktop.views.book_note`), collapsible, shown when a run uses the
cross-entropy cost or the book widget's rule: which rule reproduces the book's animation.

Each formula has its numbers on its own row where the view is wide enough for every formula,
else on a row under it; two runs' formulas stand side by side where each fits half the width
unbroken, else one under the other. The arrangement is chosen for the widest numbers a run can
show (`cost_formulas.widest`), so it stays put while a run plays; `heightForWidth` answers for
the numbers shown and `planned_height` for the widest, so a layout can plan for a whole run.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QElapsedTimer, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPalette, QResizeEvent, QTextDocument, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from desktop.insight.cost_formulas import FormulaState, formulas_html, widest
from desktop.style.theme import LIGHT, Theme
from desktop.views.book_note import book_rule_note, book_rule_title

NOTE_SIZE = 0.85
"""The note's text is this much smaller than the formulas': it is the small print."""
MARGINS = (6, 4, 6, 4)
REFRESH_MS = 100
"""The formulas show new numbers at most this often (see `show_states`)."""
COLUMN_GAP = 8
"""px (at scale 1) between two runs' formulas side by side."""

Block = tuple[FormulaState, str, str]
"""A run's state, its heading and the heading's colour."""


class FormulasView(QWidget):
    """Formulas of one or two runs (`show_states`), and the note (`set_note_shown`)."""

    def __init__(self, theme: Theme = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self._blocks: list[Block] = []
        self._widest: list[Block] = []  # the same with the widest numbers the runs can show
        self._wide_width = 0.0  # the widest block with its numbers on the formulas' rows
        self._least_width = 0.0  # …with them under the formulas, broken where they may be
        self._arrangement = (1, False)  # columns, and whether the numbers share a formula's row
        self._heights: dict[int, int] = {}  # planned height by width, for the runs shown
        self._pending: list[Block] | None = None  # numbers given, not shown yet (`show_states`)
        self._since = QElapsedTimer()  # since the numbers shown were laid out
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.timeout.connect(self._apply_pending)
        self.formulas = QLabel(self)
        self._scratch = QLabel()  # measures the text a width would get, never shown
        self.note_button = QToolButton(self)
        self.note = QLabel(book_rule_note(), self)
        for label in (self.formulas, self._scratch, self.note):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.note_button.setText(book_rule_title())
        self.note_button.setCheckable(True)
        self.note_button.setChecked(True)
        self.note_button.setAutoRaise(True)
        self.note_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.note_button.toggled.connect(self._note_toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*MARGINS)
        layout.addWidget(self.formulas)
        layout.addWidget(self.note_button)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._note_wanted = False
        self.set_note_shown(False)
        self.apply_theme(theme)

    def show_states(self, blocks: Sequence[Block]) -> None:
        """Per run: its state, its heading and the heading's colour.

        While a run plays, the numbers change every frame, and laying these formulas out again
        takes ~30 ms: faster than `REFRESH_MS` apart, the newest numbers are shown when that
        time is up (no one reads digits changing 60 times a second; the last ones always
        show)."""
        self._pending = list(blocks)
        wait = REFRESH_MS - self._since.elapsed() if self._since.isValid() else 0
        other_runs = [(widest(state), h, hue) for state, h, hue in blocks] != self._widest
        if wait <= 0 or other_runs:  # other runs change the plan: at once
            self._apply_pending()
        elif not self._refresh.isActive():
            self._refresh.start(wait)

    def _apply_pending(self) -> None:
        self._refresh.stop()
        if self._pending is None:
            return
        blocks, self._pending = self._pending, None
        self._since.start()
        self._blocks = blocks
        widest_blocks = [(widest(state), heading, hue) for state, heading, hue in blocks]
        if widest_blocks != self._widest:  # other runs (the same runs measure the same)
            self._widest = widest_blocks
            self._measure()
        self._rearrange(self.width(), force=True)

    def text(self) -> str:
        """The formulas' rich text, with the newest numbers given."""
        self._apply_pending()
        return self.formulas.text()

    def columns(self) -> int:
        """1, or 2 when two runs' formulas stand side by side."""
        return self._arrangement[0]

    def wide(self) -> bool:
        """Whether each formula's numbers are on its own row (else on a row under it)."""
        return self._arrangement[1]

    def set_note_shown(self, shown: bool) -> None:
        """Offer the book-fidelity note (its button, and the note unless collapsed)."""
        self._note_wanted = shown
        self._heights.clear()
        self.note_button.setVisible(shown)
        self.note.setVisible(shown and self.note_button.isChecked())

    def note_visible(self) -> bool:
        """Whether the note's text is laid out (not hidden, not collapsed)."""
        return self._note_wanted and self.note_button.isChecked()

    def _note_toggled(self, expanded: bool) -> None:
        self._heights.clear()
        self.note_button.setArrowType(
            Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow
        )
        self.note.setVisible(self._note_wanted and expanded)

    # ------------------------------------------------------------------ arrangement
    def _arrangement_for(self, width: int) -> tuple[int, bool]:
        """Columns (1 or 2) and whether the numbers share each formula's row, at `width`."""
        room = width - MARGINS[0] - MARGINS[2]
        half = (room - 2 * COLUMN_GAP * self.theme.scale) / 2
        columns = 2 if len(self._blocks) == 2 and self._least_width <= half else 1
        return columns, 0 < self._wide_width <= (room if columns == 1 else half)

    def _measure(self) -> None:
        """The widest numbers' blocks' widths, all on one line, and broken where they may be."""
        document = QTextDocument()
        document.setDefaultFont(self.formulas.font())
        document.setDocumentMargin(0)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)  # as a label breaks lines
        document.setDefaultTextOption(option)
        wide, least = [], []
        colour, scale = self.theme.foreground, self.theme.scale
        for state, heading, hue in self._widest:
            document.setHtml(formulas_html(state, heading, hue, colour, True, scale))
            document.setTextWidth(-1)
            wide.append(document.idealWidth())
            document.setHtml(formulas_html(state, heading, hue, colour, False, scale))
            document.setTextWidth(1)
            least.append(document.idealWidth())
        self._wide_width, self._least_width = max(wide, default=0.0), max(least, default=0.0)
        self._heights.clear()

    def _rearrange(self, width: int, force: bool = False) -> None:
        arrangement = self._arrangement_for(width)
        if force or arrangement != self._arrangement:
            self._arrangement = arrangement
            self.formulas.setText(self._html(self._blocks, *arrangement))

    def _html(self, blocks: Sequence[Block], columns: int, wide: bool) -> str:
        colour, scale = self.theme.foreground, self.theme.scale
        texts = [
            formulas_html(state, heading, hue, colour, wide, scale)
            for state, heading, hue in blocks
        ]
        if columns == 1:
            return "<br>".join(texts)
        gap = round(COLUMN_GAP * scale)
        cells = "".join(
            f"<td width='50%' valign='top' style='padding-right: {gap}px'>{text}</td>"
            for text in texts
        )
        return f"<table width='100%' cellspacing='0' cellpadding='0'><tr>{cells}</tr></table>"

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._rearrange(event.size().width())
        super().resizeEvent(event)

    # ------------------------------------------------------------------ width and height
    def minimumSizeHint(self) -> QSize:
        """Any height: a scroll area gives it `heightForWidth`, a page plans by that too."""
        return QSize(super().minimumSizeHint().width(), 0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """The height everything can take at `width` while these runs play (`planned_height`),
        measured once per width: a run's new numbers change the text every frame, and laying
        rich text out again to measure it took ~4 ms a frame."""
        if width not in self._heights:
            self._heights[width] = self.planned_height(width)
        return self._heights[width]

    def least_width(self) -> int:
        """The width below which a formula (with the widest numbers) would break mid-term."""
        return math.ceil(self._least_width) + MARGINS[0] + MARGINS[2]

    def planned_height(self, width: int) -> int:
        """The most `heightForWidth` can be at `width` while these runs play: with the widest
        numbers they can show (or those shown, should these be wider still)."""
        return max(self._height(self._widest, width), self._height(self._blocks, width))

    def _height(self, blocks: Sequence[Block], width: int) -> int:
        inner = width - MARGINS[0] - MARGINS[2]
        self._scratch.setText(self._html(blocks, *self._arrangement_for(width)))
        height = MARGINS[1] + MARGINS[3] + self._scratch.heightForWidth(inner)
        spacing = self.layout().spacing()
        if self._note_wanted:
            height += spacing + self.note_button.sizeHint().height()
            if self.note_button.isChecked():
                height += spacing + self.note.heightForWidth(inner)
        return height

    # ------------------------------------------------------------------ theme
    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        palette = theme.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.background))  # like the plots
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        font = QFont(self.font())
        font.setPointSizeF(theme.label_point_size)
        self.formulas.setFont(font)
        self._scratch.setFont(font)
        small = QFont(font)
        small.setPointSizeF(theme.label_point_size * NOTE_SIZE)
        self.note_button.setFont(small)
        self.note.setFont(small)
        self._note_toggled(self.note_button.isChecked())
        self._measure()
        self._rearrange(self.width(), force=True)
