"""Live pyqtgraph plots of a run: cost vs epoch (the main one), w and b vs epoch, a vs epoch.

Each run gets its own `RunSeries` (curves in every plot, drawn from the run's trajectory through
per-pixel-column peak bins), so two runs can be drawn side by side later. A cursor line marks the
epoch shown; clicking a plot asks for another epoch. The plots do no pacing: `extend` and the
reveal limit only mark them dirty and emit `redraw_wanted`; the window's frame pacer then calls
`redraw_now` at most once a frame.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from desktop.plots.plot_crosshair import PlotCrosshair, snap_epoch
from desktop.plots.plot_legend import restyle_legend, styled_legend
from desktop.plots.plot_style import (
    restyle_plot,
    set_epoch_end,
    set_title,
    settle_view,
    styled_plot,
)
from desktop.plots.prediction_overlay import PredictionOverlay
from desktop.plots.run_series import CURVE_Z, RunSeries
from desktop.style.theme import LIGHT, Theme
from model import Trajectory

translate = QCoreApplication.translate

MIN_BINS, MAX_BINS = 256, 4096
"""Bounds on the bins of a live run (a plot not laid out yet reports a tiny width)."""
WB_SCALE = 3.0
"""A live run's w/b axis covers at least −3 … +3, the scale of the diagram's w and b bars."""


def stepped_range(low: float, high: float) -> tuple[float, float]:
    """`low`…`high` widened outwards to whole steps of a round size (1, 2 or 5 × 10ⁿ, about a
    quarter of the span): while w and b move, their axis changes a few times, not every frame
    (each change repaints the axis and, on a plateau, would make a small change look steep)."""
    span = max(high - low, 0.05 * max(abs(low), abs(high)), 1e-9)
    step = 10.0 ** math.floor(math.log10(span / 4))
    step *= next(f for f in (1, 2, 5, 10) if span / (4 * step) <= f)
    bottom, top = math.floor(low / step) * step, math.ceil(high / step) * step
    return (bottom - step, top + step) if bottom == top else (bottom, top)


def live_range(current: tuple[float, float], low: float, high: float) -> tuple[float, float]:
    """A live run's w/b axis: `current` while `low`…`high` lies inside it, else widened (in
    round steps) to take them in too; never narrowed, so a plateau stays flat on screen."""
    if current[0] <= low and high <= current[1]:
        return current
    return stepped_range(min(current[0], low), max(current[1], high))


class TrainingPlots(QWidget):
    """The three plots, the cost plot largest, with a cursor line at the epoch shown."""

    epoch_clicked = Signal(int)
    redraw_wanted = Signal()
    """Something changed on the plots; call `redraw_now` (once a frame at most) to show it."""

    def __init__(
        self, theme: Theme = LIGHT, parent: QWidget | None = None, whole_runs: bool = False
    ) -> None:
        """`whole_runs`: figures of finished runs, whose w/b axis fits all of the run's values;
        else (live) that axis starts at −3 … +3 and only widens during a run."""
        super().__init__(parent)
        self.theme = theme
        self._whole_runs = whole_runs
        self._series: dict[int, RunSeries] = {}
        self._reveal_limit: int | None = None
        self._dirty = False
        self._ranges: dict[pg.PlotWidget, tuple[float, float]] = {}  # y ranges set, per plot
        self._title, self._planned = "", 0
        self._lower_forced: bool | None = None
        self.cost_plot = styled_plot(
            translate("TrainingPlots", "Cost"), translate("TrainingPlots", "cost C"), theme
        )
        self.weights_plot = styled_plot(
            translate("TrainingPlots", "Weight and bias"),
            translate("TrainingPlots", "value"),
            theme,
        )
        self.output_plot = styled_plot(
            translate("TrainingPlots", "Output"), translate("TrainingPlots", "a = σ(z)"), theme
        )
        self.legend = styled_legend(self.weights_plot, theme, columns=2, beside_title=True)
        # Compare mode names the runs in every plot; empty (and out of the way) otherwise.
        self.legends = (
            # Run names are long: in the view's top right corner (where a falling cost leaves
            # room), on a backdrop, so the title keeps its row.
            styled_legend(self.cost_plot, theme, columns=1, beside_title=False),
            self.legend,
            styled_legend(self.output_plot, theme, columns=2, beside_title=True),
        )
        self.output_plot.setYRange(0.0, 1.0, padding=0.05)
        self.cursor_lines = [self._cursor_line(plot) for plot in self.plots()]
        self.prediction = PredictionOverlay(self.cost_plot)  # before the crosshair: see its notes
        self.crosshairs = [
            PlotCrosshair(plot, name, lambda x, y, c=column, n=name: self._point_near(c, n, x, y))
            for plot, name, column in (
                (self.cost_plot, translate("TrainingPlots", "cost"), "cost"),
                (self.weights_plot, "w", "w"),
                (self.output_plot, "a", "a"),
            )
        ]
        self._main = self.cost_plot  # the large plot on top, the one kept when only one fits
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._place_plots()
        layout.setRowStretch(0, 3)
        layout.setRowStretch(1, 2)
        self.apply_theme(theme)

    def set_main_plot(self, index: int) -> None:
        """Which plot is large on top (0 cost, 1 w and b, 2 output): on a small screen at a
        large scale it is the one that stays; the other two share the row below."""
        self._main = self.plots()[index]
        self._place_plots()
        self._fit_rows(self.height())

    def main_plot(self) -> pg.PlotWidget:
        return self._main

    def _place_plots(self) -> None:
        layout = self.layout()
        for plot in self.plots():
            layout.removeWidget(plot)
        others = [plot for plot in self.plots() if plot is not self._main]
        layout.addWidget(self._main, 0, 0, 1, 2)
        layout.addWidget(others[0], 1, 0)
        layout.addWidget(others[1], 1, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_rows(event.size().height())
        super().resizeEvent(event)

    def set_lower_plots(self, shown: bool | None) -> None:
        """Force the w/b and a plots on or off (figures), or None: decide by size (window)."""
        self._lower_forced = shown
        self._fit_rows(self.height())

    def _fit_rows(self, height: int) -> None:
        """Show the w/b and a plots only where two rows of plots are still legible.

        A plot needs about twelve label-heights (title, ticks, axis label, curve); on a small
        screen at a large presentation scale the cost plot keeps the room, and w, b and a stay
        readable in the diagram and the readouts.
        """
        shown = height >= 2 * 12 * self.theme.label_point_size * 1.33
        if self._lower_forced is not None:
            shown = self._lower_forced
        for plot in self.plots():
            plot.setVisible(shown or plot is self._main)
        self.layout().setRowStretch(1, 2 if shown else 0)

    def plots(self) -> tuple[pg.PlotWidget, pg.PlotWidget, pg.PlotWidget]:
        return (self.cost_plot, self.weights_plot, self.output_plot)

    def _cursor_line(self, plot: pg.PlotWidget) -> pg.InfiniteLine:
        line = pg.InfiniteLine(angle=90, movable=False)
        line.setZValue(CURVE_Z + 1)
        line.hide()
        plot.addItem(line, ignoreBounds=True)
        plot.scene().sigMouseClicked.connect(lambda event, p=plot: self._clicked(p, event))
        return line

    def _clicked(self, plot: pg.PlotWidget, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        box = plot.getPlotItem().vb
        position: QPointF = event.scenePos()
        if box.sceneBoundingRect().contains(position):
            self.epoch_clicked.emit(max(0, round(box.mapSceneToView(position).x())))

    def apply_theme(self, theme: Theme) -> None:
        """Restyle plots, curves, legend and cursor for a theme (colours and scale)."""
        self.theme = theme
        for plot in self.plots():
            restyle_plot(plot, theme)
        if self._title:
            self.show_plan(self._planned, self._title)
        self._fit_rows(self.height())
        for series in self._series.values():
            series.restyle(theme)
        for legend in self.legends:
            restyle_legend(legend, theme)
        for line in self.cursor_lines:
            line.setPen(
                pg.mkPen(
                    theme.cursor,
                    width=max(1.5, theme.curve_width * 0.6),
                    style=Qt.PenStyle.DashLine,
                )
            )
        for crosshair in self.crosshairs:
            crosshair.set_style(
                QColor(theme.foreground), theme.axis_point_size, max(1.5, theme.scale * 1.5)
            )
        self.prediction.set_style(QColor(theme.guess), theme.curve_width * 1.2)

    def start_run(
        self,
        run_id: int,
        trajectory: Trajectory,
        planned_epochs: int,
        title: str,
        bins: int | None = None,
        run_index: int = 0,
        label: str = "",
    ) -> RunSeries:
        """Make curves for a new run drawn from `trajectory`, binned for `planned_epochs`.

        The epoch axis spans the whole plan, as in the book. No row is read until `extend`
        says which exist. `bins` sets the drawing's resolution (about two points per bin); by
        default one bin per pixel column of the cost plot as it is now. Compare mode gives
        each run a `label` (legend entries in every plot) and its `run_index` (0 or 1: colour
        and line style, see `Theme.run_pen`).
        """
        if bins is None:
            bins = self.pixel_columns()
        if run_id in self._series:
            self._series.pop(run_id).remove()
        plots = {"cost": self.cost_plot, "w": self.weights_plot, "b": self.weights_plot}
        plots["a"] = self.output_plot
        series = RunSeries(plots, trajectory, planned_epochs, self.theme, bins, run_index, label)
        series.set_reveal_limit(self._reveal_limit)
        self._series[run_id] = series
        if not self._whole_runs and self.weights_plot not in self._ranges:
            self._set_value_range(self.weights_plot, -WB_SCALE, WB_SCALE)
        self.show_plan(planned_epochs, title)
        for legend in self.legends:
            restyle_legend(legend, self.theme)  # its new entries at the theme's size
        self._mark_dirty()
        return series

    def pixel_columns(self) -> int:
        """How many pixel columns the cost plot's data area has (within sane bounds): every
        stroke of a curve beyond one per column is invisible work for the rasteriser."""
        width = round(self.cost_plot.getPlotItem().vb.width() * self.devicePixelRatioF())
        return min(max(width, MIN_BINS), MAX_BINS)

    def show_plan(self, planned_epochs: int, title: str) -> None:
        """Set the epoch axes (a tick at the planned end) and the title for a run about to start
        (or just set up). The title wraps to the plot's width (after "what:" first)."""
        for plot in self.plots():
            set_epoch_end(plot, planned_epochs)
            settle_view(plot)
        self._title, self._planned = title, planned_epochs
        set_title(self.cost_plot, title, self.theme)

    def extend(self, run_id: int, length: int) -> None:
        """Rows 0 … length − 1 of the run's trajectory exist now: fold in the new ones.

        Nothing is drawn (`redraw_wanted` asks for that). A run cleared meanwhile is ignored.
        """
        series = self._series.get(run_id)
        if series is not None and length > series.length:
            series.extend(length)
            self._mark_dirty()

    def _mark_dirty(self) -> None:
        self._dirty = True
        self.redraw_wanted.emit()

    def redraw_now(self) -> None:
        """Put every change on screen: the binned points (O(bins)), value ranges, crosshairs.

        Cheap when nothing changed since the last call.
        """
        if not self._dirty:
            return
        self._dirty = False
        for series in self._series.values():
            series.redraw()
        self._fit_value_ranges()
        for crosshair in self.crosshairs:
            crosshair.refresh()

    def _fit_value_ranges(self) -> None:
        """Cost axis 0 … highest cost over all rows received; w/b axis see `live_range` (live)
        or lowest … highest w or b in round steps (whole runs). Either only ever widens.

        Set explicitly, and each only when it changes: with auto-range the w/b plot would range
        lazily in its first paint and paint twice a frame.
        """
        cost, w, b = (self._extremes(column) for column in ("cost", "w", "b"))
        if cost is not None:
            self._set_value_range(self.cost_plot, 0.0, cost[1] or 1.0)
        if w is None or b is None:
            return
        low, high = min(w[0], b[0]), max(w[1], b[1])
        current = self._ranges.get(self.weights_plot)
        if not self._whole_runs:
            low, high = live_range(current or (-WB_SCALE, WB_SCALE), low, high)
        else:
            low, high = stepped_range(low, high)
            if current is not None:
                low, high = min(low, current[0]), max(high, current[1])
        self._set_value_range(self.weights_plot, low, high)

    def _set_value_range(self, plot: pg.PlotWidget, low: float, high: float) -> None:
        """Set a value axis (only when it changes: a new range repaints the axis)."""
        if self._ranges.get(plot) != (low, high) and math.isfinite(low) and math.isfinite(high):
            self._ranges[plot] = (low, high)
            plot.setYRange(low, high, padding=0.05)
            settle_view(plot)

    def _extremes(self, column: str) -> tuple[float, float] | None:
        """A column's lowest and highest value over every run's received rows (None if none)."""
        found = [e for e in (s.extremes(column) for s in self._series.values()) if e is not None]
        if not found:
            return None
        return min(low for low, _ in found), max(high for _, high in found)

    def _point_near(
        self, column: str, name: str, x: float, y: float
    ) -> tuple[int, float] | tuple[int, float, str] | None:
        """What a crosshair shows: the epoch nearest `x` among those drawn, and its exact value
        from the trajectory (None before anything is drawn). With two runs, the run whose value
        there is nearest `y`, named ("cost₂"); on the w/b plot, w or b, whichever is nearer."""
        found = []
        for series in self._series.values():
            epoch = snap_epoch(x, series.drawn())
            if epoch is None:
                continue
            columns = ("w", "b") if column == "w" else (column,)
            for each in columns:
                value = series.value_at(each, epoch)
                label = series.legend_name(each) or (each if column == "w" else name)
                found.append(
                    (abs(value - y) if math.isfinite(value) else math.inf, epoch, value, label)
                )
        if not found:
            return None
        _, epoch, value, label = min(found, key=lambda item: item[0])
        if len(self._series) == 1 and column != "w":
            return epoch, value
        return epoch, value, label

    def set_predicting(self, on: bool, cursor: int | None) -> None:
        """Predict mode: draw a guess on the cost plot, and hide curves beyond the cursor."""
        self.prediction.set_drawing(on)
        self.crosshairs[0].hide()
        self.set_reveal_limit(cursor if on else None)

    def set_cursor(self, epoch: int | None) -> None:
        """Mark the epoch shown on every plot (None hides the marks)."""
        for line in self.cursor_lines:
            line.setVisible(epoch is not None)
            if epoch is not None:
                line.setValue(epoch)

    def set_reveal_limit(self, epoch: int | None) -> None:
        """Predict mode: hide every curve beyond `epoch` (None shows all), from the next redraw."""
        self._reveal_limit = epoch
        for series in self._series.values():
            series.set_reveal_limit(epoch)
        self._mark_dirty()

    def series(self, run_id: int) -> RunSeries:
        """The curves of a run on the plots (KeyError if it has none)."""
        return self._series[run_id]

    def clear_runs(self) -> None:
        """Remove every run's curves (the value axes keep their ranges until the next run's)."""
        for series in self._series.values():
            series.remove()
        self._series.clear()
        self._ranges.clear()
        for legend in self.legends:
            restyle_legend(legend, self.theme)  # empty legends give their room back
