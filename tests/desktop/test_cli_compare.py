"""`neuron-lab export --compare SPEC` and `neuron-lab screenshot --view`: the command line of
compare mode.

Proves that a compare CSV holds, bit for bit, the rows two single-run exports write; that stdout
is one final-state line per run and a threshold line equal to the model's numbers; that bad SPECs,
thresholds and flag combinations exit 2 with one line naming what is wrong, before any work; that
a CSV-only compare loads no Qt; that `screenshot --view` takes only the known views and pairs the
preset as documented; and, through real processes with no display, that every view is drawn at
the size asked, with both runs' colours where two runs are shown.
"""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from desktop.cli import VIEWS
from desktop.style.theme import LIGHT
from model import RunParameters, Training, preset
from model.comparison import (
    default_partner,
    epochs_ratio,
    parse_compare_spec,
    threshold_epoch,
)
from tests.desktop.helpers import colour_mask, rgb
from tests.desktop.test_cli import (
    DIVERGING,
    REPO,
    assert_final_line_is_model,
    one_error_line,
    run_command,
    run_main,
)

SATURATED = preset("quadratic-saturated").parameters
GOOD_START = preset("quadratic-good-start").parameters
HEADER = "run,epoch,w,b,z,a,cost,dC_dw,dC_db"


def finished(parameters: RunParameters) -> Training:
    training = Training(parameters)
    training.run_to_end()
    return training


def hex_rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def split_csv(path: Path) -> tuple[list[str], str, list[str]]:
    """A CSV's `#` lines, its header and its rows, as text."""
    lines = path.read_text(encoding="utf-8").splitlines()
    comments = [line for line in lines if line.startswith("#")]
    header, *rows = [line for line in lines if not line.startswith("#")]
    return comments, header, rows


# ---- the CSV ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "spec"),
    [
        (["--preset", "quadratic-saturated"], "cost=cross-entropy"),
        (["--preset", "quadratic-good-start", "--epochs", "40"], "eta=0.6,rule=book-widget"),
        (["--preset", "quadratic-saturated"], "cross-entropy-good-start"),
        (DIVERGING, "eta=0.5"),  # run 1 diverges
    ],
    ids=["cost", "eta-and-rule", "preset", "run1-diverges"],
)
def test_compare_csv_rows_are_two_single_exports_bit_for_bit(first, spec, tmp_path, capsys) -> None:
    both, one, two = (tmp_path / name for name in ("both.csv", "one.csv", "two.csv"))
    assert run_main(["export", *first, "--compare", spec, "--csv", str(both)]) == 0
    assert run_main(["export", *first, "--csv", str(one)]) == 0
    capsys.readouterr()
    # Run 2 on its own: its parameters, as the # lines of the compare CSV name them.
    comments, header, rows = split_csv(both)
    second = {
        line.removeprefix("# run2.").split("=", 1)[0]: line.split("=", 1)[1]
        for line in comments
        if line.startswith("# run2.") and not line.startswith("# run2.note=")
    }
    flags = [item for key, value in second.items() for item in (f"--{key}", value)]
    assert run_main(["export", *flags, "--csv", str(two)]) == 0
    assert header == HEADER
    for number, single in ((1, one), (2, two)):
        single_comments, single_header, single_rows = split_csv(single)
        assert single_header == HEADER.removeprefix("run,")
        mine = [row.split(",", 1)[1] for row in rows if row.split(",", 1)[0] == str(number)]
        assert mine == single_rows  # the same text: the same floats, to the last bit
        # ... and the same parameters and note, with the run's prefix.
        prefixed = [f"# run{number}.{line[2:]}" for line in single_comments[1:]]
        assert [line for line in comments if line.startswith(f"# run{number}.")] == prefixed
    assert [row.split(",", 1)[0] for row in rows] == ["1"] * len(split_csv(one)[2]) + ["2"] * len(
        split_csv(two)[2]
    )


def test_a_diverged_second_run_warns_and_notes_it(tmp_path, capsys) -> None:
    target = tmp_path / "c.csv"
    spec = "cost=cross-entropy,rule=book-widget,eta=100"
    args = ["export", "--y", "0.5", "--w", "2", "--b", "2", "--compare", spec, "--csv", str(target)]
    assert run_main(args) == 0
    second = finished(parse_compare_spec(spec, RunParameters(y=0.5, w=2.0, b=2.0)))
    assert second.diverged_at is not None
    captured = capsys.readouterr()
    warning = one_error_line(captured.err, "neuron-lab: warning: run 2 diverged")
    assert f"at epoch {second.diverged_at}" in warning
    comments, _, rows = split_csv(target)
    assert f"# run2.note=diverged at epoch {second.diverged_at}" in comments
    assert not any(line.startswith("# run1.note=") for line in comments)
    assert sum(row.startswith("2,") for row in rows) == len(second.trajectory)


# ---- stdout -------------------------------------------------------------------------------------


def parse_line(line: str) -> dict[str, str]:
    return dict(field.split("=", 1) for field in line.split(" "))


@pytest.mark.parametrize(
    ("name", "spec", "threshold"),
    [
        ("quadratic-saturated", "cost=cross-entropy", None),  # run 1 never gets there: none
        ("quadratic-good-start", "cost=cross-entropy", None),  # both do: a ratio
        ("quadratic-good-start", "cost=cross-entropy", "0.3"),
        ("quadratic-saturated", "eta=0.3", "0.45"),
        ("cross-entropy-saturated", "quadratic-good-start", "0.2"),
    ],
)
def test_stdout_is_a_line_per_run_then_the_threshold_line(name, spec, threshold, capsys) -> None:
    args = ["export", "--preset", name, "--compare", spec]
    args += [] if threshold is None else ["--threshold", threshold]
    assert run_main(args) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    lines = captured.out.splitlines()
    assert len(lines) == 3 and lines[0].startswith("run=1 epoch=") and lines[1].startswith("run=2 ")
    first = preset(name).parameters
    runs = [finished(first), finished(parse_compare_spec(spec, first))]
    for line, training in zip(lines, runs, strict=False):
        assert_final_line_is_model(line.split(" ", 1)[1], training)
    limit = 0.1 if threshold is None else float(threshold)
    epochs = [threshold_epoch(training.trajectory, limit) for training in runs]
    ratio = epochs_ratio(*epochs)
    text = ["none" if value is None else repr(value) for value in (*epochs, ratio)]
    assert lines[2] == (
        f"threshold={limit!r} run1_epoch={text[0]} run2_epoch={text[1]} ratio={text[2]}"
    )
    fields = parse_line(lines[2])
    assert list(fields) == ["threshold", "run1_epoch", "run2_epoch", "ratio"]
    if ratio is not None:
        assert float(fields["ratio"]) == ratio  # repr: reads back as the very same float


def test_the_documented_examples(capsys) -> None:
    assert (
        run_main(["export", "--preset", "quadratic-saturated", "--compare", "cost=cross-entropy"])
        == 0
    )
    assert capsys.readouterr().out.splitlines()[2] == (
        "threshold=0.1 run1_epoch=none run2_epoch=50 ratio=none"
    )
    assert (
        run_main(["export", "--preset", "quadratic-good-start", "--compare", "cost=cross-entropy"])
        == 0
    )
    assert capsys.readouterr().out.splitlines()[2] == (
        "threshold=0.1 run1_epoch=273 run2_epoch=41 ratio=6.658536585365853"
    )


def test_a_single_run_prints_as_before(capsys) -> None:
    assert run_main(["export", "--preset", "quadratic-saturated"]) == 0
    out = capsys.readouterr().out
    assert_final_line_is_model(out, finished(SATURATED))


# ---- refusals ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "named"),
    [
        (["--compare", "bogus=1"], "unknown key 'bogus'"),
        (["--compare", "epochs=10"], "unknown key 'epochs'"),
        (["--compare", "eta=abc"], "invalid value for eta: 'abc'"),
        (["--compare", "nope"], "unknown preset 'nope'"),
        (["--compare", ""], "--compare needs a preset name or key=value"),
        (["--compare", "  "], "--compare needs a preset name or key=value"),
        (["--compare", "eta"], "unknown preset 'eta'"),
        (["--compare", "eta=-1"], "eta (learning rate) must be > 0"),
        (["--compare", "eta=-1"], "got -1.0"),
        (["--compare", "cost=foo"], "invalid value for cost: 'foo'"),
        (["--compare", "eta="], "eta has no value"),
        (["--compare", "w=1,w=2"], "'w' is given twice"),
        (["--compare", "w=5000"], "w must be between"),
        (["--compare", "=3"], "'=3' is not key=value"),
        (["--compare", "cost=quadratic", "--threshold", "0"], "threshold must be > 0 and < 1"),
        (["--compare", "cost=quadratic", "--threshold", "1"], "threshold must be > 0 and < 1"),
        (["--compare", "cost=quadratic", "--threshold", "-0.1"], "got -0.1"),
        (["--compare", "cost=quadratic", "--threshold", "nan"], "threshold must be > 0"),
        (["--compare", "cost=quadratic", "--threshold", "abc"], "threshold must be a number"),
        (["--threshold", "0.2"], "--threshold is used only with --compare"),
        (["--compare"], "--compare: expected one argument"),
    ],
)
def test_bad_compare_input_exits_2_with_one_line_before_any_work(
    extra, named, tmp_path, capsys, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(
        "desktop.export.headless_export.Training", lambda *_: pytest.fail("the run was started")
    )
    args = ["export", "--preset", "quadratic-saturated", *extra, "--csv", "t.csv", "--png", "t.png"]
    assert run_main(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert named in one_error_line(captured.err, "neuron-lab: error:")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("extra", [["--compare", "cost=cross-entropy"], ["--threshold", "0.2"]])
def test_book_figures_refuses_compare(extra, tmp_path, capsys) -> None:
    assert run_main(["export", "--book-figures", str(tmp_path / "b"), *extra]) == 2
    line = one_error_line(capsys.readouterr().err, "neuron-lab: error:")
    assert extra[0] in line and "--book-figures" in line
    assert not (tmp_path / "b").exists()


def test_a_compare_csv_loads_no_qt(tmp_path) -> None:
    target = tmp_path / "t.csv"
    code = (
        "import sys; from desktop.cli import main; "
        f"assert main(['export', '--compare', 'cost=cross-entropy', '--csv', {str(target)!r}]) "
        "== 0; assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was loaded'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert split_csv(target)[1] == HEADER


# ---- screenshot --view ---------------------------------------------------------------------------


def test_the_views_are_one_tuple() -> None:
    assert VIEWS == ("main", "compare", "why-slow", "landscape", "speed-map", "exercises")


@pytest.fixture
def shots(monkeypatch) -> list[tuple]:
    """What `write_screenshot` was called with; no window is opened."""
    calls: list[tuple] = []
    monkeypatch.setattr("desktop.launcher.write_screenshot", lambda *args: calls.append(args))
    return calls


def test_screenshot_view_defaults_to_main_with_one_run(shots, tmp_path) -> None:
    assert run_main(["screenshot", str(tmp_path / "s.png")]) == 0
    ((_, name, width, height, theme, scale, view, second, language),) = shots
    assert (name, width, height, theme, scale, view, second, language) == (
        "quadratic-saturated",
        1280,
        720,
        "light",
        1.0,
        "main",
        None,
        "en",
    )


def test_screenshot_compare_pairs_the_other_cost_from_the_same_start(shots, tmp_path) -> None:
    out = str(tmp_path / "s.png")
    assert run_main(["screenshot", out, "--view", "compare"]) == 0
    assert (
        run_main(["screenshot", out, "--view", "compare", "--preset", "cross-entropy-good-start"])
        == 0
    )
    assert run_main(["screenshot", out, "--view", "why-slow"]) == 0
    assert [call[6:8] for call in shots] == [
        ("compare", default_partner(SATURATED)),
        ("compare", default_partner(preset("cross-entropy-good-start").parameters)),
        ("why-slow", None),
    ]
    assert shots[0][7].cost == "cross-entropy" and shots[1][7].cost == "quadratic"


@pytest.mark.parametrize("view", ["compare", "why-slow"])
def test_screenshot_compare_spec_applies_over_the_preset(view, shots, tmp_path) -> None:
    out = str(tmp_path / "s.png")
    args = ["screenshot", out, "--preset", "quadratic-good-start", "--view", view]
    assert run_main([*args, "--compare", "eta=0.6,rule=book-widget"]) == 0
    assert shots[0][6:8] == (view, GOOD_START.with_changes(eta=0.6, rule="book-widget"))


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--view", "bogus"], "argument --view: invalid choice: 'bogus'"),
        (["--view", ""], "argument --view: invalid choice"),
        (["--compare", "cost=cross-entropy"], "--compare needs --view compare or why-slow"),
        (["--view", "main", "--compare", "eta=0.3"], "not --view main"),
        (["--view", "compare", "--compare", "bogus=1"], "unknown key 'bogus'"),
        (["--view", "compare", "--compare", "cost=foo"], "invalid value for cost: 'foo'"),
        (["--view", "why-slow", "--compare", "nope"], "unknown preset 'nope'"),
        (["--view", "compare", "--compare", ""], "--compare needs a preset name"),
        (["--view", "compare", "--preset", "nope"], "unknown preset 'nope'"),
    ],
)
def test_bad_screenshot_views_exit_2_before_any_window(
    args, named, shots, tmp_path, capsys
) -> None:
    assert run_main(["screenshot", str(tmp_path / "s.png"), *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and shots == []
    assert named in one_error_line(captured.err, "neuron-lab: error:")
    assert list(tmp_path.iterdir()) == []


# ---- the pictures: the real window in compare mode -----------------------------------------------


SHOTS = {
    "compare": ["--view", "compare"],
    "compare-spec": ["--view", "compare", "--compare", "eta=0.6"],
    "why-slow-spec": ["--view", "why-slow", "--compare", "cost=cross-entropy"],
    "main": ["--view", "main"],
    "why-slow": ["--view", "why-slow"],
}


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> dict[str, tuple[subprocess.CompletedProcess[str], Path]]:
    """Each of `SHOTS` taken once, by a real process with no display, as `NAME.png` (two
    processes at a time: the machine has two cores)."""
    cwd = tmp_path_factory.mktemp("views")
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = {
            name: pool.submit(run_command, ["screenshot", f"{name}.png", *args], cwd)
            for name, args in SHOTS.items()
        }
        return {name: (result.result(), cwd / f"{name}.png") for name, result in results.items()}


def shot(screenshots, name: str) -> QImage:
    result, path = screenshots[name]
    assert result.returncode == 0, result.stderr
    assert set(result.stderr.splitlines()) <= {"This plugin does not support propagateSizeHints()"}
    return QImage(str(path))


@pytest.mark.parametrize("name", ["compare", "compare-spec", "why-slow-spec"])
def test_subprocess_screenshot_of_two_runs_shows_both(name, screenshots, qapp) -> None:
    pixels = rgb(shot(screenshots, name))
    for colour in LIGHT.runs:
        found = colour_mask(pixels, hex_rgb(colour), tolerance=30)
        assert found.sum() > 500, f"run colour {colour} hardly drawn ({found.sum()} px)"


@pytest.mark.parametrize("name", list(SHOTS))
def test_subprocess_screenshot_of_every_view_has_the_size_asked(name, screenshots, qapp) -> None:
    image = shot(screenshots, name)
    assert (image.width(), image.height()) == (1280, 720)


def test_subprocess_screenshot_views_differ(screenshots, qapp) -> None:
    main, compare, why_slow = (rgb(shot(screenshots, name)) for name in VIEWS[:3])
    assert not np.array_equal(main, compare) and not np.array_equal(compare, why_slow)
    run_two = hex_rgb(LIGHT.runs[1])
    assert colour_mask(main, run_two, 30).sum() < colour_mask(compare, run_two, 30).sum()
