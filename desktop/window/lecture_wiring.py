"""Connects the window's actions and views to the run session: which key or button does what.

Kept apart from `main_window.py` so the window file stays about layout and what is shown. It
knows the window only through the `LectureWindow` protocol below (no import of the window, so
no import cycle), and only connects signals to the window's public methods.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from desktop.engine.run_session import PlayState, RunSession
from desktop.plots.training_plots import TrainingPlots
from desktop.style.presentation import Presentation, largest_scale_for_height
from desktop.views.parameter_panel import ParameterPanel
from desktop.window.about_dialog import AboutDialog
from desktop.window.compare_mode import CompareMode
from desktop.window.insight_views import InsightViews
from desktop.window.shortcuts_dialog import ShortcutsDialog
from desktop.window.timeline_bar import TimelineBar


class LectureWindow(Protocol):
    """What the wiring needs of the main window."""

    actions_by_name: dict[str, QAction]
    session: RunSession
    panel: ParameterPanel
    plots: TrainingPlots
    insights: InsightViews
    compare: CompareMode
    timeline: TimelineBar
    presentation: Presentation

    def run(self) -> None: ...
    def reset(self) -> None: ...
    def escape(self) -> None: ...
    def toggle_play(self) -> None: ...
    def ensure_run(self) -> None: ...
    def open_export_dialog(self) -> object: ...
    def copy_figure(self) -> None: ...
    def on_parameters_changed(self) -> None: ...
    def on_run_started(self, runs: tuple[object, ...]) -> None: ...
    def on_run_extended(self, index: int, length: int) -> None: ...
    def on_frame(self) -> None: ...

    def on_cursor_moved(self, epoch: int) -> None: ...
    def on_run_ended(self, outcome: str, diverged_at: int | None) -> None: ...
    def on_run_failed(self, message: str) -> None: ...
    def on_play_state(self, state: PlayState) -> None: ...
    def as_main_window(self) -> QMainWindow: ...
    def show_play_icon(self, moving: bool) -> None: ...


def wire_lecture_controls(window: LectureWindow) -> None:
    """Connect every command of `window`: actions, session, views and presentation."""
    _connect_commands(window)
    _connect_session(window)
    _connect_presentation(window)


def _connect_commands(window: LectureWindow) -> None:
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
    a["quit"].triggered.connect(window.as_main_window().close)
    a["export"].triggered.connect(window.open_export_dialog)
    a["copy_figure"].triggered.connect(window.copy_figure)
    a["shortcuts"].triggered.connect(lambda: _show_shortcuts(window))
    a["about"].triggered.connect(lambda: _show_about(window))
    window.panel.changed.connect(window.on_parameters_changed)
    window.timeline.epoch_chosen.connect(session.seek)
    window.timeline.speed.pace_changed.connect(session.set_pace)
    window.plots.epoch_clicked.connect(session.seek)
    a["predict"].toggled.connect(lambda on: window.plots.set_predicting(on, session.cursor))
    a["clear_guess"].triggered.connect(window.plots.prediction.clear)
    status = window.as_main_window().statusBar()
    for view in (window.compare.column, window.compare.readout):
        view.problem.connect(lambda text: status.showMessage(text) if text else None)


def _connect_session(window: LectureWindow) -> None:
    session = window.session
    session.started.connect(window.on_run_started)
    session.run_extended.connect(window.on_run_extended)
    session.frame_ready.connect(window.on_frame)
    session.failed.connect(window.on_run_failed)
    window.plots.redraw_wanted.connect(session.request_frame)
    window.insights.redraw_wanted.connect(session.request_frame)
    session.cursor_moved.connect(window.on_cursor_moved)
    session.ended.connect(window.on_run_ended)
    session.state_changed.connect(lambda state: _show_play_state(window, PlayState(state)))
    session.state_changed.connect(lambda state: window.on_play_state(PlayState(state)))
    _show_play_state(window, session.state)


def _show_play_state(window: LectureWindow, state: PlayState) -> None:
    """Enable what makes sense now and show Play or Pause on the toggle."""
    a = window.actions_by_name
    window.show_play_icon(state in (PlayState.PLAYING, PlayState.REPLAYING))
    alive = state in (PlayState.PLAYING, PlayState.PAUSED)
    a["stop"].setEnabled(alive)


def _connect_presentation(window: LectureWindow) -> None:
    a, presentation = window.actions_by_name, window.presentation
    a["zoom_in"].triggered.connect(lambda: _zoom(window, +1))
    a["zoom_out"].triggered.connect(lambda: _zoom(window, -1))
    a["zoom_reset"].triggered.connect(lambda: presentation.set_scale(1.0))
    a["dark_theme"].setChecked(presentation.theme_name == "dark")
    a["dark_theme"].toggled.connect(presentation.set_dark)
    qt_window = window.as_main_window()
    a["full_screen"].toggled.connect(
        lambda on: qt_window.showFullScreen() if on else qt_window.showNormal()
    )


def _zoom(window: LectureWindow, steps: int) -> None:
    """Ctrl+= / Ctrl+−, never beyond what the window's screen can show (2.0 at 720 px)."""
    qt_window = window.as_main_window()
    limit = largest_scale_for_height(qt_window.screen().availableGeometry().height())
    if not window.presentation.zoom(steps, limit) and steps > 0:
        qt_window.statusBar().showMessage(
            qt_window.tr("This is the largest size that fits this screen.")
        )


def _show_shortcuts(window: LectureWindow) -> None:
    qt_window = window.as_main_window()
    dialog = ShortcutsDialog(qt_window.actions(), qt_window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per use, not one per use kept
    dialog.exec()


def _show_about(window: LectureWindow) -> None:
    dialog = AboutDialog(window.as_main_window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()
