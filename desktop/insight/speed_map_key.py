"""The learning-speed map's key, right of the two maps: the shared colour scale as a vertical bar
on a log axis of epochs (1 … M, ticks "1", "10", "100", "1k") titled "epochs to |a − y| < T"
up its side, and under it a swatch of the not-reached colour labelled "not reached".

Painted by hand rather than as a pyqtgraph plot: it has no data to pan or zoom, its width is
exactly what its text needs at the theme's sizes, and its bar spans the rows the maps' views
span (`set_bar_span`), so colours and cells line up.
"""

from __future__ import annotations

import math
import re

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.insight.speed_map_cells import log_ticks, scale_position
from desktop.insight.speed_map_texts import bar_label, not_reached_label
from desktop.plots.plot_axes import format_epoch_tick
from desktop.style.theme import LIGHT, Theme

BAR_LINES = 0.9
"""Width of the colour bar and side of the swatch, in tick-label lines."""
TICK_LINES = 0.3
"""Tick marks beside the bar, in tick-label lines."""
GAP_LINES = 0.3
"""Between tick marks and labels, labels and title, bar and swatch: in tick-label lines."""
_TITLE_WORDS = re.compile(r"(\|a − y\| < \S+)| ")
"""Where the bar's title may break: at spaces outside the condition "|a − y| < T"."""


class SpeedMapKey(QWidget):
    """The colour bar and the not-reached swatch; `set_scale(M, T)` after every new map."""

    def __init__(self, lookup: np.ndarray, not_reached: QColor, theme: Theme = LIGHT) -> None:
        super().__init__()
        self._not_reached = QColor(not_reached)
        self._max_epochs = 1000
        self._threshold = 0.1
        self._span: tuple[float, float] | None = None  # bar top and bottom, in own pixels
        self._gradient = _gradient_image(lookup)
        self.theme = theme
        self.setSizePolicy(
            QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Ignored
        )  # as high as the maps
        self.apply_theme(theme)

    def set_scale(self, max_epochs: int, threshold: float) -> None:
        """The bar runs from 1 to `max_epochs` epochs; its title names the threshold."""
        self._max_epochs, self._threshold = max(1, int(max_epochs)), threshold
        self._fit_width()
        self.update()

    def set_bar_span(self, top: float, bottom: float) -> None:
        """Where the bar's ends are, in the key's pixels (the maps' views' top and bottom)."""
        if (top, bottom) != self._span:
            self._span = (top, bottom)
            self._fit_width()
            self.update()

    def set_colours(self, not_reached: QColor) -> None:
        self._not_reached = QColor(not_reached)
        self.update()

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._fit_width()
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_width()  # the title may need a second line at this height, or no longer

    def _fit_width(self) -> None:
        width = self.sizeHint().width()
        if width != self.width() or self.minimumWidth() != width:
            self.setFixedWidth(width)

    # ------------------------------------------------------------------ geometry
    def fonts(self) -> tuple[QFont, QFont]:
        """The tick labels' font (the axes'), and the title's (the axis titles')."""
        tick, title = QFont(self.font()), QFont(self.font())
        tick.setPointSizeF(self.theme.axis_point_size)
        title.setPointSizeF(self.theme.label_point_size)
        return tick, title

    def sizeHint(self) -> QSize:
        tick, title = (QFontMetricsF(font) for font in self.fonts())
        line = tick.height()
        labels = [format_epoch_tick(count) for count in log_ticks(self._max_epochs)]
        width = line * (BAR_LINES + TICK_LINES + 2 * GAP_LINES)
        width += max(tick.horizontalAdvance(text) for text in labels)
        width += len(self.title_lines()) * title.height() + line * GAP_LINES
        words = not_reached_label().split()
        swatch = line * (BAR_LINES + GAP_LINES) + max(tick.horizontalAdvance(w) for w in words)
        return QSize(math.ceil(max(width, swatch)) + 2, round(12 * line))

    def title_lines(self) -> list[str]:
        """The bar's title, on one line if that is no longer than the bar, else on two as even
        as the words allow, the condition kept whole ("epochs to" / "|a − y| < 0.1";
        "达到 |a − y| < 0.1" / "所需迭代期数")."""
        text = bar_label(self._threshold)
        title = QFontMetricsF(self.fonts()[1])
        if title.horizontalAdvance(text) <= self.bar_rect().height() * 1.1:
            return [text]
        words = [w for w in _TITLE_WORDS.split(text) if w and w.strip()]
        splits = [
            [" ".join(words[:i]).strip(), " ".join(words[i:]).strip()] for i in range(1, len(words))
        ]
        if not splits:
            return [text]
        return min(splits, key=lambda lines: max(map(title.horizontalAdvance, lines)))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), round(6 * QFontMetricsF(self.fonts()[0]).height()))

    def swatch_rect(self) -> QRectF:
        """The not-reached swatch, its label beside it and, if it does not fit, under it."""
        tick = QFontMetricsF(self.fonts()[0])
        line = tick.height()
        side = BAR_LINES * line
        label = self._swatch_label_rect(side)
        height = max(side, label.height())
        top = self.height() - height - 1
        if self._span is not None:
            top = min(top, self._span[1] + 0.5 * line)
        return QRectF(0.5, top, side, side)

    def _swatch_label_rect(self, side: float) -> QRectF:
        tick = QFontMetricsF(self.fonts()[0])
        left = side + GAP_LINES * tick.height()
        room = QRectF(left, 0, max(1.0, self.width() - left - 1), 10_000)
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        return tick.boundingRect(room, flags, not_reached_label())

    def bar_rect(self) -> QRectF:
        """The colour bar: along the maps' views if told where they are, above the swatch."""
        tick = QFontMetricsF(self.fonts()[0])
        line = tick.height()
        side = BAR_LINES * line
        label_height = self._swatch_label_rect(side).height()
        lowest = self.height() - max(side, label_height) - 1.5 * line
        top, bottom = self._span if self._span is not None else (0.5 * line, lowest)
        bottom = min(bottom, lowest)
        top = max(top, 0.5 * line)
        return QRectF(0.5, top, side, max(line, bottom - top))

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_bar(painter)
            self._paint_swatch(painter)
        finally:
            painter.end()

    def _ticks(self, bar: QRectF) -> list[tuple[int, float, bool]]:
        """Each tick's epochs, height, and whether it is labelled: 1 and M always, the powers
        of ten between them where their labels keep a line apart (a short bar drops some)."""
        line = QFontMetricsF(self.fonts()[0]).height()
        ticks = log_ticks(self._max_epochs)
        positions = scale_position(np.asarray(ticks), self._max_epochs)
        heights = [bar.bottom() - float(p) * bar.height() for p in positions]
        order = [0, len(ticks) - 1, *range(1, len(ticks) - 1)]
        kept: list[float] = []
        for index in order:
            if all(abs(heights[index] - other) >= line for other in kept):
                kept.append(heights[index])
        return [(count, y, y in kept) for count, y in zip(ticks, heights, strict=True)]

    def _outline(self) -> QPen:
        pen = QPen(QColor(self.theme.foreground), max(1.0, self.theme.scale))
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        return pen

    def _paint_bar(self, painter: QPainter) -> None:
        tick_font, title_font = self.fonts()
        tick = QFontMetricsF(tick_font)
        line = tick.height()
        bar = self.bar_rect()
        painter.drawImage(bar, self._gradient)
        painter.setPen(self._outline())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(bar)
        painter.setFont(tick_font)
        tick_end = bar.right() + TICK_LINES * line
        text_left = tick_end + GAP_LINES * line
        widest = 0.0
        for count, y, labelled in self._ticks(bar):
            painter.drawLine(QPointF(bar.right(), y), QPointF(tick_end, y))
            if labelled:
                text = format_epoch_tick(count)
                widest = max(widest, tick.horizontalAdvance(text))
                painter.drawText(QPointF(text_left, y - tick.height() / 2 + tick.ascent()), text)
        title = QFontMetricsF(title_font)
        painter.setFont(title_font)
        painter.save()
        painter.translate(text_left + widest + GAP_LINES * line, bar.center().y())
        painter.rotate(-90)  # the text reads upwards; its first line is the leftmost
        for index, text in enumerate(self.title_lines()):
            baseline = title.ascent() + index * title.height()
            painter.drawText(QPointF(-title.horizontalAdvance(text) / 2, baseline), text)
        painter.restore()

    def _paint_swatch(self, painter: QPainter) -> None:
        tick_font, _ = self.fonts()
        swatch = self.swatch_rect()
        painter.fillRect(swatch, self._not_reached)
        painter.setPen(self._outline())
        painter.drawRect(swatch)
        painter.setFont(tick_font)
        label = self._swatch_label_rect(swatch.width()).translated(0, swatch.top())
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        painter.drawText(label, flags, not_reached_label())


def _gradient_image(lookup: np.ndarray) -> QImage:
    """The lookup table as a one-pixel-wide image, low colours at the bottom."""
    table = np.asarray(lookup, dtype=np.uint8)[::-1, :4]
    rgba = np.ascontiguousarray(table.reshape(len(table), 1, 4))
    image = QImage(rgba.data, 1, len(table), 4, QImage.Format.Format_RGBA8888)
    return image.copy()  # owns its pixels: the array may go
