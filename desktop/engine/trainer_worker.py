"""The background trainer: a worker QObject that lives in its own QThread and drives runs.

It talks to the GUI only by signals: requests come in as queued slot calls, results go out as
`RunUpdate`s, at most one per run per tick (~60 a second) however fast it computes. It holds
model objects only and never touches a widget. Several runs can be active at once (comparisons).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from desktop.engine.pace import INSTANT_BUDGET_S, TICK_INTERVAL_MS, Pace, TickBudget
from model import RunParameters, Training, TrajectoryRows

INSTANT_SLICE_EPOCHS = 8192
"""Epochs computed between clock checks in instant mode (a few milliseconds of work)."""


@dataclass(frozen=True, slots=True)
class RunUpdate:
    """New rows of one run since its previous update (the first update carries row 0)."""

    run_id: int
    rows: TrajectoryRows
    epochs_done: int
    planned_epochs: int
    finished: bool
    diverged_at: int | None


class RunOutcome:
    """Why a run ended, as sent by `TrainerWorker.run_ended`."""

    FINISHED = "finished"
    STOPPED = "stopped"
    DIVERGED = "diverged"


class _ActiveRun:
    """A run being computed, its pace, and how many of its rows the GUI has been sent."""

    def __init__(self, training: Training, pace: Pace, paused: bool) -> None:
        self.training = training
        self.budget = TickBudget(pace)
        self.rows_sent = 0
        self.paused = paused


class TrainerWorker(QObject):
    """Computes runs tick by tick in the thread it is moved to. Create it without a parent."""

    updated = Signal(object)  # RunUpdate
    run_ended = Signal(int, str)  # run id, RunOutcome

    def __init__(self) -> None:
        super().__init__()
        self._runs: dict[int, _ActiveRun] = {}
        self._timer = QTimer(self)  # a child, so it moves to the worker thread with us
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_INTERVAL_MS)
        self._timer.timeout.connect(self.tick)

    @Slot(int, object, object, bool)
    def start_run(
        self, run_id: int, parameters: RunParameters, pace: Pace, paused: bool = False
    ) -> None:
        """Begin a run; its start state is sent at once, then epochs follow at `pace` unless paused."""
        run = _ActiveRun(Training(parameters), pace, paused)
        self._runs[run_id] = run
        self._send(run_id, run)
        self._update_timer()

    @Slot(int, bool)
    def set_paused(self, run_id: int, paused: bool) -> None:
        """Pause a run (it keeps its state and waits) or let it go on at its pace."""
        if run_id in self._runs:
            self._runs[run_id].paused = paused
            self._update_timer()

    @Slot(int, int)
    def advance_run(self, run_id: int, count: int) -> None:
        """Compute `count` more epochs of a run now, whatever its pace, and send them."""
        run = self._runs.get(run_id)
        if run is not None:
            run.training.advance(count)
            self._send_and_retire(run_id, run)

    @Slot(int, object)
    def set_run_pace(self, run_id: int, pace: Pace) -> None:
        """Change one run's pace (e.g. instant, to run it to the end)."""
        if run_id in self._runs:
            self._runs[run_id].budget = TickBudget(pace)

    @Slot(int)
    def stop_run(self, run_id: int) -> None:
        """Stop a run, keeping (and having sent) everything computed so far."""
        run = self._runs.pop(run_id, None)
        if run is not None:
            self._send(run_id, run)
            self.run_ended.emit(run_id, RunOutcome.STOPPED)

    @Slot(object)
    def set_pace(self, pace: Pace) -> None:
        """Change the pace of every active run."""
        for run in self._runs.values():
            run.budget = TickBudget(pace)

    @Slot()
    def halt(self) -> None:
        """Drop every run without further signals (the application is shutting down)."""
        self._runs.clear()
        self._timer.stop()

    @Slot()
    def tick(self) -> None:
        """Advance every running run by its share of this tick, then send one update per run."""
        running = [(run_id, run) for run_id, run in self._runs.items() if not run.paused]
        for _, run in running:
            if not run.budget.pace.instant:
                run.training.advance(run.budget.epochs_this_tick())
        self._advance_instant([run for _, run in running if run.budget.pace.instant])
        for run_id, run in running:
            self._send_and_retire(run_id, run)
        self._update_timer()

    def _send_and_retire(self, run_id: int, run: _ActiveRun) -> None:
        self._send(run_id, run)
        if run.training.finished:
            del self._runs[run_id]
            diverged = run.training.diverged_at is not None
            self.run_ended.emit(run_id, RunOutcome.DIVERGED if diverged else RunOutcome.FINISHED)
            self._update_timer()

    def _update_timer(self) -> None:
        """Tick only while some run is running: an idle or paused worker costs nothing."""
        if any(not run.paused for run in self._runs.values()):
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()

    def _advance_instant(self, runs: list[_ActiveRun]) -> None:
        deadline = time.perf_counter() + INSTANT_BUDGET_S
        while runs and time.perf_counter() < deadline:
            for run in runs:
                run.training.advance(INSTANT_SLICE_EPOCHS)
            runs = [run for run in runs if not run.training.finished]

    def _send(self, run_id: int, run: _ActiveRun) -> None:
        training = run.training
        total = len(training.trajectory)
        if total == run.rows_sent and not training.finished:
            return
        rows = training.trajectory.rows(run.rows_sent, total)
        run.rows_sent = total
        self.updated.emit(
            RunUpdate(
                run_id=run_id,
                rows=rows,
                epochs_done=training.epochs_done,
                planned_epochs=training.parameters.epochs,
                finished=training.finished,
                diverged_at=training.diverged_at,
            )
        )
