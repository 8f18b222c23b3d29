"""The landscape's colour bar: the colour map from C = low (bottom) to high (top), its values on
an axis in the app's look, and a line across it at each contour level, so a line on the map
can be read off the bar. Beside the view, or under it where the panel is taller than wide.

pyqtgraph's own `ColorBarItem` has a fixed 45-pixel axis and its title between the bar and the
plot; this one sizes its axis from the theme's font (presentation scale 2 too) and puts the
title on the outside, like every other axis of the app.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QFontMetricsF

from desktop.insight.insight_plot import SignedAxis
from desktop.style.theme import Theme

BAR_WIDTH = (14.0, 8.0)
"""Width of the coloured bar in pixels: the first plus the second × the presentation scale."""
BESIDE = (2, 3)
"""A vertical bar's row and column in the plot's layout: the view's row (0 title, 1 top axis,
2 view, 3 bottom axis), right of the right axis (hidden) in column 2."""
BELOW = (4, 0, 1, 2)
"""A horizontal bar's: under the bottom axis, across the value axis's column (its caption
goes there) and the view's."""
TITLE_ROW = 0
LINE_ALPHA = 170
"""Contour lines (and the bar's marks) are drawn at this opacity (of 255)."""


def contour_pens(theme: Theme) -> tuple[pg.QtGui.QPen, pg.QtGui.QPen]:
    """Pens for contour lines over the dark half of the colour map (white) and over the light
    half (black): the map's lightness rises steadily from its low end to its high end."""
    pens = []
    for colour in ("#ffffff", "#000000"):
        line = QColor(colour)
        line.setAlpha(LINE_ALPHA)
        pens.append(pg.mkPen(line, width=max(1.2, 1.2 * theme.scale)))
    return pens[0], pens[1]


def over_dark(levels: np.ndarray, low: float, high: float) -> np.ndarray:
    """Which levels lie in the dark (lower) half of a colour scale from `low` to `high`."""
    return np.asarray(levels) < (low + high) / 2


def style_axis(axis: pg.AxisItem, theme: Theme) -> None:
    """An axis in the theme's colours, fonts and sizes (as `restyle_plot` styles a plot's)."""
    axis.setTickDensity(1.0 / theme.scale)
    axis.setPen(pg.mkPen(theme.foreground, width=max(1.0, theme.scale)))
    axis.setTextPen(theme.foreground)
    axis.setTickFont(theme.axis_font())
    if axis.labelText:  # an empty title would still take a line
        size = f"{theme.label_point_size:.3g}pt"
        axis.setLabel(axis.labelText, color=theme.foreground, **{"font-size": size})


class ColourBar(pg.PlotItem):
    """The bar, right of a plot's view (vertical) or under its value axis (`horizontal`, for
    a panel taller than wide: compare mode); `attach` puts it there, `show_range` sets what it
    spans."""

    def __init__(
        self, colour_map: pg.ColorMap, label: str, theme: Theme, horizontal: bool = False
    ) -> None:
        self.side = "bottom" if horizontal else "right"
        super().__init__(axisItems={self.side: SignedAxis(self.side)})
        self.horizontal = horizontal
        for side in ("left", "bottom", "top", "right"):
            self.showAxis(side, side == self.side)
        self.getAxis(self.side).enableAutoSIPrefix(False)
        self.caption = pg.LabelItem(label, justify="right")  # left of a horizontal bar
        if horizontal:  # in its own layout, where the hidden left axis was
            self.layout.removeItem(self.getAxis("left"))
            self.layout.addItem(self.caption, 2, 0, 2, 1)  # beside the bar and its values
        else:
            self.setLabel(self.side, label)
        self.hideButtons()
        self.setMouseEnabled(x=False, y=False)
        self.setMenuEnabled(False)
        self.vb.disableAutoRange()
        ramp = np.linspace(0.0, 1.0, 256)
        self.image = pg.ImageItem(
            ramp[:, np.newaxis] if horizontal else ramp[np.newaxis, :], axisOrder="col-major"
        )
        self.image.setColorMap(colour_map)
        self.image.setLevels((0.0, 1.0))
        self.addItem(self.image)
        self.marks = (pg.PlotCurveItem(connect="pairs"), pg.PlotCurveItem(connect="pairs"))
        for marks in self.marks:
            self.addItem(marks)
        self.range = (0.0, 1.0)
        self.theme = theme
        self.show_range(0.0, 1.0, np.empty(0))

    def attach(self, plot: pg.PlotWidget) -> None:
        """Put the bar in `plot`'s layout: right of its view and as high as it, or under its
        value axis and as wide as the view; the plot's title spans the bar's column too."""
        item = plot.getPlotItem()
        item.layout.addItem(self, *(BELOW if self.horizontal else BESIDE))
        item.layout.removeItem(item.titleLabel)
        item.layout.addItem(item.titleLabel, TITLE_ROW, 0, 1, BESIDE[1] + 1)
        self.show()

    def detach(self, plot: pg.PlotWidget) -> None:
        plot.getPlotItem().layout.removeItem(self)
        self.hide()

    def show_range(self, low: float, high: float, levels: np.ndarray) -> None:
        """Span C = low … high, with a mark at each contour level."""
        self.range = (low, high)
        levels = np.asarray(levels, dtype=np.float64)
        dark = over_dark(levels, low, high)
        across = [(0.0, 1.0), (low, high)]
        if self.horizontal:
            self.image.setRect(low, 0.0, high - low, 1.0)
            self.vb.setRange(xRange=(low, high), yRange=(0.0, 1.0), padding=0)
        else:
            self.image.setRect(0.0, low, 1.0, high - low)
            self.vb.setRange(xRange=(0.0, 1.0), yRange=(low, high), padding=0)
        for marks, chosen in zip(self.marks, (levels[dark], levels[~dark]), strict=True):
            ends, values = np.tile(across[0], len(chosen)), np.repeat(chosen, 2)
            marks.setData(*((values, ends) if self.horizontal else (ends, values)))

    def apply_theme(self, theme: Theme) -> None:
        """Bar width, axis, marks and frame in the theme's sizes and colours."""
        self.theme = theme
        thickness = BAR_WIDTH[0] + BAR_WIDTH[1] * theme.scale
        margin = 6 * theme.scale
        if self.horizontal:
            self.layout.setRowFixedHeight(2, thickness)
            self.layout.setContentsMargins(0, margin, 0, 0)
        else:
            self.layout.setColumnFixedWidth(1, thickness)
            self.layout.setContentsMargins(margin, 0, 0, 0)
        axis = self.getAxis(self.side)
        style_axis(axis, theme)
        if isinstance(axis, SignedAxis):  # the end values' labels reach half a label past
            metrics = QFontMetricsF(theme.axis_font())
            room = metrics.horizontalAdvance("0.00") if self.horizontal else metrics.height()
            axis.set_edge_room(room / 2)
        if self.horizontal:  # no taller than it needs: the rest is the landscape's
            # Whole lines for the values (StyledAxis keeps only the ascent, for a title
            # under them; pyqtgraph drops any label reaching past the axis).
            metrics = QFontMetricsF(theme.axis_font())
            axis.setHeight(
                metrics.height()
                + axis.style["tickTextOffset"][1]
                + max(0, axis.style["tickLength"])
            )
            height = margin + thickness + axis.maximumHeight()
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)
            size = f"{theme.label_point_size:.3g}pt"
            self.caption.setText(self.caption.text, color=theme.foreground, size=size)
            self.layout.setColumnSpacing(0, margin)  # between the caption and the bar
        for marks, pen in zip(self.marks, contour_pens(theme), strict=True):
            marks.setPen(pen)
        self.vb.setBorder(pg.mkPen(theme.foreground, width=max(1.0, theme.scale)))
