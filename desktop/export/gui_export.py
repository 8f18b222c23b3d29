"""Exports from the window: PNG, SVG, PDF and CSV written at once, a GIF made in the background.

The files are written by `run_files`, exactly as the command line writes them (the CSV with its
note line), of the one run shown or of both runs in compare mode; a GIF is a `WindowGifExport`. Every file is written atomically; a failure is one clear
message in a dialog.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.export.animation import epochs_to_draw
from desktop.export.export_dialog import ExportChoices
from desktop.export.messages import export_failure
from desktop.export.options import FigureSpec, format_of
from desktop.export.run_figure import RunFigure
from desktop.export.run_files import RunRecord, figure_runs, write_run_files
from desktop.export.window_gif import WindowGifExport
from model import RunParameters, Trajectory

SHUTDOWN_TIMEOUT_MS = 5000


class GuiExporter(QObject):
    """Writes exports of a run for a window; `done(path)` when written, `done("")` if not."""

    done = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._gif: WindowGifExport | None = None

    @property
    def progress(self) -> QProgressDialog | None:
        """The progress dialog of the GIF being made, if there is one."""
        return self._gif.progress if self._gif is not None else None

    @property
    def busy(self) -> bool:
        """True while a GIF is being drawn or encoded (a new export must wait)."""
        return self._gif is not None

    def export(self, choices: ExportChoices, runs: Sequence[RunRecord]) -> None:
        """Write `runs` (the one shown, or two compared) to `choices.path`, or start making the
        GIF; `done` follows either way.

        A run's trajectory may be a snapshot of a run still computing: what it holds is written.
        A run's note becomes its CSV `# note=` line, e.g. "diverged at epoch 12". Errors go to a
        message box.
        """
        if self._gif is not None:
            self._fail(self.tr("A GIF is still being made: wait for it, or cancel it first."))
            return
        try:
            kind = format_of(choices.path)
            if kind == "gif":
                self._start_gif(choices, runs)
                return
            write_run_files({kind: choices.path}, runs, choices.figure, choices.gif)
        except (OSError, ValueError) as error:
            self._fail(export_failure(error, choices.path))
            return
        self.done.emit(str(choices.path))

    def copy_figure(
        self, spec: FigureSpec, runs: Sequence[tuple[RunParameters, Trajectory]]
    ) -> None:
        """Edit → Copy figure: the figure of `runs` (one, or two compared) on the clipboard."""
        with RunFigure(runs, spec) as figure:
            figure.copy_to_clipboard()

    def shutdown(self, timeout_ms: int = SHUTDOWN_TIMEOUT_MS) -> bool:
        """Cancel a GIF in progress and wait up to `timeout_ms` for its encoder thread to end.

        Returns False, having logged an error, if it did not end in time: the thread is left to
        finish on its own, and the window should say so. True if nothing is left running.
        """
        return self._gif is None or self._gif.stop(timeout_ms)

    def _start_gif(self, choices: ExportChoices, runs: Sequence[RunRecord]) -> None:
        choices.gif.check(choices.figure.width, choices.figure.height)
        figure = RunFigure(figure_runs(runs), choices.figure)
        epochs = epochs_to_draw(figure.rows, choices.gif)
        self._gif = WindowGifExport(
            self.window, figure, epochs, choices.path, choices.gif, parent=self
        )
        self._gif.finished.connect(self._gif_ended)
        self._gif.failed.connect(self._gif_failed)
        self._gif.start()

    def _gif_ended(self, path: str) -> None:
        self._forget_gif()
        self.done.emit(path)

    def _gif_failed(self, message: str) -> None:
        self._forget_gif()
        self._fail(message)

    def _forget_gif(self) -> None:
        gif, self._gif = self._gif, None
        if gif is not None:
            gif.deleteLater()

    def _fail(self, message: str) -> None:
        QMessageBox.critical(self.window, self.tr("Export failed"), message)
        self.done.emit("")
