"""What a lecturer meets before the lecture starts: small defects of the window, one test each."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from desktop import cli
from desktop.engine.pace import INSTANT, Pace
from desktop.engine.run_session import PlayState
from desktop.style.presentation import Presentation
from desktop.views.run_descriptions import ended_message
from desktop.window.main_window import MainWindow
from model import RunOutcome


def shown_window(qtbot, size=(1280, 720), scale=1.0, theme="light", pace=INSTANT) -> MainWindow:
    """A laid-out window of `size` at a presentation `scale` and `theme` (not remembered)."""
    presentation = Presentation(remember=False)
    presentation.scale, presentation.theme_name = scale, theme
    win = MainWindow(pace=pace, presentation=presentation)
    qtbot.addWidget(win)
    win.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    win.load_preset("quadratic-saturated")
    win.resize(*size)
    win.show()
    for _ in range(3):
        QApplication.processEvents()
    return win


@pytest.fixture
def window(qtbot):
    presentation = Presentation(remember=False)
    presentation.scale, presentation.theme_name = 1.0, "light"  # not what another test left
    win = MainWindow(pace=INSTANT, presentation=presentation)
    qtbot.addWidget(win)
    win.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    win.load_preset("quadratic-saturated")
    win.resize(1280, 720)
    win.show()
    return win


def run_to_end(qtbot, window) -> None:
    with qtbot.waitSignal(window.session.ended, timeout=10_000):
        window.run()


def test_loading_a_preset_after_a_run_shows_a_clean_slate(qtbot, window) -> None:
    run_to_end(qtbot, window)
    assert window.statusBar().currentMessage().startswith("Finished")
    assert any(line.isVisible() for line in window.plots.cursor_lines)
    window.load_preset("cross-entropy-good-start")
    assert window.session.state is PlayState.IDLE
    assert not any(line.isVisible() for line in window.plots.cursor_lines)
    assert not window.statusBar().currentMessage().startswith("Finished")
    assert window.timeline.slider.maximum() == 0
    assert window.shown_state["w"] == 0.6  # the new start state, not the old run's end


def test_esc_stops_a_running_run_before_it_leaves_full_screen(qtbot) -> None:
    win = MainWindow(pace=Pace(30.0))
    qtbot.addWidget(win)
    win.load_preset("quadratic-saturated")
    win.show()
    win.actions_by_name["full_screen"].setChecked(True)
    qtbot.waitUntil(win.isFullScreen)
    win.run()
    assert win.session.alive
    win.actions_by_name["stop"].trigger()  # Esc
    qtbot.waitUntil(lambda: win.session.state is PlayState.ENDED)
    assert win.isFullScreen()  # the first Esc stopped the run only
    win.actions_by_name["stop"].setEnabled(True)
    win.actions_by_name["stop"].trigger()  # Esc again, nothing running
    qtbot.waitUntil(lambda: not win.isFullScreen())


def test_a_successful_export_from_the_window_says_where_it_went(qtbot, window, tmp_path) -> None:
    run_to_end(qtbot, window)
    target = tmp_path / "run.csv"
    window.exports.exporter.done.emit(str(target))
    assert window.statusBar().currentMessage() == f"Saved {target}"


def test_one_epoch_a_second_is_singular(window) -> None:
    window.timeline.speed.set_speed(1)
    assert window.timeline.speed.label.text() == "1 epoch/s"
    window.timeline.speed.set_speed(1000)
    assert window.timeline.speed.label.text() == "1,000 epochs/s"


def test_long_runs_end_with_thousands_separators() -> None:
    text = ended_message(RunOutcome.FINISHED, 10_000_000, 4.16e-4, None)
    assert text == "Finished 10,000,000 epochs: a = 4.16e\u221204."


def test_no_display_is_said_plainly_and_points_to_export(monkeypatch, capsys) -> None:
    assert "no display found" in cli.missing_display({}, "linux")
    assert cli.missing_display({"DISPLAY": ":0"}, "win32") == ""
    assert cli.missing_display({"QT_QPA_PLATFORM": "offscreen"}, "linux") == ""
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setattr("desktop.launcher.run_window", lambda *a: pytest.fail("window opened"))
    assert cli.main(["--preset", "quadratic-saturated"]) == cli.EXIT_NO_DISPLAY
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no display found" in err[0] and "neuron-lab export" in err[0]


def test_export_help_names_every_format_and_the_ranges(capsys) -> None:
    with pytest.raises(SystemExit):
        cli.main(["export", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for word in ("CSV", "PNG", "SVG", "PDF", "GIF", "--w W", "--eta"):
        assert word in text
    assert "1000" in text and "100" in text  # |w| ≤ 1000, η ≤ 100


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_the_epoch_counter_stays_on_the_toolbar_at_scale_2_with_ten_million(qtbot, scale) -> None:
    """It used to vanish into the toolbar's » overflow at scale 2 with 10,000,000 epochs."""
    from desktop.style.presentation import Presentation
    from model import RunParameters

    presentation = Presentation(remember=False)
    presentation.scale = scale
    win = MainWindow(pace=INSTANT, presentation=presentation)
    qtbot.addWidget(win)
    win.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    win.load_parameters(RunParameters(w=2, b=2, epochs=10_000_000))
    win.resize(1280, 720)
    win.show()
    qtbot.waitUntil(lambda: win.epoch_label.isVisible())
    label = win.epoch_label
    right = label.mapTo(win.toolbar, label.rect().bottomRight()).x()
    assert right <= win.toolbar.width()
    assert label.text().startswith(("Epoch 0 /", "0 /"))
    assert label.text().endswith(("10,000,000", "10M"))
    metrics = label.fontMetrics()
    assert metrics.horizontalAdvance(label.text().replace("0 /", "9,999,999 /", 1)) <= label.width()
    if scale == 1.0:
        assert label.text() == "Epoch 0 / 10,000,000"  # room for the full wording


@pytest.mark.parametrize("height", [720, 1080])
def test_each_zoom_step_keeps_or_enlarges_the_diagram(qtbot, height) -> None:
    """Ctrl+= used to make the diagram smaller at first on a 720-pixel screen."""
    from desktop.style.presentation import Presentation

    presentation = Presentation(remember=False)
    win = MainWindow(pace=INSTANT, presentation=presentation)
    qtbot.addWidget(win)
    win.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    win.load_preset("quadratic-saturated")
    win.resize(1280 if height == 720 else 1920, height)
    win.show()
    sizes, bars = [], []
    for scale in (1.0, 1.25, 1.5, 1.75, 2.0):
        presentation.set_scale(scale)
        for _ in range(3):  # the relayout the new sizes ask for, then a paint
            QApplication.processEvents()
        win.grab()
        sizes.append(win.diagram.label_font().pointSizeF())
        bars.append(win.diagram.bars_shown())
    assert sizes == sorted(sizes) and sizes[-1] > sizes[0], sizes
    assert bars[0] and bars[1]  # the first step keeps the w/b bars


def fields_fully_visible(win) -> None:
    panel = win.panel
    for field in (
        panel.preset_box,
        panel.cost_box,
        panel.rule_box,
        panel.w_box,
        panel.b_box,
        panel.eta_box,
        panel.x_box,
        panel.y_box,
        panel.epochs_box,
    ):
        assert field.isVisible()
        top_left = field.mapTo(win, field.rect().topLeft())
        bottom_right = field.mapTo(win, field.rect().bottomRight())
        visible = field.visibleRegion().boundingRect()
        assert visible.size() == field.size(), field.objectName() or type(field).__name__
        assert win.rect().contains(top_left) and win.rect().contains(bottom_right)
        assert field.width() >= field.minimumSizeHint().width()


def test_every_parameter_is_usable_without_scrolling_at_1280x720(qtbot, window) -> None:
    window.tabs.setCurrentIndex(1)
    for _ in range(3):
        QApplication.processEvents()
    area = window.panel.parentWidget()
    while not isinstance(area, QScrollArea):  # the scroll area the panel sits in
        area = area.parentWidget()
    assert area.verticalScrollBar().maximum() == 0 and area.horizontalScrollBar().maximum() == 0
    assert window.run_button.text() == "Run"  # the short word, beside its icon
    fields_fully_visible(window)


def test_on_a_wide_screen_the_parameters_stand_beside_the_readouts(qtbot) -> None:
    win = shown_window(qtbot, size=(1920, 1080))
    assert not win.tabs.isVisible() and win.readouts.isVisible()
    fields_fully_visible(win)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_scale_2_fits_a_720_pixel_projector_with_and_without_the_hint(qtbot, theme) -> None:
    win = shown_window(qtbot, scale=2.0, theme=theme, pace=Pace(60.0))
    win.reset()  # a paused run at epoch 0: the slow-learning hint shows
    qtbot.waitUntil(lambda: win.hint_banner.text() != "")
    for _ in range(3):
        QApplication.processEvents()
    assert win.hint_banner.isVisible() and win.height() == 720
    assert win.minimumSizeHint().height() <= 720
    assert win.plots.cost_plot.height() > 250  # the lesson's plot keeps a readable size


def test_at_scale_2_on_720_pixels_the_lecturer_chooses_the_plot_that_stays(qtbot) -> None:
    """Only the cost plot used to remain, with no way to keep another one."""
    win = shown_window(qtbot, scale=2.0)
    presentation = win.presentation
    visible = [p for p in win.plots.plots() if p.isVisible()]
    assert visible == [win.plots.cost_plot]
    win.actions_by_name["main_plot"].trigger()  # L
    QApplication.processEvents()
    assert [p for p in win.plots.plots() if p.isVisible()] == [win.plots.weights_plot]
    assert win.plots.weights_plot.height() > 300
    win.actions_by_name["main_plot"].trigger()
    win.actions_by_name["main_plot"].trigger()
    QApplication.processEvents()
    assert [p for p in win.plots.plots() if p.isVisible()] == [win.plots.cost_plot]
    presentation.set_scale(1.0)
    QApplication.processEvents()
    assert all(p.isVisible() for p in win.plots.plots())
