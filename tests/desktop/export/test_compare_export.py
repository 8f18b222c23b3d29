"""Files of two runs compared, from the command line and from the window.

Proves that a compare figure draws both runs in every plot, each in its run colour (in PNG, SVG,
PDF and every GIF frame), that the legend and the diagrams' captions name each run, that the
figure (diagram + plots) has one diagram per run showing that run's state, that a shorter run
stops where it ended, and that the window writes the very files the command line writes: the
same CSV text, notes included, for the runs it shows.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from desktop.cli import main
from desktop.export.export_dialog import ExportChoices
from desktop.export.gui_export import GuiExporter
from desktop.export.headless_export import ExportRequest, export
from desktop.export.options import FigureKind, FigureSpec, GifOptions
from desktop.export.run_figure import RUN_ID, RunFigure
from desktop.export.run_files import RunRecord, write_run_files
from desktop.style.theme import DARK, LIGHT
from desktop.views.run_descriptions import compare_labels, compare_title
from desktop.window.window_exports import WindowExports
from model import RunParameters, Training, preset
from model.comparison import default_partner
from model.trajectory_csv import run_note
from tests.desktop.helpers import colour_mask, rgb

SATURATED = preset("quadratic-saturated").parameters
PARTNER = default_partner(SATURATED)  # cross-entropy from the same start
DIVERGING = RunParameters(cost="cross-entropy", rule="book-widget", eta=100.0, y=0.5, w=2.0, b=2.0)


def finished(parameters: RunParameters) -> Training:
    training = Training(parameters)
    training.run_to_end()
    return training


@pytest.fixture(scope="module")
def pair() -> tuple[Training, Training]:
    return finished(SATURATED), finished(PARTNER)


def figure_runs(*trainings: Training) -> list[tuple[RunParameters, object]]:
    return [(t.parameters, t.trajectory) for t in trainings]


def hex_rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def run_columns(pixels: np.ndarray | QImage, colour: str, tolerance: int = 30) -> float:
    """Share of x positions in the middle 70 % holding a pixel of the run colour. Run 2 is
    dotted (a dot, then a gap twice as long), so its curve inks about a third of them."""
    if isinstance(pixels, QImage):
        pixels = rgb(pixels)
    mask = colour_mask(pixels, hex_rgb(colour), tolerance)
    width = mask.shape[1]
    return float(mask[:, int(0.15 * width) : int(0.85 * width)].any(axis=0).mean())


def assert_both_runs_drawn(pixels: np.ndarray | QImage, colours=LIGHT.runs, tolerance=30) -> None:
    """Run 1 (solid) inks most columns, run 2 (dotted) a good share, all the way across."""
    first, second = (run_columns(pixels, colour, tolerance) for colour in colours)
    assert first > 0.6, f"run 1 ({colours[0]}) in only {first:.0%} of the columns"
    assert second > 0.15, f"run 2 ({colours[1]}) in only {second:.0%} of the columns"


# ---- from the command line ----------------------------------------------------------------------


@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_a_compare_png_draws_both_runs_in_their_colours(theme, tmp_path, capsys) -> None:
    both, alone = tmp_path / "both.png", tmp_path / "alone.png"
    base = ["export", "--preset", "quadratic-saturated", "--theme", theme.name, "--png"]
    assert main([*base, str(both), "--compare", "cost=cross-entropy"]) == 0
    assert main([*base, str(alone)]) == 0
    assert capsys.readouterr().err == ""
    image = QImage(str(both))
    assert (image.width(), image.height()) == (1280, 720)
    assert_both_runs_drawn(image, theme.runs)
    assert run_columns(image, theme.runs[0]) > 0.8  # run 1's cost, solid across the plot
    assert run_columns(QImage(str(alone)), theme.runs[1]) == 0.0  # that colour is run 2's alone


def test_every_plot_of_a_compare_figure_draws_both_runs(qapp, pair) -> None:
    spec = FigureSpec(FigureKind.PLOTS, 1280, 720)
    with RunFigure(figure_runs(*pair), spec) as figure:
        image = figure.image()
        for index, training in enumerate(pair):
            series = figure.plots.series(RUN_ID + index)
            assert series.trajectory is training.trajectory and series.length == 301
            x, _ = series.curve_data("cost")
            assert x[0] == 0 and x[-1] == 300
        boxes = [plot.geometry() for plot in figure.plots.plots() if plot.isVisible()]
    assert len(boxes) == 3
    for box in boxes:
        inside = (slice(box.top(), box.bottom()), slice(box.left(), box.right()))
        assert_both_runs_drawn(rgb(image)[inside])


def test_the_title_legend_and_svg_name_both_runs(qapp, pair, tmp_path) -> None:
    spec = FigureSpec(FigureKind.PLOTS, 1920, 1080)
    with RunFigure(figure_runs(*pair), spec) as figure:
        assert figure.title == compare_title(SATURATED, PARTNER)  # as in the window
        figure.write_svg(tmp_path / "f.svg")
    root = ET.parse(tmp_path / "f.svg").getroot()
    ns = "{http://www.w3.org/2000/svg}"
    assert root.findtext(f"{ns}title") == figure.document_title
    assert figure.document_title.endswith(" · 1: quadratic vs 2: cross-entropy")
    texts = "".join(t.text or "" for t in root.iter(f"{ns}text"))  # a line's runs of fonts
    first, second = compare_labels(SATURATED, PARTNER)
    assert (first, second) == (figure.labels[0], figure.labels[1])
    assert first.startswith("1: ") and second.startswith("2: ")
    assert first in texts and second in texts
    # Every vertex of a curve is an epoch; its group gives the pen: colour and dashes.
    curves = [
        (group.get("stroke", "").lower(), group.get("stroke-dasharray"))
        for group in root.iter(f"{ns}g")
        for path in group.findall(f"{ns}path")
        if path.get("d", "").count("L") >= 300
    ]
    first, second = (colour.lower() for colour in LIGHT.runs)
    assert sorted(c for c, _ in curves) == sorted([first] * 4 + [second] * 4)  # cost, w, b, a
    assert len({dashes for c, dashes in curves if c == first}) == 2  # w solid, b dashed
    assert all(dashes for c, dashes in curves if c == second)  # run 2 dotted throughout


def test_a_compare_figure_has_a_diagram_per_run_showing_its_state(qapp, pair) -> None:
    spec = FigureSpec(FigureKind.FIGURE, 1280, 720)
    with RunFigure(figure_runs(*pair), spec) as figure:
        assert len(figure.diagrams) == 2 and figure.diagram is figure.diagrams[0]
        for diagram, training in zip(figure.diagrams, pair, strict=True):
            last = training.trajectory.row(-1)
            assert diagram.state() == (1.0, last["w"], last["b"], last["a"])
            assert diagram.isVisible() and diagram.height() < 720 / 2
        figure.show_epoch(25)
        for diagram, training in zip(figure.diagrams, pair, strict=True):
            row = training.trajectory.row(25)
            assert diagram.state() == (1.0, row["w"], row["b"], row["a"])
        image = figure.image()
    left = rgb(image)[:, : int(0.3 * 1280)]
    for colour in LIGHT.runs:  # each caption in its run's colour
        assert colour_mask(left, hex_rgb(colour), tolerance=30).sum() > 50


def test_a_run_that_ended_sooner_stops_there_and_the_axis_spans_the_longer(qapp) -> None:
    longer, diverged = finished(SATURATED), finished(DIVERGING.with_changes(epochs=300))
    assert diverged.diverged_at is not None and len(diverged.trajectory) < 301
    spec = FigureSpec(FigureKind.FIGURE, 960, 540)
    with RunFigure(figure_runs(longer, diverged), spec) as figure:
        assert figure.rows == 301 and figure.planned == 300
        x, _ = figure.plots.series(RUN_ID + 1).curve_data("cost")
        assert x[-1] == len(diverged.trajectory) - 1
        figure.show_epoch(200)
        last = diverged.trajectory.row(-1)
        assert figure.diagrams[1].state() == (1.0, last["w"], last["b"], last["a"])


def test_a_compare_gif_animates_both_runs(tmp_path, capsys) -> None:
    target = tmp_path / "c.gif"
    args = ["export", "--preset", "quadratic-saturated", "--compare", "cost=cross-entropy"]
    args += ["--gif", str(target), "--frames", "6", "--width", "480", "--height", "270"]
    assert main(args) == 0
    with Image.open(target) as gif:
        assert (gif.n_frames, gif.size) == (6, (480, 270))
        gif.seek(5)
        last = np.asarray(gif.convert("RGB"))
    assert_both_runs_drawn(last, tolerance=40)  # a GIF's palette is close, not exact


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils not installed")
def test_a_compare_pdf_is_one_page_titled_with_both_runs(tmp_path, capsys) -> None:
    target = tmp_path / "c.pdf"
    args = ["export", "--preset", "quadratic-saturated", "--compare", "cost=cross-entropy"]
    assert main([*args, "--pdf", str(target), "--what", "figure"]) == 0
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+1$", info.stdout, re.M) and " vs " in info.stdout


def test_headless_export_returns_every_run_in_order(tmp_path) -> None:
    request = ExportRequest(SATURATED, {"csv": tmp_path / "c.csv"}, compare=PARTNER)
    assert request.runs == (SATURATED, PARTNER)
    first, second = export(request)
    assert (first.parameters, second.parameters) == (SATURATED, PARTNER)
    assert first.epochs_done == second.epochs_done == 300
    assert ExportRequest(SATURATED).runs == (SATURATED,)


@pytest.mark.parametrize("count", [0, 3])
def test_a_file_shows_one_or_two_runs(count, pair, tmp_path) -> None:
    runs = [RunRecord(SATURATED, pair[0].trajectory)] * count
    with pytest.raises(ValueError, match=f"not {count}"):
        write_run_files({"csv": tmp_path / "c.csv"}, runs, FigureSpec(), GifOptions())
    assert list(tmp_path.iterdir()) == []


# ---- from the window ----------------------------------------------------------------------------


@pytest.fixture
def exporter(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.show()
    exporter = GuiExporter(window)
    yield exporter
    assert exporter.shutdown(10_000)


def gui_export(qtbot, exporter, path: Path, runs: list[RunRecord], kind=FigureKind.COST) -> str:
    choices = ExportChoices(path, FigureSpec(kind, 640, 360), GifOptions(fps=10, frames=4))
    with qtbot.waitSignal(exporter.done, timeout=30_000) as done:
        exporter.export(choices, runs)
    return done.args[0]


def test_the_window_writes_the_command_lines_compare_csv(qtbot, exporter, tmp_path, capsys) -> None:
    """A diverged run 2 included: the notes are written alike too."""
    cli = tmp_path / "cli.csv"
    spec = "cost=cross-entropy,rule=book-widget,eta=100"
    args = ["export", "--y", "0.5", "--w", "2", "--b", "2", "--compare", spec, "--csv", str(cli)]
    assert main(args) == 0
    first = finished(RunParameters(y=0.5, w=2.0, b=2.0))
    second = finished(DIVERGING)
    notes = ["", run_note(second.epochs_done, DIVERGING.epochs, second.diverged_at, False)]
    runs = [
        RunRecord(t.parameters, t.trajectory, n)
        for t, n in zip((first, second), notes, strict=True)
    ]
    target = tmp_path / "window.csv"
    assert gui_export(qtbot, exporter, target, runs) == str(target)
    assert target.read_text(encoding="utf-8") == cli.read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", ["png", "gif"])
def test_the_windows_compare_figures_draw_both_runs(kind, qtbot, exporter, pair, tmp_path) -> None:
    target = tmp_path / f"c.{kind}"
    runs = [RunRecord(t.parameters, t.trajectory) for t in pair]
    assert gui_export(qtbot, exporter, target, runs, FigureKind.PLOTS) == str(target)
    with Image.open(target) as image:
        assert image.size == (640, 360)
        if kind == "gif":
            assert image.n_frames == 4
            image.seek(3)
        pixels = np.asarray(image.convert("RGB"))
    assert_both_runs_drawn(pixels, tolerance=40)


class FakeSession:
    """The part of `RunSession` the window's exports read: the runs shown and how they ended."""

    def __init__(self, runs, diverged_at=(None, None), alive=False) -> None:
        self._runs, self._diverged_at, self.alive = runs, diverged_at, alive

    def runs(self):
        return list(self._runs)

    def diverged_at_of(self, index: int) -> int | None:
        return self._diverged_at[index]


def window_exports(qtbot, session) -> tuple[WindowExports, QMainWindow]:
    window = QMainWindow()
    qtbot.addWidget(window)
    presentation = SimpleNamespace(theme_name="light")
    panel = SimpleNamespace(preset_name=lambda: "quadratic-saturated")
    return WindowExports(window, session, panel, presentation, GuiExporter(window)), window


def test_the_windows_records_are_the_runs_shown_with_their_notes(qtbot, pair) -> None:
    first, second = pair
    snapshot = second.trajectory.prefix(41)  # run 2 shown up to epoch 40, still computing
    session = FakeSession(
        [(first.parameters, first.trajectory), (second.parameters, snapshot)], alive=True
    )
    exports, _ = window_exports(qtbot, session)
    records = exports.records()
    assert [r.parameters for r in records] == [SATURATED, PARTNER]
    assert records[1].trajectory is snapshot
    assert records[1].note == "partial: the run was still computing (epochs 0..40 of 300)"
    session = FakeSession([(first.parameters, first.trajectory)] * 2, diverged_at=(None, 7))
    exports, _ = window_exports(qtbot, session)
    assert [r.note for r in exports.records()] == ["", "diverged at epoch 7"]
    assert window_exports(qtbot, FakeSession([]))[0].records() == []


def test_copy_figure_of_two_runs_has_both_colours(qtbot, pair) -> None:
    session = FakeSession([(t.parameters, t.trajectory) for t in pair])
    exports, window = window_exports(qtbot, session)
    QGuiApplication.clipboard().clear()
    exports.copy_figure()
    image = QGuiApplication.clipboard().image()
    assert (image.width(), image.height()) == (1280, 720)
    assert_both_runs_drawn(image)
    assert "copied" in window.statusBar().currentMessage()


def test_nothing_shown_means_nothing_to_export(qtbot, monkeypatch) -> None:
    exports, window = window_exports(qtbot, FakeSession([]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: pytest.fail("a message box"))
    assert exports.open_dialog() is None
    assert "Nothing to export" in window.statusBar().currentMessage()


# ---- the real window in compare mode -------------------------------------------------------------


@pytest.fixture
def comparing_window(qtbot):
    from desktop.engine.pace import INSTANT
    from desktop.window.main_window import MainWindow

    window = MainWindow(pace=INSTANT)
    qtbot.addWidget(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.load_preset("quadratic-saturated")
    window.set_compare(PARTNER)
    window.resize(1280, 720)
    window.show()
    with qtbot.waitSignal(window.session.ended, timeout=20_000):
        window.run()
    return window


def test_file_export_in_compare_mode_writes_both_runs(
    qtbot, comparing_window, tmp_path, capsys
) -> None:
    target = tmp_path / "window.csv"

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.path.setText(str(target))
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    with qtbot.waitSignal(comparing_window.exports.exporter.done, timeout=30_000) as done:
        comparing_window.actions_by_name["export"].trigger()
    assert done.args == [str(target)]
    cli = tmp_path / "cli.csv"
    args = ["export", "--preset", "quadratic-saturated", "--compare", "cost=cross-entropy"]
    assert main([*args, "--csv", str(cli)]) == 0
    assert target.read_text(encoding="utf-8") == cli.read_text(encoding="utf-8")
