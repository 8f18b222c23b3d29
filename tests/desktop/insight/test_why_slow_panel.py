"""The why-slow panel against the model: the σ plot's point and tangent, the factor bars, the log
plot of |∂C/∂w| and the formulas all show the cursor epoch's numbers exactly; compare mode shows
both runs; nothing is drawn until `redraw_now`, which does nothing when nothing changed; zero
gradients and a 2,000,000-epoch run are drawn from O(bins) points."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop.insight.gradient_log_plot import GRADIENT_BINS
from desktop.insight.why_slow_panel import WhySlowPanel
from desktop.style.number_format import format_number
from desktop.style.theme import LIGHT
from model import CostName, RunParameters, Training, Trajectory, preset
from model.comparison import book_rule_pair, default_partner
from model.why_slow import log_magnitude

SATURATED = preset("quadratic-saturated").parameters
CROSS = preset("cross-entropy-saturated").parameters


def trained(parameters: RunParameters) -> Trajectory:
    training = Training(parameters)
    training.run_to_end()
    return training.trajectory


@pytest.fixture
def panel(qtbot) -> WhySlowPanel:
    widget = WhySlowPanel()
    qtbot.addWidget(widget)
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(760, 660)
    widget.show()
    return widget


def show(
    panel: WhySlowPanel, runs: list[RunParameters], epoch: int | None = None
) -> list[Trajectory]:
    """Give the panel these runs, trained to the end, all rows told; show `epoch`."""
    trajectories = [trained(p) for p in runs]
    panel.set_runs(list(zip(runs, trajectories, strict=True)))
    for index, trajectory in enumerate(trajectories):
        panel.extend(index, len(trajectory))
    if epoch is not None:
        panel.show_epoch(epoch)
    panel.redraw_now()
    return trajectories


def test_nothing_is_drawn_until_redraw_now_and_redraw_wanted_is_emitted(panel, qtbot) -> None:
    trajectory = trained(SATURATED)
    with qtbot.waitSignal(panel.redraw_wanted, timeout=1000):
        panel.set_runs([(SATURATED, trajectory)])
    with qtbot.waitSignal(panel.redraw_wanted, timeout=1000):
        panel.extend(0, len(trajectory))
    assert panel.bars.values() == [] and len(panel.gradient.curve_data(0)[0]) == 0
    with qtbot.waitSignal(panel.redraw_wanted, timeout=1000):
        panel.show_epoch(50)
    panel.redraw_now()
    assert len(panel.bars.values()) == 1 and len(panel.gradient.curve_data(0)[0]) == 301


def test_redraw_now_does_nothing_when_nothing_changed(panel, monkeypatch) -> None:
    show(panel, [SATURATED], 50)
    calls = []
    monkeypatch.setattr(panel, "_show_states", lambda shown: calls.append(shown))
    monkeypatch.setattr(panel.gradient, "redraw", lambda: calls.append("log plot"))
    panel.redraw_now()
    panel.show_epoch(50)  # the same epoch again
    panel.extend(0, 10)  # rows it already has
    panel.redraw_now()
    assert calls == []
    panel.show_epoch(51)
    panel.redraw_now()
    assert calls == [(51,), "log plot"]


def test_sigma_point_sits_at_the_cursor_epochs_z_and_the_tangent_has_slope_sigma_prime(
    panel,
) -> None:
    (trajectory,) = show(panel, [SATURATED], 50)
    state = trajectory.state(50)
    assert panel.sigma.point(0) == (state["z"], state["a"])
    zs, ys = panel.sigma.tangent(0)
    slope = (ys[1] - ys[0]) / (zs[1] - zs[0])
    assert math.isclose(slope, state["sigma_prime"], rel_tol=1e-9)
    assert math.isclose(ys[0] + slope * (state["z"] - zs[0]), state["a"], rel_tol=1e-12)
    assert state["sigma_prime"] < 0.1 and panel.sigma.extent() == 6.0  # on the plateau


def test_the_z_range_widens_in_round_steps_to_keep_the_point_in_view(panel) -> None:
    far = CROSS.with_changes(w=4.0, b=4.0)  # z = 8 at the start, and it leaves fast
    (trajectory,) = show(panel, [far], 0)
    assert panel.sigma.extent() == 10.0
    late = int(np.argmax(np.abs(trajectory.columns(0, len(trajectory), ["z"])["z"]) < 4))
    assert late > 0
    panel.show_epoch(late)
    panel.redraw_now()
    assert panel.sigma.extent() == 6.0
    low, high = panel.sigma.widget.getPlotItem().vb.viewRange()[0]
    assert (low, high) == (-6.0, 6.0)


def test_a_run_shorter_than_the_cursor_shows_its_last_row_and_by_default_the_newest(
    panel,
) -> None:
    trajectory = trained(SATURATED)
    panel.set_runs([(SATURATED, trajectory)])
    panel.redraw_now()
    assert panel.shown_rows() == (0,)  # row 0 only, before any rows are told
    assert panel.sigma.point(0) == (trajectory.state(0)["z"], trajectory.state(0)["a"])
    panel.extend(0, 10)
    panel.redraw_now()
    assert panel.shown_rows() == (9,)  # no cursor yet: the newest row
    panel.show_epoch(50)
    panel.redraw_now()
    assert panel.shown_rows() == (9,)
    assert panel.bars.products() == [trajectory.state(9)["dC_dw"]]


def test_factor_bars_draw_x_error_and_sigma_prime_of_the_cursor_epoch(panel) -> None:
    (trajectory,) = show(panel, [SATURATED], 50)
    state = trajectory.state(50)
    assert panel.bars.values() == [(SATURATED.x, state["a"] - SATURATED.y, state["sigma_prime"])]
    assert panel.bars.products() == [state["dC_dw"]]
    assert panel.bars.scale() == 1.0


def test_cross_entropy_has_no_sigma_prime_bar(panel) -> None:
    (trajectory,) = show(panel, [CROSS], 7)
    state = trajectory.state(7)
    assert panel.bars.values() == [(CROSS.x, state["a"] - CROSS.y)]
    assert panel.bars.products() == [state["dC_dw"]]


def test_compare_mode_shows_both_runs(panel) -> None:
    runs = [SATURATED, default_partner(SATURATED)]
    trajectories = show(panel, runs, 50)
    states = [t.state(50) for t in trajectories]
    assert panel.run_names() == ["1: quadratic", "2: cross-entropy"]
    assert panel.bars.values() == [
        (1.0, states[0]["a"], states[0]["sigma_prime"]),
        (1.0, states[1]["a"]),
    ]
    assert panel.bars.colours() == list(LIGHT.runs)
    for index, state in enumerate(states):
        assert panel.sigma.point(index) == (state["z"], state["a"])
        x, y = panel.gradient.curve_data(index)
        assert len(x) == 301 and y[50] == log_magnitude(state["dC_dw"])
    text = panel.formulas.text()
    assert "1: Quadratic cost" in text and "2: Cross-entropy cost" in text
    assert format_number(states[0]["sigma_prime"]) in text
    assert format_number(states[1]["dC_dw"]) in text
    assert panel.gradient.legend.isVisible()


def test_runs_of_one_cost_are_told_apart_by_their_rule(panel) -> None:
    show(panel, list(book_rule_pair(SATURATED)), 5)
    assert panel.run_names() == ["1: book rule", "2: true gradient"]
    assert panel.formulas.note_visible()


def test_the_book_note_is_shown_for_cross_entropy_and_the_book_rule_only(panel) -> None:
    show(panel, [SATURATED], 0)
    assert not panel.formulas.note_visible() and panel.formulas.note.isHidden()
    show(panel, [CROSS], 0)
    assert panel.formulas.note_visible() and not panel.formulas.note.isHidden()
    panel.formulas.note_button.setChecked(False)  # collapsed by the lecturer
    assert panel.formulas.note.isHidden() and not panel.formulas.note_button.isHidden()


def test_formulas_show_the_cursor_epochs_numbers(panel) -> None:
    (trajectory,) = show(panel, [SATURATED], 50)
    state = trajectory.state(50)
    text = panel.formulas.text()
    assert all(equation in text for equation in ("(54)", "(55)", "(56)"))
    for key in ("z", "a", "sigma_prime", "cost", "dC_dw"):
        assert format_number(state[key]) in text, key
    panel.show_epoch(200)
    panel.redraw_now()
    assert format_number(trajectory.state(200)["dC_dw"]) in panel.formulas.text()


def test_log_plot_curve_is_the_trajectorys_gradient_magnitude(panel) -> None:
    (trajectory,) = show(panel, [SATURATED], 50)
    rows = trajectory.rows()
    x, y = panel.gradient.curve_data(0)
    np.testing.assert_array_equal(x, np.arange(301))
    np.testing.assert_array_equal(y, log_magnitude(rows.dC_dw))
    np.testing.assert_allclose(10.0**y, np.abs(rows.dC_dw), rtol=1e-12)
    assert panel.gradient.cursor_line.value() == 50 and panel.gradient.cursor_line.isVisible()
    low, high = panel.gradient.decades()
    assert low <= math.floor(y.min()) and high >= math.ceil(y.max()) and high - low <= 20


def test_zero_gradients_are_drawn_at_the_floor_without_stretching_the_axis(panel) -> None:
    """Rows whose a equals y to the last bit (z = −2000, y = 0) have ∂C/∂w exactly 0."""
    parameters = RunParameters(w=-1000.0, b=-1000.0, x=1.0, y=0.0, epochs=20)
    trajectory = Trajectory(1.0, 0.0, CostName.QUADRATIC)
    trajectory.append([-1000.0] * 10 + [2.0] * 11, [-1000.0] * 10 + [2.0] * 11)
    panel.set_runs([(parameters, trajectory)])
    panel.extend(0, 10)
    panel.redraw_now()
    x, y = panel.gradient.curve_data(0)
    assert list(y) == [-300.0] * len(y) and panel.bars.products() == [0.0]
    assert panel.gradient.decades() == (-303, -300)
    panel.extend(0, 21)
    panel.redraw_now()
    x, y = panel.gradient.curve_data(0)
    assert np.isfinite(y).all() and y.min() == -300.0
    low, high = panel.gradient.decades()
    assert high == math.ceil(y.max()) and high - low == 20  # the zeros fall off the bottom


def test_set_runs_takes_one_or_two_runs_and_extend_ignores_unknown_runs(panel) -> None:
    with pytest.raises(ValueError):
        panel.set_runs([])
    trajectory = trained(SATURATED)
    with pytest.raises(ValueError):
        panel.set_runs([(SATURATED, trajectory)] * 3)
    panel.set_runs([(SATURATED, trajectory)])
    panel.extend(3, 100)  # a run that is not there (cleared meanwhile)
    panel.redraw_now()
    assert panel.shown_rows() == (0,)


@pytest.fixture(scope="module")
def long_run() -> Training:
    training = Training(RunParameters(w=2.0, b=2.0, epochs=2_000_000))
    training.run_to_end()
    return training


def test_a_two_million_epoch_run_is_drawn_from_o_bins_points(panel, long_run) -> None:
    trajectory = long_run.trajectory
    panel.set_runs([(long_run.parameters, trajectory)])
    told = 1
    for batch in (1, 999, 50_000, 65_536, 1_000_000, 2_000_001):
        told = min(len(trajectory), told + batch)
        panel.extend(0, told)
        panel.redraw_now()
        x, y = panel.gradient.curve_data(0)
        assert len(x) <= 2 * GRADIENT_BINS + 2 and x[-1] == told - 1
    assert told == 2_000_001
    logs = [
        log_magnitude(trajectory.columns(start, min(start + 500_000, told), ["dC_dw"])["dC_dw"])
        for start in range(0, told, 500_000)
    ]
    assert (y.min(), y.max()) == (min(c.min() for c in logs), max(c.max() for c in logs))
    panel.show_epoch(1_500_000)
    panel.redraw_now()
    assert panel.bars.products() == [trajectory.state(1_500_000)["dC_dw"]]
    assert panel.gradient.cursor_line.value() == 1_500_000


def test_while_a_run_plays_the_formulas_catch_up_within_their_refresh_time(
    panel, qtbot, monkeypatch
) -> None:
    """Numbers given faster than REFRESH_MS apart are laid out when that time is up: the
    formulas never lag more than that, and never keep an old number."""
    import desktop.insight.formulas_view as formulas_view

    monkeypatch.setattr(formulas_view, "REFRESH_MS", 60_000)
    trajectory = show(panel, [SATURATED], 10)[0]
    for epoch in (100, 150, 200):  # a: 0.981 → 0.964 → … → 0.789, no digits alike (z > 0)
        panel.show_epoch(epoch)
        panel.redraw_now()
    latest = format_number(trajectory.state(200)["a"])
    assert latest not in panel.formulas.formulas.text()  # deferred
    assert latest in panel.formulas.text()  # asking for the text shows the newest
    monkeypatch.setattr(formulas_view, "REFRESH_MS", 30)
    panel.show_epoch(210)
    panel.redraw_now()
    qtbot.waitUntil(lambda: panel.formulas._pending is None, timeout=2000)
    assert format_number(trajectory.state(210)["a"]) in panel.formulas.formulas.text()
