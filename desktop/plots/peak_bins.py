"""Per-pixel-column min/max ("peak") bins of a run's curves, updated as rows arrive. Qt-free.

A column of screen pixels shows one vertical stroke, so drawing each bin's lowest and highest row
draws the same picture as every row, spikes included. The bins are planned once from the run's
planned length (bin size = ceil(planned rows / bins)); each batch of new rows is folded in with a
few vectorised numpy calls, O(batch), and the points to draw come from the bins, O(bins), however
long the run. Only drawing is decimated: readouts, the crosshair and CSV read the trajectory.

`fold_trajectory` and `read_columns` feed the bins from a `model.Trajectory` in pieces of at most
`CHUNK_ROWS` rows, never reading a row at or past the length the caller was told about.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

import numpy as np

from model.trajectory import CHUNK_ROWS, Trajectory

DEFAULT_BINS = 1024
"""About two points (min and max) per pixel column of a typical plot: thick antialiased paths of
more points cost the software rasteriser milliseconds a frame for no visible gain."""

FLAT_FRACTION = 1 / 4000
"""A bin whose lowest and highest value differ by less than this share of the curve's whole range
is drawn as one point (its first): no screen shows the difference (a 4K figure's plot is about
2,000 px tall), and a zigzag of coinciding min/max pairs is what makes a thick antialiased curve
slow to stroke (measured: 24 ms for the 2,048 points of a 10 M-epoch cost curve, ~2 ms without)."""

DRAWN_COLUMNS = ("cost", "w", "b", "a")
"""The trajectory columns the plots draw."""

Points = dict[str, tuple[np.ndarray, np.ndarray]]
"""Per column name, the (epochs, values) to draw, both float64, epochs non-decreasing."""


class BinExtremes(NamedTuple):
    """Each bin's lowest and highest row, as (columns × bins) arrays: epochs (int64), values."""

    low_epoch: np.ndarray
    low_value: np.ndarray
    high_epoch: np.ndarray
    high_value: np.ndarray

    def select(self, index: int | slice) -> BinExtremes:
        """The same fields with the bin axis indexed (a view for slices)."""
        return BinExtremes(*(field[:, index] for field in self))

    @staticmethod
    def join(parts: Sequence[BinExtremes]) -> BinExtremes:
        """Consecutive runs of bins as one."""
        return BinExtremes(*(np.concatenate(fields, axis=1) for fields in zip(*parts, strict=True)))


class PeakBins:
    """Min and max per bin of the consecutive rows 0, 1, 2, … of a few named columns.

    Bin k holds rows k·size … (k+1)·size − 1. Rows are folded in order with `fold`; the last,
    partly filled bin is exact at any moment. `points` gives what to draw. Values are assumed
    finite (a trajectory's are). Should more rows come than planned, neighbouring bins are
    merged (the size doubles), so the number of bins never grows.
    """

    def __init__(
        self, planned_rows: int, bins: int = DEFAULT_BINS, columns: Sequence[str] = DRAWN_COLUMNS
    ) -> None:
        if bins < 1:
            raise ValueError(f"need at least one bin, not {bins}")
        self.columns = tuple(columns)
        self.planned_rows = planned_rows
        self.size = max(1, -(-planned_rows // bins))
        self.rows = 0
        shape = (len(self.columns), bins)
        self._table = BinExtremes(
            np.full(shape, -1, np.int64),
            np.zeros(shape),
            np.full(shape, -1, np.int64),
            np.zeros(shape),
        )  # an epoch of −1 marks an empty bin
        self._first = np.zeros(len(self.columns))  # row 0, always drawn
        self._last = np.zeros(len(self.columns))  # the newest row, always drawn

    @property
    def count(self) -> int:
        """How many bins the planned rows fill (at most the bins there are)."""
        return min(
            self._table.low_epoch.shape[1], -(-max(self.planned_rows, self.rows) // self.size)
        )

    @property
    def filled(self) -> int:
        """Bins holding at least one row."""
        return -(-self.rows // self.size)

    def fold(self, columns: Mapping[str, np.ndarray]) -> None:
        """Add the next rows (every column, all of one length): O(rows), vectorised."""
        values = np.stack([np.asarray(columns[name], dtype=np.float64) for name in self.columns])
        count = values.shape[1]
        if count == 0:
            return
        while self.rows + count > self._table.low_epoch.shape[1] * self.size:
            self._coarsen()
        if self.rows == 0:
            self._first = values[:, 0].copy()
        self._last = values[:, -1].copy()
        self._merge(self.rows // self.size, _block_extremes(values, self.rows, self.size))
        self.rows += count

    def bin_extremes(self) -> BinExtremes:
        """The filled bins' extremes (views: valid until the next `fold`)."""
        return self._table.select(slice(0, self.filled))

    def extremes(self, name: str) -> tuple[float, float] | None:
        """Lowest and highest value of a column over every row folded (None before any)."""
        if self.rows == 0:
            return None
        row, table = self.columns.index(name), self.bin_extremes()
        return float(table.low_value[row].min()), float(table.high_value[row].max())

    def last_bin_start(self, stop: int) -> int:
        """First row of the bin holding row `stop` − 1: where `points(stop, …)`'s rows begin."""
        return (stop - 1) // self.size * self.size

    def points(
        self,
        stop: int | None = None,
        last_bin: Mapping[str, np.ndarray] | None = None,
        coarser: Mapping[str, int] | None = None,
    ) -> Points:
        """Per column, the (epoch, value) points to draw for rows 0 … stop − 1 (default: all).

        In epoch order: each bin's min and max in x order (once if they are the same row), plus
        row 0 and row stop − 1. With bin size 1 that is every row exactly once. For a `stop`
        short of `rows` (a reveal limit), the bin holding row stop − 1 may already hold later
        rows, so `last_bin` must give every column's rows `last_bin_start(stop)` … stop − 1 (at
        most one bin, read from the trajectory); the bins before it are used as they are.
        `coarser` merges, for the columns it names, every k neighbouring bins into one (a
        narrower plot: no more than about two points per pixel column there either).
        """
        stop = self.rows if stop is None else stop
        coarser = coarser or {}
        if not 0 <= stop <= self.rows:
            raise ValueError(f"cannot draw {stop} rows of {self.rows}")
        if stop == 0:
            return {name: (np.empty(0), np.empty(0)) for name in self.columns}
        if stop == self.rows:
            table, last = self.bin_extremes(), self._last
        else:
            table, last = self._limited(stop, last_bin)
        return {
            name: _drawn_points(
                _merged(BinExtremes(*(field[row] for field in table)), coarser.get(name, 1)),
                self._first[row],
                last[row],
                stop,
            )
            for row, name in enumerate(self.columns)
        }

    def _limited(
        self, stop: int, last_bin: Mapping[str, np.ndarray] | None
    ) -> tuple[BinExtremes, np.ndarray]:
        """The whole bins before row stop − 1's bin, plus that bin recomputed from `last_bin`."""
        start = self.last_bin_start(stop)
        if last_bin is None:
            raise ValueError(f"rows {start}…{stop - 1} are needed to draw up to row {stop - 1}")
        tail = np.stack([np.asarray(last_bin[name], dtype=np.float64) for name in self.columns])
        if tail.shape[1] != stop - start:
            raise ValueError(f"expected rows {start}…{stop - 1}, got {tail.shape[1]} rows")
        before = self._table.select(slice(0, start // self.size))
        partial = _extremes_of(tail[:, None, :], np.array([start]))
        return BinExtremes.join((before, partial)), tail[:, -1]

    def _merge(self, first_bin: int, candidates: BinExtremes) -> None:
        """Fold per-bin candidates into bins first_bin, first_bin + 1, …

        A candidate replaces a bin's extreme when the bin is empty or the candidate is strictly
        lower (higher); on a tie the earlier row stays, as with numpy's argmin.
        """
        span = slice(first_bin, first_bin + candidates.low_epoch.shape[1])
        current = self._table.select(span)
        empty, given = current.low_epoch < 0, candidates.low_epoch >= 0
        lower = given & (empty | (candidates.low_value < current.low_value))
        higher = given & (empty | (candidates.high_value > current.high_value))
        for mask, target, source in zip(
            (lower, lower, higher, higher), current, candidates, strict=True
        ):
            np.copyto(target, source, where=mask)

    def _coarsen(self) -> None:
        """Halve the resolution: bins 2k and 2k + 1 become bin k, and the size doubles."""
        evens = BinExtremes(*(field.copy() for field in self._table.select(slice(0, None, 2))))
        odds = BinExtremes(*(field.copy() for field in self._table.select(slice(1, None, 2))))
        for field in self._table:
            field[...] = -1 if field.dtype == np.int64 else 0.0
        for target, source in zip(self._table, evens, strict=True):
            target[:, : source.shape[1]] = source
        self._merge(0, odds)
        self.size *= 2


def _block_extremes(values: np.ndarray, start: int, size: int) -> BinExtremes:
    """Min and max of each bin touched by rows start … start + n − 1 (values: columns × n).

    The rows split into a head finishing a partly filled bin, whole bins, and a tail starting
    a new one; each part is reshaped to (columns, bins, rows per bin) and reduced at once.
    """
    count = values.shape[1]
    head = min(count, -start % size)
    body = (count - head) // size * size
    parts = []
    for begin, end, per_bin in (
        (0, head, head),
        (head, head + body, size),
        (head + body, count, count - head - body),
    ):
        if end > begin:
            block = values[:, begin:end].reshape(len(values), -1, per_bin)
            starts = start + begin + per_bin * np.arange(block.shape[1])
            parts.append(_extremes_of(block, starts))
    return BinExtremes.join(parts)


def _extremes_of(block: np.ndarray, starts: np.ndarray) -> BinExtremes:
    """Extremes of a (columns, bins, rows per bin) block whose bins begin at epochs `starts`.

    For finite values, `min` is the value at `argmin` (and cheaper than gathering it).
    """
    return BinExtremes(
        starts + block.argmin(axis=2),
        block.min(axis=2),
        starts + block.argmax(axis=2),
        block.max(axis=2),
    )


def _drawn_points(
    table: BinExtremes, first: float, last: float, stop: int
) -> tuple[np.ndarray, np.ndarray]:
    """One column's points: per bin min and max in x order, with rows 0 and stop − 1, no repeats."""
    low_first = table.low_epoch <= table.high_epoch
    x = np.empty(2 * len(low_first), dtype=np.int64)
    y = np.empty(2 * len(low_first))
    x[0::2] = np.where(low_first, table.low_epoch, table.high_epoch)
    x[1::2] = np.where(low_first, table.high_epoch, table.low_epoch)
    y[0::2] = np.where(low_first, table.low_value, table.high_value)
    y[1::2] = np.where(low_first, table.high_value, table.low_value)
    shown = np.ones(len(x), dtype=bool)
    shown[1::2] = ~_flat_bins(table)  # the second point of a flat bin adds nothing visible
    x = np.concatenate(([0], x[shown], [stop - 1]))
    y = np.concatenate(([first], y[shown], [last]))
    kept = np.concatenate(([True], np.diff(x) > 0))  # x never falls: repeats are neighbours
    return x[kept].astype(np.float64), y[kept]


def _merged(table: BinExtremes, k: int) -> BinExtremes:
    """One column's bins with every `k` neighbours merged into one (min of mins, max of maxes)."""
    count = len(table.low_value)
    if k <= 1 or count <= 1:
        return table
    groups = -(-count // k)
    pad = groups * k - count

    def grouped(field: np.ndarray, filler: float) -> np.ndarray:
        return np.concatenate((field, np.full(pad, filler, dtype=field.dtype))).reshape(groups, k)

    low, high = grouped(table.low_value, np.inf), grouped(table.high_value, -np.inf)
    lowest, highest = low.argmin(axis=1), high.argmax(axis=1)
    rows = np.arange(groups)
    return BinExtremes(
        grouped(table.low_epoch, -1)[rows, lowest],
        low[rows, lowest],
        grouped(table.high_epoch, -1)[rows, highest],
        high[rows, highest],
    )


def _flat_bins(table: BinExtremes) -> np.ndarray:
    """Per bin, whether its min and max lie within `FLAT_FRACTION` of the curve's range."""
    spread = table.high_value - table.low_value
    finite = spread[np.isfinite(spread)]
    if finite.size == 0:
        return np.zeros(len(spread), dtype=bool)
    whole = float(np.nanmax(table.high_value) - np.nanmin(table.low_value))
    return spread <= whole * FLAT_FRACTION


def read_columns(
    trajectory: Trajectory, start: int, stop: int, names: Sequence[str]
) -> dict[str, np.ndarray]:
    """The named columns of rows start … stop − 1, derived by the trajectory (only those).

    Callers keep stop − start ≤ `CHUNK_ROWS` and stop within the length they were told about.
    """
    return dict(trajectory.columns(start, stop, names))


def fold_trajectory(bins: PeakBins, trajectory: Trajectory, stop: int) -> None:
    """Fold rows bins.rows … stop − 1 of `trajectory` into `bins`, a chunk at most at a time.

    Pieces end on the trajectory's chunk boundaries, so each is read without copying chunks
    together; rows at or past `stop` are never touched (another thread may be writing them).
    """
    while bins.rows < stop:
        end = min(stop, (bins.rows // CHUNK_ROWS + 1) * CHUNK_ROWS)
        bins.fold(read_columns(trajectory, bins.rows, end, bins.columns))
