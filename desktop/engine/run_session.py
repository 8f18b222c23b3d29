"""The GUI's view of one run: its history as received, where the cursor is, and what plays.

A lecturer steps, scrubs, pauses and replays; the worker only ever computes forward. This object
keeps the two apart: it mirrors the rows the worker sends into a model `Trajectory` (so any
epoch's state is an O(1) lookup, derived by the model), moves a cursor over that history, and
asks the worker for more epochs only when the cursor goes past what has been computed.
"""

from __future__ import annotations

import time
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from desktop.engine.pace import BOOK_PACE, INSTANT, TICK_INTERVAL_MS, Pace, TickBudget
from desktop.engine.trainer_worker import RunUpdate
from desktop.engine.training_controller import TrainingController
from model import RunParameters, Trajectory, TrajectoryRows

INSTANT_REPLAY_S = 3.0
MIN_FRAME_GAP_S = 0.008
"""Views may redraw again this soon after the last redraw: batches arrive at up to 60 a second."""
MAX_FRAME_GAP_S = 0.25


class PlayState(StrEnum):
    """What the session is doing."""

    IDLE = "idle"  # no run yet
    PLAYING = "playing"  # the worker computes and the cursor follows the newest epoch
    PAUSED = "paused"  # the run waits; the cursor can move over the history
    REPLAYING = "replaying"  # the run has ended; the cursor moves through the stored history
    ENDED = "ended"  # the run finished, was stopped or diverged; its history stays


class RunSession(QObject):
    """One run at a time, driven by play/pause/step/seek; signals tell the views what to show."""

    started = Signal(int, object)  # run id, RunParameters
    history_extended = Signal(object)  # TrajectoryRows just received
    cursor_moved = Signal(int)  # epoch now shown
    state_changed = Signal(str)  # PlayState
    ended = Signal(str, object)  # RunOutcome, diverged_at (int | None)

    def __init__(self, controller: TrainingController, pace: Pace = BOOK_PACE) -> None:
        super().__init__(controller)
        self.controller = controller
        self.pace = pace
        self.parameters: RunParameters | None = None
        self.history: Trajectory | None = None
        self.run_id: int | None = None
        self.cursor = 0
        self.state = PlayState.IDLE
        self._target = 0  # where stepping wants the cursor once the epochs exist
        self._requested_until = 0  # the last epoch asked of the worker while stepping
        self._replay = QTimer(self)
        self._replay.setTimerType(Qt.TimerType.PreciseTimer)
        self._replay.setInterval(TICK_INTERVAL_MS)
        self._replay.timeout.connect(self._replay_tick)
        self._replay_budget = TickBudget(pace)
        self._pending: list[TrajectoryRows] = []  # received, not yet shown
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.timeout.connect(self._show_pending)
        self._next_frame_at = 0.0  # perf_counter time before which views are not redrawn
        controller.updated.connect(self._on_update)
        controller.run_ended.connect(self._on_run_ended)

    # -- queries --------------------------------------------------------------------------------
    @property
    def last_epoch(self) -> int:
        """The newest epoch received (−1 before any)."""
        return len(self.history) - 1 if self.history is not None else -1

    @property
    def alive(self) -> bool:
        """True while the worker still holds the run (it can compute more)."""
        return self.state in (PlayState.PLAYING, PlayState.PAUSED)

    def state_at(self, epoch: int) -> dict[str, float]:
        """Every quantity at a received epoch, derived by the model in O(1)."""
        assert self.history is not None
        return self.history.state(epoch)

    # -- commands -------------------------------------------------------------------------------
    def start(self, parameters: RunParameters, paused: bool = False) -> None:
        """Start a new run from `parameters` (ending any current one), playing or paused."""
        self._end_current_run()
        self.parameters = parameters.validated()
        self.history = Trajectory(parameters.x, parameters.y, parameters.cost)
        self.cursor = self._target = self._requested_until = 0
        self.run_id = self.controller.start(parameters, self.pace, paused=paused)
        self.started.emit(self.run_id, parameters)
        self._set_state(PlayState.PAUSED if paused else PlayState.PLAYING)

    def clear(self) -> None:
        """Forget an ended run: the next Space or Run starts from the values set."""
        if self.alive:
            return
        self._end_current_run()
        self.history, self.parameters, self.run_id = None, None, None
        self.cursor = self._target = 0
        self._set_state(PlayState.IDLE)

    def play(self) -> None:
        """Go on: resume computing (cursor follows the newest epoch), or replay an ended run."""
        if self.state is PlayState.PAUSED:
            self.controller.set_paused(self.run_id, False)
            self._target = self.last_epoch
            self._move_cursor(self.last_epoch)
            self._set_state(PlayState.PLAYING)
        elif self.state is PlayState.ENDED and self.last_epoch > 0:
            if self.cursor >= self.last_epoch:
                self._move_cursor(0)
            self._replay_budget = TickBudget(self._replay_pace())
            self._replay.start()
            self._set_state(PlayState.REPLAYING)

    def pause(self) -> None:
        """Hold still: the worker pauses (or the replay stops); the cursor stays where it is."""
        if self.state is PlayState.PLAYING:
            self.controller.set_paused(self.run_id, True)
            self.controller.set_run_pace(self.run_id, self.pace)  # End may have made it instant
            self._set_state(PlayState.PAUSED)
        elif self.state is PlayState.REPLAYING:
            self._replay.stop()
            self._set_state(PlayState.ENDED)

    def toggle(self) -> None:
        """Space: pause what moves, start what stands still."""
        if self.state in (PlayState.PLAYING, PlayState.REPLAYING):
            self.pause()
        else:
            self.play()

    def step(self, delta: int) -> None:
        """Move the cursor `delta` epochs; past the history, compute exactly the epochs missing."""
        if self.history is None:
            return
        self.pause()
        limit = self.parameters.epochs if self.alive else self.last_epoch
        base = self._target if self.alive and self._target > self.cursor else self.cursor
        self._target = min(max(base + delta, 0), limit)
        missing = self._target - max(self.last_epoch, self._requested_until)
        if missing > 0 and self.alive:
            self.controller.advance(self.run_id, missing)
            self._requested_until = self._target
        self._move_cursor(min(self._target, self.last_epoch))

    def seek(self, epoch: int) -> None:
        """Show a computed epoch (slider, plot click, Home); pauses whatever moves."""
        if self.history is None:
            return
        self.pause()
        self._target = min(max(epoch, 0), self.last_epoch)
        self._move_cursor(self._target)

    def run_to_end(self) -> None:
        """End: compute every remaining epoch at once, the cursor following to the end."""
        if self.alive:
            self.controller.set_run_pace(self.run_id, INSTANT)
            self.play()
        elif self.history is not None:
            self.seek(self.last_epoch)

    def stop(self) -> None:
        """Stop computing; what was computed stays."""
        if self.alive:
            self.controller.stop(self.run_id)

    def set_pace(self, pace: Pace) -> None:
        """Speed of playing and replaying."""
        self.pace = pace
        if self.alive:
            self.controller.set_run_pace(self.run_id, pace)
        self._replay_budget = TickBudget(self._replay_pace())

    # -- worker results -------------------------------------------------------------------------
    def _on_update(self, update: RunUpdate) -> None:
        """Store the batch at once (cheap); the views get merged batches at most once a frame."""
        if update.run_id != self.run_id or self.history is None:
            return  # a late batch of a replaced run
        self.history.append(update.rows.w, update.rows.b)
        self._pending.append(update.rows)  # the worker derived them already: no math here
        if not self._flush.isActive():
            self._flush.start(max(0, round((self._next_frame_at - time.perf_counter()) * 1000)))

    def _show_pending(self) -> None:
        """Hand the views everything received since the last frame, then move the cursor.

        The next frame may come once twice the time the views took has passed (at least 8 ms),
        so however busy the views are they leave at least half of the GUI thread free, and cheap
        views show every batch the worker sends.
        """
        self._flush.stop()
        if not self._pending:
            return
        started = time.perf_counter()
        rows = TrajectoryRows.concatenate(self._pending)
        self._pending.clear()
        self.history_extended.emit(rows)
        if self.state is PlayState.PLAYING:
            self._target = self.last_epoch
        self._move_cursor(min(self._target, self.last_epoch))
        ended = time.perf_counter()
        self._next_frame_at = ended + min(
            max(MIN_FRAME_GAP_S, 2 * (ended - started)), MAX_FRAME_GAP_S
        )

    def _on_run_ended(self, run_id: int, outcome: str) -> None:
        if run_id != self.run_id:
            return
        self._show_pending()
        self._set_state(PlayState.ENDED)
        self.ended.emit(outcome, self.last_epoch + 1 if outcome == "diverged" else None)

    # -- helpers --------------------------------------------------------------------------------
    def _replay_pace(self) -> Pace:
        """The chosen speed; "instant" replays the whole history in about three seconds."""
        if not self.pace.instant:
            return self.pace
        return Pace(max(float(self.last_epoch) / INSTANT_REPLAY_S, 1.0))

    def _replay_tick(self) -> None:
        epoch = min(self.cursor + self._replay_budget.epochs_this_tick(), self.last_epoch)
        self._move_cursor(epoch)
        if epoch >= self.last_epoch:
            self._replay.stop()
            self._set_state(PlayState.ENDED)

    def _move_cursor(self, epoch: int) -> None:
        """Show `epoch` (views redraw even if it is unchanged: the history may have grown)."""
        if epoch >= 0:
            self.cursor = epoch
            self.cursor_moved.emit(epoch)

    def _end_current_run(self) -> None:
        self._replay.stop()
        self._flush.stop()
        self._pending.clear()
        if self.alive:
            self.controller.stop(self.run_id)

    def _set_state(self, state: PlayState) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(str(state))
