"""The learning-speed map's arithmetic, Qt-free: where each cell of the (w₀, b₀) grid lies, which
cell a point is in, and each cell's colour on the shared logarithmic epoch scale.

The grid's values are `numpy.linspace(low, high, n)`: cell i is centred on value i and spans half
a step either side, so the image covers [low − step/2, high + step/2]. A point maps back to the
cell it lies in by whole steps from the lower edge, never by comparing floats with the values,
so a click on a cell gives that cell's own w₀[i], b₀[j] exactly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

NOT_REACHED = -1
"""Epochs of a cell whose output never came within the threshold (the model's marker)."""


@dataclass(frozen=True, slots=True)
class CellAxis:
    """One axis of the grid: `count` cells of width `step`, the first starting at `edge`."""

    edge: float
    step: float
    count: int

    @classmethod
    def of(cls, values: np.ndarray) -> CellAxis:
        """The cells centred on `values` (evenly spaced and increasing, as linspace gives)."""
        count = len(values)
        first, last = float(values[0]), float(values[-1])
        step = (last - first) / (count - 1) if count > 1 else 1.0
        return cls(first - step / 2, step, count)

    @property
    def span(self) -> float:
        """From the first cell's lower edge to the last cell's upper edge."""
        return self.step * self.count

    def index(self, coordinate: float) -> int | None:
        """The cell `coordinate` lies in, or None outside the grid."""
        if not math.isfinite(coordinate):
            return None
        position = math.floor((coordinate - self.edge) / self.step)
        return position if 0 <= position < self.count else None


def scale_position(epochs: np.ndarray, max_epochs: int) -> np.ndarray:
    """Each count of epochs as 0 … 1 on the log scale from 1 epoch (0) to `max_epochs` (1);
    0 epochs (a start already within the threshold) sits with 1. Not-reached cells give 0."""
    top = math.log10(max(max_epochs, 2))
    counts = np.maximum(np.asarray(epochs, dtype=np.float64), 1.0)
    return np.clip(np.log10(counts) / top, 0.0, 1.0)


def rgba_cells(
    epochs: np.ndarray, max_epochs: int, lookup: np.ndarray, not_reached: tuple[int, ...]
) -> np.ndarray:
    """The colours of a map's cells, (n, m, 4) uint8: each reached cell its place on the log
    scale looked up in `lookup` ((k, 4) uint8, low to high), not-reached cells `not_reached`."""
    table = np.asarray(lookup, dtype=np.uint8)
    positions = scale_position(epochs, max_epochs)
    rows = np.rint(positions * (len(table) - 1)).astype(np.intp)
    colours = table[rows]
    colours[np.asarray(epochs) == NOT_REACHED] = np.asarray(not_reached, dtype=np.uint8)
    return colours


def log_ticks(max_epochs: int) -> list[int]:
    """Epoch counts to label on the colour bar: 1, then the powers of ten up to `max_epochs`,
    and `max_epochs` itself when it is not one (dropping a power too close below it)."""
    ticks = [1]
    power = 10
    while power <= max_epochs:
        ticks.append(power)
        power *= 10
    if ticks[-1] != max_epochs:
        if ticks[-1] > 1 and max_epochs / ticks[-1] < 2.5:
            ticks.pop()  # "100" right under "150" would overlap it
        ticks.append(max_epochs)
    return ticks
