"""A text label that is always the same height: a set number of lines, wrapped, elided if longer.

A QLabel with word wrap grows and shrinks with its text, so the widgets below it move when the
text changes: under the mouse, while a lecturer is choosing. This label reserves its lines once;
text that would need more lines ends in "…" and the whole text is its tooltip.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QSizePolicy, QWidget

_GLUED = re.compile(r" ([=−+×·<>≤≥]) ")
"""A space either side of an operator: "1 − a" and "η = 0.005" are not broken across lines."""
MIN_CHARACTERS = 12
"""The narrowest the label asks to be, in average character widths (the layout decides)."""


class FixedLinesLabel(QWidget):
    """`lines` lines of wrapped text, in the palette's text colour or a colour of its own."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self._text = ""
        self._colour: QColor | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        """The whole text, even when the label shows it elided."""
        return self._text

    def setText(self, text: str) -> None:
        self._text = text
        self.setAccessibleName(text)
        self._update_tooltip()
        self.update()

    def set_colour(self, colour: QColor | None) -> None:
        """Draw the text in `colour`, or in the palette's WindowText colour when None."""
        self._colour = colour
        self.update()

    def shown_lines(self, width: int | None = None) -> list[str]:
        """The lines drawn at `width` pixels (default: the label's own), the last one elided."""
        return self._laid_out(self.width() if width is None else width)[0]

    def is_elided(self) -> bool:
        """Whether part of the text is hidden behind "…" at the current width."""
        return self._laid_out(self.width())[1]

    def _laid_out(self, width: int) -> tuple[list[str], bool]:
        text = _GLUED.sub("\N{NO-BREAK SPACE}\\1\N{NO-BREAK SPACE}", self._text)
        text = text.replace("/", "/\N{WORD JOINER}")  # nor "1/(1 − a)" after its slash
        layout = QTextLayout(text, self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        starts = []
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            starts.append(line.textStart())
        layout.endLayout()
        ends = [*starts[1:], len(text)]
        shown = [text[start:end].rstrip() for start, end in zip(starts, ends, strict=True)]
        if len(shown) <= self.lines:
            return shown, False
        rest = text[starts[self.lines - 1] :]
        last = self.fontMetrics().elidedText(rest, Qt.TextElideMode.ElideRight, width)
        return [*shown[: self.lines - 1], last], True

    def sizeHint(self) -> QSize:
        width = math.ceil(MIN_CHARACTERS * QFontMetricsF(self.font()).averageCharWidth())
        return QSize(width, self.lines * self._line_height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        colour = self._colour or self.palette().color(self.foregroundRole())
        painter.setPen(colour)
        spacing = self._line_height()
        for row, text in enumerate(self.shown_lines()):
            line_rect = QRect(0, row * spacing, self.width(), spacing)
            painter.drawText(
                line_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
            )
        painter.end()

    def _line_height(self) -> int:
        """Pixels per line, whole as text layout makes them (26.77 → 27), so no line is cut."""
        return math.ceil(QFontMetricsF(self.font()).lineSpacing())

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        self.setToolTip(self._text if self._text and self.is_elided() else "")
