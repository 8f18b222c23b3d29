"""A GIF export from the window: frames drawn one per event-loop turn, then encoded in a thread.

Widgets render only in the GUI thread, so the frame loop (`render_frames`) is advanced one frame
per turn of the event loop and the window stays responsive. The compressed frames then go, as they
are, to a `GifEncodeJob`, which decodes and encodes them in its own thread. A progress dialog
follows both stages and can cancel either.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.export.animation import render_frames
from desktop.export.gif_encoder import CompressedFrames
from desktop.export.gif_job import GifEncodeJob
from desktop.export.messages import export_failure
from desktop.export.options import GifOptions
from desktop.export.run_figure import RunFigure

_log = logging.getLogger(__name__)


class WindowGifExport(QObject):
    """One GIF export of `figure`, drawn at `epochs`, to `path`; it begins with `start()`.

    Ends with exactly one of `finished(path)` (`finished("")` if cancelled) or `failed(message)`.
    Owns the figure from now on, and closes it once the frames are drawn.
    """

    finished = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        window: QWidget,
        figure: RunFigure,
        epochs: Sequence[int],
        path: Path,
        options: GifOptions,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._path, self._options = path, options
        self._figure: RunFigure | None = figure
        self._total = len(epochs)
        self._frames: CompressedFrames | None = CompressedFrames()
        self._drawing: Iterator[int] | None = render_frames(figure, epochs, self._frames)
        self._job: GifEncodeJob | None = None
        # Steps: one per frame drawn, one per frame encoded, one for the save itself.
        self.progress: QProgressDialog | None = self._progress_dialog(window, 2 * self._total + 1)

    def _progress_dialog(self, window: QWidget, steps: int) -> QProgressDialog:
        progress = QProgressDialog(
            self.tr("Drawing the frames…"), self.tr("Cancel"), 0, steps, window
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoReset(False)  # stay up until the file is really written
        progress.setAutoClose(False)
        progress.canceled.connect(self.cancel)
        return progress

    def start(self) -> None:
        """Draw the first frame at the next turn of the event loop."""
        QTimer.singleShot(0, self._draw_next_frame)

    def cancel(self) -> None:
        """Stop drawing (`finished("")` now), or ask the encoder to stop (`finished("")` soon)."""
        if self._drawing is not None:
            self._stop_drawing()
            self._end("")
        elif self._job is not None:
            self._job.cancel()

    def stop(self, timeout_ms: int) -> bool:
        """Cancel, and wait up to `timeout_ms` for the encoder thread to end (the window closes).

        False, with an error in the log, if it did not: the job is then handed to the application
        so that closing the window does not destroy a running thread, and finishes alone.
        """
        self.cancel()
        self._close_progress()
        if self._job is None or self._job.wait(timeout_ms):
            return True
        _log.error("the GIF encoder did not stop within %d ms; it is left to finish", timeout_ms)
        self._job.setParent(QCoreApplication.instance())
        return False

    def _draw_next_frame(self) -> None:
        if self._drawing is None or self.progress is None:
            return  # cancelled
        try:
            done = next(self._drawing)
        except (OSError, ValueError) as error:  # a frame Qt could not draw or keep
            self._stop_drawing()
            self._fail(export_failure(error, self._path))
            return
        self.progress.setValue(done)  # a modal dialog processes events here...
        if self._drawing is None:
            return  # ...so Cancel may have been pressed meanwhile
        if done < self._total:
            QTimer.singleShot(0, self._draw_next_frame)
        else:
            self._stop_drawing()
            self._encode()

    def _stop_drawing(self) -> None:
        if self._drawing is not None:
            self._drawing.close()
            self._drawing = None
        if self._figure is not None:
            self._figure.close()
            self._figure = None

    def _encode(self) -> None:
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Encoding the GIF…"))
        self._job = GifEncodeJob(self)
        self._job.progressed.connect(self._frames_encoded)
        self._job.finished.connect(self._encoded)
        self._job.failed.connect(self._fail)
        frames, self._frames = self._frames, None  # the job's from now on; never appended to
        assert frames is not None
        self._job.start(frames, self._path, self._options)

    def _frames_encoded(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setValue(total + done)

    def _encoded(self, written: bool) -> None:
        self._end(str(self._path) if written else "")

    def _end(self, path: str) -> None:
        self._close_progress()
        self.finished.emit(path)

    def _fail(self, message: str) -> None:
        self._close_progress()
        self.failed.emit(message)

    def _close_progress(self) -> None:
        progress, self.progress = self.progress, None
        if progress is not None:
            progress.close()
            progress.deleteLater()
