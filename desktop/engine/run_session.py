"""The GUI's view of a run (or, in compare mode, of two runs played together): where the cursor
is, what plays, and when the views redraw.

A lecturer steps, scrubs, pauses and replays; the worker only ever computes forward. The session
creates each run's `Training`, hands it to the worker, and from then on reads its trajectory (the
run's only copy) up to the length the worker has published: any epoch's state is an O(1) lookup,
derived by the model. Two runs share the cursor, the play state and the pace; the session shows
both up to the same epoch (a run that diverged early shows all it has). It asks the worker for more epochs only when the cursor goes past what has
been computed, and it owns the one `FramePacer`: new rows, cursor moves while playing and redraw
requests from the views all become at most one frame per screen refresh.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from desktop.engine.frame_pacer import FramePacer
from desktop.engine.pace import BOOK_PACE, INSTANT, TICK_INTERVAL_MS, Pace, TickBudget
from desktop.engine.session_run import SessionRun, ShownRun
from desktop.engine.trainer_worker import RunUpdate
from desktop.engine.training_controller import TrainingController
from model import RunOutcome, RunParameters, Training, Trajectory

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
    """One run, or two compared, driven by play/pause/step/seek; signals tell the views what
    to show."""

    started = Signal(object)  # tuple[ShownRun, ...]: one per run, in run order
    history_extended = Signal(int)  # the session shows rows 0..n−1 (after every run_extended)
    run_extended = Signal(int, int)  # run index, rows 0..n−1 of that run are computed and final
    cursor_moved = Signal(int)  # epoch now shown
    frame_ready = Signal()  # a paced frame: redraw what changed (after the two above)
    state_changed = Signal(str)  # PlayState
    ended = Signal(str, object)  # first run's RunOutcome and diverged_at; every run has ended
    failed = Signal(str)  # the trainer's error message; `ended(FAILED)` follows

    def __init__(self, controller: TrainingController, pace: Pace = BOOK_PACE) -> None:
        super().__init__(controller)
        self.controller = controller
        self.pace = pace
        self.parameters: RunParameters | None = None  # the first run's
        self.run_id: int | None = None  # the first run's
        self.cursor = 0
        self.state = PlayState.IDLE
        self._runs: list[SessionRun] = []
        self._shown = 0  # rows the session shows (each run: up to this many)
        self._target = 0  # where stepping wants the cursor once the epochs exist
        self._replay = QTimer(self)
        self._replay.setTimerType(Qt.TimerType.PreciseTimer)
        self._replay.setInterval(TICK_INTERVAL_MS)
        self._replay.timeout.connect(self._replay_tick)
        self._replay_budget = TickBudget(pace)
        self.pacer = FramePacer(self, controller.frame_gate)
        self._computing_instantly = pace.instant
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
        """The epoch whose first run's update blew up, once the session has ended that way."""
        return self.diverged_at_of(0)

    @property
    def run_count(self) -> int:
        """How many runs the session plays (0 before any, 2 in compare mode)."""
        return len(self._runs)

    def diverged_at_of(self, index: int) -> int | None:
        """The epoch whose update blew up run `index`, once the session has ended."""
        if index >= len(self._runs) or self.alive:
            return None
        return self._runs[index].training.diverged_at

    def outcome_of(self, index: int) -> str | None:
        """How run `index` ended (a RunOutcome), once the worker has ended it."""
        return self._runs[index].outcome if index < len(self._runs) else None

    def snapshot(self, index: int = 0) -> Trajectory | None:
        """The rows of run `index` shown so far, as a trajectory of their own (shares storage;
        never changes)."""
        if index >= len(self._runs):
            return None
        run = self._runs[index]
        return run.training.trajectory.prefix(run.rows_at(self._shown))

    def runs(self) -> list[tuple[RunParameters, Trajectory]]:
        """Every run's parameters and `snapshot`, in run order (empty before any run)."""
        return [
            (run.parameters, run.training.trajectory.prefix(run.rows_at(self._shown)))
            for run in self._runs
        ]

    def state_at(self, epoch: int, index: int = 0) -> dict[str, float]:
        """Every quantity of run `index` at a shown epoch, derived by the model in O(1); a run
        that ended sooner shows its last row."""
        assert index < len(self._runs) and 0 <= epoch < self._shown
        run = self._runs[index]
        return run.training.trajectory.state(min(epoch, run.rows_at(self._shown) - 1))

    # -- commands -------------------------------------------------------------------------------
    def start(
        self, parameters: RunParameters, paused: bool = False, second: RunParameters | None = None
    ) -> None:
        """Start a new run from `parameters` (ending any current one), playing or paused; with
        `second`, compare mode: both runs are computed, played and stepped together."""
        self._end_current_run()
        every = [parameters.validated()] + ([second.validated()] if second is not None else [])
        self._runs = [SessionRun(p, Training(p)) for p in every]
        self.parameters = self._runs[0].parameters
        self._computing_instantly = self.pace.instant
        self._shown = 0
        self.cursor = self._target = 0
        for run in self._runs:
            run.run_id = self.controller.start(run.training, self.pace, paused=paused)
            self.controller.frame_gate.note_shown(run.run_id, 0)
        self.run_id = self._runs[0].run_id
        self.started.emit(
            tuple(
                ShownRun(i, run.run_id, run.parameters, run.training.trajectory)
                for i, run in enumerate(self._runs)
            )
        )
        self._set_state(PlayState.PAUSED if paused else PlayState.PLAYING)
        self.pacer.request()

    def clear(self) -> None:
        """Forget an ended run: the next Space or Run starts from the values set."""
        if self.alive:
            return
        self._end_current_run()
        self._runs, self.parameters, self.run_id = [], None, None
        self._shown = 0
        self.cursor = self._target = 0
        self._set_state(PlayState.IDLE)

    def play(self) -> None:
        """Go on: resume computing (cursor follows the newest epoch), or replay an ended run."""
        if self.state is PlayState.PAUSED:
            for run_id in self._live_ids():
                self.controller.set_paused(run_id, False)
            self._target = max(self.last_epoch, 0)  # (−1 before the first frame: see seek)
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
            for run_id in self._live_ids():
                self.controller.set_paused(run_id, True)
                self.controller.set_run_pace(run_id, self.pace)  # End may have made it instant
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
        limit = self.parameters.epochs if self.alive else max(self.last_epoch, 0)
        base = self._target if self.alive and self._target > self.cursor else self.cursor
        self._target = min(max(base + delta, 0), limit)
        for run in self._runs:
            computed = run.published - 1  # published rows may not be shown yet: not missing
            missing = self._target - max(computed, run.requested_until)
            if missing > 0 and not run.worker_done and self.alive:
                self.controller.advance(run.run_id, missing)
                run.requested_until = self._target
        self._move_cursor(min(self._target, self.last_epoch))

    def seek(self, epoch: int) -> None:
        """Show a computed epoch (slider, plot click, Home); pauses whatever moves."""
        if self.parameters is None:
            return
        self.pause()
        # Before a new run's first frame nothing is shown (last_epoch is −1): the cursor goes
        # to epoch 0 once it is, as if Home came a frame later (a target of −1 would keep the
        # cursor, and the views, on the previous run for good).
        self._target = min(max(epoch, 0), max(self.last_epoch, 0))
        self._move_cursor(min(self._target, self.last_epoch))

    def run_to_end(self) -> None:
        """End: compute every remaining epoch at once, the cursor following to the end."""
        if self.alive:
            for run_id in self._live_ids():
                self.controller.set_run_pace(run_id, INSTANT)
            self._share_frames(instant=True)
            self.play()
        elif self.parameters is not None:
            self.seek(self.last_epoch)

    def stop(self) -> None:
        """Stop computing; what was computed stays."""
        if self.alive:
            for run_id in self._live_ids():
                self.controller.stop(run_id)

    def stop_now(self) -> None:
        """Stop at once, not waiting for the worker (an experiment is opened over the run): the
        session ends here and drops the worker's late rows; `clear` then puts it away."""
        if self.alive:
            self._end_current_run()
            self._set_state(PlayState.ENDED)

    def set_pace(self, pace: Pace) -> None:
        """Speed of playing and replaying."""
        self.pace = pace
        if self.alive:
            for run_id in self._live_ids():
                self.controller.set_run_pace(run_id, pace)
            self._share_frames(instant=pace.instant)
        self._replay_budget = TickBudget(self._replay_pace())

    def request_frame(self) -> None:
        """A view has something new to draw: it gets the next paced frame."""
        self.pacer.request()

    # -- worker results -------------------------------------------------------------------------
    def _on_update(self, update: RunUpdate) -> None:
        """Note how far the run is (cheap); the views hear of it at the next paced frame."""
        run = self._run(update.run_id)
        if run is None:
            return  # a late update of a replaced run
        run.published = max(run.published, update.length)
        self.pacer.request()

    def _available(self) -> int:
        """Rows every run can show: the least a still computing run has published (runs go
        on together), or, once the worker is done with all, the most any has."""
        computing = [run.published for run in self._runs if not run.worker_done]
        return min(computing) if computing else max((r.published for r in self._runs), default=0)

    def _show_frame(self) -> None:
        """One frame: tell the views about new rows, move the cursor, let them redraw."""
        available = self._available()
        if available > self._shown:
            self._shown = min(available, self._shown + ROWS_PER_FRAME)
            for index, run in enumerate(self._runs):
                rows = run.rows_at(self._shown)
                self.controller.frame_gate.note_shown(run.run_id, rows)
                if rows > run.shown:
                    run.shown = rows
                    self.run_extended.emit(index, rows)
            self.history_extended.emit(self._shown)
            if available > self._shown:
                self.pacer.request_another()  # the rest in the next frames
            if self.state is PlayState.PLAYING:
                self._target = self.last_epoch
            self._move_cursor(min(self._target, self.last_epoch))
        self.frame_ready.emit()
        self._finish_if_shown()

    def _on_failed(self, run_id: int, message: str) -> None:
        if self._run(run_id) is not None:
            self.failed.emit(message)

    def _on_run_ended(self, run_id: int, outcome: str) -> None:
        """The worker is done with a run; the session ends once every run is done and every
        row is on screen. A run that fails stops the other too."""
        run = self._run(run_id)
        if run is None or run.worker_done:
            return
        run.outcome = outcome
        if outcome == RunOutcome.FAILED:
            for other in self._live_ids():
                self.controller.stop(other)
        if all(r.worker_done for r in self._runs):
            self._share_frames(instant=False)  # nothing left to share with: full speed
        self.pacer.fire_now()  # usually all that is left; a big backlog takes a few more frames

    def _finish_if_shown(self) -> None:
        done = self._runs and all(run.worker_done for run in self._runs)
        if done and self.alive and self._shown >= self._available():
            for run in self._runs:
                self.controller.frame_gate.forget(run.run_id)
            self._set_state(PlayState.ENDED)
            first = self._runs[0]
            self.ended.emit(first.outcome, self.diverged_at)

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

    def _run(self, run_id: int) -> SessionRun | None:
        return next((run for run in self._runs if run.run_id == run_id), None)

    def _live_ids(self) -> list[int]:
        """The runs the worker still holds."""
        return [run.run_id for run in self._runs if not run.worker_done]

    def _end_current_run(self) -> None:
        self._replay.stop()
        self.pacer.cancel()
        live = self._live_ids() if self.alive else []
        for run in self._runs:
            self.controller.frame_gate.forget(run.run_id)
        self._runs, self.run_id = [], None  # their late signals no longer concern us
        for run_id in live:
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
