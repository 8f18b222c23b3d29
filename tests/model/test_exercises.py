"""The chapter's exercises as curves (model/exercises.py): the right cross-entropy form is finite
over a ∈ (0, 1) for every y and smallest at a = y; the swapped form is undefined (NaN, without a
warning) exactly at y = 0 and y = 1; σ′(z) and σ(z)(1 − σ(z)) agree to rounding."""

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from model import CostName, cost_value
from model.exercises import OUTPUT_POINTS, cross_entropy_forms, sigmoid_derivative

targets = st.floats(min_value=0.0, max_value=1.0)
inside = st.floats(min_value=1e-6, max_value=1 - 1e-6)


@given(y=targets)
def test_the_right_form_is_finite_over_open_a_for_every_target(y: float) -> None:
    forms = cross_entropy_forms(y)
    assert forms.a.shape == forms.right.shape == forms.swapped.shape == (OUTPUT_POINTS,)
    assert forms.a.dtype == forms.right.dtype == np.float64
    assert 0.0 < forms.a[0] and forms.a[-1] < 1.0 and (np.diff(forms.a) > 0).all()
    assert np.isfinite(forms.right).all() and (forms.right >= 0).all()


@given(y=inside)
def test_the_right_form_is_the_cross_entropy_cost_and_smallest_at_a_equal_y(y: float) -> None:
    forms = cross_entropy_forms(y)
    z = np.log(forms.a) - np.log1p(-forms.a)  # a = σ(z)
    assert np.allclose(forms.right, cost_value(CostName.CROSS_ENTROPY, z, y), rtol=1e-9)
    assert abs(forms.a[int(np.argmin(forms.right))] - y) <= 1.5e-3 or not 1e-3 < y < 1 - 1e-3


@given(y=inside)
def test_the_swapped_form_is_defined_and_linear_in_a_strictly_between_0_and_1(y: float) -> None:
    forms = cross_entropy_forms(y)
    assert forms.swapped_defined and np.isfinite(forms.swapped).all()
    expected = -(forms.a * math.log(y) + (1 - forms.a) * math.log(1 - y))
    assert np.allclose(forms.swapped, expected, rtol=1e-12)


@pytest.mark.parametrize("y", [0.0, 1.0])
def test_the_swapped_form_is_undefined_at_0_and_1_without_a_warning(y: float) -> None:
    forms = cross_entropy_forms(y)  # the test config turns any warning into an error
    assert not forms.swapped_defined and np.isnan(forms.swapped).all()
    assert np.isfinite(forms.right).all()


@pytest.mark.parametrize("y", [-0.1, 1.5, math.nan])
def test_a_target_outside_0_to_1_is_refused(y: float) -> None:
    with pytest.raises(ValueError):
        cross_entropy_forms(y)


def test_sigma_prime_equals_sigma_times_one_minus_sigma_to_rounding() -> None:
    curves = sigmoid_derivative()
    assert curves.z.shape == curves.derivative.shape == curves.product.shape == (801,)
    assert (curves.z[0], curves.z[-1]) == (-8.0, 8.0)
    assert curves.largest_difference == float(np.max(np.abs(curves.derivative - curves.product)))
    assert 0.0 <= curves.largest_difference < 1e-15
    assert math.isclose(curves.derivative.max(), 0.25)


@given(low=st.floats(-800, 0), span=st.floats(1e-3, 1600))
def test_the_derivative_curves_stay_finite_far_out(low: float, span: float) -> None:
    curves = sigmoid_derivative(low, low + span, 101)
    assert np.isfinite(curves.derivative).all() and np.isfinite(curves.product).all()
    assert curves.largest_difference < 1e-15


def test_an_empty_range_is_refused() -> None:
    with pytest.raises(ValueError):
        sigmoid_derivative(1.0, 1.0)
