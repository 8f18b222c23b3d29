"""One cost's learning-speed map as a plot: an image whose pixel (i, j) is the cell of the
start (w₀[i], b₀[j]), coloured on the shared log scale (viridis, 1 … M epochs) or grey where
the threshold is not reached, and a ring marking the cell under the pointer.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetricsF

from desktop.insight.insight_plot import SignedAxis, insight_plot
from desktop.insight.speed_map_cells import rgba_cells
from desktop.insight.speed_map_texts import axis_labels, map_title, short_number
from desktop.plots.plot_style import restyle_plot
from desktop.style.theme import Theme
from model import CostName

COLOUR_MAP = "viridis"
"""pyqtgraph's perceptually uniform map: dark purple (1 epoch) to yellow (M epochs)."""
NOT_REACHED_COLOURS = {"light": "#8c8c8c", "dark": "#8c8c8c"}
"""Not-reached cells, per theme: a neutral mid grey, unlike any colour of the scale."""
MARKER_POINTS = 0.9
"""The hover marker's diameter, in tick-label font sizes (points → pixels at the scale)."""


def not_reached_colour(theme: Theme) -> QColor:
    return QColor(NOT_REACHED_COLOURS.get(theme.name, NOT_REACHED_COLOURS["light"]))


def colour_lookup() -> np.ndarray:
    """The colour scale as a (256, 4) uint8 table, low (fast) to high (slow)."""
    lookup = pg.colormap.get(COLOUR_MAP).getLookupTable(nPts=256, alpha=True)
    return np.asarray(lookup, dtype=np.uint8)


class MapPlot:
    """One cost's map: a plot (no mouse pan, no menu, whole-unit ticks) with its image and a
    two-ring hover marker (dark outside, light inside: seen on every colour of the scale)."""

    def __init__(self, cost: CostName, theme: Theme, value_axis: bool = True) -> None:
        self.cost = cost
        w_label, b_label = axis_labels()
        self.widget = insight_plot(
            map_title(cost), w_label, b_label, theme, SignedAxis("bottom"), SignedAxis("left")
        )
        self.widget.setMenuEnabled(False)  # a right click is not a start, nor "Export…"
        for side in ("left", "bottom"):
            self.widget.getAxis(side).setStyle(maxTickLevel=0)  # whole units: no minor ticks
        self.set_value_axis(value_axis)
        self.image = pg.ImageItem(axisOrder="col-major")  # image[i, j] is at (w₀[i], b₀[j])
        self.widget.addItem(self.image)
        self.markers = [pg.ScatterPlotItem(pxMode=True) for _ in range(2)]
        for marker in self.markers:
            marker.setZValue(10)
            self.widget.addItem(marker)
        self.apply_theme(theme)

    def set_value_axis(self, shown: bool) -> None:
        """Show the b₀ axis, or not: a map right of another shares that one's, level with it."""
        if shown:
            self.widget.showAxis("left")
        else:
            self.widget.hideAxis("left")

    @property
    def view_box(self) -> pg.ViewBox:
        return self.widget.getPlotItem().vb

    def draw(
        self, epochs: np.ndarray | None, rect: QRectF, top: int, lookup: np.ndarray, grey: QColor
    ) -> None:
        """Colour the cells of `epochs` (None: no image) over `rect`: `lookup` from 1 to `top`
        epochs, `grey` where not reached; show exactly `rect`."""
        if epochs is None:
            self.image.clear()
        else:
            colours = rgba_cells(epochs, top, lookup, grey.getRgb())
            self.image.setImage(colours, autoLevels=False, levels=(0, 255))
            self.image.setRect(rect)
        self.widget.setXRange(rect.left(), rect.right(), padding=0)
        self.widget.setYRange(rect.top(), rect.bottom(), padding=0)

    def mark(self, position: tuple[float, float] | None) -> None:
        spots = [] if position is None else [{"pos": position}]
        for marker in self.markers:
            marker.setData(spots)

    def apply_theme(self, theme: Theme) -> None:
        """The theme's look: axes and title (`restyle_plot`), no grid, the marker's size."""
        restyle_plot(self.widget, theme)
        self.widget.getPlotItem().showGrid(x=False, y=False)
        size = theme.axis_point_size * MARKER_POINTS * 96 / 72
        for marker, grow, colour, width in ((0, 2, "#000000", 1.5), (1, -1, "#ffffff", 2.0)):
            ring = self.markers[marker]
            ring.setSymbol("o")
            ring.setSize(size + grow * theme.scale)
            ring.setPen(pg.mkPen(colour, width=width * theme.scale))
            ring.setBrush(pg.mkBrush(None))

    def fit_margins(self, theme: Theme, w_range: tuple[float, float], left_too: bool) -> None:
        """Room beside the view for half of the end tick labels ("−4", "4"), which reach past
        it, and no more, so the title keeps the rest of the width (pyqtgraph's default is room
        for "888", which wraps "Cross-entropy" on a small map). `left_too`: no value axis on
        the left to reach into."""
        metrics = QFontMetricsF(theme.axis_font())
        widest = max(metrics.horizontalAdvance(short_number(v)) for v in w_range)
        half = math.ceil(widest / 2 + self.widget.getAxis("bottom").gap() / 2)
        item = self.widget.getPlotItem()
        left, top, _, bottom = item.getContentsMargins()
        item.setContentsMargins(half if left_too else left, top, half, bottom)
