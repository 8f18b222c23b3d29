"""Compare mode's numbers: threshold epochs (one-shot and live), their ratio, and the pairs."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model import CostName, ParameterError, RuleName, RunParameters, Training, preset
from model.comparison import (
    DEFAULT_THRESHOLD,
    ThresholdWatch,
    book_rule_pair,
    default_partner,
    epochs_ratio,
    parse_compare_spec,
    shared_start,
    threshold_epoch,
)
from model.trajectory import CHUNK_ROWS

starts = st.floats(-6.0, 6.0, allow_nan=False)
costs = st.sampled_from(list(CostName))


def brute_force(training: Training, threshold: float) -> int | None:
    """The first row whose output is within the threshold, row by row from the model's rows."""
    rows = training.trajectory.rows()
    close = np.flatnonzero(np.abs(rows.a - training.parameters.y) < threshold)
    return int(close[0]) if len(close) else None


@settings(max_examples=60, deadline=None)
@given(w=starts, b=starts, cost=costs, threshold=st.floats(0.01, 0.9))
def test_threshold_epoch_is_the_first_row_within_the_threshold(w, b, cost, threshold) -> None:
    training = Training(RunParameters(w=w, b=b, cost=cost, epochs=200))
    training.run_to_end()
    assert threshold_epoch(training.trajectory, threshold) == brute_force(training, threshold)


@settings(max_examples=40, deadline=None)
@given(w=starts, b=starts, cost=costs, cuts=st.lists(st.integers(1, 301), max_size=8))
def test_the_live_watch_agrees_with_one_look_at_the_end(w, b, cost, cuts) -> None:
    training = Training(RunParameters(w=w, b=b, cost=cost, epochs=300))
    training.run_to_end()
    watch = ThresholdWatch()
    for length in [*sorted(cuts), 301]:
        found = watch.update(training.trajectory, length)
        assert found == threshold_epoch(training.trajectory, DEFAULT_THRESHOLD, length)
    assert watch.epoch == brute_force(training, DEFAULT_THRESHOLD)


def test_the_watch_reads_only_new_rows_and_spans_chunks() -> None:
    training = Training(RunParameters(w=2.0, b=2.0, epochs=CHUNK_ROWS + 10, eta=1e-4))
    training.run_to_end()  # a tiny η: never near the target
    watch = ThresholdWatch()
    assert watch.update(training.trajectory, CHUNK_ROWS - 5) is None
    assert watch.rows_seen == CHUNK_ROWS - 5
    assert watch.update(training.trajectory, CHUNK_ROWS + 11) is None
    watch.reset(0.999)  # now the start itself is within
    assert watch.update(training.trajectory, 3) == 0


def test_the_book_numbers() -> None:
    """From the saturated start the quadratic cost never gets within 0.1 in 300 epochs; the
    cross-entropy cost gets there at epoch 50; from the good start 273 vs 41."""
    found = {}
    for name in ("quadratic-saturated", "cross-entropy-saturated", "quadratic-good-start"):
        training = Training(preset(name).parameters)
        training.run_to_end()
        found[name] = threshold_epoch(training.trajectory)
    assert found["quadratic-saturated"] is None and found["cross-entropy-saturated"] == 50
    good = Training(default_partner(preset("quadratic-good-start").parameters))
    good.run_to_end()
    assert (found["quadratic-good-start"], threshold_epoch(good.trajectory)) == (273, 41)
    assert epochs_ratio(273, 41) == pytest.approx(273 / 41)


@pytest.mark.parametrize("bad", [0.0, 1.0, -0.5, float("nan"), float("inf")])
def test_a_threshold_outside_0_1_is_refused(bad) -> None:
    training = Training(RunParameters(epochs=3))
    with pytest.raises(ParameterError, match="threshold"):
        threshold_epoch(training.trajectory, bad)
    with pytest.raises(ParameterError):
        ThresholdWatch(bad)


def test_ratio_needs_both_and_counts_epoch_zero_as_one() -> None:
    assert epochs_ratio(None, 5) is None and epochs_ratio(5, None) is None
    assert epochs_ratio(0, 0) == 1.0 and epochs_ratio(10, 0) == 10.0


def test_pairs_share_the_start() -> None:
    first = preset("quadratic-saturated").parameters
    partner = default_partner(first)
    assert partner == first.with_changes(cost="cross-entropy")
    book, gradient = book_rule_pair(preset("book-cross-entropy-saturated").parameters)
    assert (book.rule, gradient.rule) == (RuleName.BOOK_WIDGET, RuleName.GRADIENT)
    assert book.with_changes(rule="gradient") == gradient
    moved = shared_start(first.with_changes(w=-1.0, epochs=50), partner.with_changes(eta=0.3))
    assert (moved.w, moved.epochs, moved.eta, moved.cost) == (-1.0, 50, 0.3, CostName.CROSS_ENTROPY)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("cost=cross-entropy", {"cost": "cross-entropy"}),
        (" cost = cross-entropy , eta = 0.3 ", {"cost": "cross-entropy", "eta": 0.3}),
        ("rule=book-widget,w=1,b=-1", {"rule": "book-widget", "w": 1.0, "b": -1.0}),
    ],
)
def test_a_spec_changes_the_first_run(spec, expected) -> None:
    first = preset("quadratic-saturated").parameters
    assert parse_compare_spec(spec, first) == first.with_changes(**expected)


def test_a_preset_name_is_a_spec() -> None:
    first = RunParameters()
    assert (
        parse_compare_spec("cross-entropy-saturated", first)
        == preset("cross-entropy-saturated").parameters
    )


@pytest.mark.parametrize(
    ("spec", "named"),
    [
        ("", "preset name"),
        ("eta", "'eta'"),
        ("nope", "'nope'"),
        ("x=2", "'x'"),
        ("eta=-1", "eta"),
        ("eta=abc", "'abc'"),
        ("cost=foo", "'foo'"),
        ("eta=0.1,eta=0.2", "twice"),
        ("eta=", "no value"),
        ("=3", "not key=value"),
        ("w=1e9", "w must be"),
    ],
)
def test_a_bad_spec_is_one_line_naming_the_bad_part(spec, named) -> None:
    with pytest.raises(ParameterError) as error:
        parse_compare_spec(spec, RunParameters())
    message = str(error.value)
    assert named in message and "\n" not in message
