"""Advancing a run: one call or one epoch at a time give the identical trajectory."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from model import RunParameters, Training
from model.trajectory import CHUNK_ROWS


def test_stepping_equals_one_big_advance() -> None:
    params = RunParameters(
        w=2, b=2, epochs=200, cost="cross-entropy", rule="book-widget", eta=0.005
    )
    stepped, bulk = Training(params), Training(params)
    while stepped.step():
        pass
    bulk.advance(10**9)
    for a, b in zip(
        stepped.trajectory.rows().columns(), bulk.trajectory.rows().columns(), strict=False
    ):
        np.testing.assert_array_equal(a, b)
    assert stepped.epochs_done == bulk.epochs_done == 200 and stepped.finished


def test_advance_never_passes_the_plan_and_reports_what_it_did() -> None:
    training = Training(RunParameters(epochs=CHUNK_ROWS + 5))
    assert training.advance(CHUNK_ROWS - 1) == CHUNK_ROWS - 1
    assert training.advance(100) == 6
    assert training.advance(100) == 0 and training.step() == 0
    assert len(training.trajectory) == CHUNK_ROWS + 6


@given(
    w=st.floats(-5, 5),
    b=st.floats(-5, 5),
    x=st.floats(-3, 3),
    y=st.floats(0, 1),
    eta=st.floats(0.001, 2),
    cost=st.sampled_from(["quadratic", "cross-entropy"]),
    rule=st.sampled_from(["gradient", "book-widget"]),
    split=st.integers(1, 39),
)
@settings(max_examples=60, deadline=None)
def test_splitting_a_run_changes_nothing(w, b, x, y, eta, cost, rule, split) -> None:
    params = RunParameters(w=w, b=b, x=x, y=y, eta=eta, epochs=40, cost=cost, rule=rule)
    whole, parts = Training(params), Training(params)
    whole.run_to_end()
    parts.advance(split)
    parts.run_to_end()
    np.testing.assert_array_equal(whole.trajectory.rows().w, parts.trajectory.rows().w)
