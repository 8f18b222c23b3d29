"""The real window with the real background thread: runs finish, stop, restart and close cleanly."""

import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop.engine.pace import INSTANT, Pace
from desktop.style.number_format import format_number
from desktop.window.main_window import MainWindow
from model import preset
from tests.desktop.helpers import reference_rows

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def make_window(qtbot):
    """Build shown windows; they stay referenced until pytest-qt has closed them (joining threads)."""
    windows = []

    def make(pace=INSTANT, preset_name="quadratic-saturated") -> MainWindow:
        window = MainWindow(pace=pace)
        qtbot.addWidget(window)
        windows.append(window)
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        window.load_preset(preset_name)
        window.resize(1280, 720)
        window.show()
        return window

    return make


def run_to_end(qtbot, window: MainWindow) -> None:
    """Click Run and wait for *that* run to end (the session ignores a replaced run's end)."""
    with qtbot.waitSignal(window.session.ended, timeout=10_000):
        qtbot.mouseClick(window.run_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("name", ["quadratic-saturated", "book-cross-entropy-good-start"])
def test_finished_run_shows_exactly_the_models_final_state(qtbot, make_window, name: str) -> None:
    window = make_window(preset_name=name)
    run_to_end(qtbot, window)
    params = preset(name).parameters
    expected = reference_rows(params)
    series = window.plots.series(window.session.run_id)
    for column in ("cost", "w", "b", "a"):
        x, y = series.curve_data(column)
        assert len(x) == len(y) == 301
        np.testing.assert_array_equal(x, np.arange(301))
        np.testing.assert_array_equal(y, getattr(expected, column))
    assert window.diagram.state() == (params.x, expected.w[-1], expected.b[-1], expected.a[-1])
    assert window.epoch_label.text() == "Epoch 300 / 300"
    assert f"a = {format_number(expected.a[-1])}." in window.statusBar().currentMessage()
    assert not window.stop_button.isEnabled()


def test_stop_mid_run_keeps_what_was_computed(qtbot, make_window) -> None:
    window = make_window(pace=Pace(300.0))
    qtbot.mouseClick(window.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.last_epoch >= 20, timeout=5000)
    with qtbot.waitSignal(window.controller.run_ended, timeout=5000) as ended:
        qtbot.mouseClick(window.stop_button, Qt.MouseButton.LeftButton)
    assert ended.args[1] == "stopped"
    done = window.session.last_epoch
    assert 20 <= done < 300
    x, y = window.plots.series(window.session.run_id).curve_data("a")
    np.testing.assert_array_equal(
        y, reference_rows(preset("quadratic-saturated").parameters, done).a
    )
    assert "Stopped at epoch" in window.statusBar().currentMessage()


def test_run_again_restarts_from_the_spinbox_values(qtbot, make_window) -> None:
    window = make_window(pace=Pace(300.0))
    qtbot.mouseClick(window.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.last_epoch >= 5, timeout=5000)
    window.session.set_pace(INSTANT)
    window.panel.w_box.setValue(-1.0)
    run_to_end(qtbot, window)
    assert window.plots.legend.items and len(window.plots.legend.items) == 2  # one run: w and b
    expected = reference_rows(window.panel.parameters())
    _, w = window.plots.series(window.session.run_id).curve_data("w")
    np.testing.assert_array_equal(w, expected.w)
    assert w[0] == -1.0


def test_editing_a_value_during_a_run_does_not_touch_that_run(qtbot, make_window) -> None:
    window = make_window(pace=Pace(60.0))  # 300 epochs would take 5 s: the edits land mid-run
    params = window.panel.parameters()
    with qtbot.waitSignal(window.controller.run_ended, timeout=10_000):
        qtbot.mouseClick(window.run_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.session.last_epoch >= 3, timeout=5000)
        window.panel.eta_box.setValue(2.5)
        window.panel.cost_box.setCurrentIndex(1)
        assert "apply when you press Run" in window.statusBar().currentMessage()
        window.session.set_pace(INSTANT)
    _, cost = window.plots.series(window.session.run_id).curve_data("cost")
    np.testing.assert_array_equal(cost, reference_rows(params).cost)


def test_closing_during_a_run_joins_the_thread(qtbot, make_window) -> None:
    window = make_window(pace=Pace(60.0))
    qtbot.mouseClick(window.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.last_epoch >= 2, timeout=5000)
    window.close()
    assert window.controller.shutdown(timeout_ms=0)  # already joined


def test_closing_during_a_run_in_a_real_process_exits_cleanly(tmp_path) -> None:
    script = textwrap.dedent(
        """
        from PySide6.QtCore import QTimer
        from desktop.qt_app import application
        from desktop.window.main_window import MainWindow
        app = application()
        window = MainWindow()
        window.load_preset("quadratic-saturated")
        window.show()
        QTimer.singleShot(0, window.run)
        QTimer.singleShot(400, window.close)
        app.exec()
        print("epoch", window.session.last_epoch)
        """
    )
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "Destroyed while thread" not in result.stderr
    assert 0 < int(result.stdout.split()[-1]) < 300  # closed mid-run


def test_diverging_run_says_so(qtbot, make_window) -> None:
    window = make_window()
    window.panel.set_parameters(
        window.panel.parameters().with_changes(
            eta=100, y=0.5, cost="cross-entropy", rule="book-widget"
        )
    )
    run_to_end(qtbot, window)
    assert "Diverged at epoch 2" in window.statusBar().currentMessage()
    assert all(np.isfinite(v) for v in window.diagram.state())


def test_choosing_a_preset_shows_its_start_state_and_epoch_axis(qtbot, make_window) -> None:
    window = make_window(preset_name="quadratic-good-start")
    window.panel.epochs_box.setValue(1000)
    assert window.plots.cost_plot.viewRange()[0][1] > 1000
    window.panel.preset_box.setCurrentIndex(
        window.panel.preset_box.findData("cross-entropy-saturated")
    )
    expected = reference_rows(preset("cross-entropy-saturated").parameters, 0)
    assert window.diagram.state() == (1.0, 2.0, 2.0, expected.a[0])
    assert window.epoch_label.text() == "Epoch 0 / 300"
    low, high = window.plots.cost_plot.viewRange()[0]
    assert low < 0 < 300 < high < 320
    assert "Cross-entropy cost" in window.plots.cost_plot.getPlotItem().titleLabel.text


def test_deleting_a_running_window_without_closing_it_still_joins_the_thread(tmp_path) -> None:
    script = textwrap.dedent(
        """
        from PySide6.QtCore import QTimer
        from desktop.qt_app import application
        from desktop.window.main_window import MainWindow
        app = application()
        window = MainWindow()
        window.show()
        window.run()
        QTimer.singleShot(300, window.deleteLater)
        QTimer.singleShot(800, app.quit)
        app.exec()
        print("clean")
        """
    )
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0 and result.stdout.strip() == "clean", result.stderr
    assert "Destroyed while thread" not in result.stderr


def test_quitting_the_app_after_every_view_and_compare_mode_exits_cleanly(tmp_path) -> None:
    """The real `neuron-lab` window path (`run_window`): compare mode, a run, every tab, then
    close mid-run. Python must not be left holding widgets for the interpreter's exit (a
    pyqtgraph item destroyed then crashed the process)."""
    script = textwrap.dedent(
        """
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from desktop.launcher import run_window
        from desktop.qt_app import application
        from desktop.window.main_window import MainWindow
        from model import preset

        app = application()

        def drive():
            window = next(
                w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
            )
            window.show_view("compare")
            window.run()
            for name in ("why-slow", "landscape", "speed-map", "exercises", "main"):
                window.show_view(name)
            QTimer.singleShot(300, window.close)

        QTimer.singleShot(100, drive)
        code = run_window(preset("quadratic-saturated").parameters, "quadratic-saturated")
        print("exit", code)
        """
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["exit", "0"]
    assert "Destroyed while thread" not in result.stderr
