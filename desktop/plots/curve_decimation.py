"""Min/max ("peak") decimation of a curve for drawing: millions of epochs, a few thousand points.

A screen column can show only one vertical stroke, so keeping each bin's lowest and highest
point draws the same picture as the full curve, spikes included, at a fraction of the cost.
Only drawing is decimated; stored data, readouts and CSV keep every epoch.
"""

from __future__ import annotations

import numpy as np

MAX_DRAWN_POINTS = 4096
"""Two points (min and max) per pixel column of a 2K-wide plot; thick antialiased paths of
more points cost the software rasteriser milliseconds per frame for no visible gain."""


def peak_decimate(
    x: np.ndarray, y: np.ndarray, max_points: int = MAX_DRAWN_POINTS
) -> tuple[np.ndarray, np.ndarray]:
    """At most ~`max_points` points of (x, y) keeping each bin's min and max, in x order."""
    count = len(x)
    if count <= max_points:
        return x, y
    bins = max_points // 2
    size = -(-count // bins)  # ceil: points per bin
    whole = (count // size) * size
    lows, highs = _bin_extremes(y[:whole].reshape(-1, size))
    starts = np.arange(0, whole, size)
    first, second = np.minimum(lows, highs), np.maximum(lows, highs)  # keep x order within a bin
    index = np.empty(2 * len(starts), dtype=np.int64)
    index[0::2] = starts + first
    index[1::2] = starts + second
    tail = (
        sorted({whole + int(np.argmin(y[whole:])), whole + int(np.argmax(y[whole:]))})
        if whole < count
        else []
    )
    # Always the first and the newest epoch; the pieces are in order, so duplicates are adjacent.
    index = np.concatenate(([0], index, np.asarray(tail, dtype=np.int64), [count - 1]))
    index = index[np.concatenate(([True], np.diff(index) > 0))]
    return x[index], y[index]


def _bin_extremes(binned: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return binned.argmin(axis=1), binned.argmax(axis=1)
