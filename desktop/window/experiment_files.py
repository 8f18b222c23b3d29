"""Experiment files in the window: File → New, Open, Save, Save As, Open Recent, the title with
the file's name and its unsaved-changes marker, asking before a close loses changes, and opening
a `.neuronlab` file dropped on the window.

The file format and its checks live in `model.experiment`; this controller only moves an
`Experiment` between a file and the window, which it knows through the `FilesWindow` protocol
(no import of the window: no import cycle). Applying an experiment is all or nothing: the file
is read and checked in full before anything in the window changes.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from desktop.engine.run_session import RunSession
from desktop.views.error_text import error_text, os_reason
from desktop.views.parameter_panel import ParameterPanel
from desktop.window.compare_mode import CompareMode
from desktop.window.menus_toolbar import insert_submenu_after
from desktop.window.right_column import RightColumn
from model import RunParameters, load_presets
from model.experiment import (
    SUFFIX,
    Experiment,
    ExperimentError,
    ViewChoices,
    check_one_start,
    load,
    save,
)

DEFAULT_PRESET = "quadratic-good-start"
RECENT_KEY = "experiments/recent"
MAX_RECENT = 8


class FilesWindow(Protocol):
    """What the experiment files need of the main window."""

    actions_by_name: dict[str, QAction]
    session: RunSession
    compare: CompareMode
    panel: ParameterPanel
    right_column: RightColumn

    def load_parameters(
        self, parameters: RunParameters, preset_name: str | None = None
    ) -> None: ...
    def set_compare(self, second: RunParameters | None) -> None: ...
    def show_view(self, name: str) -> None: ...
    def on_parameters_changed(self) -> None: ...
    def as_main_window(self) -> QMainWindow: ...


def preset_named(parameters: RunParameters) -> str | None:
    """The name of the preset whose values are `parameters`, if there is one."""
    for name, found in load_presets().items():
        if found.parameters == parameters:
            return name
    return None


def with_suffix(path: str) -> str:
    """`path`, ending in `.neuronlab` (appended if missing)."""
    return path if path.lower().endswith(SUFFIX) else path + SUFFIX


class ExperimentFiles(QObject):
    """The window's experiment file: which one is open, whether it changed, and its commands."""

    def __init__(self, window: FilesWindow) -> None:
        super().__init__(window.as_main_window())
        self._window = window
        self._main = window.as_main_window()
        self._plain_title = self._main.windowTitle()
        self.path: Path | None = None
        self._applying = False
        a = window.actions_by_name
        a["new_experiment"].triggered.connect(self.new)
        a["open_experiment"].triggered.connect(self.open_dialog)
        a["save_experiment"].triggered.connect(self.save)
        a["save_experiment_as"].triggered.connect(self.save_as)
        for signal in (
            window.panel.changed,
            window.compare.toggled,
            window.compare.second_changed,
            window.compare.readout.threshold_changed,
            window.right_column.views.currentChanged,
        ):
            signal.connect(self._mark_modified)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self._main)
        self.recent_menu.setObjectName("recent_experiments")
        insert_submenu_after(self._main.menuBar(), a["open_experiment"], self.recent_menu)
        self.rebuild_recent_menu()
        self._main.installEventFilter(self)

    # -- the window's state as an experiment ----------------------------------------------------
    def current(self) -> Experiment:
        """What the window shows: run 1 from the panel, run 2 if comparing, view and T."""
        w = self._window
        runs = (w.panel.parameters(),)
        if w.compare.on:
            runs = (*runs, w.compare.second())
        name = w.right_column.view()
        if name == "main" and w.compare.on:
            name = "compare"
        return Experiment(runs, ViewChoices(name, w.compare.readout.threshold()))

    def apply(self, experiment: Experiment, name: str = "experiment") -> None:
        """Show `experiment` (from the file `name`) in the window, its run put away: a run
        playing is stopped first. Everything is checked first (ParameterError), so a bad
        experiment changes nothing."""
        runs = tuple(run.validated() for run in experiment.runs)
        view = ViewChoices(experiment.view.name, experiment.view.threshold)
        if view.name not in (*self._window.right_column.view_names, "compare"):
            raise ExperimentError(name, "view.name", f"unknown view {view.name!r}")
        check_one_start(experiment, name)
        w = self._window
        w.session.stop_now()  # a run still computing is put away with the values it showed
        self._applying = True
        try:
            w.load_parameters(runs[0], preset_named(runs[0]))
            w.compare.readout.set_threshold(view.threshold)
            w.set_compare(runs[1] if len(runs) > 1 else None)
            w.show_view(view.name)
            w.on_parameters_changed()
        finally:
            self._applying = False

    # -- commands -------------------------------------------------------------------------------
    def new(self) -> bool:
        """File → New: the default preset, compare off, the main view, no file (asks first if
        the open file has unsaved changes)."""
        if not self.maybe_save():
            return False
        defaults = load_presets()[DEFAULT_PRESET].parameters
        self.apply(Experiment((defaults,), ViewChoices()))
        self._set_path(None)
        return True

    def open_dialog(self) -> bool:
        """File → Open…: choose a file and open it."""
        if not self.maybe_save():
            return False
        path, _ = QFileDialog.getOpenFileName(
            self._main, self.tr("Open experiment"), self._folder(), self._filter()
        )
        return bool(path) and self.open_path(path)

    def open_path(self, path: str | os.PathLike[str]) -> bool:
        """Open an experiment file; a problem is shown as one message and changes nothing."""
        try:
            experiment = load(path)
            self.apply(experiment, Path(path).name)
        except (ExperimentError, OSError) as error:
            detail = error_text(error) if isinstance(error, ExperimentError) else os_reason(error)
            self._warn(self.tr("Cannot open the experiment"), detail)
            return False
        self.opened(Path(path))
        self._main.statusBar().showMessage(
            self.tr("Opened {name}").format(name=Path(path).name), 5000
        )
        return True

    def opened(self, path: Path | None) -> None:
        """`path` is the file now shown (just opened): its name in the title, in the recent list."""
        self._set_path(path)
        if path is not None:
            self._remember(path)

    def save(self) -> bool:
        """File → Save: to the open file, else as a new one (Save As)."""
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        """File → Save As…: choose a name (`.neuronlab` appended if missing) and save."""
        start = str(self.path) if self.path else os.path.join(self._folder(), "experiment" + SUFFIX)
        path, _ = QFileDialog.getSaveFileName(
            self._main, self.tr("Save experiment"), start, self._filter()
        )
        return bool(path) and self._write(Path(with_suffix(path)))

    def maybe_save(self) -> bool:
        """Before the file is closed: with unsaved changes ask Save / Discard / Cancel. False
        means cancel (keep the window and its file)."""
        if not self._main.isWindowModified():
            return True
        name = self.path.name if self.path else self.tr("The experiment")
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self._main,
            self.tr("Unsaved changes"),
            self.tr("{name} has unsaved changes. Save them?").format(name=name),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    # -- recent files ---------------------------------------------------------------------------
    def recent(self) -> list[str]:
        """The recently opened or saved files, newest first (at most `MAX_RECENT`)."""
        value = QSettings().value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value]
        return [str(item) for item in (value or []) if item][:MAX_RECENT]

    def _set_recent(self, paths: list[str]) -> None:
        QSettings().setValue(RECENT_KEY, paths[:MAX_RECENT])
        self.rebuild_recent_menu()

    def _remember(self, path: Path) -> None:
        text = os.fspath(path.resolve())
        self._set_recent([text, *(p for p in self.recent() if p != text)])

    def rebuild_recent_menu(self) -> None:
        """One entry per recent file, then Clear; disabled when there are none."""
        menu = self.recent_menu
        menu.clear()
        paths = self.recent()
        for index, path in enumerate(paths, start=1):
            action = menu.addAction(f"&{index} {Path(path).name}")
            action.setToolTip(path)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        if paths:
            menu.addSeparator()
            menu.addAction(self.tr("&Clear the list")).triggered.connect(
                lambda: self._set_recent([])
            )
        menu.setEnabled(bool(paths))

    def open_recent(self, path: str) -> bool:
        """Open a recent file; one that is gone is dropped from the list (with a message)."""
        if not self.maybe_save():
            return False
        if not Path(path).is_file():
            self._set_recent([p for p in self.recent() if p != path])
            self._warn(
                self.tr("Cannot open the experiment"),
                self.tr("{path} no longer exists; it was removed from the recent files.").format(
                    path=path
                ),
            )
            return False
        return self.open_path(path)

    # -- drag and drop --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """A single local `.neuronlab` file dragged onto the window is accepted and opened."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.Drop) and isinstance(
            event, (QDragEnterEvent, QDropEvent)
        ):
            path = self._dropped_file(event)
            if path is None:
                return False
            event.acceptProposedAction()
            if kind == QEvent.Type.Drop and self.maybe_save():
                self.open_path(path)
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _dropped_file(event: QDropEvent) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = urls[0].toLocalFile()
        return path if path.lower().endswith(SUFFIX) else None

    # -- helpers --------------------------------------------------------------------------------
    def _write(self, path: Path) -> bool:
        try:
            save(self.current(), path)
        except (OSError, ExperimentError) as error:
            detail = os_reason(error) if isinstance(error, OSError) else error_text(error)
            self._warn(
                self.tr("Cannot save the experiment"),
                self.tr("{name}: cannot be saved: {problem}").format(
                    name=path.name, problem=detail
                ),
            )
            return False
        self._set_path(path)
        self._remember(path)
        self._main.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 5000)
        return True

    def _set_path(self, path: Path | None) -> None:
        self.path = path
        if path is None:
            self._main.setWindowTitle(self._plain_title)
        else:
            title = self.tr("{name}[*] — Neuron Lab").format(name=path.name)
            self._main.setWindowTitle(title)
        self._main.setWindowModified(False)

    def _mark_modified(self, *_: object) -> None:
        if not self._applying and self.path is not None:
            self._main.setWindowModified(True)

    def _folder(self) -> str:
        if self.path is not None:
            return os.fspath(self.path.parent)
        recent = self.recent()
        return os.fspath(Path(recent[0]).parent) if recent else os.path.expanduser("~")

    def _filter(self) -> str:
        return self.tr("Neuron Lab experiments (*{suffix});;All files (*)").format(suffix=SUFFIX)

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self._main, title, text)
