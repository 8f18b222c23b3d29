"""The tabs beside the plots in the real window: the landscape follows the cursor, the speed map
is computed in the background (Cancel stops it, the window stays usable), and a click on a map
cell loads that start."""

import pytest
from PySide6.QtCore import Qt

from model import CostName, preset
from model.speed_map import SpeedMapRequest, compute_speed_map
from tests.desktop.insight.test_speed_map_view import cell_centre
from tests.desktop.window.test_first_five_minutes import shown_window

PRESET = "quadratic-saturated"


@pytest.fixture
def window(qtbot):
    return shown_window(qtbot)  # the saturated preset at 1280×720, scale 1, light


def test_every_view_has_a_tab_and_an_action(window) -> None:
    names = window.right_column.view_names
    assert names == ["main", "why-slow", "landscape", "speed-map", "exercises"]
    for action, name in (
        ("view_landscape", "landscape"),
        ("view_speed_map", "speed-map"),
        ("view_exercises", "exercises"),
        ("view_plots", "main"),
    ):
        window.actions_by_name[action].trigger()
        assert window.right_column.view() == name


def test_the_landscape_dot_follows_the_cursor(qtbot, window) -> None:
    window.show_view("landscape")
    window.reset()
    for _ in range(5):
        window.actions_by_name["step_forward"].trigger()
    qtbot.waitUntil(lambda: window.session.cursor == 5)
    state = window.session.state_at(5)
    panel = window.insights.landscape.panels[0]
    qtbot.waitUntil(lambda: panel.dot_position() == (state["w"], state["b"]), timeout=3000)
    window.actions_by_name["step_back"].trigger()
    state = window.session.state_at(4)
    qtbot.waitUntil(lambda: panel.dot_position() == (state["w"], state["b"]), timeout=3000)


def test_the_speed_map_computes_in_the_background_and_a_click_loads_its_start(
    qtbot, window
) -> None:
    window.show_view("speed-map")
    view = window.insights.speed_map
    view.controls.grid_field.setValue(21)
    with qtbot.waitSignal(window.insights.job.finished, timeout=20_000):
        window.insights.compute_speed_map()
    speed_map = view.current_map()
    expected = compute_speed_map(
        SpeedMapRequest.from_parameters(preset(PRESET).parameters, grid=21)
    )
    for cost in (CostName.QUADRATIC, CostName.CROSS_ENTROPY):
        assert (speed_map.epochs[cost] == expected.epochs[cost]).all()
    i, j = 5, 15  # a start of the grid, not the preset's
    point = cell_centre(view, 0, speed_map.w0[i], speed_map.b0[j])
    qtbot.mouseClick(view.plots.maps[0].widget.viewport(), Qt.MouseButton.LeftButton, pos=point)
    loaded = window.panel.parameters()
    assert (loaded.w, loaded.b) == (speed_map.w0[i], speed_map.b0[j])
    assert window.right_column.view() == "main"
    assert window.diagram.state()[1:3] == (loaded.w, loaded.b)  # its epoch 0 is shown


def test_cancel_stops_the_speed_map_promptly_and_the_window_stays_usable(qtbot, window) -> None:
    window.show_view("speed-map")
    view = window.insights.speed_map
    view.controls.epochs_field.setValue(100_000)  # long enough to be cancelled midway
    window.insights.compute_speed_map()
    assert window.insights.job.busy
    qtbot.waitUntil(lambda: view.controls.progress_bar.value() > 0, timeout=10_000)
    with qtbot.waitSignal(window.insights.job.cancelled, timeout=2000):
        view.controls.cancel_clicked.emit()
    assert not window.insights.job.busy and view.current_map() is None
    window.run()  # the window still runs a neuron
    qtbot.waitUntil(lambda: window.session.last_epoch == 300, timeout=10_000)
