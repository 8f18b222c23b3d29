"""Append-only store of a run's history, with every quantity of any epoch available on demand.

Only w and b are stored (16 bytes an epoch: 10 million epochs are 160 MB); z, a, the cost and the
gradients are derived from them, vectorised, for whatever epoch range is asked. Storage grows in
fixed-size chunks, so appending never copies what is already stored and any row is found in O(1).
Row e is the state *before* update e + 1: a run of N epochs has N + 1 rows.

Publishing rows across threads: one thread appends (the trainer); others may read rows
0..n−1 for any n the appender has published to them after appending (e.g. in a queued signal),
while appending goes on. This holds because a stored row is never written again, chunks are never
moved or freed, and `append` fills a row before it counts it. Readers must not rely on `len()`
(it may run ahead of what was published) and should use the published n, or `prefix(n)`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from model.costs import CostName, cost_delta, cost_value, output_error
from model.sigmoid import FloatArray, sigmoid, sigmoid_prime

CHUNK_ROWS = 1 << 16

COLUMNS = ("epoch", "w", "b", "z", "a", "cost", "dC_dw", "dC_db")
"""Column names, in the order of `TrajectoryRows` and of the CSV export."""


@dataclass(frozen=True, slots=True)
class TrajectoryRows:
    """A contiguous range of epochs, one numpy array per column (all of equal length).

    `dC_dw` and `dC_db` are the true gradients of the chosen cost, whatever update rule ran.
    """

    epoch: np.ndarray
    w: FloatArray
    b: FloatArray
    z: FloatArray
    a: FloatArray
    cost: FloatArray
    dC_dw: FloatArray
    dC_db: FloatArray

    def __len__(self) -> int:
        return len(self.epoch)

    @classmethod
    def concatenate(cls, parts: Sequence[TrajectoryRows]) -> TrajectoryRows:
        """Consecutive ranges joined into one (e.g. batches merged for one redraw)."""
        if len(parts) == 1:
            return parts[0]
        return cls(
            *(
                np.concatenate(columns)
                for columns in zip(*(p.columns() for p in parts), strict=True)
            )
        )

    def columns(self) -> tuple[np.ndarray, ...]:
        """The arrays in `COLUMNS` order."""
        return tuple(getattr(self, name) for name in COLUMNS)

    def at(self, index: int) -> dict[str, float]:
        """One row as plain Python numbers (epoch as int), e.g. for a readout or a log line."""
        row = {
            name: float(column[index])
            for name, column in zip(COLUMNS, self.columns(), strict=False)
        }
        row["epoch"] = int(self.epoch[index])
        return row


class Trajectory:
    """The stored (w, b) of every epoch of one run, for input x, target y and a cost."""

    def __init__(self, x: float, y: float, cost: CostName) -> None:
        self.x = x
        self.y = y
        self.cost = cost
        self._chunks: list[FloatArray] = []  # each (CHUNK_ROWS, 2): columns w, b
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def append(self, ws: Sequence[float] | FloatArray, bs: Sequence[float] | FloatArray) -> None:
        """Append rows; `ws` and `bs` have equal length."""
        pairs = np.column_stack(
            (np.asarray(ws, dtype=np.float64), np.asarray(bs, dtype=np.float64))
        )
        start = 0
        while start < len(pairs):
            offset = self._length % CHUNK_ROWS
            if offset == 0:
                self._chunks.append(np.empty((CHUNK_ROWS, 2)))
            take = min(CHUNK_ROWS - offset, len(pairs) - start)
            self._chunks[-1][offset : offset + take] = pairs[start : start + take]
            self._length += take
            start += take

    def prefix(self, length: int) -> Trajectory:
        """Rows 0..length−1 as a trajectory of their own, sharing storage (no rows are copied).

        Safe while another thread appends to this one: stored rows never change, and the prefix
        holds its own list of the chunks that exist now and its own length.
        """
        if not 0 <= length <= self._length:
            raise IndexError(f"a prefix of {length} rows of a trajectory of {self._length}")
        view = Trajectory(self.x, self.y, self.cost)
        view._chunks = self._chunks[: -(-length // CHUNK_ROWS)]
        view._length = length
        return view

    def weights(self, start: int, stop: int) -> tuple[FloatArray, FloatArray]:
        """Stored w and b of epochs start..stop−1 (copies)."""
        start, stop = self._checked_range(start, stop)
        parts = [
            self._chunks[k][max(start - k * CHUNK_ROWS, 0) : min(stop - k * CHUNK_ROWS, CHUNK_ROWS)]
            for k in range(start // CHUNK_ROWS, -(-stop // CHUNK_ROWS))
        ]
        pairs = np.concatenate(parts) if parts else np.empty((0, 2))
        return pairs[:, 0].copy(), pairs[:, 1].copy()

    def rows(self, start: int = 0, stop: int | None = None) -> TrajectoryRows:
        """Every column for epochs start..stop−1 (default: all), derived vectorised."""
        stop = self._length if stop is None else stop
        w, b = self.weights(start, stop)
        z = w * self.x + b
        delta = cost_delta(self.cost, z, self.y)
        return TrajectoryRows(
            epoch=np.arange(start, start + len(w), dtype=np.int64),
            w=w,
            b=b,
            z=z,
            a=sigmoid(z),
            cost=cost_value(self.cost, z, self.y),
            dC_dw=self.x * delta,
            dC_db=delta,
        )

    def columns(self, start: int, stop: int, names: Sequence[str]) -> dict[str, FloatArray]:
        """Only the named columns of epochs start..stop−1, each derived once (σ is shared).

        Values are identical to `rows()`'s; drawing needs w, b, a and the cost, not all eight.
        """
        w, b = self.weights(start, stop)
        derived: dict[str, FloatArray] = {"w": w, "b": b}
        wanted = set(names)
        if wanted & {"z", "a", "cost", "dC_dw", "dC_db"}:
            derived["z"] = z = w * self.x + b
            derived["a"] = a = sigmoid(z)
            if "cost" in wanted:
                quadratic = self.cost is CostName.QUADRATIC
                derived["cost"] = (
                    0.5 * output_error(z, self.y, a) ** 2
                    if quadratic
                    else cost_value(self.cost, z, self.y)
                )
            if wanted & {"dC_dw", "dC_db"}:
                delta = cost_delta(self.cost, z, self.y)
                derived["dC_dw"], derived["dC_db"] = self.x * delta, delta
        if "epoch" in wanted:
            derived["epoch"] = np.arange(start, start + len(w), dtype=np.int64)  # type: ignore[assignment]
        return {name: derived[name] for name in names}

    def row(self, epoch: int) -> dict[str, float]:
        """One epoch's full state in O(1); negative epochs count from the end."""
        epoch = epoch + self._length if epoch < 0 else epoch
        return self.rows(epoch, epoch + 1).at(0)

    def state(self, epoch: int) -> dict[str, float]:
        """`row(epoch)` plus σ'(z), the factor that makes quadratic-cost learning slow."""
        row = self.row(epoch)
        row["sigma_prime"] = float(sigmoid_prime(row["z"]))
        return row

    def _checked_range(self, start: int, stop: int) -> tuple[int, int]:
        if not 0 <= start <= stop <= self._length:
            raise IndexError(f"epochs {start}..{stop} outside 0..{self._length}")
        return start, stop
