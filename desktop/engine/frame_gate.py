"""While the GUI draws a frame, the trainer waits: one gate shared by the two threads.

The trainer's loop is pure Python and holds the GIL; a GUI thread that wants it back waits up to
the interpreter's switch interval (5 ms) at every hand-over, and a frame's numpy work hands over
dozens of times. Measured in a real window: a frame that takes 37 ms alone took 150–230 ms while
an instant run computed. So a frame closes the gate, and the trainer, which checks it between
slices of a few thousand epochs (about a millisecond), sleeps until it opens again: the frame runs
at full speed, and the trainer loses only the frame's own time. The frame pacer keeps the gate
closed until the GUI's event loop next waits for events, so the paints a frame causes (pyqtgraph
paints in Python) run at full speed too.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

LONGEST_WAIT_S = 0.25
"""The trainer never waits longer than this for one frame (a frame is far shorter)."""
MAX_ROWS_AHEAD = 1 << 17
"""An instant run computes at most this many rows beyond what the screen shows (a few frames):
the curve keeps up with the computation instead of trailing it by seconds at the end."""


class FrameGate:
    """Open unless the GUI is drawing; thread-safe."""

    def __init__(self) -> None:
        self._open = threading.Event()
        self._open.set()
        self._shown: dict[int, int] = {}  # run id → rows on screen (one int per write: atomic)

    @contextlib.contextmanager
    def drawing(self) -> Iterator[None]:
        """GUI thread: hold the trainer for the duration of the `with` block."""
        self.close()
        try:
            yield
        finally:
            self.open()

    def close(self) -> None:
        """GUI thread: the trainer waits from its next slice on, until `open()`."""
        self._open.clear()

    def open(self) -> None:
        """GUI thread: let the trainer go on."""
        self._open.set()

    def note_shown(self, run_id: int, rows: int) -> None:
        """GUI thread: rows 0..rows−1 of the run are on screen."""
        self._shown[run_id] = rows

    def forget(self, run_id: int) -> None:
        """GUI thread: the run is no longer shown (no limit for it any more)."""
        self._shown.pop(run_id, None)

    def far_ahead(self, run_id: int, rows: int) -> bool:
        """Trainer thread: whether a run with `rows` computed should wait for the screen."""
        shown = self._shown.get(run_id)
        return shown is not None and rows - shown > MAX_ROWS_AHEAD

    def wait_until_open(self) -> None:
        """Trainer thread: return at once, or when the GUI's frame is drawn (bounded)."""
        self._open.wait(LONGEST_WAIT_S)
