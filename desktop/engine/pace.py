"""How fast a run is shown: the one place the animation pace is defined.

The worker ticks at `FRAMES_PER_SECOND` and computes `epochs_per_second / FRAMES_PER_SECOND`
epochs a tick (fractions carry over), so the screen never gets more than one update a frame.
`INSTANT` computes as much as `INSTANT_BUDGET_S` of work allows per tick instead.
"""

from __future__ import annotations

from dataclasses import dataclass

FRAMES_PER_SECOND = 60
TICK_INTERVAL_MS = round(1000 / FRAMES_PER_SECOND)
INSTANT_BUDGET_S = 0.015
"""Work per tick in instant mode (most of each 17 ms tick). The GUI does not suffer for it: its
frames and paints hold the worker (see `frame_gate`), and the worker stays at most a few frames
ahead of the screen."""


@dataclass(frozen=True, slots=True)
class Pace:
    """Epochs shown per second; `None` means instant (as fast as the machine computes)."""

    epochs_per_second: float | None

    @property
    def instant(self) -> bool:
        return self.epochs_per_second is None


BOOK_PACE = Pace(epochs_per_second=float(FRAMES_PER_SECOND))
"""The book's animations: one epoch per frame, so 300 epochs take about 5 s."""
INSTANT = Pace(epochs_per_second=None)


class TickBudget:
    """Turns a pace into a whole number of epochs per tick, carrying the fraction over."""

    def __init__(self, pace: Pace) -> None:
        self.pace = pace
        self._carry = 0.0

    def epochs_this_tick(self) -> int:
        """Epochs to compute on this tick (0 is fine: slow paces skip ticks)."""
        assert self.pace.epochs_per_second is not None, "instant pace has no per-tick count"
        self._carry += self.pace.epochs_per_second / FRAMES_PER_SECOND
        whole = int(self._carry)
        self._carry -= whole
        return whole
