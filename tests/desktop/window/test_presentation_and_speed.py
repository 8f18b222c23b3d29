"""Speed without wall-clock timing, instant runs that keep the GUI alive, presentation view."""

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from desktop.engine.pace import INSTANT, TICK_INTERVAL_MS, TickBudget
from desktop.engine.run_session import PlayState
from desktop.style.presentation import Presentation, largest_scale_for_height
from desktop.window.main_window import READOUTS_GROWTH, MainWindow
from desktop.window.speed_control import SPEEDS, SpeedControl
from model import RunParameters


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.load_preset("quadratic-saturated")
    win.resize(1280, 720)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    win.plots.setFocus()
    yield win
    win.presentation.set_scale(1.0)
    win.presentation.set_dark(False)


@pytest.mark.parametrize(("speed", "ticks_per_epoch_or_epochs"), [(1, 60), (60, 1), (1000, 16.67)])
def test_each_speed_sets_the_epochs_computed_per_60hz_tick(
    qtbot, speed, ticks_per_epoch_or_epochs
) -> None:
    control = SpeedControl()
    qtbot.addWidget(control)
    paces = []
    control.pace_changed.connect(paces.append)
    control.set_speed(speed)
    assert control.pace().epochs_per_second == speed and control.label.text() == (
        f"{speed:,} epochs/s" if speed > 1 else "1 epoch/s"
    )
    budget = TickBudget(control.pace())
    per_tick = [budget.epochs_this_tick() for _ in range(600)]
    assert sum(per_tick) == speed * 10  # ten seconds of ticks
    assert TICK_INTERVAL_MS == 17
    if speed == 1:
        assert per_tick.count(1) == 10 and per_tick.count(0) == 590


def test_speed_steps_are_logarithmic_from_1_to_1000_plus_instant(qtbot) -> None:
    control = SpeedControl()
    qtbot.addWidget(control)
    assert SPEEDS[0] == 1 and SPEEDS[-1] == 1000 and len(SPEEDS) >= 10
    ratios = [b / a for a, b in zip(SPEEDS, SPEEDS[1:], strict=False)]
    assert all(1.2 <= r <= 2.5 for r in ratios)
    control.instant_button.click()
    assert control.pace() is INSTANT and control.label.text() == "instant"
    assert not control.slider.isEnabled()


def test_instant_million_epochs_leave_the_gui_running(qtbot, window) -> None:
    """While a million epochs compute at instant pace, the GUI thread keeps handling events (a
    10 ms timer keeps firing). How long the gaps are is measured in bench/bench_window_run.py."""
    window.panel.set_parameters(RunParameters(w=2, b=2, epochs=1_000_000))
    window.timeline.speed.set_speed(None)
    ticks_while_running: list[int] = []

    def probe() -> None:
        if window.session.alive:
            ticks_while_running.append(window.session.last_epoch)

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(probe)
    timer.start()
    with qtbot.waitSignal(window.session.ended, timeout=60_000):
        window.run()
    timer.stop()
    assert window.session.last_epoch == 1_000_000
    assert len(ticks_while_running) >= 3  # the event loop ran during the run, not only after it
    assert len(set(ticks_while_running)) >= 2  # and saw the run advance


def test_zoom_scales_everything_together_and_is_remembered(qtbot, window) -> None:
    window.resize(1920, 1080)  # room for the diagram to grow (it fits its text to its box)
    qtbot.waitUntil(lambda: window.diagram.width() > 500)
    diagram_font = window.diagram.label_font().pointSizeF()
    readout_font = window.readouts.findChild(QLabel, "value_w").font().pointSizeF()
    qtbot.keyClick(window.plots, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.plots, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.presentation.scale == 1.5
    grown = window.readouts.findChild(QLabel, "value_w").font().pointSizeF()
    assert grown == pytest.approx(readout_font * 1.5**READOUTS_GROWTH)
    assert window.diagram.label_font().pointSizeF() > diagram_font
    assert window.plots.theme.curve_width == pytest.approx(4.5)
    assert window.plots.cost_plot.getAxis("left").style["tickFont"].pointSizeF() == pytest.approx(
        13 * 1.5
    )
    assert Presentation().scale == 1.5  # remembered in QSettings
    for _ in range(10):
        qtbot.keyClick(window.plots, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    screen_height = window.screen().availableGeometry().height()
    assert window.presentation.scale == largest_scale_for_height(screen_height) <= 3.0
    assert "largest size" in window.statusBar().currentMessage()
    qtbot.keyClick(window.plots, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert (
        window.presentation.scale == 1.0 and float(QSettings().value("presentation/scale")) == 1.0
    )


@pytest.mark.parametrize(
    ("height", "largest"), [(600, 1.5), (720, 2.0), (800, 2.0), (1080, 3.0), (2160, 3.0)]
)
def test_largest_scale_follows_the_screen_height(height: int, largest: float) -> None:
    assert largest_scale_for_height(height) == largest


def test_zoom_out_stops_at_normal_size(qtbot, window) -> None:
    qtbot.keyClick(window.plots, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.presentation.scale == 1.0


def test_dark_theme_recolours_plots_and_widgets(qtbot, window) -> None:
    qtbot.keyClick(
        window.plots,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.presentation.theme_name == "dark"
    image = window.plots.cost_plot.grab().toImage()
    assert QColor(image.pixel(5, image.height() // 2)).lightness() < 60
    qtbot.waitUntil(lambda: window.palette().window().color().lightness() < 80)  # propagated
    corner = window.grab().toImage().pixel(window.width() - 10, 10)  # empty menu bar
    assert QColor(corner).lightness() < 80


def test_f11_toggles_full_screen(qtbot, window) -> None:
    qtbot.keyClick(window.plots, Qt.Key.Key_F11)
    assert window.actions_by_name["full_screen"].isChecked()
    qtbot.waitUntil(lambda: bool(window.windowState() & Qt.WindowState.WindowFullScreen))
    qtbot.keyClick(window.plots, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.windowState() & Qt.WindowState.WindowFullScreen)


def test_predict_hides_the_future_keeps_the_guess_and_clears_it(qtbot, window) -> None:
    qtbot.keyClick(window.plots, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: window.session.last_epoch == 0)
    qtbot.keyClick(window.plots, Qt.Key.Key_P)
    plot = window.plots.cost_plot
    plot.setYRange(0, 0.5, padding=0)
    box = plot.getPlotItem().vb

    def at(epoch, cost):
        return plot.mapFromScene(
            box.mapViewToScene(
                __import__("PySide6.QtCore", fromlist=["QPointF"]).QPointF(epoch, cost)
            )
        )

    with qtbot.waitSignal(window.plots.prediction.guess_changed):
        qtbot.mousePress(plot.viewport(), Qt.MouseButton.LeftButton, pos=at(0, 0.45))
        for epoch, cost in ((60, 0.35), (120, 0.2), (200, 0.08), (300, 0.02)):
            qtbot.mouseMove(plot.viewport(), at(epoch, cost))
            from PySide6.QtCore import QEvent
            from PySide6.QtGui import QMouseEvent
            from PySide6.QtWidgets import QApplication

            p = at(epoch, cost)
            QApplication.sendEvent(
                plot.viewport(),
                QMouseEvent(
                    QEvent.Type.MouseMove,
                    p.toPointF(),
                    plot.viewport().mapToGlobal(p).toPointF(),
                    Qt.MouseButton.NoButton,
                    Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier,
                ),
            )
        qtbot.mouseRelease(plot.viewport(), Qt.MouseButton.LeftButton, pos=at(300, 0.02))
    guess = window.plots.prediction.points()
    assert guess[0][0] == pytest.approx(0, abs=3) and guess[0][1] == pytest.approx(0.45, abs=0.01)
    assert guess[-1][0] == pytest.approx(300, abs=3) and guess[-1][1] == pytest.approx(
        0.02, abs=0.01
    )
    window.session.step(40)
    qtbot.waitUntil(lambda: window.session.cursor == 40)
    x, _ = window.plots.series(window.session.run_id).curve_data("cost")
    assert x[-1] == 40  # revealed only up to the cursor
    window.session.set_pace(INSTANT)
    with qtbot.waitSignal(window.session.ended, timeout=10_000):
        qtbot.keyClick(window.plots, Qt.Key.Key_Space)
    x, _ = window.plots.series(window.session.run_id).curve_data("cost")
    assert x[-1] == 300 and window.session.state is PlayState.ENDED
    assert (window.plots.prediction.points() == guess).all()  # the guess survives the reveal
    qtbot.keyClick(window.plots, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)
    assert not window.plots.prediction.has_guess()
