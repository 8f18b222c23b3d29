"""Settings survive a restart (a second window built as the launcher builds it), a corrupt or
foreign settings file is ignored, and Help → Reset settings forgets everything."""

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from desktop import launcher
from desktop.launcher import run_window
from desktop.style.language import LANGUAGE_KEY
from desktop.style.presentation import SCALE_KEY, THEME_KEY
from desktop.window.main_window import MainWindow
from desktop.window.window_settings import EXPERIMENT_KEY, GEOMETRY_KEY, last_experiment
from model import CostName, RunParameters
from model.experiment import Experiment, ViewChoices, to_json

Button = QMessageBox.StandardButton


def opened_by_launcher(qtbot, monkeypatch) -> MainWindow:
    """The window `neuron-lab` (no flags) opens, without entering the event loop."""
    shown: list[MainWindow] = []

    monkeypatch.setattr(launcher, "_fit_scale_to_screen", lambda window: shown.append(window))
    monkeypatch.setattr(launcher.application(), "exec", lambda: 0)
    monkeypatch.setattr(launcher, "close_for_good", lambda window: None)
    run_window(None, "quadratic-good-start")
    (window,) = shown
    qtbot.addWidget(window)
    return window


def test_a_restarted_window_comes_back_as_it_was_closed(qtbot, monkeypatch, qapp) -> None:
    QSettings().clear()
    first = opened_by_launcher(qtbot, monkeypatch)
    parameters = RunParameters(w=1.75, b=-1.25, eta=0.45, x=0.5, y=0.25, epochs=321)
    first.load_parameters(parameters)
    first.set_compare(parameters.with_changes(cost=CostName.CROSS_ENTROPY, eta=0.05))
    first.show_view("landscape")
    first.presentation.set_dark(True)
    first.presentation.set_scale(1.25)
    first.presentation.set_scale(1.0)  # (scale: its own test; here the window fits the screen)
    first.tabs.setCurrentIndex(first.tabs.count() - 1)
    tab = first.tabs.currentIndex()
    first.close()

    second = opened_by_launcher(qtbot, monkeypatch)
    assert second is not first
    assert second.panel.parameters() == parameters
    assert second.compare.on
    assert second.compare.second() == parameters.with_changes(cost=CostName.CROSS_ENTROPY, eta=0.05)
    assert second.right_column.view() == "landscape"
    assert second.presentation.theme_name == "dark"
    assert second.tabs.currentIndex() == tab
    second.presentation.set_dark(False)
    second.presentation.set_scale(1.0)
    second.close()
    QSettings().clear()


def test_a_restarted_window_has_its_size_again(qtbot, monkeypatch) -> None:
    QSettings().clear()
    first = opened_by_launcher(qtbot, monkeypatch)
    first.resize(798, 640)  # within the offscreen screen (800 × 800): Qt keeps windows on it
    first.close()
    second = opened_by_launcher(qtbot, monkeypatch)
    assert (second.width(), second.height()) == (798, 640)
    second.close()
    QSettings().clear()


def test_a_preset_comes_back_as_that_preset(qtbot, monkeypatch) -> None:
    QSettings().clear()
    first = opened_by_launcher(qtbot, monkeypatch)
    first.load_preset("cross-entropy-saturated")
    first.close()
    second = opened_by_launcher(qtbot, monkeypatch)
    assert second.panel.preset_name() == "cross-entropy-saturated"
    second.close()
    QSettings().clear()


@pytest.mark.parametrize(
    "junk",
    [
        b"\x00\xff\xfe garbage \x00" * 100,
        b"[General]\nsession\\experiment=not json at all\nwindow\\geometry=@ByteArray(xyz)\n"
        b"presentation\\scale=huge\npresentation\\theme=purple\nwindow\\left_tab=-3\n"
        b"ui\\language=tlh\nexperiments\\recent=42\n",
        b'[General]\nsession\\experiment="{\\"format_version\\": 99}"\n',
    ],
)
def test_a_corrupt_or_foreign_settings_file_gives_the_defaults(qtbot, monkeypatch, junk) -> None:
    path = Path(QSettings().fileName())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(junk)
    window = opened_by_launcher(qtbot, monkeypatch)
    assert window.panel.preset_name() == "quadratic-good-start"
    assert window.presentation.scale == 1.0 and window.presentation.theme_name == "light"
    assert (window.width(), window.height()) == (1280, 720)
    assert last_experiment() is None or isinstance(last_experiment(), Experiment)
    window.close()
    QSettings().clear()


def test_reset_settings_forgets_everything_and_keeps_the_experiment(qtbot, monkeypatch) -> None:
    settings = QSettings()
    experiment = Experiment((RunParameters(w=3.0),), ViewChoices())
    settings.setValue(EXPERIMENT_KEY, to_json(experiment))
    settings.setValue(GEOMETRY_KEY, QByteArray(b"x"))
    settings.setValue(LANGUAGE_KEY, "en")
    window = opened_by_launcher(qtbot, monkeypatch)
    window.presentation.set_dark(True)
    window.presentation.set_scale(2.0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: Button.Reset)
    window.actions_by_name["reset_settings"].trigger()
    assert settings.allKeys() == []
    assert window.presentation.theme_name == "light" and window.presentation.scale == 1.0
    assert (window.width(), window.height()) == (1280, 720)
    assert window.panel.parameters().w == 3.0  # what is on screen stays
    assert window.files.recent_menu.isEnabled() is False
    assert "默认" in window.statusBar().currentMessage() or "default" in (
        window.statusBar().currentMessage()
    )
    window.close()
    QSettings().clear()


def test_cancelling_reset_settings_keeps_them(qtbot, monkeypatch) -> None:
    settings = QSettings()
    settings.setValue(SCALE_KEY, 1.25)
    settings.setValue(THEME_KEY, "dark")
    window = opened_by_launcher(qtbot, monkeypatch)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: Button.Cancel)
    assert window.settings.ask_reset() is False
    assert float(settings.value(SCALE_KEY)) == 1.25
    window.presentation.set_dark(False)
    window.presentation.set_scale(1.0)
    window.close()
    QSettings().clear()


def test_screenshots_do_not_touch_the_settings(qapp, tmp_path) -> None:
    from desktop.launcher import write_screenshot

    QSettings().clear()
    write_screenshot(tmp_path / "s.png", "quadratic-good-start", 640, 400, "dark", 1.0)
    assert QSettings().allKeys() == []


def test_the_window_state_is_saved_on_close(qtbot, qapp) -> None:
    QSettings().clear()
    window = MainWindow()
    qtbot.addWidget(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.show()
    window.load_parameters(RunParameters(eta=0.5))
    window.close()
    saved = last_experiment()
    assert saved is not None and saved.runs[0].eta == 0.5
    QSettings().clear()
