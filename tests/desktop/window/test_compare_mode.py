"""Compare mode in the real window: two runs computed by the one worker, drawn, stepped and
replayed together, with the threshold epochs and the why-slow panel following the cursor."""

import numpy as np
import pytest

from desktop.engine.run_session import PlayState
from desktop.style.number_format import format_number
from desktop.window.main_window import MainWindow
from model import CostName, RuleName, preset
from model.comparison import default_partner, threshold_epoch
from tests.desktop.helpers import reference_rows
from tests.desktop.window.test_first_five_minutes import shown_window

PRESET = "quadratic-saturated"


@pytest.fixture
def window(qtbot):
    return shown_window(qtbot)  # the saturated preset at 1280×720, scale 1, light


def run_to_end(qtbot, win: MainWindow) -> None:
    with qtbot.waitSignal(win.session.ended, timeout=10_000):
        win.run()


def test_the_compare_action_pairs_the_preset_with_the_other_cost(qtbot, window) -> None:
    window.actions_by_name["compare"].trigger()
    assert window.compare.on and window.tabs.count() == 3  # Readouts, Parameters, Run 2
    assert window.compare.second() == default_partner(preset(PRESET).parameters)
    assert window.compare.diagram.isVisibleTo(window) and window.compare.readout.isVisibleTo(window)
    window.actions_by_name["compare"].trigger()
    assert not window.compare.on and not window.compare.diagram.isVisibleTo(window)
    assert window.tabs.count() == 2


def test_both_curves_in_every_plot_equal_the_models_trajectories_to_the_bit(qtbot, window) -> None:
    window.show_view("compare")
    run_to_end(qtbot, window)
    first = preset(PRESET).parameters
    runs = window.session.runs()
    assert [p for p, _ in runs] == [first, default_partner(first)]
    for (parameters, _), run_id in zip(runs, window._run_ids, strict=True):
        expected = reference_rows(parameters)
        series = window.plots.series(run_id)
        for column in ("cost", "w", "b", "a"):
            x, y = series.curve_data(column)
            np.testing.assert_array_equal(x, np.arange(301))
            np.testing.assert_array_equal(y, getattr(expected, column))
    # Every plot names both runs; the runs differ in colour and in line style.
    for legend in window.plots.legends:
        assert len(legend.items) in (2, 4)
    one, two = (
        window.plots.series(run_id).curves["cost"].opts["pen"] for run_id in window._run_ids
    )
    assert one.color() != two.color() and one.style() != two.style()


def test_stepping_and_replay_move_both_runs(qtbot, window) -> None:
    window.show_view("compare")
    window.reset()  # paused at epoch 0
    first, second = window.panel.parameters(), window.compare.second()
    for _ in range(7):
        window.actions_by_name["step_forward"].trigger()
    qtbot.waitUntil(lambda: window.session.cursor == 7)
    assert window.diagram.state()[1] == reference_rows(first, 7).w[7]
    assert window.compare.diagram.state()[1] == reference_rows(second, 7).w[7]
    window.actions_by_name["step_back"].trigger()
    assert window.compare.diagram.state()[1] == reference_rows(second, 6).w[6]
    with qtbot.waitSignal(window.session.ended, timeout=10_000):
        window.actions_by_name["go_end"].trigger()
    window.session.seek(100)
    assert window.compare.diagram.state()[1] == reference_rows(second, 100).w[100]
    window.actions_by_name["play_pause"].trigger()  # replay from 100: both move
    assert window.session.state is PlayState.REPLAYING
    qtbot.waitUntil(lambda: window.session.cursor > 100, timeout=5000)
    epoch = window.session.cursor
    assert window.compare.diagram.state()[1] == reference_rows(second, epoch).w[epoch]


def test_the_threshold_epochs_and_their_ratio_are_live(qtbot, window) -> None:
    window.show_view("compare")
    run_to_end(qtbot, window)
    trajectories = [trajectory for _, trajectory in window.session.runs()]
    assert [w.epoch for w in window.compare._watches] == [threshold_epoch(t) for t in trajectories]
    text = window.compare.readout.grab()  # drawn without error
    assert not text.isNull()


def test_book_rule_vs_true_gradient_in_one_click(qtbot, window) -> None:
    window.actions_by_name["book_pair"].trigger()
    first, second = window.panel.parameters(), window.compare.second()
    assert window.compare.on
    assert (first.cost, first.rule) == (CostName.CROSS_ENTROPY, RuleName.BOOK_WIDGET)
    assert (second.cost, second.rule) == (CostName.CROSS_ENTROPY, RuleName.GRADIENT)
    assert (first.w, first.b, first.eta) == (second.w, second.b, second.eta) == (2.0, 2.0, 0.005)


def test_the_why_slow_panel_follows_the_cursor(qtbot, window) -> None:
    window.show_view("why-slow")
    assert window.right_column.view() == "why-slow"
    assert window.actions_by_name["why_slow"].isChecked()
    window.reset()
    for _ in range(3):
        window.actions_by_name["step_forward"].trigger()
    qtbot.waitUntil(lambda: window.session.cursor == 3)
    state = window.session.state_at(3)
    assert window.insights.why_slow.shown_rows() == (3,)
    expected = (1.0, state["a"] - 0.0, state["sigma_prime"])
    qtbot.waitUntil(lambda: window.insights.why_slow.bars.values() == [expected], timeout=3000)
    assert window.insights.why_slow.sigma.point(0) == (state["z"], state["a"])
    window.actions_by_name["why_slow"].trigger()
    assert window.right_column.view() == "main"


def test_after_switching_views_the_arrow_keys_still_step(qtbot, window) -> None:
    window.show_view("compare")
    window.reset()
    window.plots.setFocus()
    window.actions_by_name["why_slow"].trigger()
    assert window.insights.why_slow.hasFocus() or not window.isActiveWindow()
    assert not window.compare.readout.threshold_box.hasFocus()
    window.actions_by_name["why_slow"].trigger()
    assert window.right_column.view() == "main"


def test_hovering_a_plot_in_compare_mode_names_the_nearest_runs_value(qtbot, window) -> None:
    from tests.desktop.plots.test_plot_crosshair import hover

    window.show_view("compare")
    run_to_end(qtbot, window)
    first = window.session.state_at(100, 0)["cost"]
    hover(window.plots.cost_plot, 100, first)  # on run 1's plateau
    crosshair = window.plots.crosshairs[0]
    assert crosshair.current() == (100, first)
    assert crosshair.text().endswith(f"1: quadratic = {format_number(first)}")
