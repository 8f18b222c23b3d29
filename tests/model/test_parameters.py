"""Validation says clearly what is wrong; parameters round-trip through plain dicts."""

import json

import pytest

from model import CostName, ParameterError, RuleName, RunParameters


def test_defaults_are_the_books_good_start() -> None:
    p = RunParameters()
    assert (p.w, p.b, p.eta, p.x, p.y, p.epochs) == (0.6, 0.9, 0.15, 1.0, 0.0, 300)
    assert p.cost is CostName.QUADRATIC and p.rule is RuleName.GRADIENT


def test_round_trips_through_json() -> None:
    p = RunParameters(
        w=-1.5, b=2.0, eta=0.005, epochs=1234, cost="cross-entropy", rule="book-widget"
    )
    assert RunParameters.from_dict(json.loads(json.dumps(p.to_dict()))) == p


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"eta": 0}, "eta", "> 0"),
        ({"eta": 100.5}, "eta", "<= 100"),
        ({"eta": float("nan")}, "eta", "finite"),
        ({"epochs": 0}, "epochs", "between 1 and 10,000,000"),
        ({"epochs": 10_000_001}, "epochs", "between 1 and 10,000,000"),
        ({"epochs": 2.5}, "epochs", "invalid value"),
        ({"w": 1000.5}, "w", "between -1000 and 1000"),
        ({"b": -1e9}, "b", "between -1000 and 1000"),
        ({"x": float("inf")}, "x", "finite"),
        ({"y": 1.5}, "y", "between 0 and 1"),
        ({"cost": "hinge"}, "cost", "choose from quadratic, cross-entropy"),
        ({"rule": "adam"}, "rule", "choose from gradient, book-widget"),
        ({"speed": 3}, "speed", "unknown parameter"),
    ],
)
def test_bad_values_are_rejected_with_a_clear_message(
    changes: dict, field: str, words: str
) -> None:
    with pytest.raises(ParameterError, match=words) as caught:
        RunParameters().with_changes(**changes)
    assert caught.value.field == field


def test_limits_themselves_are_allowed() -> None:
    p = RunParameters().with_changes(eta=100, epochs=10_000_000, w=-1000, b=1000, x=1000, y=1)
    assert p.epochs == 10_000_000
