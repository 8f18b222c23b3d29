"""The lesson in one sentence, under the plots: why the neuron learns slowly (or fast) right now.

It shows the hint for the epoch on screen and quotes that epoch's number, so stepping back and
forth changes it; when nothing is notable it is empty (its room stays, so the plots never jump).
It is separate from the status bar, where tooltips and messages come and go, and it grows with
the presentation scale like the rest of the lecture content. It paints its own text: a new
sentence every frame then costs a repaint of the banner only, never a layout of the window.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BASE_POINT_SIZE = 13.0
LINES = 2
"""Room for two lines of text at any scale: long sentences wrap instead of being cut."""


class HintBanner(QWidget):
    """A word-wrapped sentence in the accent colour, of constant height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._background = QColor(Qt.GlobalColor.white)
        self._accent = QColor("#c0392b")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Why the neuron learns as it does"))
        self.set_scale(1.0)

    def text(self) -> str:
        """The sentence shown ("" when nothing is notable)."""
        return self._text

    def show_hint(self, sentence: str | None) -> None:
        """Show `sentence`, or nothing (the room stays)."""
        if (sentence or "") != self._text:
            self._text = sentence or ""
            self.setAccessibleDescription(self._text)
            self.update()

    def set_scale(self, scale: float) -> None:
        """Text grows with the presentation scale; the banner keeps room for two lines."""
        if not (math.isfinite(scale) and scale > 0):
            raise ValueError(f"scale must be a positive finite number, got {scale!r}")
        font = QFont(self.font())
        font.setPointSizeF(BASE_POINT_SIZE * scale)
        font.setBold(True)
        self.setFont(font)
        line = QFontMetricsF(font).lineSpacing()
        self.setFixedHeight(math.ceil((LINES + 0.4) * line))
        self.update()

    def set_colors(self, background: QColor, accent: QColor) -> None:
        self._background, self._accent = QColor(background), QColor(accent)
        self.update()

    def text_fits(self) -> bool:
        """Whether the sentence fits the banner's two lines at its width (no line is cut)."""
        flags = int(Qt.TextFlag.TextWordWrap)
        needed = QFontMetricsF(self.font()).boundingRect(
            0, 0, max(1, self._text_rect_width()), 100_000, flags, self._text
        )
        return needed.height() <= self.height()

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), self._background)
            painter.setFont(self.font())
            painter.setPen(self._accent)
            margin = self._margin()
            flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(self.rect().adjusted(margin, 0, -margin, 0), flags, self._text)
        finally:
            painter.end()

    def _margin(self) -> int:
        return round(QFontMetricsF(self.font()).averageCharWidth())

    def _text_rect_width(self) -> int:
        return self.width() - 2 * self._margin()
