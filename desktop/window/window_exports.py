"""File → Export… and Edit → Copy figure, for the run the window shows (both, in compare mode).

A run is exported as far as it is shown: a run still computing is exported as a snapshot of its
rows so far, and the CSV says so in a `# note=` line (as it does for a diverged run).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from desktop.engine.run_session import RunSession
from desktop.export.export_dialog import ExportChoices, ExportDialog
from desktop.export.gui_export import GuiExporter
from desktop.export.options import FigureKind, FigureSpec
from desktop.export.run_files import RunRecord
from desktop.style.presentation import Presentation
from desktop.views.parameter_panel import ParameterPanel
from model import RunParameters, Trajectory
from model.trajectory_csv import run_note


class WindowExports(QObject):
    """The window's export commands; messages go to the window's status bar."""

    def __init__(
        self,
        window: QMainWindow,
        session: RunSession,
        panel: ParameterPanel,
        presentation: Presentation,
        exporter: GuiExporter,
    ) -> None:
        super().__init__(window)
        self._window, self._session, self._panel = window, session, panel
        self._presentation, self._exporter = presentation, exporter
        exporter.done.connect(self.on_exported)

    @property
    def exporter(self) -> GuiExporter:
        return self._exporter

    def open_dialog(self) -> ExportChoices | None:
        """File → Export…: choose, then write (a GIF is made in the background)."""
        before = self.records()
        if not before:
            self._window.statusBar().showMessage(self.tr("Nothing to export yet: run first."))
            return None
        if self._exporter.busy:
            self._window.statusBar().showMessage(
                self.tr("A GIF is still being made; export again when it is done.")
            )
            return None
        dialog = ExportDialog(self.export_name(), self._window)
        accepted = dialog.exec() == ExportDialog.DialogCode.Accepted
        choices = dialog.choices() if accepted else None
        dialog.deleteLater()
        if choices is not None:
            # What was shown when the dialog closed (or, if the runs were cleared meanwhile,
            # when it opened): a run still computing is exported as far as it got, and the CSV
            # says so.
            self._exporter.export(choices, self.records() or before)
        return choices

    def records(self) -> list[RunRecord]:
        """The runs shown (one, or two in compare mode), as far as they are shown, each with
        its CSV note (diverged, or still computing)."""
        computing = self._session.alive
        return [
            RunRecord(
                parameters,
                trajectory,
                run_note(
                    len(trajectory) - 1,
                    parameters.epochs,
                    self._session.diverged_at_of(index),
                    computing,
                ),
            )
            for index, (parameters, trajectory) in enumerate(self._shown_runs())
        ]

    def _shown_runs(self) -> list[tuple[RunParameters, Trajectory]]:
        """The session's runs, once every one shows a row: a run just started shows none until
        its first frame, and there is nothing to draw or write yet."""
        runs = self._session.runs()
        return runs if all(len(trajectory) for _, trajectory in runs) else []

    def on_exported(self, path: str) -> None:
        """Say where an export went (a failure was already explained in a message box)."""
        if path:
            self._window.statusBar().showMessage(self.tr("Saved {path}").format(path=path))

    def export_name(self) -> str:
        """A file name (without extension) naming the run: the preset, or "run"."""
        return self._panel.preset_name() or "run"

    def copy_figure(self) -> None:
        """Edit → Copy figure: the figure, in the export's last size and the current theme."""
        runs = self._shown_runs()
        if not runs:
            self._window.statusBar().showMessage(self.tr("Nothing to copy yet: run first."))
            return
        spec = FigureSpec(FigureKind.FIGURE, 1280, 720, self._presentation.theme_name)
        try:
            self._exporter.copy_figure(spec, runs)
        except OSError as error:  # the figure could not be drawn
            self._window.statusBar().showMessage(
                self.tr("Could not copy the figure: {reason}").format(reason=error)
            )
            return
        self._window.statusBar().showMessage(self.tr("Figure copied to the clipboard."))
