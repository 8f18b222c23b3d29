"""What a view that follows the run on screen knows of it: how many rows of each run exist, and
the epoch the cursor is at. Qt-free; the why-slow panel and the landscape keep one each.
"""

from __future__ import annotations


class RunCursor:
    """Rows published per run and the cursor epoch; `shown_rows` is the row each run shows."""

    def __init__(self) -> None:
        self.lengths: list[int] = []
        self.epoch: int | None = None  # None: follow each run's newest row

    def reset(self, lengths: list[int]) -> None:
        """New runs with these many rows each; the cursor follows their newest rows."""
        self.lengths, self.epoch = list(lengths), None

    def extend(self, index: int, length: int) -> bool:
        """Rows 0 … length − 1 of run `index` exist now; True if that is news."""
        if not 0 <= index < len(self.lengths) or length <= self.lengths[index]:
            return False
        self.lengths[index] = length
        return True

    def move(self, epoch: int) -> bool:
        """The cursor is at `epoch` now (at least 0); True if it moved."""
        epoch = max(0, int(epoch))
        if epoch == self.epoch:
            return False
        self.epoch = epoch
        return True

    def shown_rows(self) -> tuple[int | None, ...]:
        """Per run, the row shown: the cursor epoch, or the run's last row if it has fewer (or,
        before any `move`, its newest); None for a run with no rows yet."""
        return tuple(
            None
            if length == 0
            else length - 1
            if self.epoch is None
            else min(self.epoch, length - 1)
            for length in self.lengths
        )
