"""Proof under stress: properties of whole runs over the entire allowed parameter space.

The space is `RunParameters.validated()`'s: |w|, |b|, |x| ≤ MAX_ABS_INPUT (1000), 0 < η ≤ MAX_ETA
(100), y in [0, 1], at least one epoch; every strategy also draws the edges themselves (±1000,
η = 100, y exactly 0 and 1, one epoch). Proved here, for both costs and both rules (so for all
three step kinds):

* a run stays finite or reports its divergence: every stored and derived value is finite, |w|
  and |b| stay within DIVERGENCE_LIMIT, and a diverged run ends at its last sane row with
  `diverged_at` naming the epoch whose update left the range (only the book widget's dC/da step
  can do that); the cost is ≥ 0 and a in [0, 1];
* every stored update is the update of the straightforward vectorised model
  (`model.update_rules.step_delta` over all rows at once): bit for bit for the cross-entropy
  gradient, and within 16 ε of the step plus one rounding of w and b for the two kinds whose
  σ'(z) the kernel forms in another order;
* the learning-speed map's vectorised epoch steps every start exactly as the kernel does;
* every δ has the sign of a − y, and the true gradients' |δ| ≤ 1/4 (quadratic) or ≤ 1
  (cross-entropy) for any z: in MAX_EPOCHS epochs only the dC/da step can diverge;
* the trajectory's gradients equal central finite differences of its own cost column, within a
  stated error bound (truncation, rounding of the cost, rounding of z = w·x + b), at any w, b,
  x of the space whose z is in [−30, 30].

Tests run with the derandomized profile of tests/conftest.py: the same examples every time.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model import (
    COLUMNS,
    MAX_ABS_INPUT,
    MAX_EPOCHS,
    MAX_ETA,
    CostName,
    RuleName,
    RunParameters,
    Training,
    Trajectory,
    sigmoid,
    sigmoid_prime,
    step_delta,
)
from model.costs import output_error
from model.kernel import run_epochs
from model.speed_map import SpeedMapRequest, _TileRun
from model.training import DIVERGENCE_LIMIT
from model.update_rules import StepKind, step_kind

EPS = 2.0**-52


def edged(limit: float) -> st.SearchStrategy[float]:
    """Any float in [−limit, limit], the ends and a few landmarks drawn often."""
    return st.sampled_from([-limit, limit, 0.0, -1.0, 1.0]) | st.floats(-limit, limit)


inputs = edged(MAX_ABS_INPUT)
etas = st.sampled_from([MAX_ETA, 0.15, 1.0]) | st.floats(0.0, MAX_ETA, exclude_min=True)
targets = st.sampled_from([0.0, 1.0, 0.5, 1e-12, 1.0 - 1e-12]) | st.floats(0.0, 1.0)
costs = st.sampled_from(list(CostName))
rules = st.sampled_from(list(RuleName))


@st.composite
def run_parameters(draw: st.DrawFn, max_epochs: int = 40) -> RunParameters:
    return RunParameters(
        w=draw(inputs),
        b=draw(inputs),
        x=draw(inputs),
        y=draw(targets),
        eta=draw(etas),
        epochs=draw(st.just(1) | st.integers(1, max_epochs)),
        cost=draw(costs),
        rule=draw(rules),
    ).validated()


def sane(w: float, b: float) -> bool:
    """What `Training` keeps: finite and within DIVERGENCE_LIMIT."""
    return all(math.isfinite(v) and abs(v) <= DIVERGENCE_LIMIT for v in (w, b))


def check_run(p: RunParameters) -> Training:
    """Run `p` to the end and check everything a finished (or diverged) run promises."""
    training = Training(p)
    with np.errstate(all="raise", under="ignore"):  # overflow, 0/0, x/0 would raise
        training.run_to_end()
        store = training.trajectory
        rows = store.rows()
        columns = store.columns(0, len(store), COLUMNS)
        last_state = store.state(-1)
    kind = step_kind(p.cost, p.rule)
    assert training.finished
    if training.diverged_at is None:
        assert len(store) == p.epochs + 1 == training.epochs_done + 1
    else:
        assert kind is StepKind.DC_DA  # |δ| ≤ 1 for the true gradients: they cannot diverge
        assert 1 <= training.diverged_at <= p.epochs
        assert len(store) == training.diverged_at  # rows 0 … diverged_at − 1 are kept
        ws, bs = run_epochs(float(rows.w[-1]), float(rows.b[-1]), p.x, p.y, p.eta, kind, 1)
        assert not sane(ws[0], bs[0])  # … and the next update is the one that blew up
    for name, column in zip(COLUMNS, rows.columns(), strict=True):
        assert np.isfinite(column).all(), name
        np.testing.assert_array_equal(columns[name], column, err_msg=name)
    assert all(math.isfinite(v) for v in last_state.values())
    assert (np.abs(rows.w) <= DIVERGENCE_LIMIT).all() and (np.abs(rows.b) <= DIVERGENCE_LIMIT).all()
    assert (rows.cost >= 0.0).all()
    assert ((rows.a >= 0.0) & (rows.a <= 1.0)).all()
    np.testing.assert_array_equal(rows.dC_dw, p.x * rows.dC_db)
    return training


@settings(max_examples=400)
@given(p=run_parameters())
def test_any_allowed_run_is_finite_or_reports_where_it_diverged(p: RunParameters) -> None:
    check_run(p)


def test_the_corners_of_the_space_are_finite_or_report_where_they_diverged() -> None:
    """Every corner (w, b, x in {−1000, 0, 1000}, y in {0, 1}, η = 100), every step kind; the
    book widget's rule diverges from some of them, so the diverged branch is exercised too."""
    corners = (-MAX_ABS_INPUT, 0.0, MAX_ABS_INPUT)
    diverged = 0
    for w, b, x, y, cost, rule in itertools.product(
        corners, corners, corners, (0.0, 1.0), CostName, RuleName
    ):
        p = RunParameters(w=w, b=b, x=x, y=y, eta=MAX_ETA, epochs=12, cost=cost, rule=rule)
        diverged += check_run(p).diverged_at is not None
    assert diverged > 0


def assert_within(actual: np.ndarray, expected: np.ndarray, bound: np.ndarray) -> None:
    excess = np.abs(actual - expected) - bound
    assert (excess <= 0.0).all(), (actual[excess > 0], expected[excess > 0])


@settings(max_examples=300)
@given(p=run_parameters(max_epochs=30))
def test_every_kernel_step_is_the_vectorised_update(p: RunParameters) -> None:
    training = Training(p)
    training.run_to_end()
    w, b = training.trajectory.weights(0, len(training.trajectory))
    with np.errstate(all="raise", under="ignore"):
        delta = step_delta(p.cost, p.rule, w[:-1] * p.x + b[:-1], p.y)
        step_w = p.eta * p.x  # rounded once, as the kernel does
        expected_w = w[:-1] - step_w * delta
        expected_b = b[:-1] - p.eta * delta
    if step_kind(p.cost, p.rule) is StepKind.ERROR:
        # δ = a − y: the same operations in the same order as the kernel, so the same bits.
        np.testing.assert_array_equal(w[1:], expected_w)
        np.testing.assert_array_equal(b[1:], expected_b)
    else:
        # σ'(z) is e·a·a or a/(1 + e) in the kernel, a·σ(−z) or e/(1 + e)² here: δ agrees to a
        # few roundings (16 ε covers them), then each side rounds w and b once more.
        assert_within(
            w[1:], expected_w, 16 * EPS * np.abs(step_w * delta) + np.spacing(np.abs(expected_w))
        )
        assert_within(
            b[1:], expected_b, 16 * EPS * np.abs(p.eta * delta) + np.spacing(np.abs(expected_b))
        )


H = 2e-5
"""Finite-difference step in z (w steps by H/|x|): near-optimal for costs of order 0.1 … 30."""


def curvature_bound(cost: CostName, z: float, y: float) -> float:
    """A bound on |C''| and |C'''| (in z) over [z − 2H, z + 2H].

    |σ''|, |σ'''| ≤ σ', σ' changes by at most a factor e^|Δz|, and a − y by at most |Δz|·σ'.
    Quadratic: C'' = σ'² + (a − y)σ'', C''' = 3σ'σ'' + (a − y)σ'''; cross-entropy: C'' = σ',
    C''' = σ''.
    """
    s = float(sigmoid_prime(z)) * math.exp(2 * H)
    if cost is CostName.CROSS_ENTROPY:
        return s
    return 3 * s * s + (abs(float(output_error(z, y))) + 2 * H * s) * s


def cost_rounding(cost: CostName, z: float, y: float, value: float) -> float:
    """A bound on the rounding error of a computed cost value: a few ε of the value, plus, for
    the quadratic cost, |a − y| times the absolute precision of a (or 1 − a), ε·min(a, 1 − a)."""
    bound = 8 * EPS * abs(value)
    if cost is CostName.QUADRATIC:
        a = float(sigmoid(z))
        bound += 8 * EPS * abs(float(output_error(z, y))) * min(a, 1.0 - a)
    return bound


@st.composite
def starts_with_moderate_z(draw: st.DrawFn) -> tuple[float, float, float]:
    """(w, b, x) of the allowed space with w·x + b in [−30, 30]."""
    x = draw(inputs)
    z = draw(st.floats(-30.0, 30.0))
    reach = MAX_ABS_INPUT * abs(x)  # |w·x| ≤ reach
    b = draw(st.floats(max(-MAX_ABS_INPUT, z - reach), min(MAX_ABS_INPUT, z + reach)))
    w = (z - b) / x if x != 0.0 else draw(inputs)
    return float(np.clip(w, -MAX_ABS_INPUT, MAX_ABS_INPUT)), b, x


def one_row(x: float, y: float, cost: CostName, w: float, b: float) -> dict[str, float]:
    """The trajectory's row for one stored (w, b): z, the cost and the gradients, as stored runs
    derive them."""
    store = Trajectory(x, y, cost)
    store.append([w], [b])
    return store.row(0)


@settings(max_examples=300)
@given(start=starts_with_moderate_z(), y=targets, cost=costs)
def test_gradients_are_central_finite_differences_of_the_cost(
    start: tuple[float, float, float], y: float, cost: CostName
) -> None:
    w, b, x = start
    row = one_row(x, y, cost, w, b)
    z, delta = row["z"], row["dC_db"]
    k = curvature_bound(cost, z, y)
    # z = w·x + b is rounded (so are w ± H/|x| and b ± H): each point is off by at most nu.
    nu = 2 * EPS * (abs(w * x) + abs(b) + abs(z) + H)
    steps = {"b": (0.0, H)}
    if abs(x) >= 1e-3:  # below, w ± H/|x| is not a small step of w (and dC/dw = x·δ ≈ 0)
        steps["w"] = (H / x, 0.0)  # z moves by +H
    for which, (dw, db) in steps.items():
        plus = one_row(x, y, cost, w + dw, b + db)
        minus = one_row(x, y, cost, w - dw, b - db)
        difference = (plus["cost"] - minus["cost"]) / (2 * H)  # per unit of z
        rounding = cost_rounding(cost, plus["z"], y, plus["cost"]) + cost_rounding(
            cost, minus["z"], y, minus["cost"]
        )
        bound = (
            1e-9 * abs(delta)  # δ's own few roundings
            + H * H / 6 * k  # truncation of the central difference
            + rounding / (2 * H)  # the two costs' rounding
            + (abs(delta) + 2 * H * k) * nu / H  # the points' rounding, through C'
            + k * nu  # δ is taken at the rounded z
        )
        analytic = delta if which == "b" else row["dC_dw"] / x
        assert abs(difference - analytic) <= bound, (which, difference, analytic, bound)


@pytest.mark.parametrize("kind", list(StepKind))
def test_only_the_dC_da_step_can_leave_the_range(kind: StepKind) -> None:
    """|δ| ≤ 1/4 (quadratic) and ≤ 1 (cross-entropy) for every z and y, so in MAX_EPOCHS steps
    of η|x| ≤ 1e5 a true-gradient run moves w by at most 1e12: far inside DIVERGENCE_LIMIT."""
    z = np.concatenate([np.linspace(-800, 800, 4001), [-1e300, -1e18, 0.0, 1e18, 1e300]])
    for y in (0.0, 1e-12, 0.3, 0.5, 1 - 1e-12, 1.0):
        cost = CostName.QUADRATIC if kind is StepKind.SIGMA_PRIME else CostName.CROSS_ENTROPY
        rule = RuleName.BOOK_WIDGET if kind is StepKind.DC_DA else RuleName.GRADIENT
        delta = step_delta(cost, rule, z, y)
        assert np.isfinite(delta).all()
        if kind is not StepKind.DC_DA:
            assert np.abs(delta).max() <= (0.25 if kind is StepKind.SIGMA_PRIME else 1.0)
        error = output_error(z, y)
        assert (np.sign(delta) * np.sign(error) >= 0).all()  # each step moves a towards y
    assert MAX_EPOCHS * MAX_ETA * MAX_ABS_INPUT + MAX_ABS_INPUT < DIVERGENCE_LIMIT


@settings(max_examples=60)
@given(
    x=inputs,
    y=st.sampled_from([1.0, 1.0 - 1e-12, 0.9, 0.5, 0.0]) | targets,
    eta=etas,
    cost=costs,
    rule=rules,
    starts=st.lists(st.tuples(inputs, inputs), min_size=1, max_size=20),
)
def test_the_speed_maps_steps_are_the_kernels_bit_for_bit(
    x: float,
    y: float,
    eta: float,
    cost: CostName,
    rule: RuleName,
    starts: list[tuple[float, float]],
) -> None:
    """Five steps of the speed map's vectorised epoch (all starts at once) against the kernel's,
    start by start, wherever the kernel's run stays in range (the map clips the others)."""
    request = SpeedMapRequest(x=x, y=y, eta=eta, rule=rule, costs=(cost,)).validated()
    w0 = np.array([w for w, _ in starts])
    b0 = np.array([b for _, b in starts])
    run = _TileRun(w0, b0, request, cost)
    steps = 5
    with np.errstate(all="raise", under="ignore"):
        run._run_rows(steps + 1, steps)
    kind = step_kind(cost, rule)
    for i, (w, b) in enumerate(starts):
        ws, bs = run_epochs(w, b, x, y, eta, kind, steps)
        if all(sane(*pair) for pair in zip(ws, bs, strict=True)):
            assert (run._w[i], run._b[i]) == (ws[-1], bs[-1]), (w, b)
