"""Sizing the learning-speed maps: each map's view as large as the room allows with the grid's
aspect (w₀ and b₀ to the same scale, so a line w₀ + b₀ = c is at 45°), both views the same
size and level, and the key's bar as long as they are high.

pyqtgraph lays a plot's axes and title out when it paints, an event later than Qt lays out the
widgets; these helpers do it now (`lay_out_now`), so a fit (and an offscreen figure) sees the
room the axes really take.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QWidget

from desktop.plots.plot_title import TITLE_ROW


def lay_out_now(plot: pg.PlotWidget) -> None:
    """Fit the plot's items to the widget's size now: pyqtgraph does it in the widget's resize
    event, which Qt holds back for a widget not shown yet (a map page not turned to)."""
    pg.GraphicsView.resizeEvent(plot, None)  # reads only the widget's size
    plot.getPlotItem().layout.activate()


def around_view(plot: pg.PlotWidget) -> tuple[float, float]:
    """How much wider and higher the plot is than its view (axes, title, margins), pixels."""
    item, view = plot.getPlotItem().geometry(), plot.getPlotItem().vb.geometry()
    return item.width() - view.width(), item.height() - view.height()


def fit_title(plot: pg.PlotWidget, text: str, colour: str, points: float) -> None:
    """Set the plot's title in `points`, or smaller (down to half) if a word of it is wider
    than the plot's title row (a small map at a large scale): wrapped, never cut."""
    item = plot.getPlotItem()
    left, _, right, _ = item.getContentsMargins()
    room = plot.width() - left - right - 8  # the title's document margins, and some air
    font = QFont(plot.font())
    font.setPointSizeF(points)
    metrics = QFontMetricsF(font)
    words = text.replace("-", "- ").split()
    widest = max((metrics.horizontalAdvance(word) for word in words), default=0.0)
    size = points if widest <= room else max(points / 2, points * room / widest)
    item.setTitle(text, color=colour, size=f"{size:.3g}pt")


def align_titles(plots: Sequence[pg.PlotWidget]) -> None:
    """Give every title's row the height of the tallest ("Cross-" / "entropy" may wrap where
    "Quadratic" does not), so the views start at the same height."""
    items = [plot.getPlotItem() for plot in plots]
    tallest = max(item.titleLabel.minimumHeight() for item in items)
    for item in items:
        if item.layout.rowMinimumHeight(TITLE_ROW) != tallest:
            item.layout.setRowFixedHeight(TITLE_ROW, tallest)
            item.layout.activate()


@dataclass(frozen=True, slots=True)
class Room:
    """The space the maps share: `width` for all of them side by side (no key, no gaps) and
    `height` for each (without what goes under it); `aspect` = w₀ span / b₀ span."""

    width: float
    height: float
    aspect: float


def view_size(room: Room, extras: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """The views' width and height: the largest that fit the room with that aspect, given how
    much each plot takes around its view (`around_view`)."""
    across = (room.width - sum(w for w, _ in extras)) / len(extras)
    high = room.height - max(h for _, h in extras)
    width = max(1.0, min(across, high * room.aspect))
    return width, width / room.aspect


def plot_sizes(room: Room, extras: Sequence[tuple[float, float]]) -> list[tuple[int, int]]:
    """Each plot's widget size for the views of `view_size`."""
    width, height = view_size(room, extras)
    return [(math.ceil(width + w), math.ceil(height + h)) for w, h in extras]


def view_span(plot: pg.PlotWidget, within: QWidget) -> tuple[float, float]:
    """The top and bottom of the plot's view in `within`'s pixels (an ancestor of `plot`)."""
    item = plot.getPlotItem()
    view = item.vb.geometry().translated(item.pos())
    viewport = plot.viewport()
    top = viewport.mapTo(within, view.topLeft().toPoint()).y()
    bottom = viewport.mapTo(within, view.bottomLeft().toPoint()).y()
    return float(top), float(bottom)
