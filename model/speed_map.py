"""The learning-speed map: how many epochs the neuron needs to learn, from every start on a grid.

For each start (w0, b0) of a grid and each cost, the map holds the *epochs to threshold*: the
first row e in 0 … M of the run from that start with |a_e − y| < T (row 0 is the start), or −1
if no row up to M gets there. That is exactly the single-run model's number
(`Training(...).run_to_end()` then `model.comparison.threshold_epoch`), for 40,401 starts at
once: every start steps together as a numpy array, with the arithmetic of `model.kernel`
operation for operation (the same branches of σ, the same order of rounding), so each cell is
the number the window would show for that start. A start that reaches the threshold and then
diverges counts as reached, as in the single run (which keeps its rows up to the divergence).
The one thing not shared is the exponential: numpy's `exp` against the kernel's `math.exp`. On
an AVX2 machine (numpy 2.4) they agree bit for bit, with no difference in 10 million samples;
numpy's AVX-512 float64 exp may differ by an ulp, and a start on a knife edge could then be one
epoch apart from its single run.

Speed: the exponential dominates each step, so the map drops every start as soon as it is
settled (learnt, or diverged) and steps only the open ones. Starts are done in tiles of at most
`TILE_CELLS`, `BLOCK_ROWS` epochs at a time, so progress and cancellation are looked at every
few milliseconds whatever the grid.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TextIO

import numpy as np
from numpy.typing import NDArray

from model.costs import SIGMA_PRIME_FLOOR, CostName
from model.messages import QT_TRANSLATE_NOOP
from model.parameters import MAX_ABS_INPUT, ParameterError, RunParameters, out_of_range
from model.sigmoid import FloatArray
from model.training import DIVERGENCE_LIMIT
from model.update_rules import RuleName, StepKind, step_kind

DEFAULT_GRID = 201
DEFAULT_RANGE = (-4.0, 4.0)
DEFAULT_MAX_EPOCHS = 1_000
DEFAULT_THRESHOLD = 0.1
MIN_GRID, MAX_GRID = 2, 1001
MAX_MAX_EPOCHS = 100_000

Mask = NDArray[np.bool_]

NOT_REACHED = -1
"""The value of a cell whose run never gets within the threshold in M epochs (or diverges first)."""
TILE_CELLS = 65_536
"""Most starts stepped together (the default grid is one tile): a step of a full tile takes
about 1 ms here, so a block of `BLOCK_ROWS` epochs about 15 ms whatever the grid."""
BLOCK_ROWS = 16
"""Epochs between looks at the tile: settled starts are dropped, progress and cancel checked."""
_SIGN_BIT = np.int64(-(2**63))
"""Or-ed into a float64's bits, makes it −|z| (one integer operation instead of abs, negate)."""
_CAP = 1e300
"""|w|, |b| are clipped to this after each dC/da step: far beyond DIVERGENCE_LIMIT (so a clipped
start is already diverged, and is dropped), near enough that w·x + b and the next step stay
finite (|w·x + b| ≤ 1e303, |η·x·δ| ≤ 1e5 · 1e300), so nothing overflows."""


@dataclass(frozen=True, slots=True)
class SpeedMapRequest:
    """What to map: the fixed input, target, learning rate and rule; the grid of starts (w0 over
    `w_range`, b0 over `b_range`, `grid` values each, ends included); the costs; at most
    `max_epochs` epochs (M) and the threshold T on |a − y|."""

    x: float
    y: float
    eta: float
    rule: RuleName
    costs: tuple[CostName, ...] = (CostName.QUADRATIC, CostName.CROSS_ENTROPY)
    w_range: tuple[float, float] = DEFAULT_RANGE
    b_range: tuple[float, float] = DEFAULT_RANGE
    grid: int = DEFAULT_GRID
    max_epochs: int = DEFAULT_MAX_EPOCHS
    threshold: float = DEFAULT_THRESHOLD

    def __post_init__(self) -> None:
        # Accept "gradient" and ("quadratic",) as well as the enums, as RunParameters does, and
        # whole numbers (numpy's too) as floats or ints, so the arithmetic is the single run's.
        object.__setattr__(self, "rule", _enum(RuleName, "rule", self.rule))
        costs = tuple(_enum(CostName, "costs", cost) for cost in self.costs)
        object.__setattr__(self, "costs", costs)
        for name in ("x", "y", "eta", "threshold"):
            object.__setattr__(self, name, _as_float(getattr(self, name)))
        for name in ("w_range", "b_range"):
            ends = getattr(self, name)
            if isinstance(ends, (tuple, list)):
                object.__setattr__(self, name, tuple(_as_float(end) for end in ends))
        for name in ("grid", "max_epochs"):
            if isinstance(getattr(self, name), np.integer):
                object.__setattr__(self, name, int(getattr(self, name)))

    def validated(self) -> SpeedMapRequest:
        """Return self if every value is in range, else raise `ParameterError` saying which
        (x, y and η within `RunParameters`' limits, and the limits of the map)."""
        RunParameters(x=self.x, y=self.y, eta=self.eta, rule=self.rule).validated()
        if not self.costs:
            raise ParameterError("costs", "costs must name at least one cost")
        if len(set(self.costs)) < len(self.costs):
            raise ParameterError("costs", f"costs name a cost twice: {self.costs!r}")
        _check_range("w_range", "w range", self.w_range)
        _check_range("b_range", "b range", self.b_range)
        grid_subject = QT_TRANSLATE_NOOP("Errors", "grid (starts a side)")
        _check_whole("grid", grid_subject, self.grid, MIN_GRID, MAX_GRID)
        epochs_subject = QT_TRANSLATE_NOOP("Errors", "max epochs")
        _check_whole("max_epochs", epochs_subject, self.max_epochs, 1, MAX_MAX_EPOCHS)
        threshold = self.threshold
        if not _is_number(threshold) or not (math.isfinite(threshold) and 0.0 < threshold < 1.0):
            raise ParameterError(
                "threshold",
                QT_TRANSLATE_NOOP("Errors", "must be > 0 and < 1, got {value}"),
                QT_TRANSLATE_NOOP("Errors", "threshold"),
                value=repr(threshold),
            )
        return self

    @classmethod
    def from_parameters(cls, p: RunParameters, **changes: Any) -> SpeedMapRequest:
        """The map around a run: its x, y, η and rule, with the map's own settings in `changes`
        (its start and cost are what the map varies)."""
        return cls(**{"x": p.x, "y": p.y, "eta": p.eta, "rule": p.rule, **changes})


@dataclass(frozen=True, slots=True)
class SpeedMap:
    """A computed map. `epochs[cost][i, j]` is the epochs to threshold from w0[i], b0[j]
    (`NOT_REACHED`, −1, if none), an int32 array of shape (grid, grid)."""

    request: SpeedMapRequest
    w0: FloatArray
    b0: FloatArray
    epochs: dict[CostName, NDArray[np.int32]]

    def summary(self, cost: CostName) -> tuple[int, float | None]:
        """How many starts reach the threshold, and their median epochs (None if none does)."""
        reached = self.epochs[cost][self.epochs[cost] != NOT_REACHED]
        return int(reached.size), float(np.median(reached)) if reached.size else None


def compute_speed_map(
    request: SpeedMapRequest,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SpeedMap | None:
    """Compute the map `request` asks for (ParameterError first if a value is out of range).

    `progress(fraction)` is called with a rising fraction every few milliseconds of work and
    with 1.0 at the end; `cancelled()` is asked as often, and once it says True the computation
    stops and returns None. Safe to run in a worker thread: numpy releases the GIL in each step.
    """
    request = request.validated()
    w0 = np.linspace(*request.w_range, request.grid)
    b0 = np.linspace(*request.b_range, request.grid)
    starts_w = np.repeat(w0, request.grid)  # cell i·grid + j starts at (w0[i], b0[j])
    starts_b = np.tile(b0, request.grid)
    count = -(-starts_w.size // TILE_CELLS)  # tiles of equal size, at most TILE_CELLS each
    ends = [starts_w.size * k // count for k in range(count + 1)]
    tiles = [slice(start, stop) for start, stop in itertools.pairwise(ends)]
    units = len(request.costs) * len(tiles)
    epochs: dict[CostName, NDArray[np.int32]] = {}
    with np.errstate(under="ignore"):  # exp(−|z|) and σ'(z) of a saturated start round to 0
        for c, cost in enumerate(request.costs):
            cells = np.full(starts_w.size, NOT_REACHED, dtype=np.int32)
            for t, tile in enumerate(tiles):
                run = _TileRun(starts_w[tile], starts_b[tile], request, cost)
                for fraction in run.blocks():
                    if progress is not None:
                        progress((c * len(tiles) + t + fraction) / units)
                    if cancelled is not None and cancelled():
                        return None
                cells[tile] = run.result
            epochs[cost] = cells.reshape(request.grid, request.grid)
    if progress is not None:
        progress(1.0)
    return SpeedMap(request, w0, b0, epochs)


class _TileRun:
    """One tile of starts run for one cost, the still-open starts packed at the front of
    buffers allocated once (no allocation per epoch).

    Each epoch mirrors `model.kernel.run_epochs`: z = w·x + b; e = exp(−|z|); a = 1/(1 + e)
    for z ≥ 0, else e/(1 + e); σ' = e·a·a for z ≥ 0, else a/(1 + e); δ for the step kind from
    `model.costs.output_error`'s a − y; w −= (η·x)·δ, b −= η·δ. Each start gets its own branch's
    value to the last bit; the branch of a is chosen by max(e, [z ≥ 0]), exact as 0 ≤ e ≤ 1.
    """

    def __init__(
        self, w: FloatArray, b: FloatArray, request: SpeedMapRequest, cost: CostName
    ) -> None:
        size = w.size
        self.result = np.full(size, NOT_REACHED, dtype=np.int32)
        self._request = request
        self._kind = step_kind(cost, request.rule)
        self._open = size
        self._cells = np.arange(size)  # tile index of each open start
        self._w, self._b = w.copy(), b.copy()
        self._work = np.empty((7, size))  # z, e, 1 + e, a, a − y, and two scratch rows
        self._negative = np.empty(size, dtype=np.bool_)  # z < 0
        self._hits = np.empty((BLOCK_ROWS, size), dtype=np.bool_)  # |a − y| < T, per row
        self._sane = np.empty((BLOCK_ROWS, size), dtype=np.bool_)  # after the step: in range

    def blocks(self) -> Iterator[float]:
        """Run every row 0 … M, `BLOCK_ROWS` at a time; after each block, yield the fraction of
        the tile done. Stops early once every start is settled."""
        rows = self._request.max_epochs + 1
        for first in range(0, rows, BLOCK_ROWS):
            count = min(BLOCK_ROWS, rows - first)
            steps = min(count, rows - 1 - first)  # row M is checked, not stepped from
            self._run_rows(count, steps)
            self._settle(first, count, steps)
            if self._open == 0:
                yield 1.0
                return
            yield (first + count) / rows

    def _run_rows(self, count: int, steps: int) -> None:
        """Check `count` rows of every open start; step from the first `steps` of them."""
        n = self._open
        w, b, (z, e, t, a, d, s, u) = self._w[:n], self._b[:n], self._work[:, :n]
        x, y, eta = self._request.x, self._request.y, self._request.eta
        threshold, kind = self._request.threshold, self._kind
        step_w = eta * x  # as the kernel rounds it
        for k in range(count):
            np.multiply(w, x, out=z)
            np.add(z, b, out=z)
            np.bitwise_or(z.view(np.int64), _SIGN_BIT, out=e.view(np.int64))  # e = −|z|
            np.exp(e, out=e)  # exp(−z) for z ≥ 0, exp(z) for z < 0: in [0, 1]
            np.add(e, 1.0, out=t)
            np.greater_equal(z, 0.0, out=u, casting="unsafe")  # 1.0 where z ≥ 0, else 0.0
            np.maximum(e, u, out=a)  # 1 for z ≥ 0, e for z < 0 (as e ≤ 1)
            np.divide(a, t, out=a)
            np.subtract(a, y, out=d)
            np.abs(d, out=s)
            np.less(s, threshold, out=self._hits[k, :n])
            if k == steps:
                break
            if y > 0.5:  # the step's a − y is (1 − y) − e/(1 + e) where z ≥ 0 (u = 1)
                np.subtract(u, y, out=d)  # 1 − y where z ≥ 0, −y where z < 0: both exact
                np.copysign(np.divide(e, t, out=s), np.subtract(0.5, u, out=u), out=s)
                np.add(d, s, out=d)  # e/(1 + e) is a where z < 0: there d is a − y as before
            if kind is not StepKind.ERROR:
                _sigma_prime(z, e, t, a, s, self._negative[:n])  # into s; t is scratch
                if kind is StepKind.SIGMA_PRIME:
                    np.multiply(d, s, out=d)
                else:
                    np.maximum(s, SIGMA_PRIME_FLOOR, out=s)
                    np.divide(d, s, out=d)
            np.multiply(d, step_w, out=s)
            np.subtract(w, s, out=w)
            np.multiply(d, eta, out=s)
            np.subtract(b, s, out=b)
            if kind is StepKind.DC_DA:
                _check_sane(w, b, s, t, self._sane[k, :n])

    def _settle(self, first: int, count: int, steps: int) -> None:
        """Record the starts that reached the threshold in rows first … first + count − 1, or
        diverged there before reaching it, and drop them from the open ones."""
        n = self._open
        hits = self._hits[:count, :n]
        reached = hits.any(axis=0)
        settled = reached.copy()
        hit_row = np.full(n, count)
        hit_row[reached] = hits[:, reached].argmax(axis=0)
        if self._kind is StepKind.DC_DA:  # the only step kind that can diverge, see below
            insane = ~self._sane[:steps, :n]
            diverged = insane.any(axis=0)
            # Step k leads to row first + k + 1: a row after it is not in the single run.
            bad_step = np.full(n, count)
            bad_step[diverged] = insane[:, diverged].argmax(axis=0)
            reached &= hit_row <= bad_step
            settled |= diverged
        if not settled.any():
            return
        self.result[self._cells[:n][reached]] = first + hit_row[reached]
        keep = ~settled
        self._open = m = int(np.count_nonzero(keep))
        for array in (self._w, self._b, self._cells):
            array[:m] = array[:n][keep]


# Why only dC/da steps are checked for divergence: a true-gradient step has |δ| ≤ 1 (cross-
# entropy, a − y) or ≤ 1/4 (quadratic), so after M ≤ 100,000 steps of η|x| ≤ 100 · 1000,
# |w| ≤ 1000 + 1e10 and |b| ≤ 1000 + 1e7: far inside DIVERGENCE_LIMIT (1e15).


def _sigma_prime(
    z: FloatArray, e: FloatArray, t: FloatArray, a: FloatArray, s: FloatArray, negative: Mask
) -> None:
    """σ'(z) into s, as the kernel computes it: e·a·a where z ≥ 0, a/(1 + e) where z < 0
    (t holds 1 + e on entry and is used as scratch)."""
    np.multiply(e, a, out=s)
    np.multiply(s, a, out=s)
    np.divide(a, t, out=t)
    np.less(z, 0.0, out=negative)
    np.copyto(s, t, where=negative)


def _check_sane(w: FloatArray, b: FloatArray, s: FloatArray, t: FloatArray, sane: Mask) -> None:
    """Clip w and b to ±_CAP (so later steps stay finite) and mark the starts whose new row is
    one the single run keeps: |w|, |b| ≤ DIVERGENCE_LIMIT."""
    np.clip(w, -_CAP, _CAP, out=w)
    np.clip(b, -_CAP, _CAP, out=b)
    np.abs(w, out=s)
    np.abs(b, out=t)
    np.maximum(s, t, out=s)
    np.less_equal(s, DIVERGENCE_LIMIT, out=sane)


def _enum(kind: Any, name: str, value: Any) -> Any:
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(kind)
        raise ParameterError(name, f"invalid {name}: {value!r} (choose from {choices})") from None


def _as_float(value: Any) -> Any:
    """A real number as a Python float; anything else as it is, for `validated` to name."""
    if isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool):
        return float(value)
    return value


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _check_range(field: str, what: str, ends: tuple[float, float]) -> None:
    if not isinstance(ends, tuple) or len(ends) != 2:
        raise ParameterError(field, f"{what} must be two numbers LO HI, got {ends!r}")
    for end in ends:
        if not _is_number(end) or not math.isfinite(end):
            raise ParameterError(field, f"{what} ends must be finite numbers, got {end!r}")
        if abs(end) > MAX_ABS_INPUT:
            raise ParameterError(
                field,
                f"{what} ends must be between {-MAX_ABS_INPUT:g} and {MAX_ABS_INPUT:g}, "
                f"got {end!r}",
            )
    low, high = ends
    if not low < high:
        raise ParameterError(field, f"{what} must have LO < HI, got LO={low!r} HI={high!r}")


def _check_whole(field: str, what: str, value: object, low: int, high: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ParameterError(
            field,
            QT_TRANSLATE_NOOP("Errors", "must be a whole number, got {value}"),
            what,
            value=repr(value),
        )
    if not low <= value <= high:
        raise out_of_range(field, what, f"{low:,}", f"{high:,}", f"{value:,}")


CSV_HEADER = "w0,b0,cost,epochs"


def write_speed_map_csv(out: TextIO, speed_map: SpeedMap) -> None:
    """The map as CSV: `#` lines naming every setting, the header `w0,b0,cost,epochs`, then one
    row per start per cost (cost by cost, w0 then b0 rising; w0, b0 by repr, the shortest text
    that reads back as the identical float), `epochs` empty where the threshold is not reached."""
    request = speed_map.request
    out.write("# Neuron Lab learning-speed map: the first epoch with |a - y| < threshold\n")
    settings = {
        "x": request.x,
        "y": request.y,
        "eta": request.eta,
        "rule": str(request.rule),
        "costs": ",".join(request.costs),
        "w_range": ",".join(map(repr, request.w_range)),
        "b_range": ",".join(map(repr, request.b_range)),
        "grid": request.grid,
        "max_epochs": request.max_epochs,
        "threshold": request.threshold,
    }
    out.writelines(f"# {key}={value}\n" for key, value in settings.items())
    out.write(CSV_HEADER + "\n")
    b_texts = [repr(b) for b in speed_map.b0.tolist()]
    for cost in request.costs:
        for w, row in zip(speed_map.w0.tolist(), speed_map.epochs[cost].tolist(), strict=True):
            start = f"{w!r},"
            out.writelines(
                f"{start}{b},{cost},{'' if epochs == NOT_REACHED else epochs}\n"
                for b, epochs in zip(b_texts, row, strict=True)
            )
