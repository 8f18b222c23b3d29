"""The cost landscape C(w, b) of one neuron for a cost, input x and target y, over a window of
(w, b) that contains a descent path: where the plateau is, and which way the path went.

Vectorised over the grid and numerically stable for any finite w and b (|w|, |b| up to 1000 and
beyond): the costs are evaluated through z (`model.costs`), never through a = σ(z).

Also what a view needs to draw it: windows fitted to a path in round steps (`round_window`), a
linear colour range (`colour_range`), contour levels in equal round steps (`round_levels`) and
their lines (`contour_segments`, marching squares), the corner that names the quadratic cost's
plateau (`plateau_corner`), and a growing run's path thinned to a few thousand rows
(`ThinnedPath`). A 201 × 201 landscape takes about 1 ms, its contours a few ms.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from model.costs import CostName, cost_value
from model.sigmoid import FloatArray, sigmoid_prime
from model.trajectory import CHUNK_ROWS, Trajectory

DEFAULT_POINTS = 201
"""Grid points along each axis of a landscape."""
MIN_HALF_SPAN = 2.0
"""A fitted window reaches at least this far either side of its centre, so a short path still
shows the landscape around it (the plateau of a saturated start is a few units wide)."""
MARGIN = 0.25
"""A fitted window is the path's extent widened by this share on every side."""
PATH_POINTS = 4096
"""A drawn path has at most this many points (plus its newest row), however long the run."""
ROUND_STEPS = (1.0, 2.0, 5.0, 10.0)
"""Contour steps and colour ranges are 1, 2 or 5 × 10ⁿ."""
ROUND_SPANS = (1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)
"""A fitted window's half span is one of these × 10ⁿ (finer than the steps: 2.1 → 3, not 5)."""


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

    def contains(self, ws: FloatArray, bs: FloatArray) -> bool:
        """Whether every finite (w, b) of the points lies inside (edges included)."""
        w, b = _finite_pairs(ws, bs)
        inside = (self.w_low <= w) & (w <= self.w_high) & (self.b_low <= b) & (b <= self.b_high)
        return bool(inside.all())


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
    w, b = _finite_pairs(ws, bs)
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


def _finite_pairs(ws: FloatArray, bs: FloatArray) -> tuple[FloatArray, FloatArray]:
    """The (w, b) pairs whose both values are finite, as float arrays."""
    w = np.asarray(ws, dtype=np.float64)
    b = np.asarray(bs, dtype=np.float64)
    keep = np.isfinite(w) & np.isfinite(b)
    return w[keep], b[keep]


def round_up(value: float, mantissas: tuple[float, ...] = ROUND_STEPS) -> float:
    """The smallest of `mantissas` × 10ⁿ (1, 2, 5 × 10ⁿ) at least `value` (> 0, finite)."""
    exponent = math.floor(math.log10(value))
    for mantissa in mantissas:
        if mantissa * 10.0**exponent >= value * (1 - 1e-12):
            return mantissa * 10.0**exponent
    return 10.0 ** (exponent + 1)  # pragma: no cover (10 × 10ⁿ always is)


def round_window(ws: FloatArray, bs: FloatArray) -> Window:
    """`fit_window` in round steps: the half span rounded up (`ROUND_SPANS`) and the centre
    to a multiple of a round quarter of it, still containing every finite (w, b). A view that
    re-fits only when the path leaves its window so moves rarely, and to tidy ranges."""
    fitted = fit_window(ws, bs)
    half = round_up((fitted.w_high - fitted.w_low) / 2, ROUND_SPANS)
    w_mid, b_mid = (fitted.w_low + fitted.w_high) / 2, (fitted.b_low + fitted.b_high) / 2
    while True:
        step = round_up(half / 4)
        w_mid, b_mid = round(w_mid / step) * step, round(b_mid / step) * step
        window = Window(w_mid - half, w_mid + half, b_mid - half, b_mid + half)
        if window.contains(ws, bs):
            return window
        half = round_up(half * 1.01, ROUND_SPANS)


def colour_range(land: Landscape) -> tuple[float, float]:
    """The costs a colour scale spans, linearly: from 0 (every cost's infimum) to the quadratic
    cost's supremum max(y, 1 − y)²/2 (fixed, so a zoom into the plateau stays one flat colour),
    or for cross-entropy, which grows without bound, to the window's largest C, rounded up to
    a tenth of it in a round step."""
    if land.cost_name is CostName.QUADRATIC:
        return 0.0, 0.5 * max(land.y, 1.0 - land.y) ** 2
    largest = float(np.max(land.cost)) if land.cost.size else 0.0
    if not largest > 0.0:
        return 0.0, 1.0
    step = round_up(largest / 10)
    return 0.0, math.ceil(largest / step * (1 - 1e-12)) * step


def plateau_corner(land: Landscape, threshold: float = 0.1) -> tuple[int, int] | None:
    """A corner (i, j) of the grid on the quadratic cost's plateau, where a label can name it:
    of the corners where σ'(z) < `threshold` and C is above half its supremum (a saturated
    output far from y, learning stalls), the one of largest C; None if there is none or the
    cost is cross-entropy (whose only flat region is the valley at its minimum)."""
    if land.cost_name is not CostName.QUADRATIC:
        return None
    _, high = colour_range(land)
    last_w, last_b = len(land.w) - 1, len(land.b) - 1
    corners = [(i, j) for i in (0, last_w) for j in (0, last_b)]
    flat = [
        (float(land.cost[i, j]), (i, j))
        for i, j in corners
        if sigmoid_prime(land.w[i] * land.x + land.b[j]) < threshold and land.cost[i, j] > high / 2
    ]
    return max(flat)[1] if flat else None


def round_levels(low: float, high: float, most: int = 9) -> FloatArray:
    """Contour levels in equal round steps (1, 2, 5 × 10ⁿ), at most `most` of them, strictly
    between `low` and `high`: lines far apart where the landscape is flat, close where steep."""
    if not (math.isfinite(low) and math.isfinite(high) and low < high) or most < 1:
        return np.empty(0)
    step = round_up((high - low) / (most + 1))
    while True:
        first, last = math.floor(low / step) + 1, math.ceil(high / step) - 1
        levels = np.arange(first, last + 1, dtype=np.float64) * step
        levels = levels[(levels > low) & (levels < high)]
        if len(levels) <= most:
            return levels
        step = round_up(step * 1.01)  # the multiples fell unluckily: the next round step


Segments = FloatArray
"""Line segments, shape (k, 2, 2): segment, end (0 or 1), then (w, b)."""

_EDGE_PAIRS = {
    1: (0, 3), 14: (0, 3), 2: (0, 1), 13: (0, 1), 4: (1, 2), 11: (1, 2),
    8: (2, 3), 7: (2, 3), 3: (1, 3), 12: (1, 3), 6: (0, 2), 9: (0, 2),
}  # fmt: skip
"""Marching squares: a cell's corners above the level (bits: 1 at (w[i], b[j]), 2 at w[i+1],
4 at (w[i+1], b[j+1]), 8 at b[j+1]) → the two edges its segment joins (0 bottom, 1 right,
2 top, 3 left). 5 and 10 (saddles) have two segments each, chosen by the cell's mean."""
_FIRST, _SECOND = (np.array([_EDGE_PAIRS.get(k, (0, 0))[e] for k in range(16)]) for e in (0, 1))


def contour_segments(land: Landscape, level: float) -> Segments:
    """The contour C = `level` of a landscape as line segments (marching squares, vectorised
    over the cells it crosses): every end lies on a grid line, where linear interpolation
    between the two grid values beside it gives `level`."""
    c, above = land.cost, (land.cost > level).astype(np.uint8)
    if c.shape[0] < 2 or c.shape[1] < 2:
        return np.empty((0, 2, 2))
    case = above[:-1, :-1] | above[1:, :-1] << 1 | above[1:, 1:] << 2 | above[:-1, 1:] << 3
    i, j = np.nonzero((case != 0) & (case != 15))
    kind = case[i, j]
    v00, v10, v11, v01 = c[i, j], c[i + 1, j], c[i + 1, j + 1], c[i, j + 1]
    w0, w1, b0, b1 = land.w[i], land.w[i + 1], land.b[j], land.b[j + 1]
    edges = np.stack(
        (
            np.stack((w0 + _crossing(v00, v10, level) * (w1 - w0), b0), axis=-1),  # bottom
            np.stack((w1, b0 + _crossing(v10, v11, level) * (b1 - b0)), axis=-1),  # right
            np.stack((w0 + _crossing(v01, v11, level) * (w1 - w0), b1), axis=-1),  # top
            np.stack((w0, b0 + _crossing(v00, v01, level) * (b1 - b0)), axis=-1),  # left
        )
    )  # (4 edges, cells, 2)
    cells = np.arange(len(kind))
    saddle = (kind == 5) | (kind == 10)
    # In a saddle the segments cut off the two corners on the other side from the centre.
    cut_bottom_right = (kind == 5) == ((v00 + v10 + v11 + v01) / 4 > level)
    first = np.where(saddle, np.where(cut_bottom_right, 1, 3), _FIRST[kind])
    second = np.where(saddle, 0, _SECOND[kind])
    extra_a, extra_b = np.where(cut_bottom_right, 2, 1), np.where(cut_bottom_right, 3, 2)
    segments = [
        np.stack((edges[first, cells], edges[second, cells]), axis=1),
        np.stack(
            (edges[extra_a[saddle], cells[saddle]], edges[extra_b[saddle], cells[saddle]]), axis=1
        ),
    ]
    return np.concatenate(segments).astype(np.float64)


def _crossing(v0: FloatArray, v1: FloatArray, level: float) -> FloatArray:
    """Where between v0 (at 0) and v1 (at 1) the linear interpolation meets `level`, clipped
    to 0 … 1 (meaningful only where the two lie on either side of it); never divides by 0."""
    difference = v1 - v0
    safe = np.where(difference == 0.0, 1.0, difference)
    fraction: FloatArray = np.clip((level - v0) / safe, 0.0, 1.0)
    return fraction


IntArray = NDArray[np.int64]


class ThinnedPath:
    """A growing run's (w, b) path thinned for drawing, read as its rows are told to exist.

    Keeps the rows at every `stride`-th epoch, `stride` the smallest power of two that keeps at
    most `most` of them, plus the newest row; each `extend` reads only the new rows (a
    trajectory chunk at a time, never a row at or past `stop`: another thread may be writing
    it), and tracks the extent of every row read, so a window fitted to it holds all of them.
    """

    def __init__(self, trajectory: Trajectory, most: int = PATH_POINTS) -> None:
        if most < 2:
            raise ValueError(f"a thinned path needs room for at least 2 points, got {most}")
        self.trajectory = trajectory
        self.most = most
        self.rows = 0
        self.stride = 1
        self._epochs: IntArray = np.empty(0, dtype=np.int64)
        self._w: FloatArray = np.empty(0)
        self._b: FloatArray = np.empty(0)
        self._last: tuple[float, float] = (math.nan, math.nan)
        self._extent = np.array([math.inf, -math.inf, math.inf, -math.inf])

    def extend(self, stop: int) -> bool:
        """Read rows `rows` … stop − 1; False if there were none."""
        if stop <= self.rows:
            return False
        self._thin_for(stop)
        while self.rows < stop:
            start = self.rows
            end = min(stop, (start // CHUNK_ROWS + 1) * CHUNK_ROWS)
            w, b = self.trajectory.weights(start, end)
            self._note_extent(w, b)
            first = -start % self.stride  # offset of the first multiple of the stride
            self._epochs = np.concatenate(
                (self._epochs, np.arange(start + first, end, self.stride, dtype=np.int64))
            )
            self._w = np.concatenate((self._w, w[first :: self.stride]))
            self._b = np.concatenate((self._b, b[first :: self.stride]))
            self._last = (float(w[-1]), float(b[-1]))
            self.rows = end
        return True

    def points(self) -> tuple[IntArray, FloatArray, FloatArray]:
        """(epochs, w, b) to draw: the kept rows and the newest, finite ones only."""
        epochs, w, b = self._epochs, self._w, self._b
        if self.rows and (len(epochs) == 0 or epochs[-1] != self.rows - 1):
            epochs = np.append(epochs, self.rows - 1)
            w, b = np.append(w, self._last[0]), np.append(b, self._last[1])
        keep = np.isfinite(w) & np.isfinite(b)
        return epochs[keep], w[keep], b[keep]

    def extent(self) -> tuple[FloatArray, FloatArray] | None:
        """([w_min, w_max], [b_min, b_max]) over every finite row read, None before any."""
        w_min, w_max, b_min, b_max = self._extent
        if not w_min <= w_max:
            return None
        return np.array([w_min, w_max]), np.array([b_min, b_max])

    def _thin_for(self, stop: int) -> None:
        """Double the stride until rows 0 … stop − 1 hold at most `most` multiples of it."""
        stride = self.stride
        while -(-stop // stride) > self.most:
            stride *= 2
        if stride != self.stride:
            self.stride = stride
            keep = self._epochs % stride == 0
            self._epochs, self._w, self._b = self._epochs[keep], self._w[keep], self._b[keep]

    def _note_extent(self, w: FloatArray, b: FloatArray) -> None:
        found = np.array([w.min(), w.max(), b.min(), b.max()])
        if not np.isfinite(found).all():  # rare (a diverging run): only the finite pairs
            w, b = _finite_pairs(w, b)
            if len(w) == 0:
                return
            found = np.array([w.min(), w.max(), b.min(), b.max()])
        low_w, high_w, low_b, high_b = self._extent
        self._extent = np.array(
            [
                min(low_w, found[0]),
                max(high_w, found[1]),
                min(low_b, found[2]),
                max(high_b, found[3]),
            ]
        )
