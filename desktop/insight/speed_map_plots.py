"""The learning-speed map drawn: one image plot per cost side by side (quadratic | cross-entropy)
over the grid's real (w₀, b₀) ranges, on one logarithmic colour scale, with each cost's summary
under its map, the key (colour bar and not-reached swatch) on their right, and an info line
under them for the view (what the pointer is over).

Each cell is a pixel of an image placed so that cell (i, j) is centred on (w₀[i], b₀[j])
(`speed_map_cells.CellAxis`); the pointer is mapped back to a cell the same way, so hovering
and clicking name exactly the start that cell was computed from. Used by the view (live, with
hover and click) and by the offscreen figure (`speed_map_figure`).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.insight.speed_map_cells import CellAxis
from desktop.insight.speed_map_image import MapPlot, colour_lookup, not_reached_colour
from desktop.insight.speed_map_key import SpeedMapKey
from desktop.insight.speed_map_layout import (
    Room,
    align_titles,
    around_view,
    fit_title,
    lay_out_now,
    plot_sizes,
    view_span,
)
from desktop.insight.speed_map_texts import map_title, summary_text
from desktop.plots.plot_style import settle_layout
from desktop.style.theme import LIGHT, Theme
from model import CostName
from model.speed_map import SpeedMap

COSTS = (CostName.QUADRATIC, CostName.CROSS_ENTROPY)
"""The maps, left to right."""


def _card(plot: pg.PlotWidget, summary: QLabel) -> QWidget:
    """A map with its summary under it."""
    card = QWidget()
    column = QVBoxLayout(card)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(plot, 1)
    column.addWidget(summary)
    return card


class SpeedMapPlots(QWidget):
    """Both maps, their summaries and the key; `show_map` draws a `model.speed_map.SpeedMap`.

    `hovered` says which cell the pointer is over ((i, j), or None off the maps), `clicked`
    which cell was clicked with the left button (i indexes w₀, j b₀, as in the map's arrays).
    """

    hovered = Signal(object)
    clicked = Signal(int, int)

    def __init__(self, theme: Theme = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self._map: SpeedMap | None = None
        self._axes: tuple[CellAxis, CellAxis] | None = None
        self._lookup = colour_lookup()
        self.maps = [MapPlot(cost, theme, value_axis=not i) for i, cost in enumerate(COSTS)]
        self.summaries = [QLabel() for _ in COSTS]
        self.key = SpeedMapKey(self._lookup, not_reached_colour(theme), theme)
        self.info_label = QLabel()
        """A line under everything for the view: what the pointer is over (hidden in figures)."""
        self.info_label.setWordWrap(True)
        self.info_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._fitting = False
        self._compact = False
        self._shown = list(range(len(COSTS)))  # the maps of the costs the map has
        self.cards = [
            _card(plot.widget, summary)
            for plot, summary in zip(self.maps, self.summaries, strict=True)
        ]
        self.row = QWidget()
        row = QHBoxLayout(self.row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        for index, (plot, card, summary) in enumerate(
            zip(self.maps, self.cards, self.summaries, strict=True)
        ):
            row.addWidget(card, 1000)
            summary.setWordWrap(True)
            summary.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self._connect_pointer(index, plot)
        row.addWidget(self.key)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.row, 1000)  # the maps take the room, up to their fit (`fit`)
        layout.addWidget(self.info_label)
        layout.addStretch(1)  # what is left over goes under the info line
        self.apply_theme(theme)

    # ------------------------------------------------------------------ drawing
    def show_map(self, speed_map: SpeedMap) -> None:
        """Draw `speed_map`: cells, ranges, summaries, key."""
        self._map = speed_map
        self._axes = (CellAxis.of(speed_map.w0), CellAxis.of(speed_map.b0))
        self._draw()
        self.show_marker(None)
        self.fit()

    def _draw(self) -> None:
        if self._map is None or self._axes is None:
            return
        request = self._map.request
        w_axis, b_axis = self._axes
        rect = QRectF(w_axis.edge, b_axis.edge, w_axis.span, b_axis.span)
        grey = not_reached_colour(self.theme)
        self._shown = [i for i, plot in enumerate(self.maps) if plot.cost in self._map.epochs]
        first = self._shown[0] if self._shown else 0
        for index, (plot, summary) in enumerate(zip(self.maps, self.summaries, strict=True)):
            epochs = self._map.epochs.get(plot.cost)
            self.cards[index].setVisible(epochs is not None)  # a map of one cost: one plot
            plot.set_value_axis(index == first)
            plot.draw(epochs, rect, request.max_epochs, self._lookup, grey)
            plot.fit_margins(self.theme, request.w_range, left_too=index != first)
            reached, median = self._map.summary(plot.cost) if epochs is not None else (0, None)
            text = summary_text(reached, w_axis.count * b_axis.count, median)
            summary.setText(text if epochs is not None else "")
        self.key.set_scale(request.max_epochs, request.threshold)

    def current_map(self) -> SpeedMap | None:
        return self._map

    def set_compact(self, compact: bool) -> None:
        """Compact: titles without "cost" and no summaries under the maps (the view shows them
        on its info line, `cost_summaries`), so the maps keep the room."""
        self._compact = compact
        for summary in self.summaries:
            summary.setVisible(not compact)
        self.fit()

    def cost_summaries(self) -> list[tuple[CostName, int, int, float | None]]:
        """Each cost's (cost, starts reached, starts, median epochs) in the map shown."""
        speed_map = self._map
        if speed_map is None:
            return []
        cells = speed_map.w0.size * speed_map.b0.size
        summaries = []
        for cost in COSTS:
            if cost in speed_map.epochs:
                reached, median = speed_map.summary(cost)
                summaries.append((cost, reached, cells, median))
        return summaries

    def show_marker(self, cell: tuple[int, int] | None) -> None:
        """Ring the cell (i, j) on both maps, or no cell."""
        position = self.start_of(cell) if cell is not None and self._map is not None else None
        for plot in self.maps:
            plot.mark(position)

    def start_of(self, cell: tuple[int, int]) -> tuple[float, float]:
        """The start (w₀[i], b₀[j]) of cell (i, j) of the map shown, exactly the map's values."""
        i, j = cell
        assert self._map is not None
        return float(self._map.w0[i]), float(self._map.b0[j])

    def cell_at(self, map_index: int, scene_position: QPointF) -> tuple[int, int] | None:
        """The cell (i, j) under a point of map `map_index`'s scene, or None."""
        if self._axes is None:
            return None
        view_box = self.maps[map_index].view_box
        if not view_box.sceneBoundingRect().contains(scene_position):
            return None
        point = view_box.mapSceneToView(scene_position)
        i, j = self._axes[0].index(point.x()), self._axes[1].index(point.y())
        return None if i is None or j is None else (i, j)

    def apply_theme(self, theme: Theme) -> None:
        """Colours and sizes of `theme`: plots, markers, summaries, key, and the cells' grey."""
        self.theme = theme
        self.setPalette(theme.palette())
        for index, plot in enumerate(self.maps):
            plot.apply_theme(theme)
            plot.fit_margins(theme, (-4.0, 4.0), left_too=index > 0)  # until a map says
        font = QFont(self.font())
        font.setPointSizeF(theme.label_point_size)
        for summary in self.summaries:
            summary.setFont(font)
        self.key.set_colours(not_reached_colour(theme))
        self.key.apply_theme(theme)
        self._draw()  # the not-reached grey may differ between themes
        self.fit()

    def settle(self) -> None:
        """Lay the plots out for their tick labels and the room now (see `fit`): call after a
        resize before painting offscreen, where pyqtgraph's own layout comes an event late."""
        self.fit()

    def fit(self) -> None:
        """Make the maps' views as large as the room allows with the grid's aspect, the same
        size and level, centred with the key, and the key's bar as long as they are high
        (see `speed_map_layout`)."""
        if self._fitting:
            return
        self._fitting = True
        try:
            for settle in (True, False):  # a new width may wrap a title or a summary
                self._fit_maps(settle)
            top, bottom = view_span(self.maps[self._shown[0]].widget, self)
            offset = self.key.mapTo(self, QPoint(0, 0)).y()
            self.key.set_bar_span(top - offset, bottom - offset)
        finally:
            self._fitting = False
        # The sizes just set ask for another layout, which would fit again: the fit has laid
        # them out already (twice), and fitting again may flip between two layouts whose tick
        # labels differ, for ever (a window that never rests).
        QCoreApplication.removePostedEvents(self, QEvent.Type.LayoutRequest)

    def _fit_maps(self, settle: bool) -> None:
        """Size the plots for the room; `settle` first measures their tick labels (their
        widths hardly change with the size: once a fit is enough)."""
        self.layout().activate()
        maps = [self.maps[i] for i in self._shown]
        cards = [self.cards[i] for i in self._shown]
        plots = [each.widget for each in maps]
        for plot, each in zip(plots, maps, strict=True):
            title = map_title(each.cost, short=self._compact)
            fit_title(plot, title, self.theme.foreground, self.theme.label_point_size)
            lay_out_now(plot)
            if settle:
                settle_layout(plot)  # the axes as wide as their labels at this size
        align_titles(plots)
        row = self.row.layout()
        spacing = max(0, row.spacing())
        below = self.info_label.height() + spacing if self.info_label.isVisibleTo(self) else 0
        summary = self._summary_height()
        w_span, b_span = (a.span for a in self._axes) if self._axes else (1.0, 1.0)
        room = Room(
            self.width() - self.key.width() - spacing * (len(plots) + 2),  # stretch, key, stretch
            self.height() - below - summary,
            w_span / b_span,
        )
        sizes = plot_sizes(room, [around_view(plot) for plot in plots])
        for plot, card, (width, height) in zip(plots, cards, sizes, strict=True):
            plot.setMaximumSize(max(width, 1), max(height, 1))
            card.setMaximumSize(max(width, 1), max(height + summary, 1))
        self.row.setMaximumHeight(max(height + summary for _, height in sizes))
        self.layout().activate()
        row.activate()
        for card, plot in zip(cards, plots, strict=True):
            card.layout().activate()
            lay_out_now(plot)

    def _summary_height(self) -> int:
        """The summaries' height under the maps (and the gap above), at their width now."""
        shown = [s for s in self.summaries if s.isVisibleTo(self)]
        if not shown:
            return 0
        spacing = max(0, self.cards[0].layout().spacing())
        return max(s.heightForWidth(max(1, s.width())) for s in shown) + spacing

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # e.g. the key widened for its title
            self.fit()
        return handled

    # ------------------------------------------------------------------ the pointer
    def _connect_pointer(self, index: int, plot: MapPlot) -> None:
        scene = plot.widget.scene()
        scene.sigMouseMoved.connect(
            lambda position: self.hovered.emit(self.cell_at(index, position))
        )
        scene.sigMouseClicked.connect(lambda event: self._clicked(index, event))
        plot.widget.viewport().installEventFilter(self)

    def _clicked(self, index: int, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            return
        cell = self.cell_at(index, event.scenePos())  # type: ignore[attr-defined]
        if cell is not None:
            self.clicked.emit(*cell)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave:
            self.hovered.emit(None)
        return False
