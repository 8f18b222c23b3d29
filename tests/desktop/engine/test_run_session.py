"""RunSession on its own, with a synchronous fake controller: no thread, no worker timers.

The fake computes exactly what it is asked, when it is asked, and publishes lengths like the
worker does; frames are fired by hand (`pacer.fire_now()`), so every step is deterministic.
"""

import pytest
from PySide6.QtCore import QObject, Signal

from desktop.engine.frame_gate import FrameGate
from desktop.engine.pace import BOOK_PACE, INSTANT, Pace
from desktop.engine.run_session import PlayState, RunSession
from desktop.engine.trainer_worker import RunUpdate
from model import RunOutcome, RunParameters, Training


class FakeController(QObject):
    """Stands in for TrainingController: runs advance only when the test says so."""

    updated = Signal(object)
    run_ended = Signal(int, str)
    failed = Signal(int, str)

    def __init__(self) -> None:
        super().__init__()
        self.runs: dict[int, Training] = {}
        self.paused: dict[int, bool] = {}
        self.paces: dict[int, Pace] = {}
        self.calls: list[tuple] = []
        self._next = 1
        self.frame_gate = FrameGate()

    def start(self, training: Training, pace: Pace = BOOK_PACE, paused: bool = False) -> int:
        run_id, self._next = self._next, self._next + 1
        self.runs[run_id], self.paused[run_id], self.paces[run_id] = training, paused, pace
        self.updated.emit(RunUpdate(run_id, len(training.trajectory)))
        return run_id

    def set_paused(self, run_id: int, paused: bool) -> None:
        self.paused[run_id] = paused
        self.calls.append(("paused", paused))

    def set_run_pace(self, run_id: int, pace: Pace) -> None:
        self.paces[run_id] = pace

    def advance(self, run_id: int, count: int) -> None:
        self.calls.append(("advance", count))
        self.compute(run_id, count)

    def stop(self, run_id: int) -> None:
        if self.runs.pop(run_id, None) is not None:
            self.run_ended.emit(run_id, RunOutcome.STOPPED)

    # -- test controls: what the worker's ticks would do --
    def compute(self, run_id: int, count: int) -> None:
        training = self.runs[run_id]
        training.advance(count)
        self.updated.emit(RunUpdate(run_id, len(training.trajectory)))
        if training.finished:
            del self.runs[run_id]
            self.run_ended.emit(run_id, RunOutcome.FINISHED)


@pytest.fixture
def session(qtbot):
    controller = FakeController()
    session = RunSession(controller)  # a child of the controller
    session.cursors, session.lengths = [], []
    session.cursor_moved.connect(session.cursors.append)
    session.history_extended.connect(session.lengths.append)
    yield session
    controller.deleteLater()


def test_start_shows_epoch_zero_at_the_first_frame(session) -> None:
    session.start(RunParameters(epochs=300))
    assert session.state is PlayState.PLAYING and session.last_epoch == -1
    session.pacer.fire_now()
    assert session.lengths == [1] and session.cursors == [0]
    assert session.state_at(0)["w"] == 0.6


def test_updates_between_frames_make_one_frame(session) -> None:
    session.start(RunParameters(epochs=300))
    for _ in range(5):
        session.controller.compute(session.run_id, 1)
    session.pacer.fire_now()
    assert session.lengths == [6] and session.cursors == [5]


def test_stepping_past_the_history_computes_exactly_the_missing_epochs(session) -> None:
    session.start(RunParameters(epochs=300), paused=True)
    session.pacer.fire_now()
    session.step(1)
    session.step(10)
    session.pacer.fire_now()
    assert ("advance", 1) in session.controller.calls and (
        "advance",
        10,
    ) in session.controller.calls
    assert session.cursor == 11 and session.last_epoch == 11
    session.step(-3)
    assert session.cursor == 8 and session.last_epoch == 11  # back is a lookup, no computing
    assert sum(n for kind, n in session.controller.calls if kind == "advance") == 11


def test_seek_pauses_and_clamps_to_what_was_computed(session) -> None:
    session.start(RunParameters(epochs=300))
    session.controller.compute(session.run_id, 20)
    session.pacer.fire_now()
    session.seek(500)
    assert session.state is PlayState.PAUSED and session.cursor == 20
    session.seek(-4)
    assert session.cursor == 0
    session.play()
    assert session.state is PlayState.PLAYING and session.cursor == 20


def test_stop_keeps_the_history_and_ends(session) -> None:
    session.start(RunParameters(epochs=300))
    session.controller.compute(session.run_id, 42)
    ended = []
    session.ended.connect(lambda outcome, diverged: ended.append((outcome, diverged)))
    session.stop()
    assert session.state is PlayState.ENDED and ended == [(RunOutcome.STOPPED, None)]
    assert session.last_epoch == 42 and len(session.snapshot()) == 43  # the end flushed the frame


def test_replay_of_an_ended_run_goes_from_zero_to_the_end(qtbot, session) -> None:
    session.set_pace(Pace(600.0))
    session.start(RunParameters(epochs=60))
    session.controller.compute(session.run_id, 60)
    assert session.state is PlayState.ENDED and session.cursor == 60
    session.cursors.clear()
    session.toggle()
    assert session.state is PlayState.REPLAYING and session.cursors[0] == 0
    qtbot.waitUntil(lambda: session.state is PlayState.ENDED, timeout=3000)
    assert session.cursors[-1] == 60 and session.cursors == sorted(session.cursors)
    assert len(session.cursors) >= 6  # 10 epochs a tick: it really moved frame by frame


def test_instant_replay_takes_about_three_seconds_of_frames(session) -> None:
    session.set_pace(INSTANT)
    session.start(RunParameters(epochs=1800))
    session.controller.compute(session.run_id, 1800)
    assert session._replay_pace().epochs_per_second == pytest.approx(600.0)


def test_snapshot_is_frozen_while_the_run_goes_on(session) -> None:
    session.start(RunParameters(epochs=300))
    session.controller.compute(session.run_id, 10)
    session.pacer.fire_now()
    snapshot = session.snapshot()
    session.controller.compute(session.run_id, 10)
    assert len(snapshot) == 11 and len(session.snapshot()) == 11  # not shown yet
    session.pacer.fire_now()
    assert len(snapshot) == 11 and len(session.snapshot()) == 21


def test_a_failed_run_ends_and_says_why(session) -> None:
    session.start(RunParameters(epochs=300))
    messages, ended = [], []
    session.failed.connect(messages.append)
    session.ended.connect(lambda outcome, diverged: ended.append(outcome))
    run_id = session.run_id
    session.controller.runs.pop(run_id)
    session.controller.failed.emit(run_id, "ValueError: boom")
    session.controller.run_ended.emit(run_id, RunOutcome.FAILED)
    assert messages == ["ValueError: boom"] and ended == [RunOutcome.FAILED]
    assert session.state is PlayState.ENDED and not session.alive


def test_late_updates_of_a_replaced_run_are_ignored(session) -> None:
    session.start(RunParameters(epochs=300))
    first = session.run_id
    session.start(RunParameters(epochs=5))
    session.controller.updated.emit(RunUpdate(first, 200))
    session.pacer.fire_now()
    assert session.lengths == [1]


def test_diverged_at_is_known_once_the_run_has_ended(session) -> None:
    params = RunParameters(w=2, b=2, eta=100, y=0.5, cost="cross-entropy", rule="book-widget")
    ended = []
    session.ended.connect(lambda outcome, diverged: ended.append((outcome, diverged)))
    session.start(params)
    training = session.controller.runs[session.run_id]
    training.advance(10)
    session.controller.updated.emit(RunUpdate(session.run_id, len(training.trajectory)))
    session.controller.run_ended.emit(session.run_id, RunOutcome.DIVERGED)
    assert ended == [(RunOutcome.DIVERGED, 2)] and session.last_epoch == 1


def test_a_big_backlog_is_shown_over_several_frames_and_the_run_ends_after_it(session) -> None:
    """No frame folds more than ROWS_PER_FRAME rows, and the end waits for the last of them."""
    from desktop.engine.run_session import ROWS_PER_FRAME

    ended = []
    session.ended.connect(lambda outcome, diverged: ended.append(outcome))
    session.start(RunParameters(epochs=3 * ROWS_PER_FRAME))
    session.controller.compute(session.run_id, 3 * ROWS_PER_FRAME)  # all of it, then run_ended
    assert session.lengths == [ROWS_PER_FRAME] and ended == []  # one frame so far
    assert session.state is PlayState.PLAYING
    while not ended:
        session.pacer.fire_now()
    steps = [b - a for a, b in zip([0, *session.lengths], session.lengths, strict=False)]
    assert max(steps) <= ROWS_PER_FRAME and session.lengths[-1] == 3 * ROWS_PER_FRAME + 1
    assert ended == [RunOutcome.FINISHED] and session.state is PlayState.ENDED


def test_the_gate_knows_what_the_screen_shows(session) -> None:
    session.start(RunParameters(epochs=300))
    gate = session.controller.frame_gate
    assert gate.far_ahead(session.run_id, 10**6)  # nothing shown yet: far ahead
    session.pacer.fire_now()
    assert not gate.far_ahead(session.run_id, 1000)
    run_id = session.run_id
    session.stop()
    assert not gate.far_ahead(run_id, 10**9)  # an ended run is not held back


def test_views_asking_for_a_redraw_during_a_frame_do_not_cause_an_empty_frame(session) -> None:
    """A view that marks itself dirty while the frame runs is drawn by that very frame."""
    session.history_extended.connect(lambda _: session.request_frame())
    session.start(RunParameters(epochs=300))
    session.pacer.fire_now()
    assert not session.pacer._timer.isActive()


def test_stepping_does_not_recompute_epochs_published_but_not_yet_shown(session) -> None:
    session.start(RunParameters(epochs=300), paused=True)
    session.pacer.fire_now()
    session.controller.compute(session.run_id, 5)  # published, no frame yet
    session.step(3)
    assert ("advance", 3) not in session.controller.calls  # epochs 1..3 exist already
