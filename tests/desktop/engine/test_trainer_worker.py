"""The worker's logic, driven tick by tick in the test thread (no QThread, no wall clock)."""

import numpy as np
import pytest

from desktop.engine.pace import BOOK_PACE, INSTANT, TICK_INTERVAL_MS, Pace, TickBudget
from desktop.engine.trainer_worker import RunOutcome, TrainerWorker
from model import RunParameters
from tests.desktop.helpers import reference_rows


@pytest.fixture
def worker(qtbot):
    w = TrainerWorker()
    updates, ended = [], []
    w.updated.connect(updates.append)
    w.run_ended.connect(lambda run_id, outcome: ended.append((run_id, outcome)))
    w.updates, w.ended = updates, ended
    yield w
    w.halt()


def concatenated(updates, column: str) -> np.ndarray:
    return np.concatenate([getattr(u.rows, column) for u in updates])


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


def test_start_sends_epoch_zero_then_one_update_per_tick(worker) -> None:
    params = RunParameters(epochs=5)
    worker.start_run(7, params, BOOK_PACE)
    assert len(worker.updates) == 1 and worker.updates[0].rows.epoch.tolist() == [0]
    for _ in range(5):
        worker.tick()
    assert [len(u.rows) for u in worker.updates] == [1, 1, 1, 1, 1, 1]
    assert worker.ended == [(7, RunOutcome.FINISHED)] and worker.updates[-1].finished
    np.testing.assert_array_equal(concatenated(worker.updates, "a"), reference_rows(params).a)


def test_instant_pace_batches_a_million_epochs_into_few_updates(worker) -> None:
    params = RunParameters(w=2, b=2, epochs=1_000_000)
    worker.start_run(1, params, INSTANT)
    ticks = 0
    while not worker.ended:
        worker.tick()
        ticks += 1
    assert len(worker.updates) == ticks + 1
    epochs = concatenated(worker.updates, "epoch")
    np.testing.assert_array_equal(epochs, np.arange(1_000_001))
    assert worker.updates[-1].rows.a[-1] == reference_rows(params).a[-1]


def test_stop_keeps_and_sends_what_was_computed(worker) -> None:
    params = RunParameters(epochs=300)
    worker.start_run(3, params, Pace(600.0))
    for _ in range(4):
        worker.tick()
    worker.stop_run(3)
    assert worker.ended == [(3, RunOutcome.STOPPED)]
    epochs = concatenated(worker.updates, "epoch")
    np.testing.assert_array_equal(epochs, np.arange(41))
    worker.tick()
    assert concatenated(worker.updates, "epoch").size == 41


def test_two_runs_advance_side_by_side(worker) -> None:
    quadratic = RunParameters(w=2, b=2, epochs=20)
    cross_entropy = quadratic.with_changes(cost="cross-entropy")
    worker.start_run(1, quadratic, INSTANT)
    worker.start_run(2, cross_entropy, INSTANT)
    worker.tick()
    by_run = {run_id: [u for u in worker.updates if u.run_id == run_id] for run_id in (1, 2)}
    np.testing.assert_array_equal(concatenated(by_run[1], "cost"), reference_rows(quadratic).cost)
    np.testing.assert_array_equal(
        concatenated(by_run[2], "cost"), reference_rows(cross_entropy).cost
    )
    assert sorted(worker.ended) == [(1, "finished"), (2, "finished")]


def test_diverging_run_ends_as_diverged(worker) -> None:
    params = RunParameters(w=2, b=2, eta=100, y=0.5, cost="cross-entropy", rule="book-widget")
    worker.start_run(9, params, INSTANT)
    worker.tick()
    assert worker.ended == [(9, RunOutcome.DIVERGED)]
    assert worker.updates[-1].diverged_at == 2
