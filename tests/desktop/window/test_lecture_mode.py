"""Lecture mode driven by real key events: stepping, replay, play/pause, end, reset, seeking."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QStatusTipEvent
from PySide6.QtWidgets import QApplication

from desktop.engine.pace import INSTANT, Pace
from desktop.engine.run_session import PlayState
from desktop.style.number_format import format_number
from desktop.window.main_window import MainWindow
from model import Training, preset

SATURATED = preset("quadratic-saturated").parameters


@pytest.fixture
def window(qtbot):
    """A shown window with the saturated quadratic preset; kept alive until pytest-qt closes it."""
    win = MainWindow(pace=Pace(60.0))
    qtbot.addWidget(win)
    win.load_preset("quadratic-saturated")
    win.resize(1280, 720)
    with qtbot.waitActive(win):  # shortcuts only reach the active window (offscreen shows none)
        win.show()
        win.activateWindow()
    win.plots.setFocus()
    yield win


def model_state(epoch: int) -> dict:
    training = Training(SATURATED)
    training.advance(epoch)
    return training.trajectory.state(epoch)


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(window.plots, key, modifier)


def test_n_presses_of_right_give_the_models_state_at_epoch_n(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: window.session.last_epoch == 0)
    press(qtbot, window, Qt.Key.Key_Right, times=7)
    qtbot.waitUntil(lambda: window.session.cursor == 7)
    assert window.session.last_epoch == 7  # exactly one epoch computed per press
    assert window.shown_state == model_state(7)
    assert window.diagram.state()[1:] == (
        model_state(7)["w"],
        model_state(7)["b"],
        model_state(7)["a"],
    )
    assert window.readouts.texts()["epoch"] == "7"
    assert window.epoch_label.text() == "Epoch 7 / 300"


def test_left_shows_the_stored_state_without_recomputing(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_R)
    press(qtbot, window, Qt.Key.Key_Right, times=5)
    qtbot.waitUntil(lambda: window.session.cursor == 5)
    computed = window.session.last_epoch + 1
    press(qtbot, window, Qt.Key.Key_Left)
    assert window.session.cursor == 4 and (window.session.last_epoch + 1) == computed
    assert window.shown_state == model_state(4)
    press(qtbot, window, Qt.Key.Key_Right)  # forward again over stored history: no request
    assert window.session.cursor == 5 and (window.session.last_epoch + 1) == computed


def test_shift_arrows_jump_ten_epochs(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_R)
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier, times=2)
    qtbot.waitUntil(lambda: window.session.cursor == 20)
    press(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert window.session.cursor == 10 and window.session.last_epoch == 20
    assert window.shown_state == model_state(10)


def test_space_starts_pauses_and_resumes(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.session.state is PlayState.PLAYING
    qtbot.waitUntil(lambda: window.session.last_epoch >= 3, timeout=5000)
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.session.state is PlayState.PAUSED
    qtbot.wait(150)  # let any batch already on its way arrive, then nothing more may come
    held = window.session.last_epoch
    qtbot.wait(200)
    assert window.session.last_epoch == held < 300
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.session.state is PlayState.PLAYING
    qtbot.waitUntil(lambda: window.session.last_epoch >= held + 3, timeout=5000)


def test_end_completes_the_run_and_home_goes_to_the_start(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_R)
    press(qtbot, window, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: window.session.state is PlayState.ENDED, timeout=10_000)
    assert window.session.last_epoch == 300 and window.session.cursor == 300
    assert window.shown_state == model_state(300)
    press(qtbot, window, Qt.Key.Key_Home)
    assert window.session.cursor == 0 and window.shown_state == model_state(0)
    assert window.session.last_epoch == 300


def test_scrubbing_a_paused_run_then_resuming_continues_where_the_run_is(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_R)
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier, times=3)
    qtbot.waitUntil(lambda: window.session.cursor == 30)
    window.timeline.slider.setValue(12)
    assert window.session.cursor == 12 and window.readouts.texts()["epoch"] == "12"
    window.session.set_pace(INSTANT)
    with qtbot.waitSignal(window.session.ended, timeout=10_000):
        press(qtbot, window, Qt.Key.Key_Space)
    _, cost = window.plots.series(window.session.run_id).curve_data("cost")
    expected = Training(SATURATED)
    expected.run_to_end()
    np.testing.assert_array_equal(cost, expected.trajectory.rows().cost)


def test_r_resets_to_the_spinbox_values(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.session.last_epoch >= 2, timeout=5000)
    window.panel.w_box.setValue(-0.5)
    first_run = window.session.run_id
    press(qtbot, window, Qt.Key.Key_R)
    assert window.session.run_id != first_run and window.session.state is PlayState.PAUSED
    qtbot.waitUntil(lambda: window.shown_state["w"] == -0.5)
    assert window.session.cursor == 0 and window.session.last_epoch == 0


def test_clicking_a_plot_moves_the_cursor_there(qtbot, window) -> None:
    window.session.set_pace(INSTANT)
    with qtbot.waitSignal(window.session.ended, timeout=10_000):
        press(qtbot, window, Qt.Key.Key_Space)
    box = window.plots.cost_plot.getPlotItem().vb
    scene_point = box.mapViewToScene(QPointF(200, 0.2))
    widget_point = window.plots.cost_plot.mapFromScene(scene_point)
    qtbot.mouseClick(window.plots.cost_plot.viewport(), Qt.MouseButton.LeftButton, pos=widget_point)
    assert abs(window.session.cursor - 200) <= 1
    assert window.shown_state == model_state(window.session.cursor)
    assert window.plots.cursor_lines[0].value() == window.session.cursor


def test_every_shortcut_is_unique_and_listed_in_help(qtbot, window) -> None:
    from desktop.window.shortcuts_dialog import shortcut_rows

    keys = [key.toString() for action in window.findChildren(QAction) for key in action.shortcuts()]
    assert len(keys) == len(set(keys)) and len(keys) >= 18
    listed = dict(shortcut_rows(window.actions()))
    assert listed["Play / Pause"] == "Space" and listed["Step forward"] == "Right"
    assert listed["Full screen"] == "F11" and "Ctrl+0" in listed["Normal size"]


def test_a_saturated_start_shows_the_slow_learning_hint(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: window.session.last_epoch == 0)
    assert window.hint_banner.text().startswith("Learning is slow: σ′(z) = 0.01766")


def test_the_hint_quotes_the_cursor_epoch_and_leaves_with_the_saturation(qtbot, window) -> None:
    """It used to keep epoch 0's σ′(z) = 0.018 at epoch 180 and claim saturation after it."""
    press(qtbot, window, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: window.session.state is PlayState.ENDED, timeout=10_000)
    for epoch in (60, 120, 150, 180, 250):
        window.session.seek(epoch)
        state, text = model_state(epoch), window.hint_banner.text()
        slowed = state["sigma_prime"] < 0.1 and state["a"] > 0.5
        assert text.startswith("Learning is slow") == slowed, (epoch, text)
        if slowed:
            assert f"σ′(z) = {format_number(state['sigma_prime'])}." in text
        assert window.readouts.is_highlighted("sigma_prime") == slowed


def test_tooltips_and_messages_never_erase_the_hint(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: window.hint_banner.text() != "")
    before = window.hint_banner.text()
    QApplication.sendEvent(window, QStatusTipEvent("Step forward (Right)"))
    window.statusBar().showMessage("something else")
    window.statusBar().clearMessage()
    assert window.hint_banner.text() == before and window.hint_banner.isVisible()


def test_the_hint_grows_with_the_presentation_scale(qtbot, window) -> None:
    small = window.hint_banner.font().pointSizeF()
    assert small > window.statusBar().font().pointSizeF()
    window.presentation.set_scale(2.0)
    assert window.hint_banner.font().pointSizeF() >= 1.5 * small
    window.presentation.set_scale(1.0)


def test_cross_entropy_hint_quotes_the_gradient_of_the_epoch_shown(qtbot, window) -> None:
    window.load_preset("cross-entropy-saturated")
    params = preset("cross-entropy-saturated").parameters
    press(qtbot, window, Qt.Key.Key_R)
    press(qtbot, window, Qt.Key.Key_Right, times=5)
    qtbot.waitUntil(lambda: window.session.cursor == 5)
    training = Training(params)
    training.advance(5)
    gradient = training.trajectory.state(5)["dC_dw"]
    assert f"= {format_number(gradient)};" in window.hint_banner.text()


def test_before_any_run_right_and_end_start_one(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_Right, times=3)
    qtbot.waitUntil(lambda: window.session.cursor == 3)
    assert window.shown_state == model_state(3) and window.session.state is PlayState.PAUSED
    press(qtbot, window, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: window.session.state is PlayState.ENDED, timeout=10_000)
    assert window.session.cursor == 300


def test_space_and_r_work_while_a_spinbox_has_the_focus(qtbot, window) -> None:
    window.tabs.setCurrentIndex(1)
    window.panel.w_box.setFocus()
    qtbot.waitUntil(window.panel.w_box.hasFocus)
    qtbot.keyClick(window.panel.w_box, Qt.Key.Key_R)
    assert window.session.state is PlayState.PAUSED  # R reached the window: a paused run
    qtbot.keyClick(window.panel.w_box, Qt.Key.Key_Return)
    assert window.plots.hasFocus()  # Enter hands the keyboard back to the plots
