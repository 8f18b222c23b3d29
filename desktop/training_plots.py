"""Live pyqtgraph plots of a run: cost vs epoch (the main one), w and b vs epoch, a vs epoch.

Each run gets its own `RunSeries` (curves in every plot, fed from growing buffers), so two runs
can be drawn side by side later. The plots only draw what they are given; no math happens here.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QWidget

from desktop.growing_columns import GrowingColumns
from desktop.theme import LIGHT, Theme
from model import TrajectoryRows

SERIES_COLUMNS = ("epoch", "cost", "w", "b", "a")


def _curve(plot: pg.PlotWidget, pen: object, name: str | None = None) -> pg.PlotDataItem:
    """A curve that stays fast with millions of points (clip to view, peak downsampling)."""
    item = plot.plot(pen=pen, name=name)
    item.setClipToView(True)
    item.setDownsampling(auto=True, method="peak")
    item.setSkipFiniteCheck(True)
    return item


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainingPlots", text)


def styled_plot(title: str, y_label: str, theme: Theme) -> pg.PlotWidget:
    """A plot in the app's look: title, axis labels, large tick fonts, light grid, no mouse pan."""
    plot = pg.PlotWidget()
    size = f"{theme.label_point_size:g}pt"
    plot.setTitle(title, size=size)
    plot.setLabel("bottom", _tr("epoch"), **{"font-size": size})
    plot.setLabel("left", y_label, **{"font-size": size})
    plot.showGrid(x=True, y=True, alpha=theme.grid_alpha)
    for side in ("left", "bottom"):
        plot.getAxis(side).setTickFont(theme.axis_font())
        plot.getAxis(side).enableAutoSIPrefix(False)  # "(x0.001)" in a label confuses a class
    plot.setMouseEnabled(x=False, y=False)
    plot.getPlotItem().setContentsMargins(4, 4, 24, 4)  # room for the last tick label
    return plot


class RunSeries:
    """One run's curves across the three plots, and the buffers they draw from."""

    def __init__(self, plots: TrainingPlots, theme: Theme) -> None:
        self.buffers = GrowingColumns(SERIES_COLUMNS)
        self._highest_cost = 0.0  # the cost axis runs from 0 to the highest cost seen
        self._plots = {
            "cost": plots.cost_plot,
            "w": plots.weights_plot,
            "b": plots.weights_plot,
            "a": plots.output_plot,
        }
        self.curves = {
            "cost": _curve(plots.cost_plot, theme.pen(theme.cost)),
            "w": _curve(plots.weights_plot, theme.pen(theme.weight), "w"),
            "b": _curve(plots.weights_plot, theme.pen(theme.bias, dashed=True), "b"),
            "a": _curve(plots.output_plot, theme.pen(theme.output)),
        }

    def append(self, rows: TrajectoryRows) -> None:
        """Add a batch of rows and redraw the curves once."""
        self.buffers.append(
            epoch=rows.epoch.astype(np.float64), cost=rows.cost, w=rows.w, b=rows.b, a=rows.a
        )
        epochs = self.buffers.view("epoch")
        for name, curve in self.curves.items():
            curve.setData(epochs, self.buffers.view(name))
        self._highest_cost = max(self._highest_cost, float(rows.cost.max(initial=0.0)))
        self._plots["cost"].setYRange(0.0, self._highest_cost or 1.0, padding=0.05)

    def curve_data(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """The (epoch, value) points the named curve holds: "cost", "w", "b" or "a"."""
        x, y = self.curves[name].getOriginalDataset()
        return np.asarray(x), np.asarray(y)

    def remove(self) -> None:
        """Take this run's curves (and legend entries) off the plots."""
        for name, curve in self.curves.items():
            self._plots[name].removeItem(curve)


class TrainingPlots(QWidget):
    """The three plots, arranged with the cost plot largest."""

    def __init__(self, theme: Theme = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._series: dict[int, RunSeries] = {}
        self.cost_plot = styled_plot(_tr("Cost"), _tr("cost C"), theme)
        self.weights_plot = styled_plot(_tr("Weight and bias"), _tr("value"), theme)
        self.output_plot = styled_plot(_tr("Output"), _tr("a = σ(z)"), theme)
        self.weights_plot.addLegend(offset=(-10, 10), labelTextSize=f"{theme.label_point_size:g}pt")
        self.output_plot.setYRange(0.0, 1.0, padding=0.05)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cost_plot, 0, 0, 1, 2)
        layout.addWidget(self.weights_plot, 1, 0)
        layout.addWidget(self.output_plot, 1, 1)
        layout.setRowStretch(0, 3)
        layout.setRowStretch(1, 2)

    def start_run(self, run_id: int, planned_epochs: int, title: str) -> RunSeries:
        """Make curves for a new run; the epoch axis spans the whole plan, as in the book."""
        series = RunSeries(self, self._theme)
        self._series[run_id] = series
        self.show_plan(planned_epochs, title)
        return series

    def show_plan(self, planned_epochs: int, title: str) -> None:
        """Set the epoch axes and the title for a run about to start (or just set up)."""
        for plot in (self.cost_plot, self.weights_plot, self.output_plot):
            plot.setXRange(0, planned_epochs, padding=0.03)
        self.cost_plot.setTitle(title, size=f"{self._theme.label_point_size:g}pt")

    def append(self, run_id: int, rows: TrajectoryRows) -> None:
        """Draw a batch of a run's rows (ignored if the run was cleared meanwhile)."""
        series = self._series.get(run_id)
        if series is not None:
            series.append(rows)

    def run_ids(self) -> list[int]:
        return list(self._series)

    def series(self, run_id: int) -> RunSeries:
        return self._series[run_id]

    def clear_runs(self) -> None:
        """Remove every run's curves."""
        for series in self._series.values():
            series.remove()
        self._series.clear()
