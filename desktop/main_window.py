"""The main window: neuron diagram, parameter panel and Run/Stop on the left, live plots right.

The window only wires things together: the panel makes `RunParameters`, the controller runs
them in the background, and each `RunUpdate` is drawn by the plots and the diagram.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.neuron_diagram import NeuronDiagram
from desktop.pace import BOOK_PACE, Pace
from desktop.parameter_panel import ParameterPanel
from desktop.run_descriptions import ended_message, run_title
from desktop.trainer_worker import RunUpdate
from desktop.training_controller import TrainingController
from desktop.training_plots import TrainingPlots
from model import RunParameters, Training

LEFT_COLUMN_SHARE = 0.3
LEFT_COLUMN_MIN, LEFT_COLUMN_MAX = 430, 640
"""The left column takes 30 % of the width within these bounds: the diagram grows on big screens."""


class MainWindow(QMainWindow):
    """Neuron Lab's window. `run()` starts a run from the panel's values, `stop()` halts it."""

    def __init__(self, pace: Pace = BOOK_PACE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Neuron Lab: watch a neuron learn"))
        self.pace = pace
        self.controller = TrainingController(self)
        self.current_run_id: int | None = None
        self.shown_parameters = RunParameters()
        self.last_row: dict[str, float] | None = None
        self._diverged_at: int | None = None
        self.diagram = NeuronDiagram()
        self.panel = ParameterPanel()
        self.plots = TrainingPlots()
        self.epoch_label = QLabel()
        self.run_action = self._action(self.tr("&Run"), QKeySequence("Ctrl+Return"), self.run)
        self.stop_action = self._action(self.tr("&Stop"), QKeySequence("Esc"), self.stop)
        self.run_button = QPushButton(self.tr("Run"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self._build_layout()
        self._build_menu()
        self.controller.updated.connect(self._on_update)
        self.controller.run_ended.connect(self._on_run_ended)
        self.run_button.clicked.connect(self.run)
        self.stop_button.clicked.connect(self.stop)
        self.panel.changed.connect(self._on_parameters_changed)
        self._set_running(False)
        self._show_start_state(self.panel.parameters())
        self.statusBar().showMessage(self.tr("Choose a preset or set values, then press Run."))

    def _action(self, text: str, shortcut: QKeySequence, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_layout(self) -> None:
        counter_font = QFont(self.font())
        counter_font.setPointSizeF(counter_font.pointSizeF() * 1.5)
        counter_font.setBold(True)
        self.epoch_label.setFont(counter_font)
        self.run_button.setToolTip(self.tr("Run from the values set (Ctrl+Enter)"))
        self.stop_button.setToolTip(self.tr("Stop, keeping what was computed (Esc)"))
        controls = QHBoxLayout()
        controls.addWidget(self.epoch_label, 1)
        controls.addWidget(self.run_button)
        controls.addWidget(self.stop_button)
        self.diagram.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        left = self._left_column = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(self.diagram, 1)
        column.addLayout(controls)
        column.addWidget(self.panel)
        left.setFixedWidth(LEFT_COLUMN_MIN)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 6, 0)
        row.addWidget(left)
        row.addWidget(self.plots, 1)
        self.setCentralWidget(central)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        run_menu = self.menuBar().addMenu(self.tr("&Training"))
        run_menu.addAction(self.run_action)
        run_menu.addAction(self.stop_action)

    def load_preset(self, name: str) -> None:
        """Fill the panel with a preset's values and show its start state."""
        self.panel.load_preset(name)

    def run(self) -> None:
        """(Re)start a run from the panel's values; any current run is stopped first."""
        if self.current_run_id is not None:
            self.controller.stop(self.current_run_id)
        parameters = self.panel.parameters()
        self.plots.clear_runs()
        self.shown_parameters = parameters
        self.last_row = None
        self._diverged_at = None
        self.current_run_id = self.controller.start(parameters, self.pace)
        self.plots.start_run(self.current_run_id, parameters.epochs, run_title(parameters))
        self._set_running(True)
        self.statusBar().showMessage(self.tr("Running: {title}").format(title=run_title(parameters)))

    def plots_run_ids(self) -> list[int]:
        """Ids of the runs whose curves are on the plots."""
        return self.plots.run_ids()

    def stop(self) -> None:
        """Halt the current run; what was computed stays on screen."""
        if self.current_run_id is not None:
            self.controller.stop(self.current_run_id)

    def _on_update(self, update: RunUpdate) -> None:
        if update.run_id != self.current_run_id:
            return  # a late batch of a run that was replaced
        self.plots.append(update.run_id, update.rows)
        self.last_row = update.rows.at(len(update.rows) - 1)
        self._diverged_at = update.diverged_at
        self._show_row(self.last_row)

    def _on_run_ended(self, run_id: int, outcome: str) -> None:
        if run_id != self.current_run_id or self.last_row is None:
            return
        self.current_run_id = None
        self._set_running(False)
        epoch = int(self.last_row["epoch"])
        message = ended_message(outcome, epoch, self.last_row["a"], self._diverged_at)
        self.statusBar().showMessage(message)

    def _on_parameters_changed(self) -> None:
        if self.current_run_id is None:
            self._show_start_state(self.panel.parameters())
        else:
            self.statusBar().showMessage(self.tr("The new values apply when you press Run again."))

    def _show_start_state(self, p: RunParameters) -> None:
        """Show epoch 0 of the values set (the model derives a from w, b and x)."""
        self.shown_parameters = p
        self._show_row(Training(p).trajectory.row(0))
        self.plots.show_plan(p.epochs, run_title(p))

    def _show_row(self, row: dict[str, float]) -> None:
        self.diagram.show_state(self.shown_parameters.x, row["w"], row["b"], row["a"])
        self.epoch_label.setText(
            self.tr("Epoch {epoch} / {total}").format(
                epoch=int(row["epoch"]), total=self.shown_parameters.epochs
            )
        )

    def _set_running(self, running: bool) -> None:
        self.stop_button.setEnabled(running)
        self.stop_action.setEnabled(running)

    def resizeEvent(self, event: QResizeEvent) -> None:
        share = round(event.size().width() * LEFT_COLUMN_SHARE)
        self._left_column.setFixedWidth(min(max(share, LEFT_COLUMN_MIN), LEFT_COLUMN_MAX))
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Stop and join the trainer thread before the window goes away."""
        self.controller.shutdown()
        super().closeEvent(event)
