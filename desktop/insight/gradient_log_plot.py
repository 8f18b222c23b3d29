"""|∂C/∂w| per epoch on a logarithmic axis, one curve per run, with a line at the cursor epoch:
the quadratic cost's plateau is a stretch of gradients orders of magnitude below cross-entropy's.

Runs reach 10,000,000 epochs, so each run's log10 |∂C/∂w| is folded, as rows arrive, into
per-pixel-column min/max bins (`desktop.plots.peak_bins`): the curve is handed O(bins) points
however long the run. An exact 0 is drawn at 10⁻³⁰⁰ (`model.why_slow.log_magnitude`), below the
axis (which spans at most `MAX_DECADES`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from desktop.insight.insight_plot import DecadeAxis, insight_plot
from desktop.insight.texts import gradient_plot_title
from desktop.insight.view_ranges import decade_range
from desktop.plots.peak_bins import PeakBins, read_columns
from desktop.plots.plot_axes import EpochAxis
from desktop.plots.plot_legend import legend_below, restyle_legend
from desktop.plots.plot_style import restyle_plot, set_epoch_end, settle_view
from desktop.style.theme import Theme
from model.trajectory import CHUNK_ROWS, Trajectory
from model.why_slow import log_magnitude

translate = QCoreApplication.translate

GRADIENT_BINS = 512
"""Bins per run: about two points per pixel column of a plot in a dock (min and max each)."""
COLUMN = "log10_dC_dw"


class GradientSeries:
    """One run's log10 |∂C/∂w| per epoch, folded into peak bins; holds O(bins) numbers."""

    def __init__(self, trajectory: Trajectory, planned_rows: int, bins: int) -> None:
        self.trajectory = trajectory
        self.bins = PeakBins(planned_rows, bins, (COLUMN,))

    @property
    def length(self) -> int:
        """Rows folded in so far."""
        return self.bins.rows

    def extend(self, stop: int) -> None:
        """Fold rows length … stop − 1, a trajectory chunk at a time (never a row past stop)."""
        while self.bins.rows < stop:
            start = self.bins.rows
            end = min(stop, (start // CHUNK_ROWS + 1) * CHUNK_ROWS)
            gradients = read_columns(self.trajectory, start, end, ("dC_dw",))["dC_dw"]
            self.bins.fold({COLUMN: log_magnitude(gradients)})

    def points(self) -> tuple[np.ndarray, np.ndarray]:
        """(epochs, log10 |∂C/∂w|) to draw: every row for a short run, bins' extremes else."""
        return self.bins.points()[COLUMN]

    def extremes(self) -> tuple[float, float] | None:
        return self.bins.extremes(COLUMN)


class GradientLogPlot:
    """The log plot; `widget` is what a layout holds."""

    def __init__(self, theme: Theme, bins: int = GRADIENT_BINS) -> None:
        self.theme = theme
        self.bins = bins
        self.widget = insight_plot(
            gradient_plot_title(),
            translate("WhySlowPanel", "epoch"),
            "|∂C/∂w|",
            theme,
            EpochAxis(),
            DecadeAxis(),
        )
        self.legend = legend_below(self.widget, theme, columns=2)
        self.cursor_line = pg.InfiniteLine(angle=90, movable=False)
        self.cursor_line.setZValue(10)
        self.widget.addItem(self.cursor_line, ignoreBounds=True)
        self._series: list[GradientSeries] = []
        self._curves: list[pg.PlotDataItem] = []
        self._drawn: list[int] = []
        self._range: tuple[int, int] | None = None
        self.apply_theme(theme)

    def set_runs(
        self,
        trajectories: Sequence[Trajectory],
        planned_epochs: Sequence[int],
        names: Sequence[str],
    ) -> None:
        """New runs (nothing folded yet); `names` label the curves when there are two."""
        for curve in self._curves:
            self.widget.removeItem(curve)
        self.legend.clear()
        compare = len(trajectories) > 1
        self._series = [
            GradientSeries(t, planned + 1, self.bins)
            for t, planned in zip(trajectories, planned_epochs, strict=True)
        ]
        self._curves = []
        for name in names:
            curve = self.widget.plot(name=name if compare else None)
            curve.setSkipFiniteCheck(True)
            self._curves.append(curve)
        self.legend.setVisible(compare)
        self._drawn = [0] * len(self._series)
        self._range = None
        set_epoch_end(self.widget, max(planned_epochs, default=1))
        settle_view(self.widget)
        self.apply_theme(self.theme)

    def extend(self, run_index: int, length: int) -> bool:
        """Fold rows up to `length` of a run; True if there were new ones."""
        series = self._series[run_index]
        if length <= series.length:
            return False
        series.extend(length)
        return True

    def redraw(self) -> None:
        """Hand each curve whose run grew its points (O(bins)); widen the decades if needed."""
        for index, (series, curve) in enumerate(zip(self._series, self._curves, strict=True)):
            if series.length != self._drawn[index]:
                curve.setData(*series.points())
                self._drawn[index] = series.length
        self._fit_range()

    def _fit_range(self) -> None:
        found = [e for e in (s.extremes() for s in self._series) if e is not None]
        if not found:
            return
        low, high = min(e[0] for e in found), max(e[1] for e in found)
        decades = decade_range(low, high, self._range)
        if decades != self._range:
            self._range = decades
            self.widget.setYRange(*decades, padding=0.02)
            settle_view(self.widget)

    def set_cursor(self, epoch: int | None) -> None:
        """The line at the cursor epoch (None hides it)."""
        self.cursor_line.setVisible(epoch is not None)
        if epoch is not None and self.cursor_line.value() != epoch:
            self.cursor_line.setValue(epoch)

    def curve_data(self, run_index: int) -> tuple[np.ndarray, np.ndarray]:
        """(epochs, log10 |∂C/∂w|) the run's curve shows (empty before the first redraw)."""
        x, y = self._curves[run_index].getData()
        if x is None or y is None:
            return np.empty(0), np.empty(0)
        return np.asarray(x), np.asarray(y)

    def decades(self) -> tuple[int, int] | None:
        """The log10 range the value axis shows (None before any row)."""
        return self._range

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        restyle_plot(self.widget, theme)
        compare = len(self._curves) > 1
        for index, curve in enumerate(self._curves):
            curve.setPen(theme.run_pen(index) if compare else theme.pen(theme.cost))
        self.cursor_line.setPen(
            pg.mkPen(
                theme.cursor, width=max(1.5, theme.curve_width * 0.6), style=Qt.PenStyle.DashLine
            )
        )
        restyle_legend(self.legend, theme)
