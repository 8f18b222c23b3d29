"""`neuron-lab speed-map`: the learning-speed map on the command line.

Proves that the CSV holds every start of every cost, `w0`/`b0` to full precision and `epochs`
equal to the model's map (empty where not reached), under the documented `#` lines and header;
that stdout is one summary line per cost equal to the model's; that the defaults are preset
quadratic-saturated's x, y, η and rule and that flags override them; that bad values exit 2 and
unwritable files exit 1 with one line, before any work; that a CSV-only map loads no Qt; and that
a PNG goes to the figure function (and, once that exists, is a real image of the asked size).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import types
from pathlib import Path

import numpy as np
import pytest

from desktop.cli import build_parser
from desktop.cli_speed_map import speed_map_request
from model import CostName, RuleName, preset
from model.speed_map import SpeedMap, SpeedMapRequest, compute_speed_map
from tests.desktop.helpers import rgb
from tests.desktop.test_cli import REPO, one_error_line, run_command, run_main

SATURATED = preset("quadratic-saturated").parameters
HEADER = "w0,b0,cost,epochs"
SMALL = ["--grid", "7", "--max-epochs", "300"]


def request_of(args: list[str]) -> SpeedMapRequest:
    return speed_map_request(build_parser().parse_args(["speed-map", *args]))


def model_map(request: SpeedMapRequest) -> SpeedMap:
    result = compute_speed_map(request)
    assert result is not None
    return result


def split_csv(path: Path) -> tuple[list[str], str, list[list[str]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    comments = [line for line in lines if line.startswith("#")]
    header, *rows = [line for line in lines if not line.startswith("#")]
    return comments, header, [row.split(",") for row in rows]


# ---- the CSV and the summary ---------------------------------------------------------------------


def test_csv_holds_every_start_of_both_costs_as_the_model(tmp_path, capsys) -> None:
    target = tmp_path / "map.csv"
    args = [*SMALL, "--w-range", "-4", "0.3", "--b-range", "-2", "4"]
    assert run_main(["speed-map", *args, "--csv", str(target)]) == 0
    expected = model_map(request_of(args))
    comments, header, rows = split_csv(target)
    assert header == HEADER
    assert comments[0].startswith("# Neuron Lab learning-speed map")
    assert {
        "# x=1.0",
        "# y=0.0",
        "# eta=0.15",
        "# rule=gradient",
        "# costs=quadratic,cross-entropy",
        "# w_range=-4.0,0.3",
        "# b_range=-2.0,4.0",
        "# grid=7",
        "# max_epochs=300",
        "# threshold=0.1",
    } <= set(comments)
    assert len(rows) == 2 * 7 * 7
    cells = iter(rows)
    for cost in (CostName.QUADRATIC, CostName.CROSS_ENTROPY):
        for i, w in enumerate(expected.w0.tolist()):
            for j, b in enumerate(expected.b0.tolist()):
                w_text, b_text, cost_text, epochs_text = next(cells)
                assert (w_text, b_text, cost_text) == (repr(w), repr(b), str(cost))
                assert float(w_text) == w and float(b_text) == b  # full precision
                epochs = int(expected.epochs[cost][i, j])
                assert epochs_text == ("" if epochs == -1 else str(epochs))
    assert "-2.5666666666666664" in {row[0] for row in rows}  # a linspace value, every digit
    assert any(row[3] == "" for row in rows) and any(row[3] == "0" for row in rows)
    assert capsys.readouterr().out.splitlines() == [
        f"cost={cost} reached={expected.summary(cost)[0]}/49 "
        f"median_epochs={expected.summary(cost)[1]:g}"
        for cost in (CostName.QUADRATIC, CostName.CROSS_ENTROPY)
    ]


def test_the_default_map_summary(capsys) -> None:
    assert run_main(["speed-map"]) == 0
    expected = model_map(SpeedMapRequest.from_parameters(SATURATED))
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"cost=quadratic reached={expected.summary(CostName.QUADRATIC)[0]}/40401 "
        f"median_epochs={expected.summary(CostName.QUADRATIC)[1]:.0f}",
        "cost=cross-entropy reached=40401/40401 "
        f"median_epochs={expected.summary(CostName.CROSS_ENTROPY)[1]:.0f}",
    ]


def test_one_cost_and_medians_that_are_half_or_none(tmp_path, capsys) -> None:
    target = tmp_path / "q.csv"
    assert run_main(["speed-map", "--cost", "quadratic", *SMALL, "--csv", str(target)]) == 0
    assert {row[2] for row in split_csv(target)[2]} == {"quadratic"}
    assert capsys.readouterr().out.startswith("cost=quadratic reached=")
    none = ["--grid", "2", "--max-epochs", "1", "--threshold", "1e-9", "--cost", "quadratic"]
    assert run_main(["speed-map", *none]) == 0
    assert capsys.readouterr().out == "cost=quadratic reached=0/4 median_epochs=none\n"
    # 2 of 4 starts reached, at epochs 0 and 63: the median is 31.5.
    half = ["--grid", "2", "--w-range", "-4", "4", "--b-range", "0", "2", "--max-epochs", "300"]
    cells = model_map(request_of(half)).epochs[CostName.QUADRATIC]
    assert cells.ravel().tolist() == [0, 63, -1, -1]
    assert run_main(["speed-map", *half]) == 0
    assert capsys.readouterr().out.splitlines()[0].endswith("reached=2/4 median_epochs=31.5")


def test_defaults_are_preset_quadratic_saturated() -> None:
    assert request_of([]) == SpeedMapRequest.from_parameters(SATURATED)
    assert request_of([]) == SpeedMapRequest(x=1.0, y=0.0, eta=0.15, rule=RuleName.GRADIENT)


def test_flags_override_the_preset() -> None:
    args = ["--preset", "book-cross-entropy-good-start", "--eta", "0.5", "--y", "0.25"]
    request = request_of([*args, "--x", "-2", "--cost", "cross-entropy", "--threshold", "0.05"])
    assert (request.x, request.y, request.eta, request.rule) == (-2.0, 0.25, 0.5, "book-widget")
    assert request.costs == (CostName.CROSS_ENTROPY,) and request.threshold == 0.05
    assert request_of(["--rule", "book-widget"]).rule is RuleName.BOOK_WIDGET
    # Flags before the subcommand count too.
    before = build_parser().parse_args(["--preset", "cross-entropy-saturated", "speed-map"])
    assert speed_map_request(before).rule is RuleName.GRADIENT


# ---- errors ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--grid", "1"], "grid (starts a side) must be between 2 and 1,001, got 1"),
        (["--grid", "1002"], "got 1,002"),
        (["--grid", "2.5"], "--grid"),
        (["--max-epochs", "0"], "max epochs must be between 1 and 100,000, got 0"),
        (["--max-epochs", "100001"], "got 100,001"),
        (["--threshold", "0"], "threshold must be > 0 and < 1"),
        (["--threshold", "1"], "threshold must be > 0 and < 1"),
        (["--w-range", "1", "1"], "w range must have LO < HI, got LO=1.0 HI=1.0"),
        (["--b-range", "3", "-3"], "b range must have LO < HI"),
        (["--w-range", "-1001", "0"], "w range ends must be between -1000 and 1000"),
        (["--b-range", "0", "nan"], "b range ends must be finite numbers"),
        (["--b-range", "0"], "--b-range: expected 2 arguments"),
        (["--x", "1000.5"], "x must be between -1000 and 1000"),
        (["--y", "-0.5"], "y must be between 0 and 1"),
        (["--eta", "101"], "eta (learning rate) must be > 0 and <= 100"),
        (["--eta", "nan"], "eta must be a finite number"),
        (["--cost", "hinge"], "hinge"),
        (["--rule", "adam"], "adam"),
        (["--preset", "nope"], "unknown preset 'nope'"),
        (["--width", "5"], "--width"),
        (["--png", "map.jpg"], "--png needs a file name ending in .png, got 'map.jpg'"),
        (["--csv", "map.txt"], "--csv needs a file name ending in .csv"),
        (["--epochs", "5"], "--epochs"),
    ],
)
def test_bad_values_exit_2_with_one_line(args, named, tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_main(["speed-map", *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert named in one_error_line(captured.err, "neuron-lab: error:")
    assert list(tmp_path.iterdir()) == []


def test_start_flags_of_the_window_are_refused(capsys) -> None:
    assert run_main(["--w", "3", "--epochs", "9", "speed-map"]) == 2
    line = one_error_line(capsys.readouterr().err, "neuron-lab: error:")
    assert line.endswith("speed-map varies the start and runs --max-epochs; drop --w, --epochs")


@pytest.mark.parametrize("kind", ["csv", "png"])
def test_a_missing_folder_exits_1_before_any_work(kind, tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setattr(
        "desktop.cli_speed_map.compute_speed_map", lambda request: pytest.fail("computed")
    )
    target = tmp_path / "missing" / f"map.{kind}"
    assert run_main(["speed-map", f"--{kind}", str(target)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    line = one_error_line(captured.err, "neuron-lab: cannot write")
    assert line == f"neuron-lab: cannot write {target}: no such folder"


def test_an_unwritable_csv_exits_1_and_leaves_no_file(tmp_path, capsys) -> None:
    target = tmp_path / "taken.csv"
    target.mkdir()  # a folder where the file should go: the rename over it fails
    assert run_main(["speed-map", "--grid", "3", "--csv", str(target)]) == 1
    one_error_line(capsys.readouterr().err, f"neuron-lab: cannot write {target}")
    assert [p.name for p in tmp_path.iterdir()] == ["taken.csv"] and target.is_dir()


# ---- Qt only for a PNG -----------------------------------------------------------------------------


def test_a_speed_map_csv_loads_no_qt(tmp_path) -> None:
    target = tmp_path / "t.csv"
    code = (
        "import sys; from desktop.cli import main; "
        f"assert main(['speed-map', '--grid', '5', '--csv', {str(target)!r}]) == 0; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was loaded'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert split_csv(target)[1] == HEADER
    assert len(result.stdout.splitlines()) == 2


def test_a_png_goes_to_the_figure_with_its_size_and_theme(tmp_path, capsys, monkeypatch) -> None:
    calls: list[tuple] = []
    figure = types.ModuleType("desktop.insight.speed_map_figure")
    figure.write_speed_map_png = lambda *args: calls.append(args)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop.insight.speed_map_figure", figure)
    target = tmp_path / "map.png"
    args = [*SMALL, "--png", str(target), "--width", "900", "--height", "400", "--theme", "dark"]
    assert run_main(["speed-map", *args]) == 0
    ((speed_map, path, width, height, theme),) = calls
    expected = model_map(request_of(SMALL))
    assert speed_map.request == expected.request and path == target
    for cost in expected.epochs:
        np.testing.assert_array_equal(speed_map.epochs[cost], expected.epochs[cost])
    assert (width, height, theme) == (900, 400, "dark")
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert request_of([]).grid == 201 and build_parser().parse_args(["speed-map"]).width == 1600


@pytest.mark.skipif(
    importlib.util.find_spec("desktop.insight.speed_map_figure") is None,
    reason="desktop/insight/speed_map_figure.py is not written yet",
)
def test_subprocess_png_is_an_image_of_the_asked_size(tmp_path, qapp) -> None:
    from PySide6.QtGui import QImage

    args = ["speed-map", "--grid", "21", "--png", "m.png", "--width", "1000", "--height", "500"]
    result = run_command(args, tmp_path)
    assert result.returncode == 0, result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["m.png"]
    assert set(result.stderr.splitlines()) <= {"This plugin does not support propagateSizeHints()"}
    assert len(result.stdout.splitlines()) == 2
    image = QImage(str(tmp_path / "m.png"))
    assert (image.width(), image.height()) == (1000, 500)
    packed = rgb(image).astype(np.int32) @ np.array([1 << 16, 1 << 8, 1], dtype=np.int32)
    assert len(np.unique(packed)) > 50  # the maps' colours, not a blank page
