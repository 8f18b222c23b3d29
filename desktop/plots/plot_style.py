"""The app's plot look: titles, axis labels, large tick fonts, light grid, fixed ranges, axis caching.

Every plot of the app (live, exported, the book's comparison) is made by `styled_plot`, so they
look alike, and restyled by `restyle_plot` when the theme or the presentation scale changes. Its
title wraps to the plot's width (`PlotTitle`), its axes keep their labels apart (`StyledAxis`,
`EpochAxis`).
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem

from desktop.plots.lazy_menu_view_box import LazyMenuViewBox
from desktop.plots.plot_axes import EpochAxis, StyledAxis, format_epoch_tick
from desktop.plots.plot_title import PlotTitle
from desktop.style.theme import Theme

translate = QCoreApplication.translate

AXIS_SIDES = ("left", "bottom", "right", "top")


def adopt_plot_menu(plot: pg.PlotWidget) -> None:
    """Give pyqtgraph's "Plot Options" menu (made without a parent) to the plot: Qt then deletes
    it with the plot, at once, instead of Python's garbage collector at some later allocation,
    where deleting its actions can deadlock on a signal-slot lock the thread already holds
    (seen as a hung start/stop storm)."""
    menu = plot.getPlotItem().ctrlMenu
    if menu is not None:
        menu.setParent(plot, menu.windowFlags())


def styled_plot(title: str, y_label: str, theme: Theme) -> pg.PlotWidget:
    """A plot in the app's look: title, axis labels, large tick fonts, light grid, no mouse pan.

    Auto-range is off (callers set both ranges: a lazily auto-ranged plot paints twice a frame)
    and the axes are cached as pixmaps (see `set_axis_caching`).
    """
    plot = pg.PlotWidget(
        axisItems={"bottom": EpochAxis(), "left": StyledAxis("left")}, viewBox=LazyMenuViewBox()
    )
    adopt_plot_menu(plot)
    PlotTitle.install(plot.getPlotItem()).text = title
    plot.setLabel("bottom", translate("TrainingPlots", "epoch"))
    plot.setLabel("left", y_label)
    for side in ("left", "bottom"):
        plot.getAxis(side).enableAutoSIPrefix(False)  # "(x0.001)" in a label confuses a class
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.getPlotItem().vb.disableAutoRange()
    set_axis_caching(plot, True)
    restyle_plot(plot, theme)
    return plot


def set_axis_caching(plot: pg.PlotWidget, cached: bool) -> None:
    """Cache each axis (ticks, labels and, with `showGrid`, the grid) as a device pixmap, or not.

    Cached, a frame that only changes a curve repaints the axes by copying a pixmap (0.3 ms)
    instead of replaying their drawing (11–14 ms on a slow machine). pyqtgraph's AxisItem calls
    `update()` whenever its ticks, range, size, fonts or pens change, which invalidates the
    cache. Vector output (SVG, PDF) must turn it off, or the axes land in it as a bitmap.
    """
    mode = QGraphicsItem.CacheMode
    for side in AXIS_SIDES:
        plot.getAxis(side).setCacheMode(mode.DeviceCoordinateCache if cached else mode.NoCache)


def settle_view(plot: pg.PlotWidget) -> None:
    """Apply a range just set to the view's transform now, not in the next paint.

    pyqtgraph defers it to the paint (`prepareForPaint`), where moving the items schedules a
    second paint of the plot in the same frame. A view not laid out yet is left alone (its
    first resize applies the range).
    """
    view_box = plot.getPlotItem().vb
    if not view_box.rect().isEmpty():
        view_box.updateMatrix()


def set_title(plot: pg.PlotWidget, html: str, theme: Theme) -> None:
    """Set a plot's title in the theme's colour and size; it wraps to the plot's width, and its
    row is as high as its lines (see `PlotTitle`)."""
    item = plot.getPlotItem()
    item.setTitle(html, color=theme.foreground, size=f"{theme.label_point_size:.3g}pt")


def set_epoch_end(plot: pg.PlotWidget, epochs: int) -> None:
    """Show epochs 0 … `epochs` with a tick at the end, and keep room right of the axis for
    that tick's label (half of it may reach past the view)."""
    plot.setXRange(0, epochs, padding=0.03)
    axis = plot.getAxis("bottom")
    if isinstance(axis, EpochAxis):
        axis.set_end(epochs)
    _fit_edge_room(plot)


def _fit_edge_room(plot: pg.PlotWidget) -> None:
    """Room for the labels of the end ticks, which may reach past the view by half their size:
    right of the plot for half the end's epoch label (at least that of a three-digit one, so
    most plans keep one layout), and between the title and the view for half a value label."""
    bottom, left = plot.getAxis("bottom"), plot.getAxis("left")
    if not isinstance(bottom, StyledAxis) or not isinstance(left, StyledAxis):
        return
    metrics = QFontMetricsF(bottom.style["tickFont"] or plot.font())
    end = bottom.end if isinstance(bottom, EpochAxis) and bottom.end is not None else 0
    widest = max(metrics.horizontalAdvance(text) for text in ("888", format_epoch_tick(end)))
    room = math.ceil(widest / 2 + bottom.gap() / 2)
    bottom.set_edge_room(room)
    half_line = math.ceil(metrics.height() / 2)
    left.set_edge_room(half_line)
    item = plot.getPlotItem()
    item.setContentsMargins(4, 4, room, 4)
    item.layout.setRowSpacing(0, half_line)  # below the title


def settle_layout(plot: pg.PlotWidget) -> None:
    """Measure the tick labels and lay the plot out for them now, not in the next paints.

    An axis learns how wide its labels are when it draws them, and the layout follows an event
    later; an offscreen figure painted right away would show the first guess (titles over tick
    labels). Twice, since a narrower view may take other ticks.
    """
    scratch = QImage(8, 8, QImage.Format.Format_ARGB32_Premultiplied)
    item = plot.getPlotItem()
    for _ in range(2):
        item.layout.activate()
        painter = QPainter(scratch)
        try:
            for side in ("left", "bottom"):
                axis = plot.getAxis(side)
                painter.setFont(axis.style["tickFont"] or plot.font())
                axis.generateDrawSpecs(painter)  # updates the room the axis asks for
        finally:
            painter.end()
        item.layout.activate()


def restyle_plot(plot: pg.PlotWidget, theme: Theme) -> None:
    """Apply a theme's colours and sizes to a plot, keeping its texts (nothing to do if the plot
    has this theme already: a window made at start-up was styled three times over)."""
    if getattr(plot, "_styled_with", None) == theme:
        return
    plot._styled_with = theme  # type: ignore[attr-defined]
    item = plot.getPlotItem()
    size = f"{theme.label_point_size:.3g}pt"
    plot.setBackground(theme.background)
    set_title(plot, item.titleLabel.text, theme)
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        axis.setTickDensity(1.0 / theme.scale)  # larger labels, fewer of them: no overlaps
        axis.setPen(pg.mkPen(theme.foreground, width=max(1.0, theme.scale)))
        axis.setTextPen(theme.foreground)
        axis.setTickFont(theme.axis_font())
        axis.setLabel(axis.labelText, color=theme.foreground, **{"font-size": size})
    item.showGrid(x=True, y=True, alpha=theme.grid_alpha)
    _fit_edge_room(plot)
