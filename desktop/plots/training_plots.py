"""Live pyqtgraph plots of a run: cost vs epoch (the main one), w and b vs epoch, a vs epoch.

Each run gets its own `RunSeries` (curves in every plot, fed from growing buffers), so two runs
can be drawn side by side later. A cursor line marks the epoch shown; clicking a plot asks for
another epoch. The plots only draw what they are given; no math happens here.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from desktop.plots.curve_decimation import peak_decimate
from desktop.plots.growing_columns import GrowingColumns
from desktop.plots.plot_crosshair import PlotCrosshair
from desktop.plots.prediction_overlay import REVEAL_Z_VALUE, PredictionOverlay
from desktop.style.theme import LIGHT, Theme
from model import TrajectoryRows

SERIES_COLUMNS = ("epoch", "cost", "w", "b", "a")
CURVE_Z = REVEAL_Z_VALUE
"""Curves sit above a drawn guess, so the revealed curve is drawn over it."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainingPlots", text)


def styled_plot(title: str, y_label: str, theme: Theme) -> pg.PlotWidget:
    """A plot in the app's look: title, axis labels, large tick fonts, light grid, no mouse pan."""
    plot = pg.PlotWidget()
    plot.getPlotItem().titleLabel.text = title
    plot.setLabel("bottom", _tr("epoch"))
    plot.setLabel("left", y_label)
    for side in ("left", "bottom"):
        plot.getAxis(side).enableAutoSIPrefix(False)  # "(x0.001)" in a label confuses a class
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.getPlotItem().setContentsMargins(4, 4, 24, 4)  # room for the last tick label
    restyle_plot(plot, theme)
    return plot


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


class RunSeries:
    """One run's curves across the three plots, and the buffers they draw from."""

    STYLE = {
        "cost": ("cost", False),
        "w": ("weight", False),
        "b": ("bias", True),
        "a": ("output", False),
    }

    def __init__(self, plots: TrainingPlots, theme: Theme) -> None:
        self.buffers = GrowingColumns(SERIES_COLUMNS)
        self._highest_cost = 0.0  # the cost axis runs from 0 to the highest cost seen
        self._reveal_limit: int | None = None
        self._plots = {
            "cost": plots.cost_plot,
            "w": plots.weights_plot,
            "b": plots.weights_plot,
            "a": plots.output_plot,
        }
        self.curves = {name: self._curve(name) for name in self._plots}
        self.restyle(theme)

    def _curve(self, name: str) -> pg.PlotDataItem:
        """A curve item; it is handed at most a few thousand (peak-decimated) points."""
        item = self._plots[name].plot(name=name if name in ("w", "b") else None)
        item.setSkipFiniteCheck(True)
        item.setZValue(CURVE_Z)
        return item

    def restyle(self, theme: Theme) -> None:
        for name, (colour, dashed) in self.STYLE.items():
            self.curves[name].setPen(theme.pen(getattr(theme, colour), dashed=dashed))

    def append(self, rows: TrajectoryRows) -> None:
        """Add a batch of rows (cheap); `redraw` puts them on screen."""
        self.buffers.append(
            epoch=rows.epoch.astype(np.float64), cost=rows.cost, w=rows.w, b=rows.b, a=rows.a
        )
        self._highest_cost = max(self._highest_cost, float(rows.cost.max(initial=0.0)))

    def set_reveal_limit(self, epoch: int | None) -> None:
        """Draw only epochs 0..epoch (predict mode), or everything (None)."""
        self._reveal_limit = epoch
        self.redraw()

    def redraw(self) -> None:
        """Hand every curve its (decimated) points: O(epochs), so callers pace it."""
        self._plots["cost"].setYRange(0.0, self._highest_cost or 1.0, padding=0.05)
        epochs = self.buffers.view("epoch")[: self._shown()]
        for name, curve in self.curves.items():
            curve.setData(*peak_decimate(epochs, self.buffers.view(name)[: len(epochs)]))

    def _shown(self) -> int:
        """How many epochs are on screen: all, or up to the cursor in predict mode."""
        if self._reveal_limit is None:
            return len(self.buffers)
        return min(self._reveal_limit + 1, len(self.buffers))

    def curve_data(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """Every (epoch, value) the named curve shows ("cost", "w", "b" or "a"), undecimated."""
        shown = self._shown()
        return self.buffers.view("epoch")[:shown], self.buffers.view(name)[:shown]

    def remove(self) -> None:
        """Take this run's curves (and legend entries) off the plots."""
        for name, curve in self.curves.items():
            self._plots[name].removeItem(curve)


class TrainingPlots(QWidget):
    """The three plots, the cost plot largest, with a cursor line at the epoch shown."""

    epoch_clicked = Signal(int)

    def __init__(self, theme: Theme = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self._series: dict[int, RunSeries] = {}
        self._reveal_limit: int | None = None
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.timeout.connect(self.redraw_now)
        self._next_redraw = 0.0
        self._title, self._planned = "", 0
        self._lower_forced: bool | None = None
        self.cost_plot = styled_plot(_tr("Cost"), _tr("cost C"), theme)
        self.weights_plot = styled_plot(_tr("Weight and bias"), _tr("value"), theme)
        self.output_plot = styled_plot(_tr("Output"), _tr("a = σ(z)"), theme)
        self.legend = self.weights_plot.addLegend(offset=(-10, 10))
        self.output_plot.setYRange(0.0, 1.0, padding=0.05)
        self.cursor_lines = [self._cursor_line(plot) for plot in self.plots()]
        self.prediction = PredictionOverlay(self.cost_plot)  # before the crosshair: see its notes
        self.crosshairs = [
            PlotCrosshair(plot, name, lambda column=column: self._newest_curve(column))
            for plot, name, column in (
                (self.cost_plot, _tr("cost"), "cost"),
                (self.weights_plot, "w", "w"),
                (self.output_plot, "a", "a"),
            )
        ]
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cost_plot, 0, 0, 1, 2)
        layout.addWidget(self.weights_plot, 1, 0)
        layout.addWidget(self.output_plot, 1, 1)
        layout.setRowStretch(0, 3)
        layout.setRowStretch(1, 2)
        self.apply_theme(theme)

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
        for plot in (self.weights_plot, self.output_plot):
            plot.setVisible(shown)
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
        self.legend.setLabelTextColor(QColor(theme.foreground))
        self.legend.setLabelTextSize(f"{theme.label_point_size:.3g}pt")
        for item in self.legend.items:  # re-render the labels at the new size
            item[1].setText(item[1].text)
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

    def start_run(self, run_id: int, planned_epochs: int, title: str) -> RunSeries:
        """Make curves for a new run; the epoch axis spans the whole plan, as in the book."""
        series = RunSeries(self, self.theme)
        series.set_reveal_limit(self._reveal_limit)
        self._series[run_id] = series
        self.show_plan(planned_epochs, title)
        return series

    def show_plan(self, planned_epochs: int, title: str) -> None:
        """Set the epoch axes and the title for a run about to start (or just set up).

        A title of "what: values" breaks after the colon when the presentation scale is large.
        """
        for plot in self.plots():
            plot.setXRange(0, planned_epochs, padding=0.03)
        self._title, self._planned = title, planned_epochs
        shown = title.replace(": ", ":<br>", 1) if self.theme.scale >= 1.5 else title
        set_title(self.cost_plot, shown, self.theme)

    def append(self, run_id: int, rows: TrajectoryRows) -> None:
        """Add a batch of a run's rows (ignored if the run was cleared meanwhile), drawn soon."""
        series = self._series.get(run_id)
        if series is not None:
            series.append(rows)
            self._schedule_redraw()

    def _schedule_redraw(self) -> None:
        """Redraw now, or as soon as the last redraw's cost allows.

        A redraw is O(epochs); with millions of them it can take tens of milliseconds, so the
        next one waits three times as long: at most a quarter of the GUI's time goes to it.
        """
        if not self._redraw_timer.isActive():
            wait = max(0.0, self._next_redraw - time.perf_counter())
            self._redraw_timer.start(round(wait * 1000))

    def redraw_now(self) -> None:
        """Put everything received on screen at once (e.g. when a run ends)."""
        self._redraw_timer.stop()
        started = time.perf_counter()
        for series in self._series.values():
            series.redraw()
        for crosshair in self.crosshairs:
            crosshair.refresh()
        spent = time.perf_counter() - started
        self._next_redraw = time.perf_counter() + 3 * spent

    def _newest_curve(self, column: str) -> tuple[np.ndarray, np.ndarray]:
        """What the crosshair reads: the newest run's curve as drawn (empty before any run)."""
        if not self._series:
            return np.empty(0), np.empty(0)
        return next(reversed(self._series.values())).curve_data(column)

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
        """Predict mode: hide every curve beyond `epoch` (None shows all)."""
        self._reveal_limit = epoch
        for series in self._series.values():
            series.set_reveal_limit(epoch)

    def run_ids(self) -> list[int]:
        return list(self._series)

    def series(self, run_id: int) -> RunSeries:
        return self._series[run_id]

    def clear_runs(self) -> None:
        """Remove every run's curves."""
        for series in self._series.values():
            series.remove()
        self._series.clear()
