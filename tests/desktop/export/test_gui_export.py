"""Export from the window: the dialog remembers, files are written, GIF runs in the background."""

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.engine.pace import INSTANT
from desktop.export.export_dialog import ExportChoices, ExportDialog
from desktop.export.headless_export import GifOptions
from desktop.export.options import FigureKind, FigureSpec
from desktop.window.main_window import MainWindow
from model import ParameterError


@pytest.fixture
def window(qtbot):
    win = MainWindow(pace=INSTANT)
    qtbot.addWidget(win)
    win.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    win.load_preset("quadratic-saturated")
    win.resize(1280, 720)
    win.show()
    with qtbot.waitSignal(win.session.ended, timeout=10_000):
        win.run()
    yield win


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    return shown


def choices(path: Path, kind=FigureKind.COST, frames: int = 10) -> ExportChoices:
    return ExportChoices(path, FigureSpec(kind, 480, 270), GifOptions(fps=20, frames=frames))


def export(window, chosen: ExportChoices, qtbot) -> str:
    with qtbot.waitSignal(window.exporter.done, timeout=30_000) as done:
        window.exporter.export(chosen, window.session.parameters, window.session.history)
    return done.args[0]


@pytest.mark.parametrize("extension", ["png", "svg", "pdf", "csv"])
def test_each_format_is_written_from_the_window(qtbot, window, tmp_path, errors, extension) -> None:
    target = tmp_path / f"run.{extension}"
    assert export(window, choices(target), qtbot) == str(target)
    assert target.stat().st_size > 1000 and errors == []


def test_gif_is_made_in_the_background_with_progress(qtbot, window, tmp_path, errors) -> None:
    target = tmp_path / "run.gif"
    with qtbot.waitSignal(window.exporter.done, timeout=30_000) as done:
        window.exporter.export(
            choices(target, FigureKind.FIGURE, frames=8),
            window.session.parameters,
            window.session.history,
        )
        progress = window.exporter.progress
        assert progress is not None and progress.maximum() == 2 * 8 + 1
    assert done.args[0] == str(target) and errors == []
    assert window.exporter.progress is None  # closed only once the file was written
    with Image.open(target) as gif:
        assert gif.n_frames == 8 and gif.size == (480, 270)


def test_cancelling_a_gif_leaves_no_file(qtbot, window, tmp_path) -> None:
    target = tmp_path / "run.gif"
    with qtbot.waitSignal(window.exporter.done, timeout=30_000) as done:
        window.exporter.export(
            choices(target, frames=200), window.session.parameters, window.session.history
        )
        window.exporter.progress.canceled.emit()  # what the Cancel button sends
    assert done.args[0] == "" and not target.exists() and list(tmp_path.iterdir()) == []


def test_a_failed_export_says_why_in_a_dialog(qtbot, window, tmp_path, errors) -> None:
    assert export(window, choices(tmp_path / "missing" / "run.png"), qtbot) == ""
    assert len(errors) == 1 and "missing" in errors[0] and "\n" not in errors[0]


def test_copy_figure_puts_an_image_on_the_clipboard(qtbot, window) -> None:
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(
        window,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    window.copy_figure()  # the same command the shortcut runs, for platforms without an active window
    image = QGuiApplication.clipboard().image()
    assert (image.width(), image.height()) == (1280, 720)


def test_gif_larger_than_full_hd_is_refused_before_any_work(qtbot, tmp_path) -> None:
    dialog = ExportDialog("run")
    qtbot.addWidget(dialog)
    dialog.size.setCurrentIndex(2)  # 3840 × 2160
    dialog.path.setText(str(tmp_path / "big.gif"))
    dialog.accept()
    assert "1920" in dialog.message.text() and dialog.result() == 0


def test_dialog_checks_the_name_and_remembers_choices(qtbot, tmp_path) -> None:
    dialog = ExportDialog("quadratic-saturated")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "figure.jpg"))
    with pytest.raises(ParameterError):
        dialog.choices()
    dialog.accept()
    assert "must end in" in dialog.message.text() and dialog.result() == 0
    dialog.what.setCurrentIndex(dialog.what.findData("figure"))
    dialog.size.setCurrentIndex(1)
    dialog.theme.setCurrentIndex(1)
    dialog.path.setText(str(tmp_path / "figure.svg"))
    dialog.accept()
    again = ExportDialog("run")
    qtbot.addWidget(again)
    chosen = again.choices()
    assert chosen.path == tmp_path / "run.svg"
    assert (
        chosen.figure.kind,
        chosen.figure.width,
        chosen.figure.height,
        chosen.figure.theme_name,
    ) == (FigureKind.FIGURE, 1920, 1080, "dark")


def test_file_export_menu_opens_the_dialog_and_writes(qtbot, window, tmp_path) -> None:
    target = tmp_path / "from-menu.png"

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.path.setText(str(target))
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    with qtbot.waitSignal(window.exporter.done, timeout=30_000):
        window.actions_by_name["export"].trigger()
    assert target.exists()
