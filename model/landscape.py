"""The cost landscape C(w, b) of one neuron for a cost, input x and target y, over a window of
(w, b) that contains a descent path: where the plateau is, and which way the path went.

Vectorised over the grid and numerically stable for any finite w and b (|w|, |b| up to 1000 and
beyond): the costs are evaluated through z (`model.costs`), never through a = σ(z).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from model.costs import CostName, cost_value
from model.sigmoid import FloatArray

DEFAULT_POINTS = 201
"""Grid points along each axis of a landscape."""
MIN_HALF_SPAN = 2.0
"""A fitted window reaches at least this far either side of its centre, so a short path still
shows the landscape around it (the plateau of a saturated start is a few units wide)."""
MARGIN = 0.25
"""A fitted window is the path's extent widened by this share on every side."""


@dataclass(frozen=True, slots=True)
class Window:
    """A rectangle of (w, b): w_low … w_high by b_low … b_high (low < high on both)."""

    w_low: float
    w_high: float
    b_low: float
    b_high: float

    def __post_init__(self) -> None:
        values = (self.w_low, self.w_high, self.b_low, self.b_high)
        if not all(math.isfinite(v) for v in values):
            raise ValueError(f"a landscape window needs finite bounds, got {values}")
        if not (self.w_low < self.w_high and self.b_low < self.b_high):
            raise ValueError(f"a landscape window needs low < high, got {values}")


@dataclass(frozen=True, slots=True)
class Landscape:
    """C(w, b) on a grid: `cost[i, j]` is the cost at w = `w[i]`, b = `b[j]`."""

    cost_name: CostName
    x: float
    y: float
    w: FloatArray  # (n,) increasing
    b: FloatArray  # (m,) increasing
    cost: FloatArray  # (n, m), finite and >= 0


def fit_window(ws: FloatArray, bs: FloatArray) -> Window:
    """A window containing every (w, b) of a path (finite values only), with a margin, at least
    `MIN_HALF_SPAN` either side of its centre, and square in units (so the plateau is not
    stretched): the larger of the two spans on both axes."""
    w = np.asarray(ws, dtype=np.float64)
    b = np.asarray(bs, dtype=np.float64)
    keep = np.isfinite(w) & np.isfinite(b)
    w, b = w[keep], b[keep]
    if len(w) == 0:
        w, b = np.zeros(1), np.zeros(1)
    w_mid, b_mid = (float(w.min()) + float(w.max())) / 2, (float(b.min()) + float(b.max())) / 2
    half = max(float(np.ptp(w)), float(np.ptp(b))) / 2 * (1 + 2 * MARGIN)
    half = max(half, MIN_HALF_SPAN)
    return Window(w_mid - half, w_mid + half, b_mid - half, b_mid + half)


def landscape(
    cost: CostName, x: float, y: float, window: Window, points: int = DEFAULT_POINTS
) -> Landscape:
    """C(w, b) for `cost`, input `x` and target `y` on a `points` × `points` grid over `window`."""
    if points < 2:
        raise ValueError(f"a landscape needs at least 2 points a side, got {points}")
    w = np.linspace(window.w_low, window.w_high, points)
    b = np.linspace(window.b_low, window.b_high, points)
    z = w[:, np.newaxis] * x + b[np.newaxis, :]
    return Landscape(CostName(cost), x, y, w, b, cost_value(CostName(cost), z, y))


def contour_levels(values: FloatArray, count: int = 8) -> FloatArray:
    """Contour levels spread over the landscape's range of costs, quantile-spaced (a plateau
    and a steep wall both get lines), strictly increasing, without the extremes."""
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return np.empty(0)
    levels = np.unique(np.quantile(finite, np.linspace(0, 1, count + 2)[1:-1]))
    low, high = float(finite.min()), float(finite.max())
    levels = levels[(levels > low) & (levels < high)]
    return levels
