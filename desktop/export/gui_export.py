"""Exports from the window: the run on screen to PNG/SVG/PDF/CSV at once, to GIF in the background.

A GIF needs one rendered frame per sampled epoch (widgets render only in the GUI thread, so one
frame per event-loop turn keeps the window responsive) and then seconds of encoding, which a
`GifEncodeJob` does in its own thread. A progress dialog shows both and can cancel either.
Every file is written atomically; a failure is one clear message in a dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.export.atomic_file import write_text_atomically
from desktop.export.export_dialog import ExportChoices
from desktop.export.gif_encoder import CompressedFrames, GifEncodeJob, GifSettings, frame_epochs
from desktop.export.options import FigureSpec
from desktop.export.run_figure import RunFigure
from model import ParameterError, RunParameters, Trajectory
from model.trajectory_csv import write_trajectory_csv


class GuiExporter(QObject):
    """Writes exports of a run for a window; `done(path)` when written, `done("")` if not."""

    done = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.progress: QProgressDialog | None = None
        self._job: GifEncodeJob | None = None
        self._frames = CompressedFrames()
        self._figure: RunFigure | None = None

    def export(
        self, choices: ExportChoices, parameters: RunParameters, trajectory: Trajectory
    ) -> None:
        """Write `choices.path` now (or start the GIF); errors go to a message box."""
        try:
            if choices.format == "csv":
                write_text_atomically(
                    choices.path, lambda out: write_trajectory_csv(out, parameters, trajectory)
                )
            elif choices.format == "gif":
                self._start_gif(choices, parameters, trajectory)
                return
            else:
                with RunFigure(parameters, trajectory, choices.figure) as figure:
                    {"png": figure.write_png, "svg": figure.write_svg, "pdf": figure.write_pdf}[
                        choices.format
                    ](choices.path)
        except (OSError, ParameterError) as error:
            self._fail(_message(error, choices.path))
            return
        self.done.emit(str(choices.path))

    def copy_figure(
        self, spec: FigureSpec, parameters: RunParameters, trajectory: Trajectory
    ) -> None:
        """Edit → Copy figure: the figure on the clipboard as an image."""
        with RunFigure(parameters, trajectory, spec) as figure:
            figure.copy_to_clipboard()

    # -- GIF: render frames one per event-loop turn, then encode in a thread -----------------
    def _start_gif(
        self, choices: ExportChoices, parameters: RunParameters, trajectory: Trajectory
    ) -> None:
        self._settings = GifSettings(fps=choices.gif.fps, frames=choices.gif.frames)
        self._path = choices.path
        self._epochs = frame_epochs(len(trajectory) - 1, self._settings.frames)
        self._figure = RunFigure(parameters, trajectory, choices.figure)
        self._frames = CompressedFrames()
        # Steps: one per frame drawn, one per frame encoded, one for the save itself.
        self.progress = QProgressDialog(
            self.tr("Drawing the frames…"),
            self.tr("Cancel"),
            0,
            2 * len(self._epochs) + 1,
            self.window,
        )
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoReset(False)  # stay up until the file is really written
        self.progress.setAutoClose(False)
        self.progress.canceled.connect(self._cancel)
        QTimer.singleShot(0, self._render_next_frame)

    def _render_next_frame(self) -> None:
        if self._figure is None:
            return  # cancelled
        epoch = self._epochs[len(self._frames)]
        self._figure.show_epoch(epoch, caption=True)
        self._frames.append(self._figure.image())
        self.progress.setValue(len(self._frames))  # a modal dialog processes events here...
        if self._figure is None:
            return  # ...so Cancel may have been pressed meanwhile
        if len(self._frames) < len(self._epochs):
            QTimer.singleShot(0, self._render_next_frame)
            return
        self._figure.close()
        self._figure = None
        self.progress.setLabelText(self.tr("Encoding the GIF…"))
        self._job = GifEncodeJob(self)
        self._job.progressed.connect(lambda done, total: self.progress.setValue(total + done))
        self._job.finished.connect(self._encoded)
        self._job.failed.connect(self._encode_failed)
        self._job.start(self._frames, self._path, self._settings)

    def _cancel(self) -> None:
        if self._figure is not None:
            self._figure.close()
            self._figure = None
            self._finish_job()
            self.done.emit("")
        elif self._job is not None:
            self._job.cancel()

    def _encoded(self, written: bool) -> None:
        self._finish_job()
        self.done.emit(str(self._path) if written else "")

    def _encode_failed(self, message: str) -> None:
        self._finish_job()
        self._fail(message)

    def _finish_job(self) -> None:
        self._frames = CompressedFrames()
        self._job = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def shutdown(self) -> None:
        """Cancel and join a running GIF encode (the window is closing)."""
        if self._job is not None:
            self._job.cancel()
            while not self._job.wait(
                1000
            ):  # a save in progress ends soon; never drop a running thread
                pass

    def _fail(self, message: str) -> None:
        QMessageBox.critical(self.window, self.tr("Export failed"), message)
        self.done.emit("")


def _message(error: Exception, path: Path) -> str:
    if isinstance(error, OSError):
        return QCoreApplication.translate("GuiExporter", "Could not write {path}: {reason}").format(
            path=error.filename or path, reason=error.strerror or error
        )
    return str(error)
