"""Analytic derivatives agree with finite differences, for random parameters (hypothesis)."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from model import CostName, cost_dC_da, cost_delta, cost_value, sigmoid, sigmoid_prime

moderate = st.floats(min_value=-4.0, max_value=4.0)
targets = st.floats(min_value=0.0, max_value=1.0)
costs = st.sampled_from(list(CostName))
H = 1e-6


def central_difference(f, v: float) -> float:
    return (f(v + H) - f(v - H)) / (2 * H)


@given(w=moderate, b=moderate, x=moderate, y=targets, cost=costs)
@settings(max_examples=200, deadline=None)
def test_gradients_match_finite_differences(
    w: float, b: float, x: float, y: float, cost: CostName
) -> None:
    def c(w_: float, b_: float) -> float:
        return float(cost_value(cost, w_ * x + b_, y))

    delta = float(cost_delta(cost, w * x + b, y))
    assert np.isclose(x * delta, central_difference(lambda v: c(v, b), w), rtol=1e-5, atol=1e-8)
    assert np.isclose(delta, central_difference(lambda v: c(w, v), b), rtol=1e-5, atol=1e-8)


@given(z=moderate, y=targets, cost=costs)
@settings(max_examples=200, deadline=None)
def test_dC_da_matches_finite_difference_in_a(z: float, y: float, cost: CostName) -> None:
    a = float(sigmoid(z))

    def c_of_a(a_: float) -> float:
        if cost is CostName.QUADRATIC:
            return 0.5 * (a_ - y) ** 2
        return -(y * np.log(a_) + (1 - y) * np.log1p(-a_))

    assert np.isclose(
        float(cost_dC_da(cost, z, y)), central_difference(c_of_a, a), rtol=1e-4, atol=1e-7
    )


@given(z=st.floats(min_value=-30.0, max_value=30.0))
def test_sigmoid_prime_matches_finite_difference(z: float) -> None:
    # σ' is even; differencing on the side where σ is small keeps the quotient precise.
    numeric = central_difference(lambda v: float(sigmoid(v)), -abs(z))
    assert np.isclose(float(sigmoid_prime(z)), numeric, rtol=1e-5, atol=1e-10)


@given(z=moderate, y=targets, cost=costs)
def test_chain_rule_links_dC_da_and_delta(z: float, y: float, cost: CostName) -> None:
    assert np.isclose(
        float(cost_delta(cost, z, y)), float(cost_dC_da(cost, z, y) * sigmoid_prime(z))
    )
