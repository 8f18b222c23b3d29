"""The worker's logic, driven tick by tick in the test thread (no QThread, no wall clock)."""

import numpy as np
import pytest

from desktop.engine.pace import BOOK_PACE, INSTANT, TICK_INTERVAL_MS, Pace, TickBudget
from desktop.engine.trainer_worker import TrainerWorker
from model import RunOutcome, RunParameters, Training
from tests.desktop.helpers import reference_rows


@pytest.fixture
def worker(qtbot):
    w = TrainerWorker()
    updates, ended, failed = [], [], []
    w.updated.connect(updates.append)
    w.run_ended.connect(lambda run_id, outcome: ended.append((run_id, outcome)))
    w.failed.connect(lambda run_id, message: failed.append((run_id, message)))
    w.updates, w.ended, w.failures = updates, ended, failed
    yield w
    w.halt()


def lengths(updates, run_id=None) -> list[int]:
    return [u.length for u in updates if run_id is None or u.run_id == run_id]


def test_book_pace_is_one_epoch_per_60hz_tick() -> None:
    budget = TickBudget(BOOK_PACE)
    assert [budget.epochs_this_tick() for _ in range(5)] == [1, 1, 1, 1, 1]
    assert TICK_INTERVAL_MS == 17


@pytest.mark.parametrize(("eps", "first_second"), [(1.0, 1), (30.0, 30), (1000.0, 1000)])
def test_slow_and_fast_paces_add_up_over_a_second(eps: float, first_second: int) -> None:
    budget = TickBudget(Pace(eps))
    per_tick = [budget.epochs_this_tick() for _ in range(60)]
    assert sum(per_tick) == first_second
    assert max(per_tick) - min(per_tick) <= 1


def test_start_publishes_epoch_zero_then_one_update_per_tick(worker) -> None:
    params = RunParameters(epochs=5)
    training = Training(params)
    worker.start_run(7, training, BOOK_PACE)
    assert lengths(worker.updates) == [1]
    for _ in range(5):
        worker.tick()
    assert lengths(worker.updates) == [1, 2, 3, 4, 5, 6]
    assert worker.ended == [(7, RunOutcome.FINISHED)]
    np.testing.assert_array_equal(training.trajectory.rows().a, reference_rows(params).a)


def test_updates_carry_only_a_length_the_rows_live_once_in_the_training(worker) -> None:
    training = Training(RunParameters(epochs=3))
    worker.start_run(1, training, INSTANT)
    worker.tick()
    assert all(set(u.__slots__) == {"run_id", "length"} for u in worker.updates)
    assert worker.updates[-1].length == len(training.trajectory) == 4


def test_instant_pace_batches_a_million_epochs_into_few_updates(worker) -> None:
    params = RunParameters(w=2, b=2, epochs=1_000_000)
    training = Training(params)
    worker.start_run(1, training, INSTANT)
    ticks = 0
    while not worker.ended:
        worker.tick()
        ticks += 1
    assert len(worker.updates) == ticks + 1
    assert lengths(worker.updates) == sorted(set(lengths(worker.updates)))
    assert worker.updates[-1].length == 1_000_001
    assert training.trajectory.row(-1)["a"] == reference_rows(params).a[-1]


def test_stop_keeps_and_publishes_what_was_computed(worker) -> None:
    training = Training(RunParameters(epochs=300))
    worker.start_run(3, training, Pace(600.0))
    for _ in range(4):
        worker.tick()
    worker.stop_run(3)
    assert worker.ended == [(3, RunOutcome.STOPPED)]
    assert worker.updates[-1].length == len(training.trajectory) == 41
    worker.tick()
    assert len(training.trajectory) == 41


def test_two_runs_advance_side_by_side(worker) -> None:
    quadratic = RunParameters(w=2, b=2, epochs=20)
    cross_entropy = quadratic.with_changes(cost="cross-entropy")
    runs = {1: Training(quadratic), 2: Training(cross_entropy)}
    for run_id, training in runs.items():
        worker.start_run(run_id, training, INSTANT)
    worker.tick()
    for run_id, params in ((1, quadratic), (2, cross_entropy)):
        np.testing.assert_array_equal(
            runs[run_id].trajectory.rows().cost, reference_rows(params).cost
        )
        assert lengths(worker.updates, run_id)[-1] == 21
    assert sorted(worker.ended) == [(1, RunOutcome.FINISHED), (2, RunOutcome.FINISHED)]


def test_diverging_run_ends_as_diverged(worker) -> None:
    params = RunParameters(w=2, b=2, eta=100, y=0.5, cost="cross-entropy", rule="book-widget")
    training = Training(params)
    worker.start_run(9, training, INSTANT)
    worker.tick()
    assert worker.ended == [(9, RunOutcome.DIVERGED)]
    assert training.diverged_at == 2


class ExplodingTraining(Training):
    def advance(self, count: int) -> int:
        if self.epochs_done >= 2:
            raise FloatingPointError("simulated bug")
        return super().advance(1)


def test_an_error_while_computing_ends_the_run_as_failed_and_says_why(worker, caplog) -> None:
    worker.start_run(4, ExplodingTraining(RunParameters(epochs=10)), BOOK_PACE)
    for _ in range(5):
        worker.tick()
    assert worker.failures == [(4, "FloatingPointError: simulated bug")]
    assert worker.ended == [(4, RunOutcome.FAILED)]
    assert worker.updates[-1].length == 3  # what was computed before the error stays published
    assert "run 4 failed" in caplog.text


def test_an_error_while_stepping_fails_the_run_too(worker, caplog) -> None:
    worker.start_run(5, ExplodingTraining(RunParameters(epochs=10)), BOOK_PACE, True)
    worker.advance_run(5, 1)
    worker.advance_run(5, 1)
    worker.advance_run(5, 1)
    assert worker.ended == [(5, RunOutcome.FAILED)] and len(worker.failures) == 1
    worker.advance_run(5, 1)  # the run is gone: nothing more happens
    assert len(worker.ended) == 1


def test_an_instant_run_waits_for_the_screen_when_far_ahead(worker) -> None:
    from desktop.engine.frame_gate import MAX_ROWS_AHEAD

    gate = worker._gate
    training = Training(RunParameters(epochs=1_000_000))
    gate.note_shown(2, 0)  # the screen shows nothing yet
    worker.start_run(2, training, INSTANT)
    for _ in range(200):  # a loaded machine computes less a tick: go on until it must wait
        worker.tick()
        if len(training.trajectory) > MAX_ROWS_AHEAD:
            break
    worker.tick()  # far ahead now: computes nothing
    assert MAX_ROWS_AHEAD < len(training.trajectory) <= MAX_ROWS_AHEAD + 4096 + 1
    gate.note_shown(2, len(training.trajectory))
    worker.tick()
    assert len(training.trajectory) > MAX_ROWS_AHEAD + 4096


def test_frames_hold_the_trainer_until_the_gui_is_idle(qtbot) -> None:
    from desktop.engine.frame_gate import FrameGate
    from desktop.engine.frame_pacer import FramePacer

    gate = FrameGate()
    pacer = FramePacer(gate=gate)
    seen = []
    pacer.frame.connect(lambda: seen.append(gate._open.is_set()))
    pacer.fire_now()
    assert seen == [False] and not gate._open.is_set()  # closed through the frame and after
    qtbot.waitUntil(gate._open.is_set, timeout=1000)  # opened once the event loop waits
