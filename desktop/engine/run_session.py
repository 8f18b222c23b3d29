"""The GUI's view of one run: where the cursor is, what plays, and when the views redraw.

A lecturer steps, scrubs, pauses and replays; the worker only ever computes forward. The session
creates the run's `Training`, hands it to the worker, and from then on reads its trajectory (the
run's only copy) up to the length the worker has published: any epoch's state is an O(1) lookup,
derived by the model. It asks the worker for more epochs only when the cursor goes past what has
been computed, and it owns the one `FramePacer`: new rows, cursor moves while playing and redraw
requests from the views all become at most one frame per screen refresh.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from desktop.engine.frame_pacer import FramePacer
from desktop.engine.pace import BOOK_PACE, INSTANT, TICK_INTERVAL_MS, Pace, TickBudget
from desktop.engine.trainer_worker import RunUpdate
from desktop.engine.training_controller import TrainingController
from model import RunParameters, Training, Trajectory

INSTANT_REPLAY_S = 3.0
ROWS_PER_FRAME = 1 << 15
"""At most this many new rows reach the views in one frame (about 15 ms of work for the plots);
the rest come in the next frames. The screen lags an instant run by a frame or two instead of
freezing for a big batch."""


class PlayState(StrEnum):
    """What the session is doing."""

    IDLE = "idle"  # no run yet
    PLAYING = "playing"  # the worker computes and the cursor follows the newest epoch
    PAUSED = "paused"  # the run waits; the cursor can move over the history
    REPLAYING = "replaying"  # the run has ended; the cursor moves through the stored history
    ENDED = "ended"  # the run finished, was stopped, diverged or failed; its history stays


class RunSession(QObject):
    """One run at a time, driven by play/pause/step/seek; signals tell the views what to show."""

    started = Signal(int, object, object)  # run id, RunParameters, Trajectory (read-only)
    history_extended = Signal(int)  # rows 0..n−1 are now computed and final
    cursor_moved = Signal(int)  # epoch now shown
    frame_ready = Signal()  # a paced frame: redraw what changed (after the two above)
    state_changed = Signal(str)  # PlayState
    ended = Signal(str, object)  # RunOutcome, diverged_at (int | None)
    failed = Signal(str)  # the trainer's error message; `ended(FAILED)` follows

    def __init__(self, controller: TrainingController, pace: Pace = BOOK_PACE) -> None:
        super().__init__(controller)
        self.controller = controller
        self.pace = pace
        self.parameters: RunParameters | None = None
        self.run_id: int | None = None
        self.cursor = 0
        self.state = PlayState.IDLE
        self._training: Training | None = None
        self._published = 0  # rows of the trajectory the worker has published
        self._shown = 0  # rows the views have been told about
        self._target = 0  # where stepping wants the cursor once the epochs exist
        self._requested_until = 0  # the last epoch asked of the worker while stepping
        self._replay = QTimer(self)
        self._replay.setTimerType(Qt.TimerType.PreciseTimer)
        self._replay.setInterval(TICK_INTERVAL_MS)
        self._replay.timeout.connect(self._replay_tick)
        self._replay_budget = TickBudget(pace)
        self.pacer = FramePacer(self, controller.frame_gate)
        self._computing_instantly = pace.instant
        self._ending: str | None = None  # the worker's outcome, while rows are still being shown
        self.pacer.frame.connect(self._show_frame)
        controller.updated.connect(self._on_update)
        controller.run_ended.connect(self._on_run_ended)
        controller.failed.connect(self._on_failed)

    # -- queries --------------------------------------------------------------------------------
    @property
    def last_epoch(self) -> int:
        """The newest epoch the views show (−1 before any run)."""
        return self._shown - 1

    @property
    def alive(self) -> bool:
        """True while the worker still holds the run (it can compute more)."""
        return self.state in (PlayState.PLAYING, PlayState.PAUSED)

    @property
    def diverged_at(self) -> int | None:
        """The epoch whose update blew up, once the run has ended that way."""
        ended = self._training is not None and not self.alive
        return self._training.diverged_at if ended and self._training is not None else None

    def snapshot(self) -> Trajectory | None:
        """The rows shown so far, as a trajectory of their own (shares storage; never changes)."""
        if self._training is None:
            return None
        return self._training.trajectory.prefix(self._shown)

    def state_at(self, epoch: int) -> dict[str, float]:
        """Every quantity at a shown epoch, derived by the model in O(1)."""
        assert self._training is not None and 0 <= epoch < self._shown
        return self._training.trajectory.state(epoch)

    # -- commands -------------------------------------------------------------------------------
    def start(self, parameters: RunParameters, paused: bool = False) -> None:
        """Start a new run from `parameters` (ending any current one), playing or paused."""
        self._end_current_run()
        self.parameters = parameters.validated()
        self._training = Training(self.parameters)
        self._computing_instantly = self.pace.instant
        self._published = len(self._training.trajectory)  # epoch 0 exists before the worker has it
        self._shown = 0
        self.cursor = self._target = self._requested_until = 0
        self.run_id = self.controller.start(self._training, self.pace, paused=paused)
        self.controller.frame_gate.note_shown(self.run_id, 0)
        self.started.emit(self.run_id, self.parameters, self._training.trajectory)
        self._set_state(PlayState.PAUSED if paused else PlayState.PLAYING)
        self.pacer.request()

    def clear(self) -> None:
        """Forget an ended run: the next Space or Run starts from the values set."""
        if self.alive:
            return
        self._end_current_run()
        self._training, self.parameters, self.run_id = None, None, None
        self._published = self._shown = 0
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
            self._share_frames(instant=self.pace.instant)
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
        if self.parameters is None:
            return
        self.pause()
        limit = self.parameters.epochs if self.alive else self.last_epoch
        base = self._target if self.alive and self._target > self.cursor else self.cursor
        self._target = min(max(base + delta, 0), limit)
        computed = self._published - 1  # published rows may not be shown yet: not missing
        missing = self._target - max(computed, self._requested_until)
        if missing > 0 and self.alive:
            self.controller.advance(self.run_id, missing)
            self._requested_until = self._target
        self._move_cursor(min(self._target, self.last_epoch))

    def seek(self, epoch: int) -> None:
        """Show a computed epoch (slider, plot click, Home); pauses whatever moves."""
        if self.parameters is None:
            return
        self.pause()
        self._target = min(max(epoch, 0), self.last_epoch)
        self._move_cursor(self._target)

    def run_to_end(self) -> None:
        """End: compute every remaining epoch at once, the cursor following to the end."""
        if self.alive:
            self.controller.set_run_pace(self.run_id, INSTANT)
            self._share_frames(instant=True)
            self.play()
        elif self.parameters is not None:
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
            self._share_frames(instant=pace.instant)
        self._replay_budget = TickBudget(self._replay_pace())

    def request_frame(self) -> None:
        """A view has something new to draw: it gets the next paced frame."""
        self.pacer.request()

    # -- worker results -------------------------------------------------------------------------
    def _on_update(self, update: RunUpdate) -> None:
        """Note how far the run is (cheap); the views hear of it at the next paced frame."""
        if update.run_id != self.run_id:
            return  # a late update of a replaced run
        self._published = max(self._published, update.length)
        self.pacer.request()

    def _show_frame(self) -> None:
        """One frame: tell the views about new rows, move the cursor, let them redraw."""
        if self._published > self._shown:
            self._shown = min(self._published, self._shown + ROWS_PER_FRAME)
            self.controller.frame_gate.note_shown(self.run_id, self._shown)
            self.history_extended.emit(self._shown)
            if self._published > self._shown:
                self.pacer.request_another()  # the rest in the next frames
            if self.state is PlayState.PLAYING:
                self._target = self.last_epoch
            self._move_cursor(min(self._target, self.last_epoch))
        self.frame_ready.emit()
        self._finish_if_shown()

    def _on_failed(self, run_id: int, message: str) -> None:
        if run_id == self.run_id:
            self.failed.emit(message)

    def _on_run_ended(self, run_id: int, outcome: str) -> None:
        """The worker is done with the run; it ends here once every row is on screen."""
        if run_id != self.run_id:
            return
        self._ending = outcome
        self._share_frames(instant=False)  # nothing left to share with: catch up at full speed
        self.pacer.fire_now()  # usually all that is left; a big backlog takes a few more frames

    def _finish_if_shown(self) -> None:
        if self._ending is not None and self._shown >= self._published:
            outcome, self._ending = self._ending, None
            self.controller.frame_gate.forget(self.run_id)
            self._set_state(PlayState.ENDED)
            self.ended.emit(outcome, self.diverged_at)

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
        self._ending = None
        self._replay.stop()
        self.pacer.cancel()
        if self.run_id is not None:
            self.controller.frame_gate.forget(self.run_id)
        if self.alive:
            run_id, self.run_id = self.run_id, None  # its late signals no longer concern us
            self.controller.stop(run_id)

    def _set_state(self, state: PlayState) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(str(state))
        self._share_frames()

    def _share_frames(self, instant: bool | None = None) -> None:
        """Frames leave the trainer half the GUI's time while it computes flat out."""
        if instant is not None:
            self._computing_instantly = instant
        playing = self.state is PlayState.PLAYING
        self.pacer.share_with_trainer = playing and self._computing_instantly
