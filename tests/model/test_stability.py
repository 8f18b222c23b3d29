"""Finite values and no floating-point warnings at the extremes (pytest turns warnings into errors)."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from model import (
    CostName,
    RunParameters,
    Training,
    cost_dC_da,
    cost_delta,
    cost_value,
    sigmoid,
    sigmoid_prime,
    softplus,
)

EXTREMES = np.array([-1e308, -1e6, -745.0, -709.0, -40.0, 0.0, 40.0, 709.0, 745.0, 1e6, 1e308])


def test_sigmoid_family_is_finite_and_exact_in_the_tails() -> None:
    a = sigmoid(EXTREMES)
    assert np.isfinite(a).all()
    assert a[0] == 0.0 and a[-1] == 1.0 and sigmoid(0.0) == 0.5
    assert np.isfinite(sigmoid_prime(EXTREMES)).all() and (sigmoid_prime(EXTREMES) >= 0).all()
    assert softplus(1e6) == 1e6 and softplus(-1e6) == 0.0


@pytest.mark.parametrize("cost", list(CostName))
@pytest.mark.parametrize("y", [0.0, 0.3, 1.0])
def test_costs_are_finite_at_extremes(cost: CostName, y: float) -> None:
    for f in (cost_value, cost_dC_da, cost_delta):
        assert np.isfinite(f(cost, EXTREMES, y)).all(), f.__name__


@given(z=st.floats(min_value=-1e300, max_value=1e300), y=st.floats(min_value=0.0, max_value=1.0))
def test_cross_entropy_is_finite_and_non_negative(z: float, y: float) -> None:
    value = float(cost_value(CostName.CROSS_ENTROPY, z, y))
    assert np.isfinite(value) and value >= 0.0


def test_cross_entropy_at_saturation_grows_linearly_instead_of_log_zero() -> None:
    assert float(cost_value(CostName.CROSS_ENTROPY, 1000.0, 0.0)) == 1000.0


def test_diverging_run_stays_finite_and_says_so() -> None:
    params = RunParameters(w=2, b=2, eta=100, x=1, y=0.5, cost="cross-entropy", rule="book-widget")
    training = Training(params)
    training.run_to_end()
    assert training.finished and training.diverged_at is not None
    assert len(training.trajectory) == training.diverged_at
    for column in training.trajectory.rows().columns():
        assert np.isfinite(column).all()


@pytest.mark.parametrize("cost", list(CostName))
@pytest.mark.parametrize("rule", ["gradient", "book-widget"])
def test_largest_allowed_inputs_stay_finite(cost: CostName, rule: str) -> None:
    params = RunParameters.from_dict(
        {
            "w": 1000,
            "b": 1000,
            "x": 1000,
            "y": 0.0,
            "eta": 100,
            "epochs": 2000,
            "cost": cost,
            "rule": rule,
        }
    )
    training = Training(params)
    training.run_to_end()
    for column in training.trajectory.rows().columns():
        assert np.isfinite(column).all()
