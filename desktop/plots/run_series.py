"""One run's curves (cost, w, b, a) across the plots, drawn from its trajectory through peak bins.

The series holds no rows: the run's `model.Trajectory` is its one store. The series keeps the
per-bin extremes (O(bins) numbers, however long the run) and the points last drawn, and reads the
trajectory only below the length it was told about, since the trainer thread may be writing the
rows after it.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pyqtgraph as pg

from desktop.plots.peak_bins import DEFAULT_BINS, PeakBins, Points, fold_trajectory, read_columns
from desktop.plots.prediction_overlay import REVEAL_Z_VALUE
from desktop.style.theme import Theme
from model import Trajectory

CURVE_Z = REVEAL_Z_VALUE
"""Curves sit above a drawn guess, so the revealed curve is drawn over it."""

CURVE_STYLE = {
    "cost": ("cost", False),
    "w": ("weight", False),
    "b": ("bias", True),
    "a": ("output", False),
}
"""Per curve, the theme colour it is drawn in and whether it is dashed."""
SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


class RunSeries:
    """A run's curves in the plots, fed from rows 0 … length − 1 of its trajectory.

    `extend` folds new rows into the bins (cheap, nothing drawn); `redraw` puts the points on
    screen, only if what should be shown changed. In predict mode a reveal limit hides every
    epoch after it.
    """

    def __init__(
        self,
        plots: Mapping[str, pg.PlotWidget],
        trajectory: Trajectory,
        planned_epochs: int,
        theme: Theme,
        bins: int = DEFAULT_BINS,
        run_index: int = 0,
        label: str = "",
    ) -> None:
        """`label` (compare mode) names the run in every plot's legend ("1: quadratic" for the
        cost, w₁, b₁, a₁ for the others) and draws it in run `run_index`'s colour and line
        style; without one the curves have the single-run look (w and b named in the legend)."""
        self.trajectory = trajectory
        self.run_index, self.label = run_index, label
        self.bins = PeakBins(planned_epochs + 1, bins)
        self._plots = plots
        self._reveal_limit: int | None = None
        self._drawn: int | None = None  # rows on screen since the last redraw (None: never)
        self.curves = {name: self._curve(name) for name in CURVE_STYLE}
        self.restyle(theme)

    def _curve(self, name: str) -> pg.PlotDataItem:
        """A curve item; it is handed at most 2 × bins + 2 points."""
        item = self._plots[name].plot(name=self.legend_name(name))
        item.setSkipFiniteCheck(True)
        item.setZValue(CURVE_Z)
        return item

    def legend_name(self, name: str) -> str | None:
        """A curve's legend entry (None: none)."""
        if not self.label:
            return name if name in ("w", "b") else None
        return (
            self.label if name == "cost" else name + str(self.run_index + 1).translate(SUBSCRIPTS)
        )

    def restyle(self, theme: Theme) -> None:
        """Pens of the theme (colour, width at its scale, dashes)."""
        for name, (colour, dashed) in CURVE_STYLE.items():
            pen = (
                theme.run_pen(self.run_index, dashed=dashed)
                if self.label
                else theme.pen(getattr(theme, colour), dashed=dashed)
            )
            self.curves[name].setPen(pen)

    @property
    def length(self) -> int:
        """Rows received so far (folded into the bins)."""
        return self.bins.rows

    def extend(self, length: int) -> None:
        """Rows 0 … length − 1 now exist: fold in the new ones (O(new rows)), draw nothing."""
        fold_trajectory(self.bins, self.trajectory, length)

    def set_reveal_limit(self, epoch: int | None) -> None:
        """Show only epochs 0 … epoch (predict mode), or everything (None), from the next redraw."""
        self._reveal_limit = epoch

    def shown(self) -> int:
        """How many rows the curves should show: all received, or up to the reveal limit."""
        if self._reveal_limit is None:
            return self.length
        return max(0, min(self._reveal_limit + 1, self.length))

    def drawn(self) -> int:
        """How many rows the curves on screen show (0 before the first redraw)."""
        return self._drawn or 0

    def redraw(self) -> bool:
        """Hand the curves the points of the rows to show, if that changed; True if it did.

        O(bins): the bins' points, plus (with a reveal limit) at most one bin of rows read
        again from the trajectory.
        """
        stop = self.shown()
        if stop == self._drawn:
            return False
        for name, (x, y) in self._points(stop).items():
            self.curves[name].setData(x, y)
        self._drawn = stop
        return True

    def _points(self, stop: int) -> Points:
        coarser = self.coarser_factors()
        if stop in (0, self.length):
            return self.bins.points(stop, coarser=coarser)
        start = self.bins.last_bin_start(stop)
        last_bin = read_columns(self.trajectory, start, stop, self.bins.columns)
        return self.bins.points(stop, last_bin, coarser)

    def coarser_factors(self) -> dict[str, int]:
        """Per curve, how many bins make one pixel column of its plot (the lower plots are
        narrower than the cost plot the bins were sized for)."""
        factors = {}
        for name, plot in self._plots.items():
            pixels = plot.getPlotItem().vb.width() * plot.devicePixelRatioF()
            factors[name] = max(1, int(self.bins.count / pixels)) if pixels >= 16 else 1
        return factors

    def value_at(self, name: str, epoch: int) -> float:
        """The exact value of a column ("cost", "w", "b", "a") at a received epoch: O(1)."""
        if not 0 <= epoch < self.length:
            raise IndexError(f"epoch {epoch} not among the {self.length} received")
        return self.trajectory.row(epoch)[name]

    def extremes(self, name: str) -> tuple[float, float] | None:
        """Lowest and highest value of a column over every row received (None before any)."""
        return self.bins.extremes(name)

    def curve_data(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """The (epochs, values) the named curve shows, as drawn (empty before the first redraw)."""
        x, y = self.curves[name].getData()
        if x is None or y is None:
            return np.empty(0), np.empty(0)
        return x, y

    def remove(self) -> None:
        """Take this run's curves (and legend entries) off the plots."""
        for name, curve in self.curves.items():
            self._plots[name].removeItem(curve)
