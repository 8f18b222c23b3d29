"""Exports check real content: sizes, pixels, vector paths, PDF pages, GIF frames, atomicity."""

import dataclasses
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtGui import QColor, QImage

from desktop.cli import main
from desktop.export.gif_encoder import CompressedFrames
from desktop.export.options import (
    GIF_MEMORY_BUDGET,
    ExportOptionError,
    FigureKind,
    FigureSpec,
    GifOptions,
    max_gif_frames,
)
from desktop.export.run_figure import RunFigure
from model import RunParameters, Training, load_presets, preset
from tests.desktop.helpers import rgb

SATURATED = preset("quadratic-saturated").parameters
REPO = Path(__file__).resolve().parents[3]


def finished(parameters: RunParameters = SATURATED) -> Training:
    training = Training(parameters)
    training.run_to_end()
    return training


def curve_columns(image: QImage, colour: str, tolerance: int = 60) -> float:
    """Share of x positions in the middle 70 % where some pixel is close to `colour`."""
    target = np.array(QColor(colour).getRgb()[:3])
    near = (np.abs(rgb(image).astype(int) - target).sum(axis=2) < tolerance).any(axis=0)
    middle = near[int(0.15 * image.width()) : int(0.85 * image.width())]
    return float(middle.mean())


@pytest.mark.parametrize("kind", list(FigureKind))
@pytest.mark.parametrize("size", [(1280, 720), (800, 450), (1920, 1080)])
def test_png_has_the_exact_size_and_the_curve(qapp, tmp_path, kind, size) -> None:
    with RunFigure([(SATURATED, finished().trajectory)], FigureSpec(kind, *size)) as figure:
        figure.write_png(tmp_path / "f.png")
    image = QImage(str(tmp_path / "f.png"))
    assert (image.width(), image.height()) == size
    assert QColor(image.pixel(2, 2)) == QColor("white")
    assert curve_columns(image, "#0b3d91") > (0.5 if kind is FigureKind.FIGURE else 0.8)


def test_fonts_and_lines_grow_with_the_image(qapp) -> None:
    with RunFigure(
        [(SATURATED, finished().trajectory)], FigureSpec(FigureKind.COST, 3840, 2160)
    ) as figure:
        assert figure.theme.scale == 3.0 and figure.theme.axis_point_size == pytest.approx(39)
        assert figure.plots.cost_plot.getAxis("left").style[
            "tickFont"
        ].pointSizeF() == pytest.approx(39)


def test_transparent_png_has_a_see_through_background(qapp, tmp_path) -> None:
    with RunFigure([(SATURATED, finished().trajectory)], FigureSpec(transparent=True)) as figure:
        image = figure.image()
    assert image.hasAlphaChannel() and QColor.fromRgba(image.pixel(3, 3)).alpha() == 0
    assert curve_columns(image, "#0b3d91") > 0.8


def test_svg_is_vector_with_the_runs_points_as_a_path_and_text_as_text(qapp, tmp_path) -> None:
    with RunFigure([(SATURATED, finished().trajectory)], FigureSpec(FigureKind.PLOTS)) as figure:
        figure.write_svg(tmp_path / "f.svg")
    root = ET.parse(tmp_path / "f.svg").getroot()
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg" and root.find(f".//{ns}image") is None
    runs = [p for p in root.iter(f"{ns}path") if p.get("d", "").count("L") >= 300]
    assert len(runs) >= 4  # cost, w, b, a: every epoch a vertex
    assert not any(p.get("vector-effect") for p in runs)  # strokes baked: right in any renderer
    texts = "".join(t.text or "" for t in root.iter(f"{ns}text"))
    assert "epoch" in texts and "cost" in texts


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_pdf_is_a_one_page_figure_that_renders(qapp, tmp_path) -> None:
    with RunFigure(
        [(SATURATED, finished().trajectory)], FigureSpec(FigureKind.FIGURE, 1280, 720)
    ) as figure:
        figure.write_pdf(tmp_path / "f.pdf")
    assert (tmp_path / "f.pdf").read_bytes().startswith(b"%PDF")
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "f.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M) and "960 x 540 pts" in info
    subprocess.run(
        ["pdftoppm", "-png", "-r", "96", str(tmp_path / "f.pdf"), str(tmp_path / "page")],
        check=True,
    )
    page = QImage(str(tmp_path / "page-1.png"))
    assert (page.width(), page.height()) == (1280, 720) and curve_columns(page, "#0b3d91") > 0.6


def test_gif_from_the_command_line_has_the_frames_and_size_asked(tmp_path, capsys) -> None:
    target = tmp_path / "run.gif"
    args = [
        "export",
        "--preset",
        "quadratic-saturated",
        "--gif",
        str(target),
        "--frames",
        "12",
        "--fps",
        "10",
        "--width",
        "320",
        "--height",
        "180",
        "--what",
        "figure",
    ]
    assert main(args) == 0
    with Image.open(target) as gif:
        assert gif.n_frames == 12 and gif.size == (320, 180) and gif.info["loop"] == 0
        assert gif.info["duration"] == 100


def test_book_figures_writes_every_file(tmp_path, capsys) -> None:
    assert (
        main(
            [
                "export",
                "--book-figures",
                str(tmp_path / "book"),
                "--width",
                "640",
                "--height",
                "360",
            ]
        )
        == 0
    )
    expected = {f"{name}.{kind}" for name in load_presets() for kind in ("png", "svg", "csv")} | {
        "comparison.png"
    }
    assert {p.name for p in (tmp_path / "book").iterdir()} == expected
    assert len(capsys.readouterr().out.splitlines()) == len(load_presets())
    comparison = QImage(str(tmp_path / "book" / "comparison.png"))
    assert curve_columns(comparison, "#0b3d91") > 0.8 and curve_columns(comparison, "#d55e00") > 0.8


def test_a_failed_write_leaves_the_old_file_intact(qapp, tmp_path, monkeypatch) -> None:
    target = tmp_path / "f.png"
    target.write_bytes(b"the good old figure")
    monkeypatch.setattr(QImage, "save", lambda *args: False)
    with (
        RunFigure([(SATURATED, finished().trajectory)], FigureSpec()) as figure,
        pytest.raises(OSError),
    ):
        figure.write_png(target)
    assert target.read_bytes() == b"the good old figure"
    assert [p.name for p in tmp_path.iterdir()] == ["f.png"]


@pytest.mark.parametrize(
    ("flag", "name", "code"),
    [
        ("--png", "t.jpg", 2),
        ("--svg", "t.png", 2),
        ("--pdf", "missing/t.pdf", 1),
        ("--gif", "missing/t.gif", 1),
    ],
)
def test_wrong_extension_is_a_usage_error_and_a_missing_folder_an_io_error(
    tmp_path, capsys, flag, name, code
) -> None:
    assert main(["export", flag, str(tmp_path / name)]) == code
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Traceback" not in err[0]
    assert list(tmp_path.iterdir()) == []


def test_a_million_epochs_export_small(qapp, tmp_path) -> None:
    """A million-epoch run exports a full-size PNG and an SVG under 2 MB (the curve is binned
    per pixel column); the time it takes is in bench/bench_export.py."""
    training = finished(RunParameters(w=2, b=2, epochs=1_000_000))
    with RunFigure(
        [(training.parameters, training.trajectory)], FigureSpec(FigureKind.COST, 1920, 1080)
    ) as figure:
        figure.write_png(tmp_path / "f.png")
        figure.write_svg(tmp_path / "f.svg")
    svg_bytes = (tmp_path / "f.svg").stat().st_size
    assert svg_bytes < 2_000_000 and QImage(str(tmp_path / "f.png")).width() == 1920


@pytest.mark.parametrize(
    ("what", "size", "epochs"), [("cost", ("160", "90"), 300), ("cost", ("320", "180"), 100_000)]
)
def test_gif_keeps_every_requested_frame_even_when_the_curve_barely_moves(
    tmp_path, capsys, what, size, epochs
) -> None:
    target = tmp_path / "run.gif"
    args = [
        "export",
        "--w",
        "2",
        "--b",
        "2",
        "--epochs",
        str(epochs),
        "--gif",
        str(target),
        "--what",
        what,
        "--width",
        size[0],
        "--height",
        size[1],
        "--frames",
        "60",
    ]
    assert main(args) == 0
    with Image.open(target) as gif:
        assert gif.n_frames == 60


def test_one_figure_serves_every_format_and_the_gif_goes_last(qapp, tmp_path) -> None:
    """The GIF leaves a caption on the shared figure, so a PNG asked with it must not show one."""
    from desktop.export.options import GifOptions
    from desktop.export.run_files import RunRecord, write_run_files

    run = RunRecord(SATURATED, finished().trajectory)
    spec = FigureSpec(FigureKind.COST, 320, 180)
    paths = {"gif": tmp_path / "a.gif", "png": tmp_path / "a.png", "csv": tmp_path / "a.csv"}
    write_run_files(paths, [run], spec, GifOptions(frames=3))
    write_run_files({"png": tmp_path / "alone.png"}, [run], spec, GifOptions())
    assert (tmp_path / "a.png").read_bytes() == (tmp_path / "alone.png").read_bytes()
    with Image.open(tmp_path / "a.gif") as gif:
        assert gif.n_frames == 3
    assert (tmp_path / "a.csv").read_text().count("\n") == 9 + 1 + 301


def test_a_csv_only_export_does_not_load_qt(tmp_path) -> None:
    code = (
        "import sys; from desktop.cli import main; "
        f"assert main(['export', '--csv', {str(tmp_path / 't.csv')!r}]) == 0; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was loaded'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=REPO
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "t.csv").exists()


# --- GIF options: one check for the CLI, the dialog and the encoder -----------------------------


def error_line(capsys) -> str:
    """The one line `neuron-lab` wrote to stderr."""
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("neuron-lab: error:"), lines
    return lines[0]


def test_default_options_are_valid_and_frozen() -> None:
    options = GifOptions()
    options.check(1920, 1080)
    assert (options.fps, options.frames, options.hold_seconds) == (30, 150, 1.0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.fps = 10  # type: ignore[misc]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"fps": 0}, "frames per second must be from 1 to 60, not 0"),
        ({"fps": 61}, "frames per second must be from 1 to 60, not 61"),
        ({"frames": 1}, "number of GIF frames must be from 2 to 2000, not 1"),
        ({"frames": 2001}, "number of GIF frames must be from 2 to 2000, not 2001"),
        ({"hold_seconds": -1.0}, "held 0 to 60 seconds, not -1"),
    ],
)
def test_options_out_of_range_are_refused(changes: dict, message: str) -> None:
    with pytest.raises(ExportOptionError, match=message):
        GifOptions(**changes).check()


def test_frames_times_pixels_stay_within_the_memory_budget() -> None:
    assert GIF_MEMORY_BUDGET == 150 * 1920 * 1080
    GifOptions(frames=150).check(1920, 1080)
    GifOptions(frames=max_gif_frames(1280, 720)).check(1280, 720)
    assert max_gif_frames(1280, 720) == 337 and max_gif_frames(320, 180) == 2000
    with pytest.raises(ExportOptionError, match="at most 150 frames, not 151") as refused:
        GifOptions(frames=151).check(1920, 1080)
    assert refused.value.field == "frames" and "1920×1080" in str(refused.value)
    with pytest.raises(ExportOptionError, match="at most 1920×1080 pixels, not 3840×2160"):
        GifOptions().check(3840, 2160)


def test_the_message_template_formats_to_the_message() -> None:
    """Qt code translates `template` and formats it with `values`; untranslated, that is str()."""
    with pytest.raises(ExportOptionError) as refused:
        GifOptions(fps=99).check()
    error = refused.value
    assert error.template.format(**error.values) == str(error)


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--width", "1920", "--height", "1080", "--frames", "151"], "at most 150 frames"),
        (["--width", "1280", "--height", "720", "--frames", "338"], "at most 337 frames"),
        (["--width", "2560", "--height", "1440", "--frames", "10"], "at most 1920×1080 pixels"),
        (["--fps", "61"], "frames per second must be from 1 to 60"),
        (["--frames", "1"], "number of GIF frames must be from 2 to 2000"),
    ],
)
def test_gif_options_are_refused_before_any_work(
    args, named, tmp_path, capsys, monkeypatch
) -> None:
    monkeypatch.setattr(
        "desktop.export.headless_export.Training", lambda *_: pytest.fail("the run was started")
    )
    assert main(["export", "--gif", str(tmp_path / "run.gif"), *args]) == 2
    assert named in error_line(capsys)
    assert list(tmp_path.iterdir()) == []


def test_gif_timing_is_checked_even_without_a_gif(capsys) -> None:
    assert main(["export", "--fps", "0"]) == 2
    assert "frames per second" in error_line(capsys)


# --- the frame loop (one for the CLI and the window) --------------------------------------------------------------------------


@pytest.fixture
def small_figure(qapp):
    from desktop.export.options import FigureSpec
    from desktop.export.run_figure import RunFigure
    from model import Training, preset

    training = Training(preset("quadratic-saturated").parameters)
    training.run_to_end()
    with RunFigure(
        [(training.parameters, training.trajectory)], FigureSpec(width=320, height=180)
    ) as f:
        yield f, len(training.trajectory)


def test_the_frame_loop_draws_one_frame_per_next(small_figure) -> None:
    from desktop.export.animation import epochs_to_draw, render_frames

    figure, rows = small_figure
    epochs = epochs_to_draw(rows, GifOptions(frames=4))
    assert epochs == [0, 100, 200, 300]
    frames = CompressedFrames()
    drawing = render_frames(figure, epochs, frames)
    assert len(frames) == 0  # nothing is drawn before the first next()
    assert next(drawing) == 1 and len(frames) == 1
    assert list(drawing) == [2, 3, 4]
    assert frames.sizes()[0].width() == 320
    assert len({bytes(data) for data in frames._data}) == 4  # every frame names its epoch


def test_write_gif_drains_the_loop_and_encodes(small_figure, tmp_path) -> None:
    from desktop.export.animation import write_gif

    figure, rows = small_figure
    write_gif(figure, rows, tmp_path / "run.gif", GifOptions(fps=10, frames=5))
    with Image.open(tmp_path / "run.gif") as gif:
        assert (gif.n_frames, gif.size, gif.info["duration"]) == (5, (320, 180), 100)


def test_svg_text_names_real_font_families_ending_in_a_generic_one(qapp, tmp_path) -> None:
    """Qt writes its alias "Sans Serif" (no CSS family): other renderers pick a font of other
    widths and the runs of a line drift apart. Sizes are in the coordinates' pixels too."""
    from PySide6.QtGui import QFontDatabase

    spec = FigureSpec(FigureKind.PLOTS, 1920, 1080)
    with RunFigure([(SATURATED, finished().trajectory)], spec) as figure:
        figure.write_svg(tmp_path / "f.svg")
        title_pixels = figure.theme.label_point_size * 96 / 72
    root = ET.parse(tmp_path / "f.svg").getroot()
    families = {e.get("font-family") for e in root.iter() if e.get("font-family") is not None}
    assert families
    installed = set(QFontDatabase.families())
    for family in families:
        names = [name.strip().strip("'\"") for name in family.split(",")]
        assert names[-1] == "sans-serif" and len(names) >= 2, family
        assert names[0] in installed, family
    ns = "{http://www.w3.org/2000/svg}"
    title = next(t for t in root.iter(f"{ns}text") if (t.text or "").startswith("Quadratic"))
    assert float(title.get("font-size")) == pytest.approx(title_pixels, rel=0.02)
