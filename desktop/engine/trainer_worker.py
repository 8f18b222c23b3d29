"""The background trainer: a worker QObject that lives in its own QThread and drives runs.

It talks to the GUI only by signals: requests come in as queued slot calls, results go out as
`RunUpdate`s, at most one per run per tick (~60 a second) however fast it computes. It computes
into each run's `Training`, whose trajectory is the run's only copy: an update carries just the
number of rows now published (see `model.trajectory` on reading published rows from another
thread). It never touches a widget. Several runs can be active at once (comparisons).

An exception while computing a run does not leave the GUI waiting forever: the run is dropped,
`failed(run_id, message)` says why, and `run_ended(run_id, "failed")` follows.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from desktop.engine.frame_gate import FrameGate
from desktop.engine.pace import INSTANT_BUDGET_S, TICK_INTERVAL_MS, Pace, TickBudget
from model import RunOutcome, Training

INSTANT_SLICE_EPOCHS = 4096
"""Epochs computed between clock and gate checks in instant mode (about a millisecond)."""

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RunUpdate:
    """Rows 0..length−1 of the run's trajectory are computed and final (the first has length 1)."""

    run_id: int
    length: int


class _ActiveRun:
    """A run being computed, its pace, and how many of its rows the GUI has been told about."""

    def __init__(self, training: Training, pace: Pace, paused: bool) -> None:
        self.training = training
        self.budget = TickBudget(pace)
        self.rows_sent = 0
        self.paused = paused

    @property
    def rows_computed(self) -> int:
        return len(self.training.trajectory)


class TrainerWorker(QObject):
    """Computes runs tick by tick in the thread it is moved to. Create it without a parent."""

    updated = Signal(object)  # RunUpdate
    run_ended = Signal(int, str)  # run id, RunOutcome
    failed = Signal(int, str)  # run id, what went wrong (then run_ended(run id, FAILED))

    def __init__(self, gate: FrameGate | None = None) -> None:
        super().__init__()
        self._gate = gate or FrameGate()  # closed while the GUI draws a frame
        self._runs: dict[int, _ActiveRun] = {}
        self._timer = QTimer(self)  # a child, so it moves to the worker thread with us
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_INTERVAL_MS)
        self._timer.timeout.connect(self.tick)

    @Slot(int, object, object, bool)
    def start_run(self, run_id: int, training: Training, pace: Pace, paused: bool = False) -> None:
        """Take over a run; its start state is published at once, then epochs follow at `pace`."""
        run = _ActiveRun(training, pace, paused)
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
        """Compute `count` more epochs of a run now, whatever its pace, and publish them."""
        run = self._runs.get(run_id)
        if run is not None and self._computed(run_id, lambda: run.training.advance(count)):
            self._send_and_retire(run_id, run)

    @Slot(int, object)
    def set_run_pace(self, run_id: int, pace: Pace) -> None:
        """Change one run's pace (e.g. instant, to run it to the end)."""
        if run_id in self._runs:
            self._runs[run_id].budget = TickBudget(pace)

    @Slot(int)
    def stop_run(self, run_id: int) -> None:
        """Stop a run, keeping (and having published) everything computed so far."""
        run = self._runs.pop(run_id, None)
        if run is not None:
            self._send(run_id, run)
            self.run_ended.emit(run_id, RunOutcome.STOPPED)
            self._update_timer()

    @Slot()
    def halt(self) -> None:
        """Drop every run without further signals (the application is shutting down)."""
        self._runs.clear()
        self._timer.stop()

    @Slot()
    def tick(self) -> None:
        """Advance every running run by its share of this tick, then send one update per run."""
        running = [(run_id, run) for run_id, run in self._runs.items() if not run.paused]
        for run_id, run in running:
            if not run.budget.pace.instant:
                epochs = run.budget.epochs_this_tick()
                self._computed(run_id, lambda run=run, epochs=epochs: run.training.advance(epochs))
        self._advance_instant([(i, run) for i, run in running if run.budget.pace.instant])
        for run_id, run in running:
            if run_id in self._runs:
                self._send_and_retire(run_id, run)
        self._update_timer()

    def _computed(self, run_id: int, compute: Callable[[], object]) -> bool:
        """Run `compute()`; on an exception drop the run and report it (False)."""
        try:
            compute()
        except Exception as error:  # a bug: say so instead of leaving the GUI playing forever
            _log.exception("run %d failed", run_id)
            self._runs.pop(run_id, None)
            self.failed.emit(run_id, f"{type(error).__name__}: {error}")
            self.run_ended.emit(run_id, RunOutcome.FAILED)
            self._update_timer()
            return False
        return True

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

    def _advance_instant(self, runs: list[tuple[int, _ActiveRun]]) -> None:
        """Compute for `INSTANT_BUDGET_S`, a slice at a time, never far ahead of the screen."""
        deadline = time.perf_counter() + INSTANT_BUDGET_S
        while runs and time.perf_counter() < deadline:
            self._gate.wait_until_open()
            ready = [(i, run) for i, run in runs if not self._gate.far_ahead(i, run.rows_computed)]
            if not ready:
                time.sleep(0.002)  # the screen catches up (sleeping releases the GIL)
                continue
            for run_id, run in ready:
                self._computed(run_id, lambda run=run: run.training.advance(INSTANT_SLICE_EPOCHS))
            runs = [(i, run) for i, run in runs if i in self._runs and not run.training.finished]

    def _send(self, run_id: int, run: _ActiveRun) -> None:
        length = len(run.training.trajectory)
        if length > run.rows_sent:
            run.rows_sent = length
            self.updated.emit(RunUpdate(run_id, length))
