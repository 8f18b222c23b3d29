"""The `neuron-lab` command: exit codes, one-line messages, and the exact files it writes.

Proves that the window command takes the run flags (checked before any window exists), that
`export` writes a CSV equal to the model to full precision and a PNG of the asked size showing the
cost curve, that flags override a preset, that bad input (GIF limits included) exits 2 before any
work and unwritable paths exit 1 with one line and no traceback or partial file, that a diverging
run warns but succeeds, and, through real subprocesses with no DISPLAY and no QT_QPA_PLATFORM,
that export and screenshot work on a machine without a display.
"""

from __future__ import annotations

import csv
import math
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from desktop.cli import main
from model import COLUMNS, MAX_ABS_INPUT, MAX_EPOCHS, MAX_ETA, RunParameters, Training, preset
from tests.desktop.helpers import colour_mask, rgb

REPO = Path(__file__).resolve().parents[2]
COST_BLUE = (0x0B, 0x3D, 0x91)
FINAL_KEYS = ["epoch", "w", "b", "z", "a", "cost"]
DIVERGING = [
    "--cost",
    "cross-entropy",
    "--rule",
    "book-widget",
    "--eta",
    "100",
    "--y",
    "0.5",
    "--w",
    "2",
    "--b",
    "2",
]


def run_main(argv: list[str]) -> int:
    """`main(argv)`'s exit code, whether it returns it or argparse raises SystemExit."""
    try:
        return main(argv)
    except SystemExit as stop:
        return stop.code


def run_command(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """`python -m desktop ARGS` in a fresh process that has no display to talk to."""
    hidden = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    env = {key: value for key, value in os.environ.items() if key not in hidden}
    env["PYTHONPATH"] = str(REPO)
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def finished(parameters: RunParameters) -> Training:
    training = Training(parameters)
    training.run_to_end()
    return training


def assert_csv_is_model(path: Path, training: Training) -> list[str]:
    """The CSV's rows equal the model's, column by column, to the last bit; returns the # lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    comments = [line for line in lines if line.startswith("#")]
    table = list(csv.reader(line for line in lines if not line.startswith("#")))
    header, data = tuple(table[0]), np.array([[float(value) for value in row] for row in table[1:]])
    assert header == COLUMNS == ("epoch", "w", "b", "z", "a", "cost", "dC_dw", "dC_db")
    assert data.shape == (len(training.trajectory), len(COLUMNS))
    for index, column in enumerate(training.trajectory.rows().columns()):
        np.testing.assert_array_equal(data[:, index], column, err_msg=COLUMNS[index])
    for key, value in training.parameters.to_dict().items():
        assert f"# {key}={value}" in comments
    return comments


def assert_final_line_is_model(stdout: str, training: Training) -> dict[str, float]:
    """stdout is one line `epoch=N w=… b=… z=… a=… cost=…` equal to the model's last row."""
    lines = stdout.splitlines()
    assert len(lines) == 1, stdout
    pairs = [field.split("=", 1) for field in lines[0].split(" ")]
    assert [key for key, _ in pairs] == FINAL_KEYS
    values = {key: float(text) for key, text in pairs}
    row = training.trajectory.row(-1)
    assert values == {key: row[key] for key in FINAL_KEYS}
    assert values["epoch"] == training.epochs_done
    return values


def assert_cost_curve_drawn(path: Path, size: tuple[int, int]) -> None:
    image = QImage(str(path))
    assert (image.width(), image.height()) == size
    curve = colour_mask(rgb(image), COST_BLUE)
    middle = curve[:, int(0.15 * size[0]) : int(0.85 * size[0])].any(axis=0)
    assert middle.mean() >= 0.8, f"curve found in only {middle.mean():.0%} of columns"


def one_error_line(stderr: str, prefix: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr and lines[0].startswith(prefix)
    return lines[0]


# ---- real subprocesses: no display at all ----------------------------------------------------


@pytest.fixture(scope="module")
def saturated_export(tmp_path_factory) -> tuple[subprocess.CompletedProcess[str], Path]:
    cwd = tmp_path_factory.mktemp("export")
    args = ["export", "--preset", "quadratic-saturated", "--csv", "t.csv", "--png", "t.png"]
    return run_command(args, cwd), cwd


def test_subprocess_export_writes_csv_equal_to_the_model(saturated_export) -> None:
    result, cwd = saturated_export
    assert (result.returncode, result.stderr) == (0, "")
    assert sorted(p.name for p in cwd.iterdir()) == ["t.csv", "t.png"]
    training = finished(preset("quadratic-saturated").parameters)
    comments = assert_csv_is_model(cwd / "t.csv", training)
    assert len(training.trajectory) == 301
    named = {
        "# w=2.0",
        "# b=2.0",
        "# eta=0.15",
        "# x=1.0",
        "# y=0.0",
        "# epochs=300",
        "# cost=quadratic",
        "# rule=gradient",
    }
    assert named <= set(comments)


def test_subprocess_export_prints_the_final_state_exactly(saturated_export) -> None:
    result, _ = saturated_export
    assert result.stdout.startswith("epoch=300 w=")
    assert_final_line_is_model(result.stdout, finished(preset("quadratic-saturated").parameters))


def test_subprocess_export_png_is_1280x720_with_the_curve(saturated_export, qapp) -> None:
    assert_cost_curve_drawn(saturated_export[1] / "t.png", (1280, 720))


def test_subprocess_bad_input_exits_2_with_one_line(tmp_path) -> None:
    result = run_command(["export", "--preset", "nope", "--csv", "t.csv"], tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert "unknown preset 'nope'" in one_error_line(result.stderr, "neuron-lab: error:")
    assert list(tmp_path.iterdir()) == []


@pytest.fixture(scope="module")
def screenshot(tmp_path_factory) -> tuple[subprocess.CompletedProcess[str], Path]:
    cwd = tmp_path_factory.mktemp("shot")
    return run_command(["screenshot", "OUT.png", "--width", "1280", "--height", "720"], cwd), cwd


def test_subprocess_screenshot_is_a_full_window(screenshot, qapp) -> None:
    result, cwd = screenshot
    assert result.returncode == 0, result.stderr
    # The only stderr allowed is the offscreen plugin's notice (see qt_log_ignore in pyproject).
    assert set(result.stderr.splitlines()) <= {"This plugin does not support propagateSizeHints()"}
    assert [p.name for p in cwd.iterdir()] == ["OUT.png"]
    image = QImage(str(cwd / "OUT.png"))
    assert (image.width(), image.height()) == (1280, 720)
    pixels = rgb(image)
    packed = pixels.astype(np.int32) @ np.array([1 << 16, 1 << 8, 1], dtype=np.int32)
    assert len(np.unique(packed)) > 200
    diagram = pixels[int(0.08 * 720) : int(0.35 * 720), int(0.02 * 1280) : int(0.30 * 1280)]
    assert (diagram == 255).all(axis=2).mean() > 0.6  # the white neuron diagram, top left
    curve = colour_mask(pixels[:, 640:], COST_BLUE).any(axis=0)
    assert curve.mean() > 0.6  # the finished cost curve spans the right half


# ---- in-process: exit codes, messages, options -------------------------------------------------


def test_export_png_takes_width_and_height(tmp_path, capsys) -> None:
    out = tmp_path / "small.png"
    args = "export --preset quadratic-saturated --width 800 --height 450 --png".split()
    assert run_main([*args, str(out)]) == 0
    assert capsys.readouterr().err == ""
    assert_cost_curve_drawn(out, (800, 450))
    assert [p.name for p in tmp_path.iterdir()] == ["small.png"]


def test_flags_override_the_preset(tmp_path, capsys) -> None:
    out = tmp_path / "t.csv"
    args = "export --preset quadratic-saturated --eta 0.3 --epochs 10 --csv".split()
    assert run_main([*args, str(out)]) == 0
    expected = finished(preset("quadratic-saturated").parameters.with_changes(eta=0.3, epochs=10))
    comments = assert_csv_is_model(out, expected)
    assert len(expected.trajectory) == 11
    assert {"# eta=0.3", "# epochs=10", "# w=2.0", "# b=2.0"} <= set(comments)
    captured = capsys.readouterr()
    assert captured.err == ""
    assert_final_line_is_model(captured.out, expected)


def test_export_without_files_prints_the_default_run(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_main(["export"]) == 0
    assert_final_line_is_model(capsys.readouterr().out, finished(RunParameters()))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["export", "--preset", "nope"], "unknown preset 'nope'"),
        (["export", "--eta", "0"], "eta"),
        (["export", "--eta", "101"], "eta"),
        (["export", "--eta", "nan"], "eta"),
        (["export", "--epochs", "0"], "epochs"),
        (["export", "--epochs", "10000001"], "epochs"),
        (["export", "--epochs", "1.5"], "--epochs"),
        (["export", "--w", "1001"], "w must be between"),
        (["export", "--x", "1e400"], "x must be a finite"),
        (["export", "--y", "1.5"], "y must be between"),
        (["export", "--cost", "hinge"], "hinge"),
        (["export", "--eta", "abc"], "abc"),
        (["export", "--width", "5"], "--width"),
        (["export", "--height", "16385"], "--height"),
        (["export", "--bogus"], "--bogus"),
        (["--export"], "--export"),
        (["bogus"], "bogus"),
        (["screenshot", "out.png", "--preset", "nope"], "unknown preset 'nope'"),
    ],
)
def test_bad_input_exits_2_with_one_line(args, named, tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    extra = ["--csv", "t.csv", "--png", "t.png"] if args[0] == "export" else []
    assert run_main(args + extra) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert named in one_error_line(captured.err, "neuron-lab: error:")
    assert list(tmp_path.iterdir()) == []


def test_bad_size_message_does_not_leak_internal_names(capsys) -> None:
    assert run_main(["export", "--width", "abc"]) == 2
    assert "_pixels" not in capsys.readouterr().err


@pytest.fixture
def opened(monkeypatch) -> list[tuple[RunParameters, str | None]]:
    """What `run_window` was called with; no window is really opened."""
    calls: list[tuple[RunParameters, str | None]] = []
    monkeypatch.setattr(
        "desktop.launcher.run_window",
        lambda parameters, name, *_: calls.append((parameters, name)),
    )
    return calls


def test_window_with_unknown_preset_exits_2_before_any_window(capsys, opened) -> None:
    assert run_main(["--preset", "nope"]) == 2
    one_error_line(capsys.readouterr().err, "neuron-lab: error: unknown preset 'nope'")
    assert opened == []


def test_window_opens_a_prepared_experiment_from_the_flags(opened) -> None:
    main(["--preset", "quadratic-saturated", "--epochs", "10000000"])
    expected = preset("quadratic-saturated").parameters.with_changes(epochs=10_000_000)
    assert opened == [(expected, "quadratic-saturated")]


def test_window_without_flags_comes_back_as_last_closed_else_the_good_start(opened) -> None:
    """No run flags: no parameters, so the window shows the last session (or the good start,
    the preset named); flags without --preset change the good start."""
    main([])
    main(["--eta", "0.5", "--cost", "cross-entropy", "--rule", "book-widget"])
    changed = RunParameters(eta=0.5, cost="cross-entropy", rule="book-widget")
    assert opened == [(None, "quadratic-good-start"), (changed, "quadratic-good-start")]


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--eta", "0"], "eta"),
        (["--eta", "abc"], "--eta"),
        (["--preset", "quadratic-saturated", "--w", "5000"], "w must be between"),
        (["--epochs", "10000001"], "epochs"),
        (["--y", "2"], "y must be between"),
    ],
)
def test_window_with_a_bad_value_exits_2_without_a_window(args, named, capsys, opened) -> None:
    assert run_main(args) == 2
    assert named in one_error_line(capsys.readouterr().err, "neuron-lab: error:")
    assert opened == []


def test_help_gives_the_ranges_of_the_run_flags(capsys) -> None:
    assert run_main(["--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert f"0 < η ≤ {MAX_ETA:g}" in text and f"1 to {MAX_EPOCHS:,}" in text
    assert f"|w| ≤ {MAX_ABS_INPUT:g}" in text and "0 ≤ y ≤ 1" in text


def test_flags_before_export_apply_to_it(capsys) -> None:
    assert run_main(["--preset", "quadratic-saturated", "--epochs", "10", "export"]) == 0
    assert capsys.readouterr().out.startswith("epoch=10 ")


def test_screenshot_refuses_run_flags_it_would_ignore(tmp_path, capsys) -> None:
    assert run_main(["--eta", "0.3", "screenshot", str(tmp_path / "s.png")]) == 2
    assert "--eta" in one_error_line(capsys.readouterr().err, "neuron-lab: error:")
    assert list(tmp_path.iterdir()) == []


@pytest.fixture(params=["missing-dir/t", "afile/t"], ids=["missing-dir", "parent-is-file"])
def unwritable(request, tmp_path) -> Path:
    """A path that even root cannot create: its directory is missing, or is a regular file."""
    (tmp_path / "afile").write_text("keep me")
    return tmp_path / request.param


@pytest.mark.parametrize("option", ["--csv", "--png"])
def test_unwritable_output_exits_1_with_one_line(unwritable, option, tmp_path, capsys) -> None:
    target = f"{unwritable}.{option[2:]}"
    assert run_main(["export", "--preset", "quadratic-saturated", option, target]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert str(unwritable.parent) in one_error_line(captured.err, "neuron-lab: cannot write")
    assert {p.name: p.read_text() for p in tmp_path.iterdir()} == {"afile": "keep me"}


@pytest.mark.parametrize("option", ["--csv", "--png"])
def test_unwritable_output_message_names_the_given_path(unwritable, option, capsys) -> None:
    target = f"{unwritable}.{option[2:]}"
    assert run_main(["export", option, target]) == 1
    line = capsys.readouterr().err.strip()
    assert target in line and ".part" not in line


def test_diverging_run_warns_and_ends_at_the_last_finite_state(tmp_path, capsys) -> None:
    out = tmp_path / "d.csv"
    assert run_main(["export", *DIVERGING, "--csv", str(out)]) == 0
    expected = finished(
        RunParameters(cost="cross-entropy", rule="book-widget", eta=100.0, y=0.5, w=2.0, b=2.0)
    )
    assert expected.diverged_at is not None
    captured = capsys.readouterr()
    warning = one_error_line(captured.err, "neuron-lab: warning:")
    assert f"diverged at epoch {expected.diverged_at}" in warning
    assert all(map(math.isfinite, assert_final_line_is_model(captured.out, expected).values()))
    comments = assert_csv_is_model(out, expected)
    assert f"# note=diverged at epoch {expected.diverged_at}" in comments


def test_preset_before_the_subcommand_is_used(capsys) -> None:
    assert run_main(["--preset", "quadratic-saturated", "export"]) == 0
    assert "a=0.2028484242677768" in capsys.readouterr().out


def test_book_figures_refuses_flags_it_would_ignore(tmp_path, capsys) -> None:
    assert (
        run_main(
            ["export", "--book-figures", str(tmp_path / "b"), "--csv", str(tmp_path / "x.csv")]
        )
        == 2
    )
    assert "--csv" in capsys.readouterr().err and not (tmp_path / "b").exists()
