"""The cost landscape view against the model: the heatmap is the cost function on its grid, the
dot sits at the cursor epoch's (w, b) exactly, compare mode shows each run on its own cost,
extreme weights stay finite and quiet, a long run is drawn from a few thousand points, and the
window follows the path in round steps until the user zooms (then Fit brings it back)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.insight.landscape_view import LandscapeView
from desktop.style.theme import DARK
from model import CostName, RunParameters, Training, Trajectory, cost_value, preset
from model.comparison import default_partner
from model.landscape import PATH_POINTS, Window

SATURATED = preset("quadratic-saturated").parameters


def trained(parameters: RunParameters) -> Trajectory:
    training = Training(parameters)
    training.run_to_end()
    return training.trajectory


@pytest.fixture
def view(qtbot) -> LandscapeView:
    widget = LandscapeView()
    qtbot.addWidget(widget)
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(838, 560)
    widget.show()
    return widget


def show(
    view: LandscapeView, runs: list[RunParameters], epoch: int | None = None
) -> list[Trajectory]:
    """Give the view these runs, trained to the end, all rows told; show `epoch`."""
    trajectories = [trained(p) for p in runs]
    view.set_runs(list(zip(runs, trajectories, strict=True)))
    for index, trajectory in enumerate(trajectories):
        view.extend(index, len(trajectory))
    if epoch is not None:
        view.show_epoch(epoch)
    view.redraw_now()
    return trajectories


def weights_at(trajectory: Trajectory, epoch: int) -> tuple[float, float]:
    w, b = trajectory.weights(epoch, epoch + 1)
    return float(w[0]), float(b[0])


def assert_is_the_cost_function(panel, trajectory: Trajectory) -> None:
    land = panel.landscape
    assert land.cost_name is trajectory.cost
    z = land.w[:, np.newaxis] * trajectory.x + land.b[np.newaxis, :]
    assert np.array_equal(land.cost, cost_value(trajectory.cost, z, trajectory.y))
    assert np.array_equal(panel.image.image, land.cost)  # what the heatmap is handed
    assert np.isfinite(land.cost).all()


def test_the_heatmap_is_the_cost_function_over_the_views_window(view) -> None:
    (trajectory,) = show(view, [SATURATED], 50)
    panel = view.panels[0]
    assert_is_the_cost_function(panel, trajectory)
    (w_low, w_high), (b_low, b_high) = panel.view_box.viewRange()
    assert panel.window() == Window(w_low, w_high, b_low, b_high)
    ws, bs = trajectory.weights(0, len(trajectory))
    assert panel.window().contains(ws, bs) and panel.fitted.contains(ws, bs)
    assert panel.landscape.cost.shape == (201, 201)


def test_nothing_is_drawn_until_redraw_now_which_is_cheap_when_nothing_changed(
    view, qtbot, monkeypatch
) -> None:
    trajectory = trained(SATURATED)
    with qtbot.waitSignal(view.redraw_wanted, timeout=1000):
        view.set_runs([(SATURATED, trajectory)])
    with qtbot.waitSignal(view.redraw_wanted, timeout=1000):
        view.extend(0, len(trajectory))
    assert view.panels[0].landscape is None and len(view.panels[0].path_data()[0]) == 0
    view.redraw_now()
    assert len(view.panels[0].path_data()[0]) == len(trajectory)
    calls = []
    monkeypatch.setattr(view.panels[0], "redraw", lambda *args: calls.append(args))
    view.redraw_now()
    view.show_epoch(len(trajectory) - 1)  # the row shown already (no cursor yet: the newest)
    view.extend(0, 10)  # rows it already has
    view.redraw_now()
    assert len(calls) == 1  # show_epoch marks it dirty once; no landscape is recomputed then


def test_the_dot_follows_the_cursor_and_a_shorter_run_shows_its_last_row(view) -> None:
    (trajectory,) = show(view, [SATURATED])
    panel = view.panels[0]
    assert panel.dot_position() == weights_at(trajectory, len(trajectory) - 1)  # newest
    for epoch in (0, 1, 50, 149, 300):
        view.show_epoch(epoch)
        view.redraw_now()
        assert panel.dot_position() == weights_at(trajectory, epoch)
        xs, ys = panel.dot.getData()
        assert (float(xs[0]), float(ys[0])) == weights_at(trajectory, epoch)
    view.show_epoch(5000)
    view.redraw_now()
    assert panel.dot_position() == weights_at(trajectory, 300)


def test_rows_not_told_are_never_drawn(view) -> None:
    trajectory = trained(SATURATED)
    view.set_runs([(SATURATED, trajectory)])
    view.extend(0, 40)
    view.show_epoch(100)
    view.redraw_now()
    panel = view.panels[0]
    ws, bs = panel.path_data()
    expected = trajectory.weights(0, 40)
    assert np.array_equal(ws, expected[0]) and np.array_equal(bs, expected[1])
    assert panel.dot_position() == weights_at(trajectory, 39)


def test_compare_mode_shows_each_run_on_its_own_costs_landscape(view) -> None:
    runs = [SATURATED, default_partner(SATURATED)]
    trajectories = show(view, runs, 50)
    assert all(not panel.widget.isHidden() for panel in view.panels)
    for panel, trajectory in zip(view.panels, trajectories, strict=True):
        assert_is_the_cost_function(panel, trajectory)
        assert panel.dot_position() == weights_at(trajectory, 50)
    assert [p.landscape.cost_name for p in view.panels] == [
        CostName.QUADRATIC,
        CostName.CROSS_ENTROPY,
    ]
    assert view.panels[0].plateau_shown() and not view.panels[1].plateau_shown()
    assert all(panel.colour_bar.horizontal for panel in view.panels)  # half the width each
    show(view, [SATURATED])
    assert view.panels[1].widget.isHidden() and not view.panels[0].colour_bar.horizontal


def test_extreme_weights_give_a_finite_landscape_without_warnings(view) -> None:
    parameters = SATURATED.with_changes(w=1000.0, b=-1000.0, x=1000.0, epochs=20)
    for cost in CostName:
        run = parameters.with_changes(cost=cost)
        (trajectory,) = show(view, [run], 10)
        panel = view.panels[0]
        assert_is_the_cost_function(panel, trajectory)
        assert panel.dot_position() == weights_at(trajectory, 10)
        assert np.isfinite(panel.contour_levels()).all()
        for curve in panel.contours:
            xs, ys = curve.getData()
            assert xs is None or (np.isfinite(xs).all() and np.isfinite(ys).all())
        view.grab()  # paints without a Qt or numpy warning (both fail the test)


def test_a_long_run_is_drawn_from_a_few_thousand_points_with_the_dot_exact(view) -> None:
    rows = 2_000_001
    trajectory = Trajectory(1.0, 0.0, CostName.QUADRATIC)
    trajectory.append(np.linspace(2.0, -3.5, rows), np.linspace(2.0, -3.0, rows))
    parameters = SATURATED.with_changes(epochs=rows - 1)
    view.set_runs([(parameters, trajectory)])
    view.extend(0, rows)
    view.show_epoch(1_234_567)
    view.redraw_now()
    panel = view.panels[0]
    ws, bs = panel.path_data()
    assert 2 <= len(ws) <= PATH_POINTS + 1
    assert (ws[0], bs[0]) == weights_at(trajectory, 0)
    assert (ws[-1], bs[-1]) == weights_at(trajectory, rows - 1)
    assert panel.dot_position() == weights_at(trajectory, 1_234_567)
    assert panel.window().contains(*trajectory.weights(0, rows))


def test_the_window_follows_the_path_in_round_steps_until_the_user_zooms(view) -> None:
    trajectory = trained(SATURATED)
    view.set_runs([(SATURATED, trajectory)])
    panel = view.panels[0]
    fitted = []
    for length in range(1, len(trajectory) + 1, 5):
        view.extend(0, length)
        view.redraw_now()
        if not fitted or panel.fitted != fitted[-1]:
            fitted.append(panel.fitted)
    assert fitted[0] == Window(0.0, 4.0, 0.0, 4.0)  # around the start, round
    assert 2 <= len(fitted) <= 4  # re-fitted only when the path left the window
    # The user zooms: the window stays, the landscape follows the view.
    panel.view_box.scaleBy((0.5, 0.5))
    panel.view_box.sigRangeChangedManually.emit(panel.view_box.state["mouseEnabled"])
    view.redraw_now()
    assert not panel.auto
    (w_low, w_high), _ = panel.view_box.viewRange()
    assert (panel.window().w_low, panel.window().w_high) == (w_low, w_high)
    assert_is_the_cost_function(panel, trajectory)
    view.fit_button.click()
    view.redraw_now()
    assert panel.auto and panel.window().contains(*trajectory.weights(0, len(trajectory)))


def test_a_double_click_fits_again(view, qtbot) -> None:
    (trajectory,) = show(view, [SATURATED], 50)
    panel = view.panels[0]
    panel.auto = False
    fitted = panel.fitted
    panel.view_box.scaleBy((0.25, 0.25))
    view.redraw_now()
    assert not panel.window().contains(*trajectory.weights(0, len(trajectory)))
    centre = panel.widget.mapFromScene(panel.view_box.sceneBoundingRect().center())
    viewport, left = panel.widget.viewport(), Qt.MouseButton.LeftButton
    qtbot.mouseClick(viewport, left, pos=centre)  # a double-click as a mouse sends it:
    qtbot.mouseDClick(viewport, left, pos=centre)  # press, release, double-click, release
    qtbot.mouseRelease(viewport, left, pos=centre)
    QApplication.processEvents()
    view.redraw_now()
    assert panel.auto and panel.fitted == fitted
    (w_low, w_high), (b_low, b_high) = panel.view_box.viewRange()
    assert panel.window() == Window(w_low, w_high, b_low, b_high)
    assert panel.window().contains(*trajectory.weights(0, len(trajectory)))


def test_themes_and_presentation_scale_apply(view) -> None:
    show(view, [SATURATED, default_partner(SATURATED)], 50)
    view.apply_theme(DARK.scaled(2))
    view.redraw_now()
    view.grab()
    panel = view.panels[1]
    assert panel.dot.opts["size"] == 24
    assert panel.path_curve.opts["pen"].color().name() == DARK.runs[1]
