"""One long computation at a time in a background thread, for the window: `BackgroundJob`.

The window hands it a plain function (the learning-speed map's `compute_speed_map`, later
others) and gets signals back in the GUI thread: `progressed(fraction)` at most ~30 times a
second, then exactly one of `finished(result)`, `cancelled()` or `failed(message)`. The function
runs in the job's own QThread, in a worker QObject that talks to the job by queued signals only,
and is called as

    function(*args, progress=report, cancelled=asked_to_stop)

where `report(fraction)` may be called as often as the function likes (it is throttled here) and
`asked_to_stop()` is a `threading.Event`'s `is_set`: a function that checks it every few
milliseconds stops that soon after `cancel()`. Its return value is then ignored.

One at a time: `start` refuses (returns False) while a job is running, including one asked to
cancel that has not yet returned; the caller disables its Compute button while `busy`. The
window calls `shutdown(timeout_ms)` on close: it cancels, ends the thread and waits for it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

PROGRESS_INTERVAL_S = 1 / 30
"""Least time between two progress signals (the last one, at 1.0, always goes)."""

_FINISHED, _CANCELLED, _FAILED = "finished", "cancelled", "failed"

_log = logging.getLogger(__name__)


class ThrottledProgress:
    """A progress callable for the worker thread: passes a fraction on to `emit` only if
    `PROGRESS_INTERVAL_S` has passed since the last one it passed on, or the work is done (1.0),
    so a function reporting after every grid row cannot flood the GUI's event queue."""

    def __init__(self, emit: Callable[[float], None], interval_s: float = PROGRESS_INTERVAL_S):
        self._emit = emit
        self._interval_s = interval_s
        self._last = -float("inf")

    def __call__(self, fraction: float) -> None:
        now = time.monotonic()
        if fraction >= 1.0 or now - self._last >= self._interval_s:
            self._last = now
            self._emit(float(fraction))


class JobWorker(QObject):
    """Runs one function per `run` call in the thread it is moved to. Create it without a parent.

    Each run ends with one `ended(outcome, payload)`: ("finished", result), ("cancelled", None)
    or ("failed", message). It never raises: an exception here would leave the GUI waiting.
    """

    progressed = Signal(float)
    ended = Signal(str, object)

    @Slot(object, object, object)
    def run(self, function: Callable[..., Any], args: tuple[Any, ...], stop: threading.Event):
        progress = ThrottledProgress(self.progressed.emit)
        try:
            result = function(*args, progress=progress, cancelled=stop.is_set)
        except Exception as error:  # a bug in the function: say so rather than hang
            _log.exception("background job %r failed", getattr(function, "__name__", function))
            self.ended.emit(_FAILED, f"{type(error).__name__}: {error}")
            return
        if stop.is_set():
            self.ended.emit(_CANCELLED, None)
        else:
            self.ended.emit(_FINISHED, result)


class BackgroundJob(QObject):
    """A `JobWorker` in its own QThread, as the GUI sees it (see the module): `start`, `cancel`,
    `busy`, `shutdown`, and signals that arrive in the GUI thread.

    The thread starts with the first job and lives until `shutdown`, after which the job
    refuses new work and sends no more signals. Call `shutdown` before dropping the job.
    """

    progressed = Signal(float)
    """How much of the running job is done, 0 … 1 (throttled, see `ThrottledProgress`)."""
    finished = Signal(object)
    """The function's return value."""
    cancelled = Signal()
    """The job stopped after `cancel()` (whatever the function returned is dropped)."""
    failed = Signal(str)
    """The function raised: "TypeName: message"."""
    _requested = Signal(object, object, object)

    def __init__(self, name: str = "background job", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._thread: QThread | None = None
        self._worker: JobWorker | None = None
        self._stop = threading.Event()
        self._busy = False
        self._closed = False

    @property
    def busy(self) -> bool:
        """A job was started and has not yet delivered its end signal."""
        return self._busy

    def start(self, function: Callable[..., Any], *args: Any) -> bool:
        """Run `function(*args, progress=…, cancelled=…)` in the thread; False (and nothing
        done) while another job is busy or after `shutdown`."""
        if self._busy or self._closed:
            return False
        if self._thread is None:
            self._start_thread()
        self._stop = threading.Event()  # a fresh one: a late cancel cannot reach the next job
        self._busy = True
        self._requested.emit(function, args, self._stop)
        return True

    def cancel(self) -> None:
        """Ask the running function to stop; `cancelled()` follows once it has returned (unless
        it had already ended: then its own end signal is on its way). Safe when idle."""
        if self._busy:
            self._stop.set()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel any job, end the thread and wait up to `timeout_ms` for it: True if it has
        ended (or never started). Signals of a job still queued are dropped."""
        self._closed = True
        self._stop.set()
        thread = self._thread
        if thread is None or thread.isFinished():
            return True
        thread.quit()  # the event loop ends once the running function has returned
        stopped = thread.wait(timeout_ms)
        if not stopped:
            _log.error("%s: the thread did not stop within %d ms", self._name, timeout_ms)
        return stopped

    # ------------------------------------------------------------------ internals
    def _start_thread(self) -> None:
        thread = QThread(self)
        thread.setObjectName(self._name)
        worker = JobWorker()  # no parent: a parented object cannot move to another thread
        worker.moveToThread(thread)
        self._requested.connect(worker.run)
        worker.progressed.connect(self._note_progress)
        worker.ended.connect(self._note_end)
        thread.finished.connect(worker.deleteLater)
        self._thread, self._worker = thread, worker
        thread.start()

    @Slot(float)
    def _note_progress(self, fraction: float) -> None:
        if self._busy and not self._closed and not self._stop.is_set():
            self.progressed.emit(fraction)

    @Slot(str, object)
    def _note_end(self, outcome: str, payload: object) -> None:
        self._busy = False
        if self._closed:
            return
        if outcome == _FINISHED:
            self.finished.emit(payload)
        elif outcome == _CANCELLED:
            self.cancelled.emit()
        else:
            self.failed.emit(str(payload))
