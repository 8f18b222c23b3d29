"""Experiment files (`model.experiment`): exact round trips, and a loader that is total.

Whatever the text or bytes, `from_json` and `load` give a valid `Experiment` or one
`ExperimentError` whose message is a single line starting with the file's name; never any other
exception. Specific malformed inputs check that the message names the right place and problem.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model import MAX_ABS_INPUT, MAX_EPOCHS, MAX_ETA, CostName, RuleName, RunParameters
from model.experiment import (
    MAX_FILE_BYTES,
    VIEWS,
    Experiment,
    ExperimentError,
    ViewChoices,
    check_one_start,
    from_json,
    load,
    save,
    to_json,
)

NAME = "exp.neuronlab"


def finite(low: float, high: float) -> st.SearchStrategy[float]:
    return st.floats(low, high, allow_nan=False, allow_infinity=False)


runs = st.builds(
    RunParameters,
    w=finite(-MAX_ABS_INPUT, MAX_ABS_INPUT),
    b=finite(-MAX_ABS_INPUT, MAX_ABS_INPUT),
    eta=finite(0.0, MAX_ETA).filter(lambda eta: eta > 0.0),
    x=finite(-MAX_ABS_INPUT, MAX_ABS_INPUT),
    y=finite(0.0, 1.0),
    epochs=st.integers(1, MAX_EPOCHS),
    cost=st.sampled_from(list(CostName)),
    rule=st.sampled_from(list(RuleName)),
)
views = st.builds(
    ViewChoices,
    name=st.sampled_from(VIEWS),
    threshold=finite(0.0, 1.0).filter(lambda t: 0.0 < t < 1.0),
)
experiments = st.builds(
    Experiment, runs=st.lists(runs, min_size=1, max_size=2).map(tuple), view=views
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
VALID = to_json(Experiment((RunParameters(), RunParameters(eta=3.0)), ViewChoices("compare")))


def outcome(text: str) -> Experiment | str:
    """The experiment, or the error's message after checking it is one line naming the file."""
    try:
        return from_json(text, NAME)
    except ExperimentError as error:
        return one_line(error)


def one_line(error: ExperimentError) -> str:
    message = str(error)
    assert message.startswith(f"{NAME}: ") and "\n" not in message and "\r" not in message
    assert len(message) < 300, message
    return message[len(NAME) + 2 :]


def edited(change: Any) -> str:
    """VALID's JSON after `change(data)` edits it in place."""
    data = json.loads(VALID)
    change(data)
    return json.dumps(data)


# ---- round trips ----------------------------------------------------------------------------


@given(experiments)
def test_text_round_trip_is_exact(experiment: Experiment) -> None:
    text = to_json(experiment)
    assert text.endswith("\n")
    assert from_json(text) == experiment
    assert to_json(from_json(text)) == text


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(experiment=experiments)
def test_file_round_trip_is_exact(tmp_path: Path, experiment: Experiment) -> None:
    path = tmp_path / NAME
    save(experiment, path)
    assert load(path) == experiment
    assert [p.name for p in tmp_path.iterdir()] == [NAME]  # no temporary left behind


def test_written_keys_are_in_the_documented_order() -> None:
    data = json.loads(VALID)
    assert list(data) == ["format_version", "runs", "view"]
    assert list(data["runs"][0]) == ["cost", "rule", "w", "b", "eta", "x", "y", "epochs"]
    assert list(data["view"]) == ["name", "threshold"]


def test_integers_are_accepted_for_float_values() -> None:
    experiment = from_json(edited(lambda d: d["runs"][0].update(w=2, y=1)))
    assert experiment.runs[0].w == 2.0 and type(experiment.runs[0].w) is float


# ---- total: anything in, an experiment or one clean error out --------------------------------


@given(st.text())
def test_random_text(text: str) -> None:
    outcome(text)


@given(json_values)
def test_random_json_values(value: Any) -> None:
    assert isinstance(outcome(json.dumps(value)), str)


@given(st.dictionaries(st.sampled_from(["format_version", "runs", "view", "x"]), json_values))
def test_random_top_level_objects(value: dict[str, Any]) -> None:
    assert isinstance(outcome(json.dumps(value)), str)


@given(st.sampled_from(["runs", "view"]), st.integers(0, 1), st.integers(0, 7), json_values)
def test_random_values_in_a_valid_file(where: str, index: int, key: int, value: Any) -> None:
    def change(data: dict[str, Any]) -> None:
        target = data["runs"][index] if where == "runs" else data["view"]
        target[sorted(target)[key % len(target)]] = value

    outcome(edited(change))


def test_every_truncation_of_a_valid_file_is_a_clean_error() -> None:
    for cut in range(len(VALID.rstrip())):
        assert isinstance(outcome(VALID[:cut]), str), cut


@settings(max_examples=50, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=200))
def test_random_bytes_in_a_file(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / NAME
    path.write_bytes(data)
    try:
        load(path)
    except ExperimentError as error:
        one_line(error)


# ---- specific problems, specific messages ----------------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["runs"][0].update(eta=-1), "runs[0].eta must be > 0"),
        (lambda d: d["runs"][1].update(eta=True), "runs[1].eta must be a number, got true"),
        (lambda d: d["runs"][0].update(w="0.5"), "runs[0].w must be a number, got '0.5'"),
        (lambda d: d["runs"][0].update(w=[1]), "runs[0].w must be a number, got a list"),
        (lambda d: d["runs"][0].update(w=1001), "runs[0].w must be between -1000 and 1000"),
        (lambda d: d["runs"][0].update(y=1.5), "runs[0].y must be between 0 and 1"),
        (lambda d: d["runs"][0].update(epochs=300.0), "runs[0].epochs must be a whole number"),
        (lambda d: d["runs"][0].update(epochs=0), "runs[0].epochs must be between 1 and"),
        (lambda d: d["runs"][0].update(epochs=10**40), "runs[0].epochs must be between 1 and"),
        (lambda d: d["runs"][0].update(cost="cubic"), "runs[0].cost must be one of quadratic"),
        (lambda d: d["runs"][0].update(rule=None), "runs[0].rule must be one of gradient"),
        (lambda d: d["runs"][0].pop("x"), "runs[0].x is missing"),
        (lambda d: d["runs"][0].update(z=1), "runs[0].z is not a known key"),
        (lambda d: d.update(runs={}), "runs must be a list of 1 or 2 runs, got an object"),
        (lambda d: d.update(runs=[]), "runs must hold 1 or 2 runs, got 0"),
        (lambda d: d["runs"].append(d["runs"][0]), "runs must hold 1 or 2 runs, got 3"),
        (lambda d: d.pop("view"), "view is missing"),
        (lambda d: d.update(trajectory={}), "trajectory is not a known key"),
        (lambda d: d["view"].update(name="nope"), "view.name must be one of main"),
        (lambda d: d["view"].update(threshold=1), "view.threshold must be > 0 and < 1"),
        (lambda d: d.update(format_version=2), "was written by a newer Neuron Lab (format 2); "),
        (lambda d: d.update(format_version=0), "format_version must be 1, got 0"),
        (lambda d: d.update(format_version="1"), "format_version must be a whole number"),
        (lambda d: d.update(format_version=True), "format_version must be a whole number"),
    ],
)
def test_bad_values_name_the_place_and_problem(change: Any, message: str) -> None:
    assert outcome(edited(change)).startswith(message)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is not valid JSON (Expecting value at line 1 column 1)"),
        ("[" * 100_000, "is not an experiment: JSON nested too deeply"),
        ('{"format_version": NaN}', "contains NaN, which is not a number JSON allows"),
        ('{"format_version": -Infinity}', "contains -Infinity"),
        ('{"a": 1, "a": 1}', "has the key 'a' twice in one object"),
        ("1" * 5000, "is not valid JSON (Exceeds the limit"),
        ("[]", "must be a JSON object, got a list"),
        ('"\\ud800"', "must be a JSON object, got '\\ud800'"),
    ],
)
def test_malformed_text(text: str, message: str) -> None:
    assert outcome(text).startswith(message)  # type: ignore[union-attr]


def test_infinite_number_literal_is_refused() -> None:
    text = VALID.replace('"w": 0.6', '"w": 1e999', 1)
    assert outcome(text) == "runs[0].w must be a finite number"


def load_message(path: Path) -> str:
    with pytest.raises(ExperimentError) as caught:
        load(path)
    message = str(caught.value)
    assert message.startswith(f"{path.name}: ") and "\n" not in message
    return message[len(path.name) + 2 :]


def test_files_that_cannot_be_experiments(tmp_path: Path) -> None:
    folder = tmp_path / "folder.neuronlab"
    folder.mkdir()
    assert load_message(folder) == "is a folder, not an experiment file"
    assert load_message(tmp_path / NAME).startswith("cannot be read")
    huge = tmp_path / "huge.neuronlab"
    with open(huge, "wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is really written
    assert load_message(huge).startswith(f"is {MAX_FILE_BYTES + 1:,} bytes")
    latin = tmp_path / "latin.neuronlab"
    latin.write_bytes(b'{"x": "caf\xe9"}')
    assert load_message(latin) == "is not UTF-8 text (byte 0xe9 at offset 10)"


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / NAME
    path.write_bytes(b"\xef\xbb\xbf" + VALID.encode())
    assert to_json(load(path)) == VALID


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_an_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / NAME
    path.write_text(VALID)
    path.chmod(0)
    assert load_message(path) == "cannot be read: Permission denied"


def test_save_into_a_missing_folder_names_the_file(tmp_path: Path) -> None:
    target = tmp_path / "missing" / NAME
    with pytest.raises(OSError) as caught:
        save(from_json(VALID), target)
    assert caught.value.filename == str(target)


def test_save_replaces_a_file_whole(tmp_path: Path) -> None:
    path = tmp_path / NAME
    path.write_text("old and longer " * 100)
    save(from_json(VALID), path)
    assert path.read_text(encoding="utf-8") == VALID


def test_experiment_and_view_refuse_impossible_values() -> None:
    with pytest.raises(ValueError):
        Experiment(())
    with pytest.raises(ValueError):
        ViewChoices("nope")
    with pytest.raises(ValueError):
        ViewChoices("main", float("nan"))


def test_errors_keep_a_template_and_values_that_give_the_same_line() -> None:
    """The window translates `template` and fills in `values`; in English that is `str()`."""
    text = '{"format_version": 1, "runs": [{"cost": "quadratic", "rule": "gradient", "w": 0.6, "b": 0.9, "eta": -1, "x": 1, "y": 0, "epochs": 300}], "view": {"name": "main", "threshold": 0.1}}'
    with pytest.raises(ExperimentError) as caught:
        from_json(text, "exp.neuronlab")
    error = caught.value
    assert str(error) == "exp.neuronlab: runs[0].eta must be > 0 and <= 100, got -1.0"
    assert error.subject == "exp.neuronlab: runs[0].eta"
    assert f"{error.subject} {error.template.format(**error.values)}" == str(error)


def test_the_window_needs_both_runs_to_start_alike() -> None:
    first = RunParameters(w=2.0, b=2.0)
    same_start = Experiment((first, first.with_changes(cost="cross-entropy", eta=0.5)))
    check_one_start(same_start, "a.neuronlab")  # no error
    check_one_start(Experiment((first,)), "a.neuronlab")
    for key, value in (("w", 1.0), ("b", 0.0), ("x", 0.5), ("y", 1.0), ("epochs", 10)):
        apart = Experiment((first, first.with_changes(**{key: value})))
        with pytest.raises(ExperimentError, match=rf"^a\.neuronlab: runs\[1\]\.{key} is "):
            check_one_start(apart, "a.neuronlab")
