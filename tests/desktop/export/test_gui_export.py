"""Export from the window: the dialog checks as the CLI does and remembers, files are written (the
CSV with its note), a GIF is drawn frame by frame and encoded in the background from compressed
frames, and shutdown gives up after its timeout instead of hanging."""

import gc
import logging
import threading
import time
from pathlib import Path

import pytest
import shiboken6
from PIL import Image
from PySide6.QtCore import QEvent, Qt, QThread, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.cli import main
from desktop.export import gif_job
from desktop.export.export_dialog import ExportChoices, ExportDialog
from desktop.export.gif_encoder import CompressedFrames
from desktop.export.gif_job import GifEncodeJob
from desktop.export.gui_export import GuiExporter
from desktop.export.options import FigureKind, FigureSpec, GifOptions
from desktop.export.run_files import RunRecord
from model import ParameterError, Training, preset
from model.trajectory_csv import run_note

SATURATED = preset("quadratic-saturated").parameters


@pytest.fixture(scope="module")
def finished_run() -> Training:
    training = Training(SATURATED)
    training.run_to_end()
    return training


@pytest.fixture
def exporter(qtbot):
    """A GuiExporter for a plain window (the exporter needs no more than a parent widget)."""
    window = QWidget()
    qtbot.addWidget(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.show()
    exporter = GuiExporter(window)
    yield exporter
    assert exporter.shutdown(10_000)


@pytest.fixture
def window(qtbot):
    from desktop.engine.pace import INSTANT
    from desktop.window.main_window import MainWindow

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


def as_runs(training: Training, note: str = "") -> list[RunRecord]:
    """What the window hands the exporter for one run shown."""
    return [RunRecord(training.parameters, training.trajectory, note)]


def choices(path: Path, kind=FigureKind.COST, frames: int = 10) -> ExportChoices:
    return ExportChoices(path, FigureSpec(kind, 480, 270), GifOptions(fps=20, frames=frames))


def export(exporter, chosen: ExportChoices, run: Training, qtbot, note: str = "") -> str:
    with qtbot.waitSignal(exporter.done, timeout=30_000) as done:
        exporter.export(chosen, as_runs(run, note))
    return done.args[0]


@pytest.mark.parametrize("extension", ["png", "svg", "pdf", "csv"])
def test_each_format_is_written_from_the_window(
    qtbot, exporter, finished_run, tmp_path, errors, extension
) -> None:
    target = tmp_path / f"run.{extension}"
    assert export(exporter, choices(target), finished_run, qtbot) == str(target)
    assert target.stat().st_size > 1000 and errors == []


def test_the_windows_csv_carries_the_note_as_the_headless_one_does(
    qtbot, exporter, tmp_path, errors
) -> None:
    running = Training(SATURATED)
    running.advance(40)
    snapshot = running.trajectory.prefix(31)  # what the window had drawn when export was asked
    note = run_note(30, 300, None, computing=True)  # what the window passes
    assert note == "partial: the run was still computing (epochs 0..30 of 300)"
    target = tmp_path / "partial.csv"
    with qtbot.waitSignal(exporter.done, timeout=30_000) as done:
        exporter.export(choices(target), [RunRecord(SATURATED, snapshot, note)])
    assert done.args == [str(target)] and errors == []
    lines = target.read_text(encoding="utf-8").splitlines()
    assert f"# note={note}" in lines
    assert lines.index(f"# note={note}") == lines.index("epoch,w,b,z,a,cost,dC_dw,dC_db") - 1
    assert lines[-1].startswith("30,") and len([x for x in lines if x[0].isdigit()]) == 31


def test_a_diverged_note_is_written_like_the_command_line_writes_it(
    qtbot, exporter, finished_run, tmp_path
) -> None:
    from desktop.export.headless_export import ExportRequest
    from desktop.export.headless_export import export as headless

    headless(ExportRequest(SATURATED, {"csv": tmp_path / "cli.csv"}))
    target = tmp_path / "window.csv"
    export(exporter, choices(target), finished_run, qtbot, note="diverged at epoch 7")
    window_lines = target.read_text(encoding="utf-8").splitlines()
    assert window_lines.count("# note=diverged at epoch 7") == 1
    window_lines.remove("# note=diverged at epoch 7")
    assert window_lines == (tmp_path / "cli.csv").read_text(encoding="utf-8").splitlines()


def test_gif_is_made_in_the_background_with_progress(
    qtbot, exporter, finished_run, tmp_path, errors
) -> None:
    target = tmp_path / "run.gif"
    with qtbot.waitSignal(exporter.done, timeout=30_000) as done:
        exporter.export(choices(target, FigureKind.FIGURE, frames=8), as_runs(finished_run))
        progress = exporter.progress
        assert progress is not None and progress.maximum() == 2 * 8 + 1
    assert done.args[0] == str(target) and errors == []
    assert exporter.progress is None  # closed only once the file was written
    with Image.open(target) as gif:
        assert gif.n_frames == 8 and gif.size == (480, 270)


def test_the_job_gets_compressed_frames_and_the_gui_thread_decodes_none(
    qtbot, exporter, finished_run, tmp_path, monkeypatch
) -> None:
    handed: list[object] = []
    decoded_in: list[bool] = []
    start, get = GifEncodeJob.start, CompressedFrames.__getitem__

    def spy_start(job, frames, path, options):
        handed.append(frames)
        start(job, frames, path, options)

    def spy_get(frames, index):
        decoded_in.append(threading.current_thread() is threading.main_thread())
        return get(frames, index)

    monkeypatch.setattr(GifEncodeJob, "start", spy_start)
    monkeypatch.setattr(CompressedFrames, "__getitem__", spy_get)
    target = tmp_path / "run.gif"
    assert export(exporter, choices(target, frames=12), finished_run, qtbot) == str(target)
    assert len(handed) == 1 and type(handed[0]) is CompressedFrames and len(handed[0]) == 12
    assert decoded_in and not any(decoded_in), "frames were decoded in the GUI thread"


def test_a_second_gif_starts_with_fresh_frames(
    qtbot, exporter, finished_run, tmp_path, monkeypatch
) -> None:
    handed: list[CompressedFrames] = []
    start = GifEncodeJob.start

    def spy_start(job, frames, *rest):
        handed.append(frames)
        start(job, frames, *rest)

    monkeypatch.setattr(GifEncodeJob, "start", spy_start)
    for name in ("a.gif", "b.gif"):
        export(exporter, choices(tmp_path / name, frames=5), finished_run, qtbot)
    assert handed[0] is not handed[1] and [len(f) for f in handed] == [5, 5]


def test_cancelling_a_gif_leaves_no_file(qtbot, exporter, finished_run, tmp_path) -> None:
    target = tmp_path / "run.gif"
    with qtbot.waitSignal(exporter.done, timeout=30_000) as done:
        exporter.export(choices(target, frames=200), as_runs(finished_run))
        exporter.progress.canceled.emit()  # what the Cancel button sends
    assert done.args[0] == "" and not target.exists() and list(tmp_path.iterdir()) == []


def test_a_second_export_waits_for_the_gif(qtbot, exporter, finished_run, tmp_path, errors) -> None:
    gif = tmp_path / "run.gif"
    exporter.export(choices(gif, frames=40), as_runs(finished_run))
    assert exporter.busy
    assert export(exporter, choices(tmp_path / "run.csv"), finished_run, qtbot) == ""
    assert len(errors) == 1 and "still being made" in errors[0]
    with qtbot.waitSignal(exporter.done, timeout=30_000) as done:
        pass
    assert done.args == [str(gif)] and not exporter.busy and not (tmp_path / "run.csv").exists()


def test_a_failed_export_says_why_in_a_dialog(
    qtbot, exporter, finished_run, tmp_path, errors
) -> None:
    assert export(exporter, choices(tmp_path / "missing" / "run.png"), finished_run, qtbot) == ""
    assert len(errors) == 1 and "missing" in errors[0] and "\n" not in errors[0]


def test_a_gif_over_the_memory_budget_is_refused_by_the_window_too(
    qtbot, exporter, finished_run, tmp_path, errors
) -> None:
    chosen = ExportChoices(
        tmp_path / "big.gif", FigureSpec(width=1920, height=1080), GifOptions(frames=151)
    )
    assert export(exporter, chosen, finished_run, qtbot) == ""
    assert len(errors) == 1 and "at most 150 frames" in errors[0]
    assert list(tmp_path.iterdir()) == []


# --- shutdown ------------------------------------------------------------------------------------


def gif_threads_running() -> bool:
    return any(
        isinstance(obj, QThread)
        and shiboken6.isValid(obj)
        and obj.objectName() == "GIF export"
        and obj.isRunning()
        for obj in gc.get_objects()
    )


def test_shutdown_cancels_a_running_encode_and_waits(
    qtbot, exporter, finished_run, tmp_path, monkeypatch
) -> None:
    entered = threading.Event()
    encode = gif_job.encode_gif

    def slowly(images, path, options, cancelled, progress) -> bool:
        entered.set()
        return encode(images, path, options, cancelled, lambda *p: (time.sleep(0.02), progress(*p)))

    monkeypatch.setattr(gif_job, "encode_gif", slowly)
    target = tmp_path / "run.gif"
    exporter.export(choices(target, frames=30), as_runs(finished_run))
    qtbot.waitUntil(entered.is_set, timeout=30_000)
    assert exporter.shutdown(10_000) is True
    assert not gif_threads_running()
    with qtbot.waitSignal(exporter.done, timeout=10_000) as done:
        pass
    assert done.args == [""] and not target.exists()


def test_shutdown_gives_up_after_its_timeout_and_says_so(
    qtbot, finished_run, tmp_path, monkeypatch, caplog
) -> None:
    entered, release = threading.Event(), threading.Event()

    def stuck(*args) -> bool:  # an encoder that does not listen to cancel
        entered.set()
        release.wait(30)
        return False

    monkeypatch.setattr(gif_job, "encode_gif", stuck)
    window = QWidget()
    exporter = GuiExporter(window)
    exporter.export(choices(tmp_path / "run.gif", frames=3), as_runs(finished_run))
    qtbot.waitUntil(entered.is_set, timeout=30_000)
    with caplog.at_level(logging.ERROR):
        assert exporter.shutdown(timeout_ms=100) is False
    assert "did not stop within 100 ms" in caplog.text
    window.deleteLater()  # the window goes, and the thread it gave up on must survive that
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert gif_threads_running()
    release.set()
    qtbot.waitUntil(lambda: not gif_threads_running(), timeout=10_000)


# --- the dialog ----------------------------------------------------------------------------------


def test_gif_larger_than_full_hd_is_refused_before_any_work(qtbot, tmp_path) -> None:
    dialog = ExportDialog("run")
    qtbot.addWidget(dialog)
    dialog.size.setCurrentIndex(2)  # 3840 × 2160
    dialog.path.setText(str(tmp_path / "big.gif"))
    dialog.accept()
    assert "1920" in dialog.message.text() and dialog.result() == 0


def cli_error(args: list[str], capsys) -> str:
    """The message of `neuron-lab ARGS`, which must exit 2 with one line."""
    assert main(args) == 2
    line = capsys.readouterr().err.strip()
    assert "\n" not in line and line.startswith("neuron-lab: error: ")
    return line.removeprefix("neuron-lab: error: ")


@pytest.mark.parametrize(
    ("size", "frames", "words"),
    [(1, 151, "at most 150 frames, not 151"), (2, 150, "at most 1920×1080 pixels")],
)
def test_the_dialog_and_the_cli_refuse_a_gif_in_the_same_words(
    qtbot, tmp_path, capsys, size, frames, words
) -> None:
    dialog = ExportDialog("run")
    qtbot.addWidget(dialog)
    dialog.size.setCurrentIndex(size)
    dialog.frames.setValue(frames)
    dialog.path.setText(str(tmp_path / "run.gif"))
    dialog.accept()
    width, height = dialog.width_box.value(), dialog.height_box.value()
    args = ["export", "--gif", str(tmp_path / "run.gif"), "--frames", str(frames)]
    message = cli_error([*args, "--width", str(width), "--height", str(height)], capsys)
    assert words in message and dialog.result() == 0
    assert dialog.message.text() == message[0].upper() + message[1:]
    assert list(tmp_path.iterdir()) == []


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


# --- in the main window ----------------------------------------------------------------------------


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


def test_file_export_menu_opens_the_dialog_and_writes(qtbot, window, tmp_path) -> None:
    target = tmp_path / "from-menu.png"

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.path.setText(str(target))
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    with qtbot.waitSignal(window.exports.exporter.done, timeout=30_000):
        window.actions_by_name["export"].trigger()
    assert target.exists()


def test_a_frame_that_cannot_be_drawn_ends_the_gif_with_a_message(
    qtbot, exporter, finished_run, tmp_path, errors, monkeypatch
) -> None:
    """It used to escape the timer slot and leave the progress dialog up for good."""
    from desktop.export.run_figure import RunFigure

    def broken(self):
        raise OSError("could not finish drawing the figure")

    monkeypatch.setattr(RunFigure, "image", broken)
    target = tmp_path / "run.gif"
    with qtbot.waitSignal(exporter.done, timeout=10_000) as done:
        exporter.export(choices(target, frames=4), as_runs(finished_run))
    assert done.args[0] == "" and not target.exists()
    assert exporter.progress is None and not exporter.busy
    assert errors and "could not finish drawing" in errors[0]
