"""The learning-speed map: every cell is the single-run model's epochs to threshold.

Proves, for all three step kinds (quadratic; cross-entropy by the true gradient; cross-entropy by
the book widget's dC/da), that every cell of small grids and sampled cells of the default grid
equal `Training(...).run_to_end()` then `threshold_epoch`, including runs that diverge (after
reaching the threshold, or before); that tiles and blocks do not change a number; that extreme
grids raise no floating-point error of any kind; that cancelling returns None and progress rises
to 1.0; and that bad requests are refused with one line naming the value.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import model.speed_map as speed_map_module
from model import CostName, ParameterError, RuleName, RunParameters, Training, preset
from model.comparison import threshold_epoch
from model.speed_map import (
    DEFAULT_GRID,
    DEFAULT_MAX_EPOCHS,
    DEFAULT_RANGE,
    DEFAULT_THRESHOLD,
    MAX_GRID,
    MAX_MAX_EPOCHS,
    MIN_GRID,
    NOT_REACHED,
    SpeedMap,
    SpeedMapRequest,
    compute_speed_map,
)
from model.training import DIVERGENCE_LIMIT

SATURATED = preset("quadratic-saturated").parameters
DEFAULT = SpeedMapRequest.from_parameters(SATURATED)
BOTH = (CostName.QUADRATIC, CostName.CROSS_ENTROPY)
# One request per step kind, with the dynamics that make each interesting.
SETUPS = {
    "quadratic": replace(DEFAULT, costs=(CostName.QUADRATIC,)),
    "cross-entropy": replace(DEFAULT, costs=(CostName.CROSS_ENTROPY,), threshold=0.01),
    "book-widget": replace(
        DEFAULT, costs=(CostName.CROSS_ENTROPY,), rule=RuleName.BOOK_WIDGET, eta=0.005
    ),
    # Of its 21×21 starts, 280 diverge (some after reaching the threshold) and 161 learn.
    "book-widget-diverging": SpeedMapRequest(
        x=-1.5, y=0.6, eta=0.3, rule=RuleName.BOOK_WIDGET, max_epochs=300
    ),
}


def single_run(request: SpeedMapRequest, cost: CostName, w: float, b: float) -> Training:
    training = Training(
        RunParameters(
            w=float(w),
            b=float(b),
            x=request.x,
            y=request.y,
            eta=request.eta,
            epochs=request.max_epochs,
            cost=cost,
            rule=request.rule,
        )
    )
    training.run_to_end()
    return training


def single_run_epochs(request: SpeedMapRequest, cost: CostName, w: float, b: float) -> int:
    """The cell's number as the single-run model gives it (-1: not reached)."""
    epoch = threshold_epoch(single_run(request, cost, w, b).trajectory, request.threshold)
    return NOT_REACHED if epoch is None else epoch


def computed(request: SpeedMapRequest) -> SpeedMap:
    result = compute_speed_map(request)
    assert result is not None
    return result


def assert_every_cell_is_the_single_run(result: SpeedMap) -> None:
    request = result.request
    for cost in request.costs:
        expected = [[single_run_epochs(request, cost, w, b) for b in result.b0] for w in result.w0]
        np.testing.assert_array_equal(result.epochs[cost], expected, err_msg=str(cost))


@pytest.fixture(scope="module")
def default_map() -> SpeedMap:
    return computed(DEFAULT)


# ---- exactness ---------------------------------------------------------------------------------


@pytest.mark.parametrize("setup", list(SETUPS))
def test_every_cell_of_a_21_by_21_grid_is_the_single_run(setup) -> None:
    result = computed(replace(SETUPS[setup], grid=21))
    assert_every_cell_is_the_single_run(result)
    for cost in result.request.costs:
        reached = result.summary(cost)[0]
        assert 0 < reached  # each setup has starts that learn, and a spread of epochs
        assert len(np.unique(result.epochs[cost])) > 3


def test_sampled_cells_of_the_default_map_are_the_single_run(default_map) -> None:
    rng = np.random.default_rng(10)
    for cost in BOTH:
        for i, j in rng.integers(0, DEFAULT_GRID, size=(25, 2)):
            expected = single_run_epochs(DEFAULT, cost, default_map.w0[i], default_map.b0[j])
            assert default_map.epochs[cost][i, j] == expected, (cost, i, j)


def test_the_default_map_has_the_documented_shape(default_map) -> None:
    assert default_map.request == DEFAULT
    assert (DEFAULT.x, DEFAULT.y, DEFAULT.eta, DEFAULT.rule) == (
        SATURATED.x,
        SATURATED.y,
        SATURATED.eta,
        SATURATED.rule,
    )
    assert (DEFAULT.grid, DEFAULT.max_epochs, DEFAULT.threshold) == (201, 1_000, 0.1)
    assert DEFAULT.w_range == DEFAULT.b_range == DEFAULT_RANGE == (-4.0, 4.0)
    np.testing.assert_array_equal(default_map.w0, np.linspace(-4.0, 4.0, 201))
    np.testing.assert_array_equal(default_map.b0, np.linspace(-4.0, 4.0, 201))
    assert set(default_map.epochs) == set(BOTH)
    for cells in default_map.epochs.values():
        assert cells.shape == (DEFAULT_GRID, DEFAULT_GRID)
        assert cells.dtype == np.int32
        assert cells.min() >= NOT_REACHED and cells.max() <= DEFAULT_MAX_EPOCHS
    # The lesson in numbers: cross-entropy learns from every start, much sooner.
    quadratic, cross_entropy = (default_map.summary(cost) for cost in BOTH)
    assert cross_entropy[0] == DEFAULT_GRID**2 > quadratic[0]
    assert cross_entropy[1] < quadratic[1] / 3


def test_cells_are_indexed_w_first() -> None:
    """[i, j] is the start (w0[i], b0[j]) (with x = 2, the map is not symmetric in w and b)."""
    request = replace(DEFAULT, x=2.0, grid=5, w_range=(-4.0, 0.0), b_range=(0.0, 4.0))
    result = computed(request)
    assert_every_cell_is_the_single_run(result)
    cells = result.epochs[CostName.QUADRATIC]
    assert not np.array_equal(cells, cells.T)


def test_a_start_already_within_the_threshold_is_epoch_0() -> None:
    # σ(−4 + −4) ≈ 0.0003: within 0.1 of y = 0 before any update.
    result = computed(replace(DEFAULT, grid=2, max_epochs=5))
    for cost in BOTH:
        assert result.epochs[cost][0, 0] == 0


def test_tiles_and_blocks_do_not_change_a_number(monkeypatch) -> None:
    request = replace(SETUPS["book-widget-diverging"], grid=21, max_epochs=100)
    whole = computed(request)
    monkeypatch.setattr(speed_map_module, "TILE_CELLS", 50)  # 9 tiles of 49
    monkeypatch.setattr(speed_map_module, "BLOCK_ROWS", 3)  # the last block is 2 rows
    tiled = computed(request)
    for cost in BOTH:
        np.testing.assert_array_equal(tiled.epochs[cost], whole.epochs[cost])


@settings(max_examples=40, deadline=None)
@given(
    x=st.sampled_from([1.0, -1.0, 0.0, 2.5, -1000.0]) | st.floats(-1000, 1000),
    y=st.sampled_from([0.0, 1.0, 0.5]) | st.floats(0, 1),
    eta=st.sampled_from([0.15, 100.0]) | st.floats(1e-3, 100),
    rule=st.sampled_from(list(RuleName)),
    ends=st.lists(st.floats(-1000, 1000), min_size=4, max_size=4, unique=True),
    grid=st.integers(2, 4),
    max_epochs=st.integers(1, 120),
    threshold=st.floats(1e-3, 0.5),
)
def test_any_small_map_is_the_single_run(
    x, y, eta, rule, ends, grid, max_epochs, threshold
) -> None:
    request = SpeedMapRequest(
        x=x,
        y=y,
        eta=eta,
        rule=rule,
        w_range=tuple(sorted(ends[:2])),
        b_range=tuple(sorted(ends[2:])),
        grid=grid,
        max_epochs=max_epochs,
        threshold=threshold,
    )
    with np.errstate(all="raise", under="ignore"):
        assert_every_cell_is_the_single_run(computed(request))


# ---- divergence and extreme grids -------------------------------------------------------------

DIVERGING = SpeedMapRequest(
    x=-1.5,
    y=0.07,
    eta=100.0,
    rule=RuleName.BOOK_WIDGET,
    costs=(CostName.CROSS_ENTROPY,),
    w_range=(0.2, 0.25),
    b_range=(6.9, 7.0),
    grid=2,
    max_epochs=50,
)


def test_a_start_that_learns_then_diverges_counts_as_the_single_run_does() -> None:
    """The single run keeps its rows up to the divergence, so its epoch-1 hit stands."""
    training = single_run(DIVERGING, CostName.CROSS_ENTROPY, 0.2, 6.9)
    assert training.diverged_at == 2
    result = computed(DIVERGING)
    assert result.epochs[CostName.CROSS_ENTROPY][0, 0] == 1
    assert_every_cell_is_the_single_run(result)


def test_a_start_that_diverges_before_learning_is_not_reached() -> None:
    request = replace(DIVERGING, threshold=0.01)  # a = 0 is not within 0.01 of y = 0.07
    assert single_run(request, CostName.CROSS_ENTROPY, 0.2, 6.9).diverged_at == 2
    result = computed(request)
    assert result.epochs[CostName.CROSS_ENTROPY][0, 0] == NOT_REACHED
    assert_every_cell_is_the_single_run(result)


@pytest.mark.parametrize("rule", list(RuleName))
@pytest.mark.parametrize("x", [1000.0, -1000.0, 1.0])
def test_extreme_grids_raise_no_floating_point_error(rule, x) -> None:
    request = SpeedMapRequest(
        x=x,
        y=0.5,
        eta=100.0,
        rule=rule,
        w_range=(-1000.0, 1000.0),
        b_range=(-1000.0, 1000.0),
        grid=5,
        max_epochs=200,
    )
    with np.errstate(all="raise", under="ignore"):  # overflow, 0/0, x/0 would raise here
        result = computed(request)
    assert_every_cell_is_the_single_run(result)
    diverged = [
        single_run(request, CostName.CROSS_ENTROPY, w, b).diverged_at is not None
        for w in result.w0
        for b in result.b0
    ]
    assert any(diverged) == (rule is RuleName.BOOK_WIDGET)  # only dC/da steps can blow up


def test_true_gradient_steps_stay_far_inside_the_divergence_limit() -> None:
    """Why the map checks only dC/da steps for divergence: |δ| ≤ 1, so even the largest steps
    for the most epochs leave |w|, |b| far below the limit."""
    largest = 100.0 * 1000.0 * 1.0 * MAX_MAX_EPOCHS + 1000.0
    assert largest < DIVERGENCE_LIMIT / 1000


# ---- progress and cancel ------------------------------------------------------------------------


def test_progress_rises_to_one(monkeypatch) -> None:
    monkeypatch.setattr(speed_map_module, "TILE_CELLS", 100)  # 5 tiles a cost
    fractions: list[float] = []
    result = compute_speed_map(
        replace(DEFAULT, grid=21, threshold=1e-6, max_epochs=100), progress=fractions.append
    )
    assert result is not None
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0
    assert 0.0 < fractions[0] < 0.05
    assert len(fractions) > 2 * 5 * 6  # every block of every tile of both costs


def test_a_cancelled_map_returns_none_after_one_block() -> None:
    fractions: list[float] = []
    result = compute_speed_map(
        replace(DEFAULT, grid=51, threshold=1e-6),
        progress=fractions.append,
        cancelled=lambda: len(fractions) >= 2,
    )
    assert result is None
    assert len(fractions) == 2 and fractions[-1] < 0.1


def test_cancel_is_asked_before_the_end() -> None:
    assert compute_speed_map(replace(DEFAULT, grid=2, max_epochs=1), cancelled=lambda: True) is None


# ---- the request --------------------------------------------------------------------------------


def test_from_parameters_takes_x_y_eta_and_rule() -> None:
    run = RunParameters(w=3.0, b=-1.0, x=-2.0, y=0.25, eta=0.5, rule=RuleName.BOOK_WIDGET)
    request = SpeedMapRequest.from_parameters(run, grid=11, costs=(CostName.QUADRATIC,))
    assert (request.x, request.y, request.eta, request.rule) == (-2.0, 0.25, 0.5, "book-widget")
    assert (request.grid, request.costs) == (11, (CostName.QUADRATIC,))
    assert request.max_epochs == DEFAULT_MAX_EPOCHS and request.threshold == DEFAULT_THRESHOLD


def test_names_and_whole_numbers_are_converted() -> None:
    request = SpeedMapRequest(
        x=1, y=0, eta=1, rule="book-widget", costs=("cross-entropy",), w_range=(-1, 2)
    )
    assert request.rule is RuleName.BOOK_WIDGET and request.costs == (CostName.CROSS_ENTROPY,)
    assert type(request.x) is float and request.w_range == (-1.0, 2.0)
    assert SpeedMapRequest(x=1.0, y=0.0, eta=1.0, rule="gradient", grid=np.int64(5)).grid == 5
    with pytest.raises(ParameterError, match="invalid rule: 'fast'"):
        SpeedMapRequest(x=1.0, y=0.0, eta=1.0, rule="fast")
    with pytest.raises(ParameterError, match="invalid costs: 'l1'"):
        SpeedMapRequest(x=1.0, y=0.0, eta=1.0, rule="gradient", costs=("l1",))


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"grid": MIN_GRID - 1}, "grid", "grid (starts a side) must be between 2 and 1,001, got 1"),
        ({"grid": MAX_GRID + 1}, "grid", "got 1,002"),
        ({"grid": 2.5}, "grid", "grid (starts a side) must be a whole number, got 2.5"),
        ({"max_epochs": 0}, "max_epochs", "max epochs must be between 1 and 100,000, got 0"),
        ({"max_epochs": MAX_MAX_EPOCHS + 1}, "max_epochs", "got 100,001"),
        ({"threshold": 0.0}, "threshold", "threshold must be > 0 and < 1, got 0.0"),
        ({"threshold": 1.0}, "threshold", "got 1.0"),
        ({"threshold": float("nan")}, "threshold", "got nan"),
        ({"w_range": (2.0, 1.0)}, "w_range", "w range must have LO < HI, got LO=2.0 HI=1.0"),
        ({"b_range": (1.0, 1.0)}, "b_range", "b range must have LO < HI"),
        ({"w_range": (-1001.0, 0.0)}, "w_range", "between -1000 and 1000, got -1001.0"),
        ({"b_range": (0.0, float("inf"))}, "b_range", "b range ends must be finite numbers"),
        ({"w_range": (1.0,)}, "w_range", "w range must be two numbers LO HI"),
        ({"x": 1000.5}, "x", "x must be between -1000 and 1000, got 1000.5"),
        ({"y": -0.1}, "y", "y must be between 0 and 1, got -0.1"),
        ({"eta": 0.0}, "eta", "eta (learning rate) must be > 0 and <= 100, got 0.0"),
        ({"eta": float("nan")}, "eta", "eta must be a finite number"),
        ({"costs": ()}, "costs", "costs must name at least one cost"),
        ({"costs": ("quadratic", "quadratic")}, "costs", "costs name a cost twice"),
    ],
)
def test_bad_requests_are_refused_in_one_line_naming_the_value(changes, field, message) -> None:
    request = replace(DEFAULT, **changes)
    with pytest.raises(ParameterError) as refused:
        request.validated()
    assert refused.value.field == field
    assert message in str(refused.value) and "\n" not in str(refused.value)
    with pytest.raises(ParameterError):
        compute_speed_map(request)


def test_the_limits_are_the_documented_ones() -> None:
    assert (MIN_GRID, MAX_GRID, MAX_MAX_EPOCHS) == (2, 1001, 100_000)
    edge = replace(DEFAULT, grid=MAX_GRID, max_epochs=MAX_MAX_EPOCHS, w_range=(-1000.0, 1000.0))
    assert edge.validated() is edge


def test_summary_counts_reached_cells_and_their_median() -> None:
    result = computed(replace(DEFAULT, grid=11, max_epochs=1, threshold=0.01))
    for cost in BOTH:
        cells = result.epochs[cost]
        reached = cells[cells >= 0]
        assert 0 < reached.size < cells.size
        assert result.summary(cost) == (reached.size, float(np.median(reached)))
    none = computed(replace(DEFAULT, grid=2, max_epochs=1, threshold=1e-9))
    assert none.summary(CostName.QUADRATIC) == (0, None)
