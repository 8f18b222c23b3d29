"""Axis ranges of the why-slow panel that change in round steps, never every frame. Qt-free.

The σ plot's z range is symmetric and at least −6 … 6, widened to the next of 10, 20, 50, 100, …
when a run's z goes beyond it; the log plot's range is whole decades and only ever widens while
a run grows; the factor bars' scale is a round number at least 1 and at least every |x|.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

MIN_Z_EXTENT = 6.0
"""The σ plot always shows z in −6 … 6: both saturated ends and the slope in between."""
Z_MARGIN = 1.0
"""The current z stays at least this far (and 5 % of |z|) inside the plot's edge."""
MIN_DECADES = 3
"""The log axis spans at least this many decades (a flat curve is not blown up into noise)."""
MAX_DECADES = 20
"""…and at most this many below its top: an exact 0 (drawn at 10⁻³⁰⁰) falls off the bottom
instead of squashing every other value into a line."""


def round_up(value: float) -> float:
    """The smallest of 1, 2, 5, 10, 20, 50, … that is at least `value` (> 0)."""
    exponent = math.floor(math.log10(value))
    for mantissa in (1, 2, 5, 10):
        step = mantissa * 10.0**exponent
        if step >= value * (1 - 1e-12):
            return step
    return 10.0 ** (exponent + 1)


def z_extent(zs: Iterable[float]) -> float:
    """E such that the σ plot shows −E … E: 6, or the next round number (10, 20, 50, …) that
    keeps every z in `zs` `Z_MARGIN` inside the edge. Non-finite z are ignored."""
    reach = max(
        (abs(z) + max(Z_MARGIN, 0.05 * abs(z)) for z in zs if math.isfinite(z)), default=0.0
    )
    return MIN_Z_EXTENT if reach <= MIN_Z_EXTENT else round_up(reach)


def decade_range(
    low: float, high: float, current: tuple[int, int] | None = None
) -> tuple[int, int]:
    """Whole decades (as log10 exponents) covering log10 values `low` … `high`, widened to
    `current` (the range shown so far: it never narrows), at least `MIN_DECADES` and at most
    `MAX_DECADES` wide (the top wins)."""
    bottom, top = math.floor(low), math.ceil(high)
    if current is not None:
        bottom, top = min(bottom, current[0]), max(top, current[1])
    if top - bottom < MIN_DECADES:
        bottom = top - MIN_DECADES
    return max(bottom, top - MAX_DECADES), top


def bar_scale(inputs: Iterable[float]) -> float:
    """The value a full-length factor bar stands for: a round number ≥ 1 and ≥ every |x|.

    Every factor is within it: |a − y| ≤ 1, σ′(z) ≤ 1/4, |∂C/∂w| ≤ |x|·1.
    """
    largest = max((abs(x) for x in inputs if math.isfinite(x)), default=1.0)
    return round_up(max(1.0, largest))
