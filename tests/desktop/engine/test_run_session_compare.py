"""Compare mode in the session: two runs share the cursor, play, step, replay and end together."""

import pytest

from desktop.engine.run_session import PlayState, RunSession
from model import RunOutcome, RunParameters, Training
from model.comparison import default_partner
from tests.desktop.engine.test_run_session import FakeController

FIRST = RunParameters(w=2.0, b=2.0, epochs=300)
SECOND = default_partner(FIRST)


@pytest.fixture
def session(qtbot):
    controller = FakeController()
    session = RunSession(controller)
    session.extended = []
    session.run_extended.connect(lambda index, rows: session.extended.append((index, rows)))
    yield session
    controller.deleteLater()


def reference(parameters: RunParameters, epochs: int) -> Training:
    training = Training(parameters)
    training.advance(epochs)
    return training


def test_both_runs_start_and_are_shown_together(session) -> None:
    started = []
    session.started.connect(started.append)
    session.start(FIRST, paused=True, second=SECOND)
    (runs,) = started
    assert [run.index for run in runs] == [0, 1]
    assert [run.parameters for run in runs] == [FIRST, SECOND]
    session.pacer.fire_now()
    assert session.extended == [(0, 1), (1, 1)] and session.run_count == 2


def test_stepping_computes_both_runs_and_moves_one_cursor(session) -> None:
    session.start(FIRST, paused=True, second=SECOND)
    session.pacer.fire_now()
    session.step(5)
    session.pacer.fire_now()
    assert session.cursor == 5 and session.last_epoch == 5
    for index, parameters in enumerate((FIRST, SECOND)):
        expected = reference(parameters, 5).trajectory.state(5)
        assert session.state_at(5, index) == expected
    session.step(-2)
    assert session.cursor == 3
    assert session.state_at(3, 1) == reference(SECOND, 3).trajectory.state(3)


def test_the_session_shows_only_what_both_runs_have(session) -> None:
    session.start(FIRST, second=SECOND)
    first_id, second_id = (run.run_id for run in session._runs)
    session.controller.compute(first_id, 40)
    session.controller.compute(second_id, 10)
    session.pacer.fire_now()
    assert session.last_epoch == 10 and (0, 11) in session.extended
    session.controller.compute(second_id, 30)
    session.pacer.fire_now()
    assert session.last_epoch == 40


def test_the_session_ends_when_both_runs_have_ended_and_replays_both(session) -> None:
    ended = []
    session.ended.connect(lambda outcome, diverged: ended.append(outcome))
    session.start(FIRST, second=SECOND)
    first_id, second_id = (run.run_id for run in session._runs)
    session.controller.compute(first_id, 300)
    assert ended == []  # run 2 still computes
    session.controller.compute(second_id, 300)
    while not ended:
        session.pacer.fire_now()
    assert ended == [RunOutcome.FINISHED] and session.state is PlayState.ENDED
    assert [len(trajectory) for _, trajectory in session.runs()] == [301, 301]
    session.seek(120)
    assert session.state_at(120, 1) == reference(SECOND, 120).trajectory.state(120)
    session.play()  # replay from 120
    assert session.state is PlayState.REPLAYING


def test_a_run_that_diverges_early_shows_its_last_row_while_the_other_goes_on(session) -> None:
    wild = RunParameters(w=2, b=2, eta=100, y=0.5, cost="cross-entropy", rule="book-widget")
    session.start(FIRST, second=wild)
    first_id, second_id = (run.run_id for run in session._runs)
    session.controller.compute(second_id, 50)  # diverges after a step or two, then ends
    session.controller.compute(first_id, 50)
    session.pacer.fire_now()
    assert session.last_epoch == 50
    diverged_rows = len(session.snapshot(1))
    assert diverged_rows < 5
    assert session.state_at(50, 1) == session.snapshot(1).state(diverged_rows - 1)


def test_stop_stops_both_runs(session) -> None:
    session.start(FIRST, second=SECOND)
    ids = [run.run_id for run in session._runs]
    session.stop()
    assert all(run_id not in session.controller.runs for run_id in ids)
    session.pacer.fire_now()
    assert session.state is PlayState.ENDED
    assert [session.outcome_of(i) for i in (0, 1)] == [RunOutcome.STOPPED] * 2
