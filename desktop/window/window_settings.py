"""What the window remembers between sessions (QSettings), and Help → Reset settings.

Kept here: the last experiment shown (parameters of both runs, compare mode, view, threshold;
as the JSON of an experiment file, read back by the same strict loader; its preset is found
again from its values), the window's geometry and toolbar state, the left column's tab. Kept by their owners:
theme and scale (`Presentation`), language (`style.language`), export folder (export dialog),
recent files (`ExperimentFiles`). Anything unreadable (a corrupt or foreign settings file, a
value of the wrong type) is ignored: the window opens with its defaults.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget

from desktop.style.language import chosen_language, installed_language
from desktop.style.presentation import Presentation
from desktop.window.experiment_files import ExperimentFiles
from model.experiment import Experiment, ExperimentError, from_json, to_json

EXPERIMENT_KEY = "session/experiment"
GEOMETRY_KEY, STATE_KEY = "window/geometry", "window/state"
LEFT_TAB_KEY = "window/left_tab"


class SettingsWindow(Protocol):
    """What the settings read from and restore into (MainWindow)."""

    files: ExperimentFiles
    presentation: Presentation
    tabs: QTabWidget
    actions_by_name: dict[str, QAction]

    def as_main_window(self) -> QMainWindow: ...


def last_experiment() -> Experiment | None:
    """The experiment shown when the window last closed, if it can be read (its preset, if
    any, is found again from its values, as when a file is opened)."""
    text = QSettings().value(EXPERIMENT_KEY)
    if not isinstance(text, str):
        return None
    try:
        return from_json(text, "settings")
    except ExperimentError:
        return None


class WindowSettings(QObject):
    """Saves the window's state when it closes, restores it, and resets all settings."""

    language_reset = Signal(str)  # after Reset settings, if the language changed (to this)

    def __init__(self, window: SettingsWindow) -> None:
        super().__init__(window.as_main_window())
        self._window = window
        self._main = window.as_main_window()
        window.actions_by_name["reset_settings"].triggered.connect(self.ask_reset)

    def restore_geometry(self) -> bool:
        """Size, position, toolbar and left tab as last saved; False if none was readable."""
        settings = QSettings()
        geometry, state = settings.value(GEOMETRY_KEY), settings.value(STATE_KEY)
        restored = isinstance(geometry, QByteArray) and self._main.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self._main.restoreState(state)
        tab = settings.value(LEFT_TAB_KEY)
        tabs = self._window.tabs
        if isinstance(tab, (int, str)) and str(tab).isdigit() and int(tab) < tabs.count():
            tabs.setCurrentIndex(int(tab))
        return restored

    def save(self) -> None:
        """Remember what the window shows now (called as it closes)."""
        settings = QSettings()
        settings.setValue(EXPERIMENT_KEY, to_json(self._window.files.current()))
        settings.setValue(GEOMETRY_KEY, self._main.saveGeometry())
        settings.setValue(STATE_KEY, self._main.saveState())
        settings.setValue(LEFT_TAB_KEY, self._window.tabs.currentIndex())

    def ask_reset(self) -> bool:
        """Help → Reset settings…: after a confirmation, every setting back to its default."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self._main,
            self.tr("Reset settings"),
            self.tr(
                "Reset every setting to its default: theme, presentation scale, language, "
                "window size, recent files, export folder and the last experiment? "
                "The experiment on screen stays as it is."
            ),
            buttons.Reset | buttons.Cancel,
            buttons.Cancel,
        )
        if answer != buttons.Reset:
            return False
        self.reset()
        return True

    def reset(self) -> None:
        """Forget every setting and show the defaults now (the experiment on screen stays)."""
        QSettings().clear()
        presentation = self._window.presentation
        presentation.theme_name, presentation.scale = "light", 1.0
        presentation.apply()
        self._main.resize(1280, 720)
        self._window.files.rebuild_recent_menu()
        self._main.statusBar().showMessage(self.tr("Settings reset to their defaults."), 5000)
        language = chosen_language()  # with nothing saved: the system's
        if language != installed_language():
            self.language_reset.emit(language)
