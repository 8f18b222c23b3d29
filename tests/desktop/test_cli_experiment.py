"""`neuron-lab export --save FILE.neuronlab` and `--experiment FILE.neuronlab`.

Proves that saving a run and running the saved file writes the same CSV bit for bit (one run and
compare mode), that flags given with `--experiment` change the file's runs and the view's
threshold as documented, that the saved file holds exactly the runs and view that were run, and
that a bad file or a bad `--save` name exits 2 (a missing folder 1) with one stderr line and
before any file is written.
"""

from __future__ import annotations

import json

import pytest

from desktop.cli import VIEWS as SCREENSHOT_VIEWS
from model import RunParameters, preset
from model.comparison import parse_compare_spec
from model.experiment import VIEWS, Experiment, ViewChoices, load, save
from tests.desktop.test_cli import one_error_line, run_main

SATURATED = preset("quadratic-saturated").parameters
PREFIX = "neuron-lab: error: "


def test_the_model_knows_the_same_views_as_the_command_line() -> None:
    assert VIEWS == SCREENSHOT_VIEWS


@pytest.mark.parametrize(
    "flags",
    [
        ["--preset", "quadratic-saturated", "--epochs", "120"],
        [
            "--preset",
            "quadratic-saturated",
            "--compare",
            "cost=cross-entropy",
            "--threshold",
            "0.2",
        ],
        ["--w", "2", "--b", "2", "--eta", "100", "--y", "0.5", "--rule", "book-widget"],
    ],
    ids=["one-run", "compare", "diverging"],
)
def test_save_then_experiment_writes_the_same_csv(flags, tmp_path, capsys) -> None:
    first, again, saved = tmp_path / "a.csv", tmp_path / "b.csv", tmp_path / "e.neuronlab"
    assert run_main(["export", *flags, "--csv", str(first), "--save", str(saved)]) == 0
    printed = capsys.readouterr().out
    assert run_main(["export", "--experiment", str(saved), "--csv", str(again)]) == 0
    assert capsys.readouterr().out == printed  # the same final states and threshold line
    assert again.read_bytes() == first.read_bytes()


def test_the_saved_file_holds_what_was_run(tmp_path, capsys) -> None:
    saved = tmp_path / "e.neuronlab"
    args = ["--preset", "quadratic-saturated", "--compare", "cost=cross-entropy"]
    assert run_main(["export", *args, "--threshold", "0.25", "--save", str(saved)]) == 0
    second = parse_compare_spec("cost=cross-entropy", SATURATED)
    assert load(saved) == Experiment((SATURATED, second), ViewChoices("compare", 0.25))
    assert json.loads(saved.read_text(encoding="utf-8"))["format_version"] == 1
    assert run_main(["export", "--eta", "0.5", "--save", str(saved)]) == 0
    assert load(saved) == Experiment((RunParameters(eta=0.5),), ViewChoices("main"))


def test_flags_change_the_files_runs_and_view(tmp_path, capsys) -> None:
    source, out = tmp_path / "in.neuronlab", tmp_path / "out.neuronlab"
    second = RunParameters(eta=2.0, cost="cross-entropy")
    save(Experiment((SATURATED, second), ViewChoices("why-slow", 0.3)), source)
    run = ["export", "--experiment", str(source), "--save", str(out)]
    assert run_main([*run, "--eta", "0.5", "--epochs", "50"]) == 0
    changed = SATURATED.with_changes(eta=0.5, epochs=50)
    assert load(out) == Experiment((changed, second), ViewChoices("why-slow", 0.3))
    assert run_main([*run, "--compare", "rule=book-widget", "--threshold", "0.05"]) == 0
    partner = SATURATED.with_changes(rule="book-widget")
    assert load(out) == Experiment((SATURATED, partner), ViewChoices("why-slow", 0.05))
    assert run_main([*run, "--preset", "quadratic-good-start"]) == 0
    assert load(out).runs == (preset("quadratic-good-start").parameters, second)
    assert "threshold=0.3 " in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"format_version": 1', "is not valid JSON"),
        ("[" * 50_000, "is not an experiment: JSON nested too deeply"),
        ('{"format_version": 9, "runs": [], "view": {}}', "was written by a newer Neuron Lab"),
        (b"\xff\xfe", "is not UTF-8 text"),
    ],
)
def test_a_bad_file_exits_2_with_one_line(content, message, tmp_path, capsys) -> None:
    bad, csv = tmp_path / "exp.neuronlab", tmp_path / "out.csv"
    if isinstance(content, bytes):
        bad.write_bytes(content)
    else:
        bad.write_text(content, encoding="utf-8")
    assert run_main(["export", "--experiment", str(bad), "--csv", str(csv)]) == 2
    line = one_error_line(capsys.readouterr().err, PREFIX)
    assert line.startswith(f"{PREFIX}exp.neuronlab: {message}")
    assert not csv.exists()


def test_an_out_of_range_value_names_its_place(tmp_path, capsys) -> None:
    bad = tmp_path / "exp.neuronlab"
    save(Experiment((RunParameters(),)), bad)
    bad.write_text(bad.read_text(encoding="utf-8").replace('"eta": 0.15', '"eta": -1'))
    assert run_main(["export", "--experiment", str(bad)]) == 2
    line = one_error_line(capsys.readouterr().err, PREFIX)
    assert line == f"{PREFIX}exp.neuronlab: runs[0].eta must be > 0 and <= 100, got -1.0"


def test_missing_and_folder_experiments_exit_2(tmp_path, capsys) -> None:
    assert run_main(["export", "--experiment", str(tmp_path / "none.neuronlab")]) == 2
    assert "none.neuronlab: cannot be read" in one_error_line(capsys.readouterr().err, PREFIX)
    assert run_main(["export", "--experiment", str(tmp_path)]) == 2
    assert "is a folder" in one_error_line(capsys.readouterr().err, PREFIX)


def test_bad_save_paths_fail_before_any_work(tmp_path, capsys) -> None:
    csv = tmp_path / "out.csv"
    assert run_main(["export", "--csv", str(csv), "--save", str(tmp_path / "e.json")]) == 2
    assert "--save needs a file name ending in .neuronlab" in one_error_line(
        capsys.readouterr().err, PREFIX
    )
    missing = tmp_path / "no" / "e.neuronlab"
    assert run_main(["export", "--csv", str(csv), "--save", str(missing)]) == 1
    one_error_line(capsys.readouterr().err, "neuron-lab: cannot write")
    assert not csv.exists()


def test_book_figures_refuses_experiment_flags(tmp_path, capsys) -> None:
    saved = tmp_path / "e.neuronlab"
    assert run_main(["export", "--book-figures", str(tmp_path), "--save", str(saved)]) == 2
    assert "drop --save" in one_error_line(capsys.readouterr().err, PREFIX)
