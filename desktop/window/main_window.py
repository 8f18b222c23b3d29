"""The main window: diagram, readouts and parameters on the left, live plots on the right,
transport toolbar on top, replay timeline and speed underneath.

The window wires things together and decides what is shown: the panel makes `RunParameters`,
the `RunSession` runs them through the background trainer and moves the cursor, and every view
draws the cursor's state, which the model derives.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QColor, QFont, QIcon, QResizeEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMainWindow, QWidget

from desktop.engine.pace import BOOK_PACE, Pace
from desktop.engine.run_session import PlayState, RunSession
from desktop.engine.session_run import ShownRun
from desktop.engine.training_controller import TrainingController
from desktop.plots.training_plots import TrainingPlots
from desktop.style.icons import themed_icon
from desktop.style.presentation import BASE_POINT_SIZE, Presentation
from desktop.style.theme import Theme
from desktop.views.hint_banner import HintBanner
from desktop.views.neuron_diagram import NeuronDiagram
from desktop.views.parameter_panel import ParameterPanel
from desktop.views.readouts_panel import ReadoutsPanel
from desktop.views.run_descriptions import (
    compare_labels,
    compare_title,
    ended_messages,
    hint_message,
    run_title,
)
from desktop.window.compare_mode import CompareMode
from desktop.window.diagram_pair import DiagramPair
from desktop.window.epoch_counter import EpochCounter
from desktop.window.experiment_files import ExperimentFiles
from desktop.window.export_commands import ExportCommands
from desktop.window.insight_views import InsightViews
from desktop.window.language_menu import LanguageMenu
from desktop.window.lecture_keys import LectureKeysThrough
from desktop.window.lecture_wiring import wire_lecture_controls
from desktop.window.left_column import LeftColumn
from desktop.window.menus_toolbar import (
    build_menus,
    build_transport_toolbar,
    buttons_width,
    paint_toolbar_icons,
    text_button,
)
from desktop.window.right_column import RightColumn
from desktop.window.timeline_bar import TimelineBar
from desktop.window.view_commands import ViewCommands, restyle_views
from desktop.window.window_actions import build_actions
from desktop.window.window_settings import WindowSettings
from model import RunOutcome, RunParameters, Training, preset
from model.insights import learning_hint, saturation_slowed

log = logging.getLogger(__name__)

READOUTS_GROWTH = 0.65
"""Readouts grow a little slower than the scale, so all nine rows fit 720 px at scale 2."""


class MainWindow(QMainWindow):
    """Neuron Lab's window. `run()` starts a run from the panel's values; keys drive the rest."""

    def __init__(
        self,
        pace: Pace = BOOK_PACE,
        presentation: Presentation | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Neuron Lab: watch a neuron learn"))
        self.controller = TrainingController(self)
        self.session = RunSession(self.controller, pace)
        self.presentation = presentation or Presentation(self)
        self._theme = self.presentation.theme()
        self.diagram = NeuronDiagram()
        self.readouts = ReadoutsPanel()
        self.panel = ParameterPanel()
        self.plots = TrainingPlots(self.presentation.theme())
        self.insights = InsightViews(self.presentation.theme(), self)
        self.compare = CompareMode(self)
        self.timeline = TimelineBar()
        self.hint_banner = HintBanner()
        self.epoch_label = EpochCounter()
        self.actions_by_name = build_actions(self)
        self.run_button = text_button(self.actions_by_name["run"], self.tr("Run"))
        self.stop_button = text_button(self.actions_by_name["stop"], self.tr("Stop"))
        self.exports = ExportCommands(self, self.session, self.panel, self.presentation)
        self.shown_parameters = RunParameters()
        self.shown_state: dict[str, float] | None = None
        self._run_ids: list[int] = []
        self._build_layout()
        self.views = ViewCommands(self)
        build_menus(self.menuBar(), self.actions_by_name)
        self.toolbar = build_transport_toolbar(
            self.actions_by_name, (self.run_button, self.stop_button), self.epoch_label
        )
        self.addToolBar(self.toolbar)
        wire_lecture_controls(self)
        self.files = ExperimentFiles(self)  # File → New/Open/Save, the title, dropped files
        self.languages = LanguageMenu(self, self.actions_by_name["dark_theme"])
        self.settings = WindowSettings(self)  # remembered between sessions; Reset settings
        self.setAcceptDrops(True)
        # Repaints hold the trainer as frames do: Qt repaints the widgets when the window gets
        # an UpdateRequest, so the pacer watches the window's events (see engine/frame_gate).
        self.installEventFilter(self.session.pacer)
        fields = (self.panel, self.compare.column, self.compare.readout)
        self._keys_through = [LectureKeysThrough(views, self.plots) for views in fields]
        self._refit_left = QTimer(self, singleShot=True, interval=0)
        self._refit_left.timeout.connect(self._fit_left_column)
        self.presentation.changed.connect(self.apply_theme)
        self.presentation.apply()
        self._show_start_state(self.panel.parameters())
        self.statusBar().showMessage(
            self.tr("Choose a preset or set values, then press Run (Ctrl+Enter) or Space.")
        )

    # -- layout ---------------------------------------------------------------------------------
    def _build_layout(self) -> None:
        self.diagrams = DiagramPair(self.diagram, self.compare.diagram)
        left = self.left_column = LeftColumn(
            self.diagrams, self.readouts, self.panel, self.compare.column
        )
        self.tabs = left.tabs
        right = self.right_column = RightColumn(
            self.plots, self.insights.tabs(), self.hint_banner, self.compare.readout, self.timeline
        )
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 6, 0)
        row.addWidget(left)
        row.addWidget(right, 1)
        self.setCentralWidget(central)
        self.plots.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.plots)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.left_column.fit(event.size().width(), event.size().height(), self.presentation.scale)
        self._fit_epoch_label()
        super().resizeEvent(event)

    def _fit_left_column(self) -> None:
        self.left_column.fit(self.width(), self.height(), self.presentation.scale)

    # -- commands -------------------------------------------------------------------------------
    def as_main_window(self) -> QMainWindow:
        """This window as a Qt window (for the wiring, which knows it by a protocol)."""
        return self

    def load_preset(self, name: str) -> None:
        """Fill the panel with a preset's values (its start state is shown)."""
        self.panel.load_preset(name)

    def load_parameters(self, parameters: RunParameters, preset_name: str | None = None) -> None:
        """Show `parameters` in the panel: as the named preset if they are its values, else as
        values set by hand (a prepared experiment launched from the command line)."""
        if preset_name and preset(preset_name).parameters == parameters:
            self.load_preset(preset_name)
        else:
            self.panel.show_custom(parameters)

    def run(self) -> None:
        """(Re)start a run from the panel's values (two in compare mode), playing."""
        self.session.start(self.panel.parameters(), second=self._second_run())
        self.plots.setFocus()

    def reset(self) -> None:
        """A new run from the panel's values, paused at epoch 0 (step it with the arrow keys)."""
        self.session.start(self.panel.parameters(), paused=True, second=self._second_run())
        self.plots.setFocus()

    def _second_run(self) -> RunParameters | None:
        return self.compare.second() if self.compare.on else None

    def set_compare(self, second: RunParameters | None) -> None:
        """Compare mode on, with `second` as the second run (None: off)."""
        self.compare.set_compare(second)

    def show_view(self, name: str) -> None:
        """Show a view by its name: "main", "compare" (main in compare mode) or "why-slow"."""
        self.views.show_view(name)

    def ensure_run(self) -> None:
        """Before the first run, stepping or End starts one from the values set (paused)."""
        if self.session.state is PlayState.IDLE:
            self.reset()

    def toggle_play(self) -> None:
        """Space: start a run if there is none, else play/pause."""
        if self.session.state is PlayState.IDLE:
            self.run()
        else:
            self.session.toggle()

    def stop(self) -> None:
        """Halt the current run; what was computed stays on screen."""
        self.session.stop()

    def escape(self) -> None:
        """Esc: stop a run that is computing; with nothing running, leave full screen."""
        if self.session.alive:
            self.stop()
        elif self.isFullScreen():
            self.actions_by_name["full_screen"].setChecked(False)

    def on_play_state(self, state: PlayState) -> None:
        """Show the cursor line again whenever nothing moves; the hint keeps its room only
        while a run moves or it has something to say."""
        if state is not PlayState.PLAYING and self.session.parameters is not None:
            self.plots.set_cursor(self.session.cursor)
        self._fit_hint_room()

    # -- export ---------------------------------------------------------------------------------
    def open_export_dialog(self) -> object:
        """File → Export… (see WindowExports)."""
        return self.exports.open_dialog()

    def copy_figure(self) -> None:
        """Edit → Copy figure (see WindowExports)."""
        self.exports.copy_figure()

    # -- views ----------------------------------------------------------------------------------
    def on_run_started(self, runs: tuple[ShownRun, ...]) -> None:
        """A run (two in compare mode) started: every view gets its curves and trajectories."""
        parameters = self.shown_parameters = runs[0].parameters
        self._fit_epoch_label()
        self.plots.clear_runs()
        self._run_ids = [run.run_id for run in runs]
        every = [run.parameters for run in runs]
        title = compare_title(*every) if len(runs) > 1 else run_title(parameters)
        labels = compare_labels(*every) if len(runs) > 1 else ("",)
        for run in runs:
            label = labels[run.index]
            self.plots.start_run(
                run.run_id,
                run.trajectory,
                parameters.epochs,
                title,
                run_index=run.index,
                label=label,
            )
        self.insights.set_runs([(run.parameters, run.trajectory) for run in runs])
        self.compare.runs_started(runs)
        self.statusBar().showMessage(self.tr("Running: {title}").format(title=title))

    def on_run_extended(self, index: int, length: int) -> None:
        """New rows of a run are final: the views fold them in (drawn this frame)."""
        if index < len(self._run_ids):
            self.plots.extend(self._run_ids[index], length)
            self.insights.extend(index, length)
            self.compare.extended(index, length)

    def on_frame(self) -> None:
        """A paced frame: the views redraw what changed."""
        self.plots.redraw_now()
        self.insights.redraw(self.right_column.views.currentWidget())
        if self.compare.on:
            self.compare.refresh()

    def on_run_failed(self, message: str) -> None:
        """The trainer raised an error: the run is stopped; say what happened."""
        self.statusBar().showMessage(
            self.tr("The run stopped because of an error: {message}").format(message=message)
        )

    def on_cursor_moved(self, epoch: int) -> None:
        """Show the state at `epoch` everywhere: diagram, readouts, counter, cursor, timeline."""
        state = self.session.state_at(epoch)
        self._show_state(state)
        if self.session.run_count > 1:
            self.compare.show_state(self.shown_parameters.x, self.session.state_at(epoch, 1))
        self.insights.show_epoch(epoch)
        # While playing the cursor sits at the curve's end: no line, and no repaint for it.
        self.plots.set_cursor(None if self.session.state is PlayState.PLAYING else epoch)
        if self.actions_by_name["predict"].isChecked():
            self.plots.set_reveal_limit(epoch)  # the curve is revealed up to the cursor only
        self.timeline.show_position(epoch, self.session.last_epoch)

    def on_run_ended(self, outcome: str, diverged_at: int | None) -> None:
        if outcome == RunOutcome.FAILED:
            return  # on_run_failed said why
        self.compare.ended()
        ends = []
        for index in range(self.session.run_count):
            last = self.session.snapshot(index).row(-1)
            run_outcome = RunOutcome(self.session.outcome_of(index) or outcome)
            diverged = self.session.diverged_at_of(index)
            ends.append((run_outcome, int(last["epoch"]), last["a"], diverged))
        self.statusBar().showMessage(ended_messages(ends))

    def on_parameters_changed(self) -> None:
        """A running run is never changed; an ended one is put away so the new values show."""
        if self.session.alive:
            self.statusBar().showMessage(self.tr("The new values apply when you press Run or R."))
            return
        if self.session.state is not PlayState.IDLE:
            self.session.clear()
            self.plots.clear_runs()
            self.compare.clear()
            self.plots.set_cursor(None)
            self.timeline.show_position(0, 0)
            self.statusBar().clearMessage()  # "Finished …" was about the run just put away
        self._show_start_state(self.panel.parameters())

    def _show_start_state(self, p: RunParameters) -> None:
        """Show epoch 0 of the values set (the model derives a from w, b and x)."""
        if self.session.alive:
            return
        self.shown_parameters = p
        self._fit_epoch_label()
        self.compare.set_first(p)
        start = Training(p).trajectory
        self._show_state(start.state(0))
        self.views.show_start_states(p, start)

    def _show_state(self, state: dict[str, float]) -> None:
        """Diagram, readouts, counter and the hint show one epoch's state, and only that."""
        self.shown_state = state
        p = self.shown_parameters
        self.diagram.show_state(p.x, state["w"], state["b"], state["a"])
        self.readouts.show_state(state, slowed=saturation_slowed(state, p.cost, p.y))
        hint = learning_hint(state, p.cost, p.y) if not self.compare.on else None
        self.hint_banner.show_hint(hint_message(hint) if hint is not None else None)
        self._fit_hint_room()
        self.epoch_label.show_epoch(int(state["epoch"]))

    def _fit_hint_room(self) -> None:
        """The hint's room stays while a run moves (no jumping plots), else the plots take it."""
        moving = self.session.state in (PlayState.PLAYING, PlayState.PAUSED, PlayState.REPLAYING)
        comparing = self.compare.on
        self.hint_banner.setVisible(not comparing and (bool(self.hint_banner.text()) or moving))

    def _fit_epoch_label(self) -> None:
        """The counter takes the room the toolbar's buttons leave (see EpochCounter)."""
        self.epoch_label.set_total(self.shown_parameters.epochs)
        icon = self.toolbar.iconSize().width() if hasattr(self, "toolbar") else 22
        buttons = buttons_width((self.run_button, self.stop_button), icon)
        self.epoch_label.fit(self.width() - buttons - 24)

    def apply_theme(self, theme: Theme) -> None:
        """Restyle every view for a theme and scale (from `Presentation`)."""
        self.plots.apply_theme(theme)
        restyle_views(self, theme, READOUTS_GROWTH)
        self._fit_left_column()
        # Fonts reach the panel's fields during this event-loop turn: fit again after it (a
        # timer of the window's own: a pending singleShot would keep a closed window alive).
        self._refit_left.start()
        font = QFont(QApplication.font())
        font.setPointSizeF(BASE_POINT_SIZE * 1.15 * theme.scale)
        font.setBold(True)
        self.epoch_label.setFont(font)
        self._fit_epoch_label()
        self._theme = theme
        paint_toolbar_icons(self.toolbar, self.actions_by_name, theme)
        self.show_play_icon(self.session.state in (PlayState.PLAYING, PlayState.REPLAYING))
        # A button with a default action takes the action's text again when the action changes.
        self.run_button.setText(self.tr("Run"))
        self.stop_button.setText(self.tr("Stop"))

    def themed_icon(self, name: str) -> QIcon:
        """An action's icon in the current theme's colours (see style/icons)."""
        theme = self._theme
        return themed_icon(name, QColor(theme.foreground), QColor(theme.cursor))

    def show_play_icon(self, moving: bool) -> None:
        """The Play/Pause toggle shows what pressing it will do: pause while moving."""
        self.actions_by_name["play_pause"].setIcon(
            self.themed_icon("pause" if moving else "play_pause")
        )

    def changeEvent(self, event: QEvent) -> None:
        """Keep the Full screen action true to the window, whoever changed the state."""
        if event.type() == QEvent.Type.WindowStateChange:
            action = self.actions_by_name["full_screen"]
            with QSignalBlocker(action):
                action.setChecked(self.isFullScreen())
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Stop and join the background threads (GIF, speed map, trainer) before it goes away."""
        if not self.files.maybe_save():  # unsaved changes: Cancel keeps the window open
            return event.ignore()
        for work, stopped in (("a GIF export", self.exports), ("a speed map", self.insights)):
            if not stopped.shutdown():
                log.error("closing while %s would not stop (its result is dropped)", work)
        self.controller.shutdown()
        if self.presentation.remember:  # not for one-off renders (screenshots)
            self.settings.save()
        super().closeEvent(event)
