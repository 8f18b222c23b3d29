"""A legend whose sample lines grow with the presentation scale and that re-lays itself out.

pyqtgraph's legend draws every sample in a fixed 20 × 20 px box, so at 4K (or scale 3) the labels
grow and the samples shrink beside them; and when the labels shrink again (Ctrl+0 after scale 2)
it keeps its old, larger geometry and spreads the shrunk labels away from their samples. Here a
sample is `SAMPLE_SIZE` × scale wide and a restyle sets the legend to the size its rows need.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from desktop.plots.plot_title import PlotTitle
from desktop.style.theme import Theme

LEGEND_BACKDROP_ALPHA = 215
"""A legend inside a plot's view sits on the background colour at this opacity (of 255)."""
LEGEND_ROW = 4
"""The PlotItem's layout row under the bottom axis, where `legend_below` puts a legend."""
SAMPLE_SIZE = (30.0, 20.0)
"""Width and height of a legend sample at scale 1, in pixels (long enough to show b's dashes)."""


class ScaledSample(pg.ItemSample):
    """A legend sample: the curve's own pen along a line `SAMPLE_SIZE` × scale long."""

    def __init__(self, item: pg.PlotDataItem) -> None:
        super().__init__(item)
        self.scale_factor = 1.0
        self.set_scale(1.0)

    def set_scale(self, scale: float) -> None:
        self.prepareGeometryChange()  # before boundingRect() changes, as Qt requires
        self.scale_factor = scale
        width, height = (size * scale for size in SAMPLE_SIZE)
        self.setFixedWidth(width)
        self.setFixedHeight(height)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, SAMPLE_SIZE[0] * self.scale_factor, SAMPLE_SIZE[1] * self.scale_factor)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self.item.isVisible():
            super().paint(painter, option, widget)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pg.mkPen(self.item.opts["pen"]))
        rect = self.boundingRect()
        painter.drawLine(rect.left(), rect.center().y(), rect.right(), rect.center().y())


class PlotLegend(pg.LegendItem):
    """pyqtgraph's legend, knowing whether it sits beside the title (see `styled_legend`)."""

    def __init__(self, columns: int, beside_title: bool) -> None:
        super().__init__(offset=(-10, 10), sampleType=ScaledSample, colCount=columns)
        self.beside_title = beside_title


def styled_legend(
    plot: pg.PlotWidget, theme: Theme, columns: int = 1, beside_title: bool = False
) -> PlotLegend:
    """A legend with scaled samples, `columns` entries a row: in the view's top right corner, or
    (`beside_title`) in the title's row, right of the title (which then keeps clear of it), where
    no curve can pass under it: w and b go anywhere on their axis."""
    item = plot.getPlotItem()
    legend = PlotLegend(columns, beside_title)
    legend.setParentItem(item if beside_title else item.vb)  # the view box clips its children
    item.legend = legend  # curves plotted with a name get an entry
    restyle_legend(legend, theme)
    return legend


def legend_below(plot: pg.PlotWidget, theme: Theme, columns: int = 1) -> PlotLegend:
    """A legend in a row of its own under the plot (`columns` entries a row), for plots whose
    curves go anywhere in the view and whose entries are too long to share the title's row."""
    legend = PlotLegend(columns=columns, beside_title=False)
    legend.offset = None  # placed by the layout, not anchored to a corner
    item = plot.getPlotItem()
    item.layout.addItem(legend, LEGEND_ROW, 0, 1, 3)
    item.layout.setAlignment(legend, Qt.AlignmentFlag.AlignHCenter)
    item.legend = legend  # curves plotted with a name get an entry
    restyle_legend(legend, theme)
    return legend


def restyle_legend(legend: pg.LegendItem, theme: Theme) -> None:
    """Theme colour and size for the labels, samples at the theme's scale, and the legend set
    to the size its rows now need (so each label stays next to its sample). Call it again
    after adding entries."""
    legend.setLabelTextColor(QColor(theme.foreground))
    if isinstance(legend, PlotLegend) and not legend.beside_title:
        backdrop = QColor(theme.background)
        backdrop.setAlpha(LEGEND_BACKDROP_ALPHA)
        legend.setBrush(backdrop)  # curves passing under it stay faintly visible
    legend.setVisible(bool(legend.items))
    legend.setLabelTextSize(f"{theme.label_point_size:.3g}pt")
    for sample, label in legend.items:
        if isinstance(sample, ScaledSample):
            sample.set_scale(theme.scale)
        label.item.document().setDocumentMargin(1)
        label.setText(label.text)  # re-render at the new size
    layout = legend.layout
    layout.setContentsMargins(*(2 * theme.scale,) * 4)
    layout.setHorizontalSpacing(6 * theme.scale)  # sample to label
    for column in range(1, layout.columnCount(), 2):  # label to the next entry's sample
        layout.setColumnSpacing(column, 18 * theme.scale)
    fit_legend(legend)
    if isinstance(legend, PlotLegend) and legend.beside_title:
        _put_beside_title(legend, theme)


def _put_beside_title(legend: pg.LegendItem, theme: Theme) -> None:
    """Anchor the legend to the top right of its PlotItem, level with the view's right edge,
    and keep the title clear of it."""
    plot_item = legend.parentItem()
    (_, top, right, _), (_, inner_top, inner_right, _) = (
        plot_item.getContentsMargins(),
        plot_item.layout.getContentsMargins(),
    )
    right += inner_right
    legend.anchor(itemPos=(1, 0), parentPos=(1, 0), offset=(-right, top + inner_top))
    title = plot_item.titleLabel
    if isinstance(title, PlotTitle):
        title.set_side_room(legend.width() + right + 12 * theme.scale if legend.items else 0)


def fit_legend(legend: pg.LegendItem) -> None:
    """Lay the legend out again at exactly the size its samples and labels ask for."""
    layout = legend.layout
    layout.invalidate()
    size: QSizeF = layout.effectiveSizeHint(Qt.SizeHint.PreferredSize)
    legend.resize(size)
    layout.setGeometry(QRectF(0, 0, size.width(), size.height()))
    legend.update()
