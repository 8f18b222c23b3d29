"""The book's experiment, reproduced to the published numbers (300 updates, x = 1, y = 0)."""

import pytest

from model import Training, preset


def final_output(name: str) -> float:
    training = Training(preset(name).parameters)
    training.run_to_end()
    return training.trajectory.row(-1)["a"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("quadratic-good-start", 0.0940),
        ("quadratic-saturated", 0.2028),
        ("book-cross-entropy-good-start", 0.0404),
        ("book-cross-entropy-saturated", 0.0479),
    ],
)
def test_end_values_match_the_book(name: str, expected: float) -> None:
    assert final_output(name) == pytest.approx(expected, abs=5e-5)


def test_saturated_quadratic_start_crawls_for_150_epochs() -> None:
    training = Training(preset("quadratic-saturated").parameters)
    training.run_to_end()
    outputs = training.trajectory.rows().a
    assert (outputs[:151] > 0.9).all()
    assert outputs[-1] < 0.21


def test_true_gradient_cross_entropy_learns_fast_from_both_starts() -> None:
    good = final_output("cross-entropy-good-start")
    saturated = final_output("cross-entropy-saturated")
    assert good < 0.02 and saturated < 0.02
