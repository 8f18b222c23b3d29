"""Named numpy columns that grow by doubling, for curves that gain points every frame.

Appending a batch is amortised O(batch); `view` hands pyqtgraph a slice without copying.
"""

from __future__ import annotations

import numpy as np


class GrowingColumns:
    """Equal-length float64 columns with spare capacity at the end."""

    def __init__(self, names: tuple[str, ...], capacity: int = 1024) -> None:
        self._data = {name: np.empty(capacity) for name in names}
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def append(self, **columns: np.ndarray) -> None:
        """Append one batch; every column must be given, all of the same length."""
        if set(columns) != set(self._data):
            raise KeyError(f"expected columns {sorted(self._data)}, got {sorted(columns)}")
        count = len(next(iter(columns.values())))
        self._reserve(self._length + count)
        for name, values in columns.items():
            self._data[name][self._length : self._length + count] = values
        self._length += count

    def view(self, name: str) -> np.ndarray:
        """The filled part of a column (a view: valid until the next append)."""
        return self._data[name][: self._length]

    def clear(self) -> None:
        self._length = 0

    def _reserve(self, needed: int) -> None:
        capacity = len(next(iter(self._data.values())))
        if needed <= capacity:
            return
        while capacity < needed:
            capacity *= 2
        for name, old in self._data.items():
            grown = np.empty(capacity)
            grown[: self._length] = old[: self._length]
            self._data[name] = grown
