"""The one frame pacing mechanism of the GUI: at most one redraw per screen frame, and never
more GUI time for redraws than the views can afford.

Anything that changes what is on screen (new rows from the trainer, a cursor move in predict mode)
calls `request()`; the pacer emits `frame` once, as soon as the previous frame's cost allows. The
next frame may come once twice the time the last one took has passed (at least `MIN_GAP_S`, at
most `MAX_GAP_S`), so however busy the views are they leave at least half of the GUI thread free,
and cheap views get every update.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QAbstractEventDispatcher, QObject, Qt, QTimer, Signal

from desktop.engine.frame_gate import FrameGate

MIN_GAP_S = 0.008
"""Frames may follow this soon after the last one: the trainer sends at most 60 updates a second."""
MAX_GAP_S = 0.25


class FramePacer(QObject):
    """Coalesces redraw requests into paced `frame` signals (handlers run inside the emit)."""

    frame = Signal()

    def __init__(self, parent: QObject | None = None, gate: FrameGate | None = None) -> None:
        super().__init__(parent)
        self._gate = gate or FrameGate()
        self._waiting_for_idle = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.fire_now)
        self._next_frame_at = 0.0  # perf_counter time before which no frame is drawn

    def request(self) -> None:
        """Ask for a frame; several requests before it comes make one frame."""
        if not self._timer.isActive():
            wait = max(0.0, self._next_frame_at - time.perf_counter())
            self._timer.start(round(wait * 1000))

    def cancel(self) -> None:
        """Drop a requested frame (e.g. the run it was for was replaced)."""
        self._timer.stop()

    def _open_gate_when_idle(self) -> None:
        """Open the gate when the event loop next waits: the frame's paints are done by then."""
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is None:
            self._gate.open()
        elif not self._waiting_for_idle:
            self._waiting_for_idle = True
            dispatcher.aboutToBlock.connect(self._idle, Qt.ConnectionType.SingleShotConnection)

    def _idle(self) -> None:
        self._waiting_for_idle = False
        self._gate.open()

    def fire_now(self) -> None:
        """Draw a frame now (e.g. a run just ended) and space the next one by this one's cost."""
        self._timer.stop()
        started = time.perf_counter()
        self._gate.close()  # the trainer waits until the frame and its paints are done
        try:
            self.frame.emit()
        finally:
            self._open_gate_when_idle()
        ended = time.perf_counter()
        self._next_frame_at = ended + min(max(MIN_GAP_S, 2 * (ended - started)), MAX_GAP_S)
