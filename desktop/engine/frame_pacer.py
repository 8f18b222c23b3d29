"""The one frame pacing mechanism of the GUI: at most one redraw per screen frame, and never
more GUI time for redraws than the views can afford.

Anything that changes what is on screen (new rows from the trainer, a cursor move in predict mode)
calls `request()`; the pacer emits `frame` once, as soon as the previous frame's cost allows. A
frame waits at least as long as the last one took (at least `MIN_GAP_S`, at most `MAX_GAP_S`), so
however busy the views are they leave the GUI thread time for keys and the mouse. While the
trainer computes flat out (`share_with_trainer`), a frame's cost runs from its start until the
event loop next waits, so it includes the paints it caused: the GUI then leaves the trainer half
of its time.

While a frame and its paints run, the trainer is held (see `frame_gate`).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject, Qt, QTimer, Signal

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
        self._in_frame = False
        self._busy_since: float | None = None  # when the GUI work holding the trainer began
        self._spent = 0.0  # GUI time the last frame has cost so far, paints included
        self.share_with_trainer = False
        """True while the trainer computes flat out (an instant run): frames then leave it half
        the GUI's time, paints included. At animation paces it needs none, and every update the
        trainer sends is drawn."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.fire_now)
        self._next_frame_at = 0.0  # perf_counter time before which no frame is drawn

    def request(self) -> None:
        """Ask for a frame; several requests before it comes make one frame. A request made
        while a frame is being drawn is served by that frame (views redraw at its end)."""
        if not self._in_frame:
            self.request_another()

    def request_another(self) -> None:
        """Ask for a frame even from inside one (more to show than one frame should take)."""
        if not self._timer.isActive():
            wait = max(0.0, self._next_frame_at - time.perf_counter())
            self._timer.start(round(wait * 1000))

    def cancel(self) -> None:
        """Drop a requested frame (e.g. the run it was for was replaced)."""
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Installed on the window: a repaint of it also holds the trainer (see frame_gate)."""
        if event.type() in (QEvent.Type.UpdateRequest, QEvent.Type.Paint):
            self.hold_trainer_until_idle()
        return False

    def hold_trainer_until_idle(self) -> None:
        """Close the gate; it opens when the event loop next waits (the GUI's work is done)."""
        self._gate.close()
        if self._busy_since is None:
            self._busy_since = time.perf_counter()
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is None:
            self._idle()
        elif not self._waiting_for_idle:
            self._waiting_for_idle = True
            dispatcher.aboutToBlock.connect(self._idle, Qt.ConnectionType.SingleShotConnection)

    def _idle(self) -> None:
        """The GUI is idle: let the trainer go on, and space the next frame by what the last
        one cost so far (the frame itself, then the paints it caused, which come later)."""
        self._waiting_for_idle = False
        self._gate.open()
        if self._busy_since is None:
            return
        now = time.perf_counter()
        self._spent += now - self._busy_since
        self._busy_since = None
        if self.share_with_trainer:
            wait = min(max(MIN_GAP_S, self._spent), MAX_GAP_S)
            self._next_frame_at = max(self._next_frame_at, now + wait)
        if self._timer.isActive():  # requested meanwhile: wait for the cost just measured
            self._timer.stop()
            self.request()

    def fire_now(self) -> None:
        """Draw a frame now (e.g. a run just ended)."""
        self._timer.stop()
        self._spent = 0.0
        self.hold_trainer_until_idle()  # the trainer waits until the frame and its paints are done
        started = time.perf_counter()
        self._in_frame = True
        try:
            self.frame.emit()
        finally:
            self._in_frame = False
        ended = time.perf_counter()
        # At least twice the frame's own cost; while sharing, paints count too (see _idle).
        self._next_frame_at = ended + min(max(MIN_GAP_S, ended - started), MAX_GAP_S)
