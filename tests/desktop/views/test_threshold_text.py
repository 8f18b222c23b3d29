"""Compare mode's threshold words: reached, not yet, not reached, and how the runs compare."""

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.views.threshold_text import (
    RunThreshold,
    ratio_text,
    run_labels,
    run_name,
    run_status,
    run_text,
    threshold_text,
    times_text,
)
from model import RunParameters
from model.comparison import book_rule_pair, default_partner

ROOT = Path(__file__).resolve().parents[3]


def run(epoch, rows, planned=300, ended=False, label="quadratic") -> RunThreshold:
    return RunThreshold(label, epoch, rows, planned, ended)


# -- one run ------------------------------------------------------------------------------------
def test_a_run_within_the_threshold_says_at_which_epoch() -> None:
    text = run_text(0, run(312, 400, planned=400), 0.1)
    assert text == "Run 1 (quadratic): |a − y| < 0.1 at epoch 312"


def test_the_threshold_and_epoch_are_written_as_the_app_writes_them() -> None:
    text = run_text(1, run(1_234_567, 2_000_000, 10_000_000, label="cross-entropy"), 0.05)
    assert text == "Run 2 (cross-entropy): |a − y| < 0.05 at epoch 1,234,567"


def test_a_start_already_close_enough_is_epoch_0() -> None:
    assert run_text(0, run(0, 1), 0.1).endswith("at epoch 0")


def test_a_running_run_not_there_yet_says_which_epoch_is_shown() -> None:
    text = run_text(1, run(None, 121, label="cross-entropy"), 0.1)
    assert text == "Run 2 (cross-entropy): not yet (epoch 120 shown)"


def test_before_the_first_row_it_is_just_not_yet() -> None:
    assert run_text(0, run(None, 0, label=""), 0.1) == "Run 1: not yet"


def test_a_finished_run_that_never_got_there_says_so_for_good() -> None:
    text = run_text(0, run(None, 301, planned=300, ended=True), 0.1)
    assert text == "Run 1 (quadratic): not reached in 300 epochs"


def test_a_run_stopped_early_says_where_it_ended() -> None:
    text = run_text(0, run(None, 121, planned=300, ended=True), 0.1)
    assert text == "Run 1 (quadratic): not reached by epoch 120"


def test_one_epoch_is_singular() -> None:
    text = run_text(0, run(None, 2, planned=1, ended=True), 0.1)
    assert text == "Run 1 (quadratic): not reached in 1 epoch"


def test_the_status_is_the_line_without_the_runs_name() -> None:
    assert run_status(run(312, 400), 0.1) == "|a − y| < 0.1 at epoch 312"
    assert run_status(run(None, 121), 0.1) == "not yet (epoch 120 shown)"


def test_run_names_count_from_one() -> None:
    assert run_name(0, "quadratic") == "Run 1 (quadratic)"
    assert run_name(1, "") == "Run 2"


# -- the pair -----------------------------------------------------------------------------------
def test_the_slower_run_is_named_first_with_how_many_times_as_many_epochs() -> None:
    slow_first = [run(312, 400), run(50, 400, label="cross-entropy")]
    assert ratio_text(slow_first) == "run 1 needs 6.24× the epochs of run 2"
    fast_first = [run(50, 400), run(312, 400, label="cross-entropy")]
    assert ratio_text(fast_first) == "run 2 needs 6.24× the epochs of run 1"


def test_only_run_2_there_and_run_1_ended_gives_a_lower_bound() -> None:
    # Run 1 did epochs 0..299 without getting there: it would need at least 300 epochs.
    runs = [run(None, 300, planned=299, ended=True), run(50, 300, planned=299, ended=True)]
    assert ratio_text(runs) == "run 1 needs ≥ 6× the epochs of run 2"
    runs = [run(None, 301, ended=True), run(50, 301, ended=True)]
    assert ratio_text(runs) == "run 1 needs ≥ 6.02× the epochs of run 2"  # (300 + 1)/50


def test_the_lower_bound_also_works_the_other_way_and_grows_while_running() -> None:
    assert ratio_text([run(20, 81), run(None, 81)]) == "run 2 needs ≥ 4.05× the epochs of run 1"
    assert ratio_text([run(20, 161), run(None, 161)]) == "run 2 needs ≥ 8.05× the epochs of run 1"


def test_no_bound_above_one_yet_says_who_got_there_first() -> None:
    assert ratio_text([run(None, 10), run(20, 30)]) == "run 2 reached it first"


@pytest.mark.parametrize(("first", "second"), [(0, 0), (40, 40), (0, 1)])
def test_runs_getting_there_at_the_same_time_are_together(first, second) -> None:
    # Epoch 0 counts as one epoch (model.comparison.epochs_ratio): 0 and 1 are together too.
    assert ratio_text([run(first, 50), run(second, 50)]) == "runs 1 and 2 reached it together"


def test_neither_run_there_yet_or_ever() -> None:
    assert ratio_text([run(None, 100), run(None, 100)]) == "neither run has reached it yet"
    ended = [run(None, 301, ended=True), run(None, 301, ended=True)]
    assert ratio_text(ended) == "neither run reached it"
    one_ended = [run(None, 301, ended=True), run(None, 100)]
    assert ratio_text(one_ended) == "neither run has reached it yet"


def test_the_ratio_needs_two_runs() -> None:
    with pytest.raises(ValueError, match="two runs"):
        ratio_text([run(1, 2)])


@pytest.mark.parametrize(
    ("ratio", "text"),
    [(6.24, "6.24"), (2.0, "2"), (312.5, "312.5"), (6.0206, "6.021"), (123_456.7, "123,457")],
)
def test_times_are_short_and_never_scientific(ratio, text) -> None:
    assert times_text(ratio) == text


def test_threshold_is_written_like_its_field() -> None:
    assert threshold_text(0.1) == "0.1" and threshold_text(0.0001) == "0.0001"


# -- labels and translation ---------------------------------------------------------------------
def test_labels_name_what_differs() -> None:
    start = RunParameters()
    assert run_labels(start, default_partner(start)) == ("quadratic", "cross-entropy")
    assert run_labels(*book_rule_pair(start)) == ("book rule", "true gradient")
    assert run_labels(start, start.with_changes(eta=0.6)) == ("η = 0.15", "η = 0.6")
    assert run_labels(start, start) == ("quadratic", "quadratic")
    book = start.with_changes(cost="cross-entropy", rule="book-widget")
    assert run_labels(book, start) == ("cross-entropy, book rule", "quadratic")


def test_the_book_rule_is_not_named_for_the_quadratic_cost() -> None:
    quadratic_book = RunParameters(rule="book-widget")  # steps by the gradient all the same
    assert run_labels(quadratic_book, RunParameters()) == ("quadratic", "quadratic")


def test_every_template_goes_through_translate() -> None:
    def translate(text: str) -> str:
        return f"«{text}»"

    text = run_text(0, run(None, 121, label="x"), 0.1, translate)
    assert text == "««Run 1 (x)»: «not yet (epoch 120 shown)»»"
    assert ratio_text([run(312, 400), run(50, 400)], translate).startswith("«run 1 needs")
    assert run_labels(RunParameters(), default_partner(RunParameters()), translate) == (
        "«quadratic»",
        "«cross-entropy»",
    )


def test_the_text_builder_does_not_load_qt() -> None:
    code = (
        "import sys, desktop.views.threshold_text; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
