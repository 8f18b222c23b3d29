"""The app's axes: tick labels that never overlap, axis titles clear of them, epochs in SI.

`StyledAxis` (every value axis) sizes itself from its tick font and its title, with a gap between
the two that grows with the font, so "cost C" never runs into "0.2" at any export size, and drops
any tick label that would overlap one drawn before it. `EpochAxis` (every epoch axis) chooses its
own ticks: whole epochs, spaced so their labels fit with a gap, always including the planned end
("300"), and written the short SI way ("500k", "2M", "10M").
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF

NICE_MANTISSAS = (1, 2, 5)
MIN_MINOR_PIXELS = 6.0
"""Minor ticks (grid lines only) closer than this are left out."""


def format_epoch_tick(epoch: float) -> str:
    """An epoch as a short tick label: "250", "1.5k", "500k", "2M", "10M" (4 significant
    digits at most, so an odd planned end such as 1,234,567 reads "1.235M")."""
    rounded = float(f"{epoch:.4g}")  # 999,999 is 1M, not "1000k"
    for size, template in _si_templates():
        if abs(rounded) >= size:
            return template.format(number=f"{epoch / size:.4g}")
    return f"{round(epoch)}"


def _si_templates() -> tuple[tuple[float, str], ...]:
    """Epoch multiples and how a number of them is written, largest first."""
    translate = QCoreApplication.translate
    return (
        (1e9, translate("EpochAxis", "{number}G")),
        (1e6, translate("EpochAxis", "{number}M")),
        (1e3, translate("EpochAxis", "{number}k")),
    )


def next_nice(step: float) -> float:
    """The next round step after `step` (1, 2, 5 × 10ⁿ)."""
    exponent = math.floor(math.log10(step) + 1e-9)
    mantissa = step / 10.0**exponent
    larger = [m for m in (*NICE_MANTISSAS, 10) if m > mantissa + 1e-9]
    return larger[0] * 10.0**exponent


def nice_at_least(value: float) -> float:
    """The smallest round step (1, 2, 5 × 10ⁿ) that is at least `value`."""
    exponent = math.floor(math.log10(value))
    for mantissa in (*NICE_MANTISSAS, 10):
        if mantissa * 10.0**exponent >= value * (1 - 1e-9):
            return mantissa * 10.0**exponent
    return 10.0 ** (exponent + 1)


def tick_font(axis: pg.AxisItem) -> QFont:
    font = axis.style.get("tickFont")
    return QFont(font) if font is not None else QFont()


class StyledAxis(pg.AxisItem):
    """An axis whose title sits a font-sized gap clear of its tick labels, whose tick labels
    never overlap, and that is as wide (or high) as its labels need, no more.

    pyqtgraph reserves 0.8 × the title's height and nudges it outwards, which at large fonts
    puts the title over the tick labels; here the title gets its own band.
    """

    def __init__(self, orientation: str, **kwargs: object) -> None:
        super().__init__(orientation, **kwargs)
        self.label.document().setDocumentMargin(0)
        self.edge_room = 0.0  # pixels a tick label may reach past either end (see set_edge_room)

    def gap(self) -> float:
        """Space between tick labels and between tick labels and the title: a third of a line."""
        return 0.35 * QFontMetricsF(tick_font(self)).height()

    def set_edge_room(self, pixels: float) -> None:
        """Let tick labels reach `pixels` past the ends of the axis (the plot keeps that much
        room beyond them), so the labels of the first and last ticks are drawn whole."""
        if pixels != self.edge_room:
            self.prepareGeometryChange()
            self.edge_room = pixels
            self.picture = None
            self.update()

    def boundingRect(self) -> QRectF:
        rect = super().boundingRect()
        if self.orientation in ("top", "bottom"):
            return rect.adjusted(-self.edge_room, 0, self.edge_room, 0)
        return rect.adjusted(0, -self.edge_room, 0, self.edge_room)

    def _title_height(self) -> float:
        return self.label.boundingRect().height() if self.label.isVisible() else 0.0

    def _updateWidth(self) -> None:  # pyqtgraph's hook: the width a vertical axis needs
        if not self.isVisible() or self.fixedWidth is not None:
            super()._updateWidth()
            return
        width = self.textWidth + self.style["tickTextOffset"][0] + max(0, self.style["tickLength"])
        if self._title_height():
            width += self.gap() + self._title_height()
        self.setMaximumWidth(width)
        self.setMinimumWidth(width)
        self.picture = None

    def _updateHeight(self) -> None:  # the height a horizontal axis needs: from its font
        if not self.isVisible() or self.fixedHeight is not None:
            super()._updateHeight()
            return
        # Tick labels are digits, SI letters and signs: nothing reaches below the baseline.
        height = QFontMetricsF(tick_font(self)).ascent() + self.style["tickTextOffset"][1]
        height += max(0, self.style["tickLength"])
        if self._title_height():
            height += self.gap() + self._title_height()
        self.setMaximumHeight(height)
        self.setMinimumHeight(height)
        self.picture = None

    def setTickFont(self, font: QFont | None) -> None:
        super().setTickFont(font)
        self._adjustSize()  # the band for the labels follows the font now, not at a paint

    def resizeEvent(self, event: object = None) -> None:
        """Put the title at the outer edge of the axis, centred along it."""
        if self.label is None:
            self.picture = None
            return
        title = self.label.boundingRect()
        size = self.size()
        if self.orientation == "left":
            position = QPointF(0, round(size.height() / 2 + title.width() / 2))
        elif self.orientation == "right":
            position = QPointF(
                size.width() - title.height(), round(size.height() / 2 + title.width() / 2)
            )
        elif self.orientation == "top":
            position = QPointF(round(size.width() / 2 - title.width() / 2), 0)
        else:
            position = QPointF(
                round(size.width() / 2 - title.width() / 2), size.height() - title.height()
            )
        self.label.setPos(position)
        self.picture = None

    def generateDrawSpecs(self, painter: object) -> object:
        """pyqtgraph's specs, less any tick label that would overlap one kept before it
        (labels come level by level, so the main ticks win)."""
        specs = super().generateDrawSpecs(painter)
        if specs is None:
            return None
        axis_spec, tick_specs, text_specs = specs
        kept: list[tuple[QRectF, object, str]] = []
        gap = self.gap() / 2
        for rect, flags, text in text_specs:
            padded = rect.adjusted(-gap, 0, gap, 0)
            if self.orientation in ("left", "right"):
                padded = rect.adjusted(0, -gap / 4, 0, gap / 4)
            if not any(padded.intersects(other) for other, _, _ in kept):
                kept.append((rect, flags, text))
        return axis_spec, tick_specs, kept


class EpochAxis(StyledAxis):
    """An epoch axis: whole-epoch ticks whose labels fit with a gap, one of them at the planned
    end, labelled in SI ("500k", "2M"); minor ticks only draw grid lines."""

    def __init__(self, orientation: str = "bottom", **kwargs: object) -> None:
        super().__init__(orientation, **kwargs)
        self.end: int | None = None
        self.setStyle(maxTextLevel=0)

    def set_end(self, epochs: int | None) -> None:
        """The planned end of the run, always given a tick (None: no special tick)."""
        if epochs != self.end:
            self.end = epochs
            self.picture = None
            self.update()

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [format_epoch_tick(value * scale) for value in values]

    def _label_width(self, values: list[float]) -> float:
        metrics = QFontMetricsF(tick_font(self))
        return max(
            (metrics.horizontalAdvance(s) for s in self.tickStrings(values, 1, 1)), default=0
        )

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        low, high = sorted((minVal, maxVal))
        if size <= 0 or high - low <= 0:
            return []
        levels = self.tickSpacing(low, high, size)
        step = max(levels[0][0] if levels else 1.0, 1.0)
        step = nice_at_least(step)
        pixels_per_epoch = size / (high - low)
        first, last = max(low, 0.0), high if self.end is None else min(high, float(self.end))
        while True:
            values = self._multiples(step, first, last)
            if (step * pixels_per_epoch >= self._label_width(values) + self.gap()) or len(
                values
            ) <= 1:
                break
            step = next_nice(step)
        values = self._with_end(values, low, high, pixels_per_epoch)
        minor = self._minor_step(step, pixels_per_epoch)
        levels_out = [(step, values)]
        if minor is not None:
            levels_out.append((minor, [v for v in self._multiples(minor, first, last)]))
        return levels_out

    @staticmethod
    def _multiples(step: float, first: float, last: float) -> list[float]:
        start, stop = math.ceil(first / step - 1e-9), math.floor(last / step + 1e-9)
        return [k * step for k in range(start, stop + 1)]

    def _with_end(
        self, values: list[float], low: float, high: float, pixels_per_epoch: float
    ) -> list[float]:
        """The planned end's tick first (where labels overlap, the first one drawn stays), then
        the round ones, less the last if its label would touch the end's."""
        end = self.end
        if end is None or not low <= end <= high or (values and abs(values[-1] - end) < 1e-9):
            return values
        room = self._label_width([*values[-1:], float(end)]) + self.gap()
        if values and (end - values[-1]) * pixels_per_epoch < room and len(values) > 1:
            values = values[:-1]
        return [float(end), *values]

    @staticmethod
    def _minor_step(step: float, pixels_per_epoch: float) -> float | None:
        mantissa = round(step / 10.0 ** math.floor(math.log10(step) + 1e-9))
        minor = step / (4 if mantissa == 2 else 5)
        if minor * pixels_per_epoch >= MIN_MINOR_PIXELS:
            return minor
        minor = step / 2
        return minor if minor * pixels_per_epoch >= MIN_MINOR_PIXELS else None
