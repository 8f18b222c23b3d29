"""Precision of a − y, the costs and their derivatives, against a high-precision reference.

The reference (`decimal`, no mpmath) evaluates the exact function of the float inputs (z and y
convert exactly), with 40 significant digits beyond the leading "0.999…" that a = σ(z) has for
large z (`Decimal.exp` and `ln` round correctly, so no cancellation the floats can produce
reaches its last digits). A computed value v of an exact value r is accepted when
|v − r| ≤ 8 ε (|r| + s), where s is the value's unavoidable error scale: σ(z) and σ(−z) are
each evaluated to a few ε of themselves, so a is known to ε·min(a, 1 − a) in absolute terms at
best, and s is what that error becomes in the value (e.g. |a − y|·min(a, 1 − a) for the
quadratic cost). The plain a − y, which cancels as a → 1, fails this at y near 1 (at y = 1 and
z = 40 it gave 0 for the cost and for δ, and 0 instead of ≈ −1 for the book widget's dC/da).
"""

from __future__ import annotations

import math
from decimal import Decimal, localcontext

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model import (
    CostName,
    RuleName,
    RunParameters,
    Training,
    Trajectory,
    cost_dC_da,
    cost_delta,
    cost_value,
    sigmoid,
)
from model.costs import output_error
from model.kernel import run_epochs
from model.sigmoid import one_minus_sigmoid
from model.update_rules import StepKind

EPS = 2.0**-52
TARGETS = (0.0, 1e-12, 0.5, 1.0 - 1e-12, 1.0)


def reference(cost: CostName, z: float, y: float) -> dict[str, float]:
    """a − y, C, ∂C/∂a and δ = ∂C/∂z at float z and y, evaluated exactly enough and rounded to
    floats; and the error scale s of each (see the module docstring)."""
    with localcontext() as context:
        context.prec = 40 + int(abs(z) / 2.3)  # σ(±z) = 0.999… has |z|·log10(e) leading digits
        zd, yd = Decimal(z), Decimal(y)
        a = 1 / (1 + (-zd).exp())
        one_minus_a = 1 / (1 + zd.exp())  # not 1 − a: no cancellation
        error = a - yd
        slope = a * one_minus_a
        m = min(a, one_minus_a)  # a's absolute precision, in units of ε
        if cost is CostName.QUADRATIC:
            values = {
                "error": error,
                "cost": error * error / 2,
                "dC_da": error,
                "delta": error * slope,
            }
            scales = {"error": m, "cost": abs(error) * m, "dC_da": m, "delta": m * slope}
        else:
            # −[y ln a + (1 − y) ln(1 − a)]: ln a and ln(1 − a) have full relative precision.
            ce = -(yd * a.ln() + (1 - yd) * one_minus_a.ln())
            values = {"error": error, "cost": ce, "dC_da": error / slope, "delta": error}
            scales = {"error": m, "cost": Decimal(0), "dC_da": m / slope, "delta": m}
        return {name: float(value) for name, value in values.items()} | {
            f"scale_{name}": float(scale) for name, scale in scales.items()
        }


def computed(cost: CostName, z: float, y: float) -> dict[str, float]:
    return {
        "error": float(output_error(z, y)),
        "cost": float(cost_value(cost, z, y)),
        "dC_da": float(cost_dC_da(cost, z, y)),
        "delta": float(cost_delta(cost, z, y)),
    }


def assert_precise(cost: CostName, z: float, y: float) -> None:
    exact = reference(cost, z, y)
    for name, value in computed(cost, z, y).items():
        bound = 8 * EPS * (abs(exact[name]) + exact[f"scale_{name}"])
        assert abs(value - exact[name]) <= bound, (name, cost, z, y, value, exact[name])


@pytest.mark.parametrize("cost", list(CostName))
@pytest.mark.parametrize("y", TARGETS)
def test_a_grid_of_z_in_minus_40_to_40_is_precise(cost: CostName, y: float) -> None:
    for z in np.linspace(-40.0, 40.0, 161).tolist() + [-36.8, -20.7, 20.7, 27.6, 36.8]:
        assert_precise(cost, z, y)


@settings(max_examples=300)
@given(
    z=st.sampled_from([40.0, -40.0, 300.0, -300.0]) | st.floats(-300.0, 300.0),
    y=st.sampled_from(TARGETS) | st.floats(0.0, 1.0) | st.floats(0.999, 1.0),
    cost=st.sampled_from(list(CostName)),
)
def test_any_z_and_target_is_precise(z: float, y: float, cost: CostName) -> None:
    """|z| ≤ 300 keeps σ(−|z|)² ≈ 1e-261 above the smallest normal float (no underflow)."""
    assert_precise(cost, z, y)


@given(z=st.floats(-1e300, 1e300), y=st.sampled_from(TARGETS) | st.floats(0.0, 1.0))
def test_the_precise_error_is_the_plain_difference_to_an_ulp_of_one(z: float, y: float) -> None:
    """The fix changes a − y by at most what rounding a to a float already does: |a − y| is
    the same number to display and to compare against a threshold."""
    plain = float(sigmoid(z)) - y
    assert abs(float(output_error(z, y)) - plain) <= EPS
    assert -1.0 <= float(output_error(z, y)) <= 1.0


def test_quadratic_cost_and_delta_at_y_1_z_40_are_tiny_not_zero() -> None:
    """a = σ(40) rounds to 1, so the plain a − y gave 0 and so did cost and δ."""
    tail = float(one_minus_sigmoid(40.0))  # σ(−40) ≈ 4.2484e-18, to full precision
    assert float(sigmoid(40.0)) == 1.0
    cost = float(cost_value(CostName.QUADRATIC, 40.0, 1.0))
    delta = float(cost_delta(CostName.QUADRATIC, 40.0, 1.0))
    assert cost != 0.0 and math.isclose(cost, 0.5 * tail**2, rel_tol=1e-12)  # ≈ 9.0243e-36
    assert delta != 0.0 and math.isclose(delta, -tail * tail * 1.0, rel_tol=1e-12)  # −σ(−40)σ'(40)
    assert math.isclose(cost, 9.024256939227075e-36, rel_tol=1e-12)
    assert math.isclose(delta, -1.804851387845415e-35, rel_tol=1e-12)
    assert float(cost_dC_da(CostName.QUADRATIC, 40.0, 1.0)) == -tail
    # The book widget's dC/da = (a − y)/(a(1 − a)) = −1/a there, not 0.
    assert math.isclose(float(cost_dC_da(CostName.CROSS_ENTROPY, 40.0, 1.0)), -1.0, rel_tol=1e-15)


@pytest.mark.parametrize(
    ("cost", "rule", "kind"),
    [
        (CostName.QUADRATIC, RuleName.GRADIENT, StepKind.SIGMA_PRIME),
        (CostName.CROSS_ENTROPY, RuleName.GRADIENT, StepKind.ERROR),
        (CostName.CROSS_ENTROPY, RuleName.BOOK_WIDGET, StepKind.DC_DA),
    ],
)
def test_runs_at_y_1_z_40_step_and_store_the_precise_numbers(
    cost: CostName, rule: RuleName, kind: StepKind
) -> None:
    """The kernel steps by the precise δ too, and the stored rows show it."""
    ws, bs = run_epochs(0.0, 40.0, 1.0, 1.0, 1.0, kind, 1)
    expected = {
        StepKind.SIGMA_PRIME: -1.804851387845415e-35,
        StepKind.ERROR: -4.248354255291589e-18,
        StepKind.DC_DA: -1.0,
    }[kind]
    assert math.isclose(-ws[0], expected, rel_tol=1e-12)  # w = 0 − η·x·δ
    training = Training(
        RunParameters(w=0.0, b=40.0, x=1.0, y=1.0, eta=1.0, epochs=3, cost=cost, rule=rule)
    )
    training.run_to_end()
    rows = training.trajectory.rows()
    assert (rows.dC_db != 0.0).all() and (rows.cost > 0.0).all()
    np.testing.assert_array_equal(rows.w[1:2], ws)
    np.testing.assert_array_equal(rows.b[1:2], bs)


@pytest.mark.parametrize("y", TARGETS)
def test_the_trajectorys_quadratic_cost_column_is_the_cost(y: float) -> None:
    store = Trajectory(1.0, y, CostName.QUADRATIC)
    b = np.linspace(-40.0, 40.0, 81)
    store.append(np.zeros_like(b), b)
    column = store.columns(0, len(store), ["cost"])["cost"]
    np.testing.assert_array_equal(column, cost_value(CostName.QUADRATIC, b, y))
    np.testing.assert_array_equal(column, store.rows().cost)
