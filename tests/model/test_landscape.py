"""The cost landscape's numbers (model/landscape.py): C(w, b) on the grid is the cost function
itself, finite out to |w|, |b| = 1000; fitted windows hold the path (in round steps when asked);
contour segments lie where the grid's linear interpolation meets the level; a thinned path keeps
at most its budget of rows, each the trajectory's own, and the extent of every row."""

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from model import CostName, Training, Trajectory, cost_value, preset
from model.landscape import (
    DEFAULT_POINTS,
    ROUND_SPANS,
    Landscape,
    ThinnedPath,
    Window,
    colour_range,
    contour_levels,
    contour_segments,
    fit_window,
    landscape,
    plateau_corner,
    round_levels,
    round_up,
    round_window,
)
from model.trajectory import CHUNK_ROWS

costs = st.sampled_from(list(CostName))
targets = st.floats(min_value=0.0, max_value=1.0)
inputs = st.floats(min_value=-1000.0, max_value=1000.0)
coordinates = st.floats(min_value=-1000.0, max_value=1000.0)
paths = st.lists(st.tuples(coordinates, coordinates), min_size=1, max_size=40)


def window_from(a: float, b: float, c: float, d: float) -> Window:
    w_low, w_high = sorted((a, b))
    b_low, b_high = sorted((c, d))
    return Window(w_low, w_high + 1e-3, b_low, b_high + 1e-3)


@given(cost=costs, x=inputs, y=targets, a=coordinates, b=coordinates, c=coordinates, d=coordinates)
def test_the_landscape_is_the_cost_function_on_its_grid_and_finite_at_extremes(
    cost: CostName, x: float, y: float, a: float, b: float, c: float, d: float
) -> None:
    window = window_from(a, b, c, d)
    land = landscape(cost, x, y, window, points=11)
    assert land.cost.shape == (11, 11) and land.cost.dtype == np.float64
    assert land.w.shape == (11,) and land.b.shape == (11,)
    assert (land.w[0], land.w[-1], land.b[0], land.b[-1]) == (
        window.w_low,
        window.w_high,
        window.b_low,
        window.b_high,
    )
    grid_z = land.w[:, np.newaxis] * x + land.b[np.newaxis, :]
    assert np.array_equal(land.cost, cost_value(cost, grid_z, y))  # the model's own function
    pointwise = np.array([[cost_value(cost, wi * x + bj, y) for bj in land.b] for wi in land.w])
    # Point by point (numpy's scalar and vectorised exp may differ in the last bit).
    assert np.allclose(land.cost, pointwise, rtol=1e-14, atol=0.0)
    assert np.isfinite(land.cost).all() and (land.cost >= 0).all()


def test_a_default_landscape_is_201_by_201() -> None:
    land = landscape(CostName.QUADRATIC, 1.0, 0.0, Window(-1000, 1000, -1000, 1000))
    assert land.cost.shape == (DEFAULT_POINTS, DEFAULT_POINTS) == (201, 201)
    assert np.isfinite(land.cost).all()


def test_windows_and_grids_refuse_nonsense() -> None:
    with pytest.raises(ValueError):
        Window(1.0, 0.0, 0.0, 1.0)
    with pytest.raises(ValueError):
        Window(0.0, math.inf, 0.0, 1.0)
    with pytest.raises(ValueError):
        landscape(CostName.QUADRATIC, 1.0, 0.0, Window(0, 1, 0, 1), points=1)


@given(points=paths)
def test_fitted_windows_contain_the_path_and_are_square(
    points: list[tuple[float, float]],
) -> None:
    ws, bs = (np.array(column) for column in zip(*points, strict=True))
    for window in (fit_window(ws, bs), round_window(ws, bs)):
        assert window.contains(ws, bs)
        assert math.isclose(
            window.w_high - window.w_low, window.b_high - window.b_low, rel_tol=1e-9
        )
        assert window.w_high - window.w_low >= 4.0  # at least MIN_HALF_SPAN either side
    rounded = round_window(ws, bs)
    half = (rounded.w_high - rounded.w_low) / 2
    mantissa = half / 10 ** math.floor(math.log10(half))
    assert any(math.isclose(mantissa, m) for m in ROUND_SPANS)


def test_fit_window_ignores_non_finite_points_and_an_empty_path_gets_the_origin() -> None:
    window = fit_window(np.array([1.0, np.nan, np.inf]), np.array([1.0, 2.0, 3.0]))
    assert window.contains(np.array([1.0]), np.array([1.0]))
    assert fit_window(np.empty(0), np.empty(0)) == Window(-2.0, 2.0, -2.0, 2.0)


def test_the_saturated_start_gets_a_round_window_around_it() -> None:
    assert round_window(np.array([2.0]), np.array([2.0])) == Window(0.0, 4.0, 0.0, 4.0)


@given(value=st.floats(min_value=1e-6, max_value=1e6))
def test_round_up_gives_the_next_round_number(value: float) -> None:
    rounded = round_up(value)
    assert rounded >= value * (1 - 1e-12)
    assert rounded < value * 2.5 + 1e-12


@given(cost=costs, x=st.floats(-5, 5), y=targets)
def test_colour_range_starts_at_zero_and_covers_the_quadratic_range(
    cost: CostName, x: float, y: float
) -> None:
    land = landscape(cost, x, y, Window(-4, 4, -4, 4), points=41)
    low, high = colour_range(land)
    assert low == 0.0 and high > 0.0
    if cost is CostName.QUADRATIC:
        assert high == 0.5 * max(y, 1 - y) ** 2  # fixed: a zoom into the plateau stays flat
    else:
        assert high >= land.cost.max()


@given(low=st.floats(-100, 100), span=st.floats(1e-3, 1e3), most=st.integers(1, 12))
def test_round_levels_are_equal_round_steps_strictly_inside(
    low: float, span: float, most: int
) -> None:
    high = low + span
    levels = round_levels(low, high, most)
    assert len(levels) <= most
    assert ((levels > low) & (levels < high)).all()
    if len(levels) > 1:
        steps = np.diff(levels)
        assert np.allclose(steps, steps[0], rtol=1e-9)
    assert len(round_levels(1.0, 1.0)) == 0


def test_quantile_levels_are_strictly_increasing_without_the_extremes() -> None:
    land = landscape(CostName.QUADRATIC, 1.0, 0.0, Window(-5, 5, -5, 5))
    levels = contour_levels(land.cost)
    assert (np.diff(levels) > 0).all()
    assert levels.min() > land.cost.min() and levels.max() < land.cost.max()


def plane(level_w: float = 1.0, level_b: float = 2.0) -> Landscape:
    w, b = np.linspace(-3, 3, 31), np.linspace(-2, 4, 25)
    cost = level_w * w[:, None] + level_b * b[None, :]
    return Landscape(CostName.QUADRATIC, 1.0, 0.0, w, b, cost)


@given(level=st.floats(-8.0, 10.0))
def test_contours_of_a_plane_lie_on_its_level_line(level: float) -> None:
    segments = contour_segments(plane(), level)
    assert segments.ndim == 3 and segments.shape[1:] == (2, 2)
    if len(segments):
        values = segments[..., 0] + 2 * segments[..., 1]
        assert np.allclose(values, level, atol=1e-9)


@given(cost=costs, y=targets, level=st.floats(0.01, 0.45))
def test_contour_ends_lie_on_grid_lines_where_the_grid_interpolates_to_the_level(
    cost: CostName, y: float, level: float
) -> None:
    land = landscape(cost, 1.0, y, Window(-5, 5, -5, 5), points=41)
    ends = contour_segments(land, level).reshape(-1, 2)
    on_w = np.isin(ends[:, 0], land.w)
    on_b = np.isin(ends[:, 1], land.b)
    assert (on_w | on_b).all()
    for (w, b), along_b in zip(ends, on_w, strict=True):
        if along_b:  # on the grid line w = w[i]: interpolate between b[j] and b[j + 1]
            i = int(np.flatnonzero(land.w == w)[0])
            value = np.interp(b, land.b, land.cost[i, :])
        else:
            j = int(np.flatnonzero(land.b == b)[0])
            value = np.interp(w, land.w, land.cost[:, j])
        assert math.isclose(value, level, rel_tol=1e-9, abs_tol=1e-12)


def test_a_saddle_cell_is_split_by_its_mean() -> None:
    w = b = np.array([0.0, 1.0])
    cross = Landscape(CostName.QUADRATIC, 1.0, 0.0, w, b, np.array([[1.0, 0.0], [0.0, 1.0]]))
    segments = contour_segments(cross, 0.5)  # mean 0.5 is not above: cut off the high corners
    assert {tuple(map(tuple, s)) for s in segments} == {
        ((0.0, 0.5), (0.5, 0.0)),
        ((1.0, 0.5), (0.5, 1.0)),
    }
    assert len(contour_segments(cross, 0.4)) == 2


def test_the_quadratic_plateau_has_a_labelled_corner_and_cross_entropy_none() -> None:
    window = Window(-2, 4, -2, 4)
    quadratic = landscape(CostName.QUADRATIC, 1.0, 0.0, window)
    assert plateau_corner(quadratic) == (200, 200)  # top right: w + b large, a ≈ 1, y = 0
    assert plateau_corner(landscape(CostName.CROSS_ENTROPY, 1.0, 0.0, window)) is None
    assert plateau_corner(landscape(CostName.QUADRATIC, 1.0, 0.0, Window(-1, 1, -1, 1))) is None


def trajectory_of(ws: np.ndarray, bs: np.ndarray) -> Trajectory:
    trajectory = Trajectory(1.0, 0.0, CostName.QUADRATIC)
    trajectory.append(ws, bs)
    return trajectory


@given(rows=st.integers(1, 5000), most=st.integers(2, 300))
def test_a_thinned_path_keeps_at_most_its_budget_of_the_trajectorys_own_rows(
    rows: int, most: int
) -> None:
    ws = np.sin(np.arange(rows) * 0.01) * 3
    bs = np.cos(np.arange(rows) * 0.013) - np.arange(rows) * 1e-3
    path = ThinnedPath(trajectory_of(ws, bs), most)
    path.extend(rows)
    epochs, w, b = path.points()
    assert len(epochs) <= most + 1
    assert epochs[0] == 0 and epochs[-1] == rows - 1
    assert (epochs[:-1] % path.stride == 0).all()
    assert np.array_equal(w, ws[epochs]) and np.array_equal(b, bs[epochs])
    w_extent, b_extent = path.extent()
    assert tuple(w_extent) == (ws.min(), ws.max()) and tuple(b_extent) == (bs.min(), bs.max())


def test_a_path_read_in_pieces_equals_one_read_at_once_and_never_reads_past_its_stop() -> None:
    rows = 3 * CHUNK_ROWS + 17
    ws, bs = np.linspace(2, -3, rows), np.linspace(2, -1, rows)
    trajectory = trajectory_of(ws, bs)
    whole, pieces = ThinnedPath(trajectory, 1000), ThinnedPath(trajectory, 1000)
    whole.extend(rows)
    for stop in range(1, rows + 1, 12_345):
        pieces.extend(stop)
        epochs, _, _ = pieces.points()
        assert epochs[-1] == stop - 1 and pieces.rows == stop
    pieces.extend(rows)
    for a, b in zip(whole.points(), pieces.points(), strict=True):
        assert np.array_equal(a, b)
    assert not pieces.extend(rows)  # nothing new


def test_a_path_skips_non_finite_rows_in_its_points_and_extent() -> None:
    path = ThinnedPath(trajectory_of(np.array([1.0, np.nan, 3.0]), np.array([0.0, 1.0, np.inf])))
    assert path.extent() is None
    path.extend(3)
    _, w, b = path.points()
    assert list(w) == [1.0] and list(b) == [0.0]
    w_extent, b_extent = path.extent()
    assert tuple(w_extent) == (1.0, 1.0) and tuple(b_extent) == (0.0, 0.0)


def test_the_saturated_run_starts_on_the_plateau_far_from_any_contour() -> None:
    training = Training(preset("quadratic-saturated").parameters)
    training.run_to_end()
    path = ThinnedPath(training.trajectory)
    path.extend(len(training.trajectory))
    land = landscape(CostName.QUADRATIC, 1.0, 0.0, round_window(*path.extent()))
    low, high = colour_range(land)
    start = cost_value(CostName.QUADRATIC, 4.0, 0.0)
    assert start > 0.9 * high  # the top of the colour scale, where it is one flat colour
    ends = np.concatenate([contour_segments(land, v) for v in round_levels(low, high)])
    distances = np.hypot(ends[..., 0] - 2.0, ends[..., 1] - 2.0)
    assert distances.min() > 0.5  # no contour line near the start: it is flat there
