"""The app's plot look: titles, axis labels, large tick fonts, light grid, fixed ranges, axis caching.

Every plot of the app (live, exported, the book's comparison) is made by `styled_plot`, so they
look alike, and restyled by `restyle_plot` when the theme or the presentation scale changes.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGraphicsItem

from desktop.style.theme import Theme

AXIS_SIDES = ("left", "bottom", "right", "top")


def tr(text: str) -> str:
    """Translate a plot text (the context stays "TrainingPlots", where the strings began)."""
    return QCoreApplication.translate("TrainingPlots", text)


def styled_plot(title: str, y_label: str, theme: Theme) -> pg.PlotWidget:
    """A plot in the app's look: title, axis labels, large tick fonts, light grid, no mouse pan.

    Auto-range is off (callers set both ranges: a lazily auto-ranged plot paints twice a frame)
    and the axes are cached as pixmaps (see `set_axis_caching`).
    """
    plot = pg.PlotWidget()
    plot.getPlotItem().titleLabel.text = title
    plot.setLabel("bottom", tr("epoch"))
    plot.setLabel("left", y_label)
    for side in ("left", "bottom"):
        plot.getAxis(side).enableAutoSIPrefix(False)  # "(x0.001)" in a label confuses a class
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.getPlotItem().vb.disableAutoRange()
    plot.getPlotItem().setContentsMargins(4, 4, 24, 4)  # room for the last tick label
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
    """Set a plot's title in the theme's colour and size, with room for its real height.

    pyqtgraph fixes the title row at 30 px, which clips large (presentation) or two-line titles.
    """
    item = plot.getPlotItem()
    item.setTitle(html, color=theme.foreground, size=f"{theme.label_point_size:.3g}pt")
    height = item.titleLabel.item.boundingRect().height() + 4
    item.titleLabel.setMaximumHeight(height)
    item.layout.setRowFixedHeight(0, height)


def restyle_plot(plot: pg.PlotWidget, theme: Theme) -> None:
    """Apply a theme's colours and sizes to a plot, keeping its texts."""
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
