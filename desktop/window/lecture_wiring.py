"""Connects the window's actions, menus, toolbar and views to the run session.

Kept apart from `main_window.py` so the window file stays about layout and what is shown,
and this one about which key or button does what.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QSizePolicy, QToolBar, QToolButton, QWidget

from desktop.engine.run_session import PlayState
from desktop.style.presentation import largest_scale_for_height
from desktop.window.shortcuts_dialog import ShortcutsDialog

if TYPE_CHECKING:
    from desktop.window.main_window import MainWindow

TRANSPORT = (
    "play_pause",
    "step_back",
    "step_forward",
    "jump_back",
    "jump_forward",
    "go_start",
    "go_end",
    "reset",
)
# Titles are marked for the translation tools here and translated where the menus are built.
MENUS = {
    QT_TR_NOOP("&File"): ("export", None, "quit"),
    QT_TR_NOOP("&Edit"): ("copy_figure",),
    QT_TR_NOOP("&Training"): ("run", "stop", "reset"),
    QT_TR_NOOP("&Playback"): (
        "play_pause",
        "step_forward",
        "step_back",
        "jump_forward",
        "jump_back",
        "go_start",
        "go_end",
    ),
    QT_TR_NOOP("&View"): (
        "full_screen",
        "zoom_in",
        "zoom_out",
        "zoom_reset",
        "dark_theme",
        None,
        "predict",
        "clear_guess",
    ),
    QT_TR_NOOP("&Help"): ("shortcuts",),
}


def wire_lecture_controls(window: MainWindow) -> None:
    """Build menus and toolbar and connect every command of `window`."""
    _build_menus_and_toolbar(window)
    _connect_commands(window)
    _connect_session(window)
    _connect_presentation(window)


def _build_menus_and_toolbar(window: MainWindow) -> None:
    actions = window.actions_by_name
    for title, names in MENUS.items():
        menu = window.menuBar().addMenu(QCoreApplication.translate("WindowMenus", title))
        for name in names:
            menu.addSeparator() if name is None else menu.addAction(actions[name])
    toolbar = QToolBar(window.tr("Transport"))
    toolbar.setObjectName("transport")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    toolbar.addWidget(window.run_button)
    toolbar.addWidget(window.stop_button)
    toolbar.addSeparator()
    for name in (*TRANSPORT, "predict"):
        toolbar.addAction(actions[name])
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addWidget(window.epoch_label)  # the big epoch counter, top right
    for button in toolbar.findChildren(QToolButton):
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    window.addToolBar(toolbar)
    window.toolbar = toolbar


def _connect_commands(window: MainWindow) -> None:
    a, session = window.actions_by_name, window.session
    a["run"].triggered.connect(window.run)
    a["stop"].triggered.connect(window.escape)
    a["play_pause"].triggered.connect(window.toggle_play)
    a["step_forward"].triggered.connect(lambda: (window.ensure_run(), session.step(1)))
    a["step_back"].triggered.connect(lambda: session.step(-1))
    a["jump_forward"].triggered.connect(lambda: (window.ensure_run(), session.step(10)))
    a["jump_back"].triggered.connect(lambda: session.step(-10))
    a["go_start"].triggered.connect(lambda: session.seek(0))
    a["go_end"].triggered.connect(lambda: (window.ensure_run(), session.run_to_end()))
    a["reset"].triggered.connect(window.reset)
    a["quit"].triggered.connect(window.close)
    a["export"].triggered.connect(window.open_export_dialog)
    a["copy_figure"].triggered.connect(window.copy_figure)
    a["shortcuts"].triggered.connect(lambda: _show_shortcuts(window))
    window.panel.changed.connect(window.on_parameters_changed)
    window.timeline.epoch_chosen.connect(session.seek)
    window.timeline.speed.pace_changed.connect(session.set_pace)
    window.plots.epoch_clicked.connect(session.seek)
    a["predict"].toggled.connect(lambda on: window.plots.set_predicting(on, session.cursor))
    a["clear_guess"].triggered.connect(window.plots.prediction.clear)


def _connect_session(window: MainWindow) -> None:
    session = window.session
    session.started.connect(window.on_run_started)
    session.history_extended.connect(lambda rows: window.plots.append(session.run_id, rows))
    session.cursor_moved.connect(window.on_cursor_moved)
    session.ended.connect(window.on_run_ended)
    session.state_changed.connect(lambda state: _show_play_state(window, PlayState(state)))
    session.state_changed.connect(lambda state: window.on_play_state(PlayState(state)))
    _show_play_state(window, session.state)


def _show_play_state(window: MainWindow, state: PlayState) -> None:
    """Enable what makes sense now and show Play or Pause on the toggle."""
    a = window.actions_by_name
    moving = state in (PlayState.PLAYING, PlayState.REPLAYING)
    a["play_pause"].setIcon(
        window.style().standardIcon(
            window.style().StandardPixmap.SP_MediaPause
            if moving
            else window.style().StandardPixmap.SP_MediaPlay
        )
    )
    alive = state in (PlayState.PLAYING, PlayState.PAUSED)
    a["stop"].setEnabled(alive)


def _connect_presentation(window: MainWindow) -> None:
    a, presentation = window.actions_by_name, window.presentation
    a["zoom_in"].triggered.connect(lambda: _zoom(window, +1))
    a["zoom_out"].triggered.connect(lambda: _zoom(window, -1))
    a["zoom_reset"].triggered.connect(lambda: presentation.set_scale(1.0))
    a["dark_theme"].setChecked(presentation.theme_name == "dark")
    a["dark_theme"].toggled.connect(presentation.set_dark)
    a["full_screen"].toggled.connect(
        lambda on: window.showFullScreen() if on else window.showNormal()
    )


def _zoom(window: MainWindow, steps: int) -> None:
    """Ctrl+= / Ctrl+−, never beyond what the window's screen can show (2.0 at 720 px)."""
    limit = largest_scale_for_height(window.screen().availableGeometry().height())
    if not window.presentation.zoom(steps, limit) and steps > 0:
        window.statusBar().showMessage(window.tr("This is the largest size that fits this screen."))


def _show_shortcuts(window: MainWindow) -> None:
    dialog = ShortcutsDialog(window.actions(), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per use, not one per use kept
    dialog.exec()
