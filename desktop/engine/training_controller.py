"""GUI-thread owner of the trainer thread: starts and stops runs, and shuts the thread down.

Widgets talk to this object; it forwards requests to the `TrainerWorker` in its `QThread` by
queued signals and re-emits the worker's results, so no widget ever sees the thread.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, Signal

from desktop.engine.frame_gate import FrameGate
from desktop.engine.pace import BOOK_PACE, Pace
from desktop.engine.trainer_worker import TrainerWorker
from model import Training

log = logging.getLogger(__name__)

SHUTDOWN_TIMEOUT_MS = 5000


class TrainingController(QObject):
    """Runs training in a background thread; `updated`/`run_ended` arrive in the GUI thread."""

    updated = Signal(object)  # RunUpdate
    run_ended = Signal(int, str)  # run id, RunOutcome
    failed = Signal(int, str)  # run id, what went wrong (run_ended(run id, "failed") follows)
    _start_requested = Signal(int, object, object, bool)
    _stop_requested = Signal(int)
    _run_pace_requested = Signal(int, object)
    _pause_requested = Signal(int, bool)
    _advance_requested = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._next_run_id = 1
        self._thread = QThread()
        self._thread.setObjectName("neuron-lab-trainer")
        self.frame_gate = FrameGate()  # the session's frames hold the worker (see frame_gate)
        self._worker = TrainerWorker(self.frame_gate)
        self._worker.moveToThread(self._thread)
        self._start_requested.connect(self._worker.start_run)
        self._stop_requested.connect(self._worker.stop_run)
        self._run_pace_requested.connect(self._worker.set_run_pace)
        self._pause_requested.connect(self._worker.set_paused)
        self._advance_requested.connect(self._worker.advance_run)
        self._worker.updated.connect(self.updated)
        self._worker.run_ended.connect(self.run_ended)
        self._worker.failed.connect(self.failed)
        # Emitted from the ending thread itself: the worker's timer stops in its own thread.
        self._thread.finished.connect(self._worker.halt, Qt.ConnectionType.DirectConnection)
        self._thread.finished.connect(self._worker.deleteLater)
        # If the owner is deleted without shutdown() (no closeEvent), still join the thread:
        # Qt aborts the process when a running QThread is destroyed.
        thread = self._thread
        self.destroyed.connect(lambda *_: _join(thread))
        self._thread.start()

    def start(self, training: Training, pace: Pace = BOOK_PACE, paused: bool = False) -> int:
        """Hand a new run to the worker (playing or paused); return its id (updates carry it).

        From now on only the worker advances `training`; the GUI reads the rows it publishes.
        """
        run_id = self._next_run_id
        self._next_run_id += 1
        self._start_requested.emit(run_id, training, pace, paused)
        return run_id

    def set_paused(self, run_id: int, paused: bool) -> None:
        """Pause or resume a run; a paused run keeps its state in the worker."""
        self._pause_requested.emit(run_id, paused)

    def advance(self, run_id: int, count: int) -> None:
        """Compute `count` more epochs of a run now (stepping while paused)."""
        self._advance_requested.emit(run_id, count)

    def set_run_pace(self, run_id: int, pace: Pace) -> None:
        """Change one run's pace."""
        self._run_pace_requested.emit(run_id, pace)

    def stop(self, run_id: int) -> None:
        """Ask the worker to stop a run; `run_ended(run_id, "stopped")` follows."""
        self._stop_requested.emit(run_id)

    def shutdown(self, timeout_ms: int = SHUTDOWN_TIMEOUT_MS) -> bool:
        """Stop the thread and wait for it; return False (and log) if it did not stop in time."""
        if not self._thread.isRunning():
            return True
        self._thread.quit()
        if self._thread.wait(timeout_ms):
            return True
        log.error("trainer thread did not stop within %d ms", timeout_ms)
        return False


def _join(thread: QThread) -> None:
    if not shiboken6.isValid(thread) or not thread.isRunning():
        return  # already shut down (the normal path) or already gone at interpreter exit
    thread.quit()
    if not thread.wait(SHUTDOWN_TIMEOUT_MS):
        log.error("trainer thread did not stop within %d ms", SHUTDOWN_TIMEOUT_MS)
