"""The why-slow panel's numbers (model/why_slow.py): the chain rule's factors and their products
are the trajectory's own gradients to the bit, σ's tangent passes through (z, σ(z)) with slope
σ'(z), the flat region starts where σ'(z) = 0.1, and the log magnitudes stay finite for zeros."""

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from model import CostName, Trajectory, cost_value, sigmoid, sigmoid_prime
from model.costs import output_error
from model.why_slow import (
    FLAT_SIGMA_PRIME,
    LOG_FLOOR,
    chain_factors,
    cost_terms,
    flat_limit,
    is_flat,
    log_magnitude,
    sigmoid_curve,
    tangent_segment,
)

weights = st.floats(min_value=-50.0, max_value=50.0)
inputs = st.floats(min_value=-5.0, max_value=5.0)
targets = st.floats(min_value=0.0, max_value=1.0)
costs = st.sampled_from(list(CostName))
zs = st.floats(min_value=-40.0, max_value=40.0)


def one_row(w: float, b: float, x: float, y: float, cost: CostName) -> dict[str, float]:
    trajectory = Trajectory(x, y, cost)
    trajectory.append([w], [b])
    return trajectory.state(0)


@given(w=weights, b=weights, x=inputs, y=targets, cost=costs)
def test_chain_factor_products_are_the_trajectorys_gradients_bit_for_bit(
    w: float, b: float, x: float, y: float, cost: CostName
) -> None:
    state = one_row(w, b, x, y, cost)
    factors = chain_factors(cost, state["z"], x, y)
    assert factors.dC_dw == state["dC_dw"]
    assert factors.dC_db == state["dC_db"]
    assert factors.x == x
    assert factors.error == float(output_error(state["z"], y))


@given(w=weights, b=weights, x=inputs, y=targets)
def test_quadratic_factors_are_x_error_and_sigma_prime_and_multiply_to_the_gradient(
    w: float, b: float, x: float, y: float
) -> None:
    state = one_row(w, b, x, y, CostName.QUADRATIC)
    factors = chain_factors(CostName.QUADRATIC, state["z"], x, y)
    assert factors.factors() == (x, float(output_error(state["z"], y)), state["sigma_prime"])
    assert math.isclose(math.prod(factors.factors()), factors.dC_dw, rel_tol=1e-12, abs_tol=1e-300)


@given(w=weights, b=weights, x=inputs, y=targets)
def test_cross_entropy_has_no_sigma_prime_factor(w: float, b: float, x: float, y: float) -> None:
    state = one_row(w, b, x, y, CostName.CROSS_ENTROPY)
    factors = chain_factors(CostName.CROSS_ENTROPY, state["z"], x, y)
    assert factors.sigma_prime is None
    assert factors.factors() == (x, float(output_error(state["z"], y)))
    assert math.prod(factors.factors()) == factors.dC_dw  # x·(a − y), the same two roundings


def test_saturated_start_shows_the_collapsing_factor() -> None:
    """The book's saturated start (w = b = 2, x = 1, y = 0): a − y ≈ 0.98, σ'(z) ≈ 0.018."""
    factors = chain_factors(CostName.QUADRATIC, 4.0, 1.0, 0.0)
    assert math.isclose(factors.error, 0.98201, rel_tol=1e-4)
    assert factors.sigma_prime is not None and math.isclose(
        factors.sigma_prime, 0.017663, rel_tol=1e-4
    )
    assert is_flat(4.0) and not is_flat(0.0)


@given(z=zs, half_width=st.floats(min_value=0.1, max_value=20.0))
def test_tangent_passes_through_the_point_with_slope_sigma_prime(
    z: float, half_width: float
) -> None:
    xs, ys = tangent_segment(z, half_width)
    assert xs.shape == ys.shape == (2,)
    assert np.allclose(xs, [z - half_width, z + half_width])
    slope = (ys[1] - ys[0]) / (xs[1] - xs[0])
    assert math.isclose(slope, float(sigmoid_prime(z)), rel_tol=1e-9, abs_tol=1e-15)
    assert math.isclose((ys[0] + ys[1]) / 2, float(sigmoid(z)), rel_tol=1e-12, abs_tol=1e-15)


def test_flat_limit_is_where_sigma_prime_is_the_threshold() -> None:
    limit = flat_limit()
    assert math.isclose(limit, 2.0634, abs_tol=1e-4)
    for z in (limit, -limit):
        assert math.isclose(float(sigmoid_prime(z)), FLAT_SIGMA_PRIME, rel_tol=1e-12)
    assert is_flat(limit + 1e-6) and is_flat(-limit - 1e-6)
    assert not is_flat(limit - 1e-6) and not is_flat(-limit + 1e-6)
    assert math.isclose(float(sigmoid_prime(flat_limit(0.2))), 0.2, rel_tol=1e-12)


@given(z=st.floats(min_value=-1e6, max_value=1e6))
def test_is_flat_agrees_with_the_limit(z: float) -> None:
    limit = flat_limit()
    if abs(abs(z) - limit) > 1e-9:
        assert is_flat(z) == (abs(z) > limit)


def test_log_magnitude_of_zero_and_tiny_gradients_is_the_floor() -> None:
    values = np.array([0.0, -0.0, 1e-320, -1e-310, LOG_FLOOR, 1e-3, -2.0, 1e300])
    logs = log_magnitude(values)
    assert logs.shape == values.shape and np.isfinite(logs).all()
    np.testing.assert_array_equal(logs[:5], [-300.0] * 5)
    np.testing.assert_allclose(logs[5:], [-3.0, math.log10(2.0), 300.0], rtol=1e-15)
    assert float(log_magnitude(0.5)) == math.log10(0.5)


@given(values=st.lists(st.floats(allow_nan=False, allow_infinity=False), min_size=1))
def test_log_magnitude_is_finite_and_monotone_in_the_magnitude(values: list[float]) -> None:
    logs = log_magnitude(values)
    assert np.isfinite(logs).all() and (logs >= -300.0).all()
    order = np.argsort(np.abs(values), kind="stable")
    assert (np.diff(logs[order]) >= 0).all()


@given(z=zs, y=targets, cost=costs)
def test_cost_terms_are_the_models_numbers(z: float, y: float, cost: CostName) -> None:
    terms = cost_terms(cost, z, y)
    assert terms["z"] == z and terms["y"] == y and terms["one_minus_y"] == 1.0 - y
    assert terms["a"] == float(sigmoid(z))
    assert math.isclose(terms["a"] + terms["one_minus_a"], 1.0, rel_tol=1e-15)
    assert terms["one_minus_a"] > 0.0  # exact even where a rounds to 1: ln(1 − a) is finite
    assert terms["sigma_prime"] == float(sigmoid_prime(z))
    assert terms["cost"] == float(cost_value(cost, z, y))
    assert terms["delta"] == chain_factors(cost, z, 1.0, y).dC_db


def test_sigmoid_curve_spans_the_range_asked() -> None:
    z, a = sigmoid_curve(-6.0, 6.0, 121)
    assert z[0] == -6.0 and z[-1] == 6.0 and len(z) == len(a) == 121
    np.testing.assert_array_equal(a, sigmoid(z))
    assert (np.diff(a) > 0).all()
