"""Encoding a GIF in a background thread, for the window: a worker QObject and its QThread.

The GUI thread hands over the compressed frames as they are; the worker decodes and encodes them,
so the window never stalls on decoding (150 full-HD frames take seconds and over 1 GB decoded).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QImage

from desktop.export.gif_encoder import CompressedFrames, encode_gif
from desktop.export.messages import could_not_save, export_failure
from desktop.export.options import ExportOptionError, GifOptions

_log = logging.getLogger(__name__)


class GifEncodeWorker(QObject):
    """Runs `encode_gif` in the thread it is moved to. Create it without a parent.

    Ends with exactly one of `finished(written)` (False: cancelled) or `failed(message)`.
    """

    progressed = Signal(int, int)  # frames done, frames in all
    finished = Signal(bool)
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the encode to stop at the next frame; safe to call from any thread."""
        self._stop.set()

    @Slot(object, str, object)
    def run(self, images: Sequence[QImage], path: str, options: GifOptions) -> None:
        """Encode; never raises, since an exception here would leave the thread running forever."""
        try:
            written = encode_gif(images, path, options, self._stop.is_set, self.progressed.emit)
        except (OSError, ExportOptionError) as error:
            self.failed.emit(export_failure(error, path))
        except Exception as error:  # a bug: report it rather than hang
            _log.exception("GIF export to %s failed", path)
            self.failed.emit(could_not_save(path, f"{type(error).__name__}: {error}"))
        else:
            self.finished.emit(written)


class GifEncodeJob(QObject):
    """A `GifEncodeWorker` in its own QThread, as the GUI sees it: signals, `cancel()`, `wait()`.

    `finished`/`failed` come in the GUI thread once the thread has ended, so nothing is left
    running; they are queued, so connecting right after `start` is in time. Keep the job (or its
    parent) alive until then; to abandon it, `cancel()` then `wait(timeout)`.
    """

    progressed = Signal(int, int)
    finished = Signal(bool)
    failed = Signal(str)
    _requested = Signal(object, str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._outcome: tuple[bool, str] = (False, "the GIF encoder stopped without a result")
        self._thread: QThread | None = QThread(self)
        self._thread.setObjectName("GIF export")
        self._worker = GifEncodeWorker()
        self._worker.moveToThread(self._thread)
        self._cancel_worker = self._worker.cancel  # kept: the worker is deleted when done
        self._requested.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed)
        self._worker.finished.connect(self._note_finished)
        self._worker.failed.connect(self._note_failed)
        for ended in (self._worker.finished, self._worker.failed):  # direct: quits even while
            ended.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)  # GUI waits
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.finished.connect(self._thread_ended)

    def start(
        self, frames: CompressedFrames, path: str | os.PathLike[str], options: GifOptions
    ) -> None:
        """Start the thread and hand it `frames` themselves: they are decoded in that thread, not
        here. The job reads them until it ends, so append nothing more to them."""
        assert self._thread is not None, "a GifEncodeJob runs once"
        self._thread.start()
        self._requested.emit(frames, os.fspath(path), options)

    def cancel(self) -> None:
        """Ask the encode to stop soon; `finished(False)` follows unless it had already ended."""
        self._cancel_worker()

    def wait(self, ms: int) -> bool:
        """Block until the thread has ended (True) or `ms` passed (False)."""
        return self._thread is None or self._thread.wait(ms)

    @Slot(bool)
    def _note_finished(self, written: bool) -> None:
        self._outcome = (written, "")

    @Slot(str)
    def _note_failed(self, message: str) -> None:
        self._outcome = (False, message)

    @Slot()
    def _thread_ended(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()  # `finished` is sent just before the thread really ends
            thread.deleteLater()
        written, message = self._outcome
        if message:
            self.failed.emit(message)
        else:
            self.finished.emit(written)
