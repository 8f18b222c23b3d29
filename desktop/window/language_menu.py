"""View → Language: English or 简体中文, each named in its own language.

Choosing the other language saves it (the next start uses it too) and emits `chosen`: the
launcher then makes the window again in that language at once, keeping what it showed (see
`desktop.launcher.reopen_in_language`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.style.language import LANGUAGES, installed_language, save_language
from desktop.window.menus_toolbar import insert_submenu_after


class LanguageMenu(QObject):
    """The Language submenu of View (after the theme) and what choosing in it does."""

    chosen = Signal(str)  # language code, already saved; the launcher reopens the window

    def __init__(self, window: QMainWindow, after: QAction) -> None:
        super().__init__(window)
        self._window = window
        self.menu = QMenu(self.tr("&Language"), window)
        self.menu.setObjectName("language_menu")
        self.actions: dict[str, QAction] = {}
        group = QActionGroup(self.menu)
        current = installed_language()
        for code, name in LANGUAGES.items():
            action = QAction(name, self.menu)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setStatusTip(self.tr("Show the window in {language}").format(language=name))
            action.triggered.connect(lambda _=False, code=code: self.choose(code))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        insert_submenu_after(window.menuBar(), after, self.menu)

    def choose(self, code: str) -> None:
        """Switch to `code` (a key of LANGUAGES): saved, then the window is made again in it."""
        if code not in LANGUAGES:
            return
        self.actions[code].setChecked(True)
        if code == installed_language():
            return
        save_language(code)
        self.chosen.emit(code)

    def announce(self) -> None:
        """Say in the status bar which language the window now shows."""
        name = LANGUAGES[installed_language()]
        self._window.statusBar().showMessage(
            self.tr("Language: {language}").format(language=name), 5000
        )
