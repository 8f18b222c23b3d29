"""Experiment files (`.neuronlab`): one or two runs' parameters and the view, as strict JSON.

The format is documented in docs/EXPERIMENT_FORMAT.md. Loading is total: whatever the bytes,
`load` and `from_json` return a valid `Experiment` or raise `ExperimentError`, whose message is
one line naming the file and the problem ("exp.neuronlab: runs[0].eta must be > 0 and <= 100,
got -1.0"). Values are checked by `RunParameters.validated`, the same limits as
the window and the command line. Qt-free, like all of `model/`.
"""

from __future__ import annotations

import json
import math
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from model.atomic_file import atomic_path
from model.comparison import DEFAULT_THRESHOLD
from model.costs import CostName
from model.messages import QT_TRANSLATE_NOOP
from model.parameters import ParameterError, RunParameters
from model.strict_json import Refused, described, one_line, strict_loads
from model.update_rules import RuleName

FORMAT_VERSION = 1
SUFFIX = ".neuronlab"
MAX_FILE_BYTES = 64 * 1024 * 1024
"""Larger files are refused before reading. Format 1 files are under 1 KiB; the room is kept for
a stored trajectory (a later format), which for a 10-million-epoch run is tens of MiB."""
VIEWS = ("main", "compare", "why-slow", "landscape", "speed-map", "exercises")
"""The views an experiment can reopen in (the same names as `neuron-lab screenshot --view`)."""
RUN_KEYS = ("cost", "rule", "w", "b", "eta", "x", "y", "epochs")
"""A run's keys, in the order they are written."""
VIEW_KEYS = ("name", "threshold")
TOP_KEYS = ("format_version", "runs", "view")
_FLOAT_KEYS = ("w", "b", "eta", "x", "y")


class ExperimentError(ParameterError):
    """An experiment file cannot be read; str() is one line: "NAME: where what"."""

    def __init__(self, name: str, where: str, problem: str, **values: object) -> None:
        subject = f"{name}: {where}" if where else f"{name}:"
        super().__init__(where or "experiment", problem, subject, **values)


@dataclass(frozen=True, slots=True)
class ViewChoices:
    """What the window shows an experiment in: the view's name (one of `VIEWS`) and compare
    mode's threshold T on |a − y| (0 < T < 1)."""

    name: str = "main"
    threshold: float = DEFAULT_THRESHOLD

    def __post_init__(self) -> None:
        if self.name not in VIEWS:
            raise ParameterError("view", f"unknown view {self.name!r}")
        if not 0.0 < self.threshold < 1.0:  # also False for NaN
            raise ParameterError(
                "threshold", f"threshold must be > 0 and < 1, got {self.threshold}"
            )


@dataclass(frozen=True, slots=True)
class Experiment:
    """One run, or two compared (the first, then the second), and the view to show them in."""

    runs: tuple[RunParameters, ...]
    view: ViewChoices = field(default_factory=ViewChoices)

    def __post_init__(self) -> None:
        if not 1 <= len(self.runs) <= 2:
            raise ParameterError("runs", f"an experiment has 1 or 2 runs, not {len(self.runs)}")


SHARED_START_KEYS = ("w", "b", "x", "y", "epochs")
"""What the window's compare mode gives both runs (`model.comparison.shared_start`)."""


def check_one_start(experiment: Experiment, name: str = "experiment") -> None:
    """ExperimentError unless both runs start alike (`SHARED_START_KEYS`): the window's compare
    mode runs two costs, rules or rates from one start. (`neuron-lab export` runs any two.)"""
    if len(experiment.runs) < 2:
        return
    first, second = (run.to_dict() for run in experiment.runs)
    for key in SHARED_START_KEYS:
        if first[key] != second[key]:
            raise ExperimentError(
                name,
                f"runs[1].{key}",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "is {second} but runs[0].{key} is {first}: the window compares two runs "
                    "from one start ({keys}); 'neuron-lab export --experiment' runs it as it is",
                ),
                second=repr(second[key]),
                key=key,
                first=repr(first[key]),
                keys=", ".join(SHARED_START_KEYS),
            )


def to_json(experiment: Experiment) -> str:
    """The file's text: keys in the documented order, floats written exactly (repr), a newline
    at the end. `from_json(to_json(e)) == e` for every valid experiment."""
    data = {
        "format_version": FORMAT_VERSION,
        "runs": [_run_dict(run) for run in experiment.runs],
        "view": {"name": experiment.view.name, "threshold": experiment.view.threshold},
    }
    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def _run_dict(run: RunParameters) -> dict[str, Any]:
    values = run.to_dict()
    return {key: values[key] for key in RUN_KEYS}


def save(experiment: Experiment, path: str | os.PathLike[str]) -> None:
    """Write atomically: a temporary file in the same folder, flushed, then renamed over `path`.
    OSError (naming `path`) if the folder is missing or not writable; nothing half written."""
    with atomic_path(path) as temporary:
        temporary.write_bytes(to_json(experiment).encode("utf-8"))


def load(path: str | os.PathLike[str]) -> Experiment:
    """Read and check an experiment file; every problem is one `ExperimentError` line naming
    the file: missing, a folder, unreadable, over `MAX_FILE_BYTES`, not UTF-8, or bad content."""
    target = Path(path)
    name = target.name or os.fspath(target)
    try:
        info = target.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ExperimentError(
                name, "", QT_TRANSLATE_NOOP("Errors", "is a folder, not an experiment file")
            )
        if not stat.S_ISREG(info.st_mode):
            raise ExperimentError(name, "", QT_TRANSLATE_NOOP("Errors", "is not a regular file"))
        if info.st_size > MAX_FILE_BYTES:
            raise _too_large(name, info.st_size)
        with open(target, "rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat
    except OSError as error:
        raise ExperimentError(
            name,
            "",
            QT_TRANSLATE_NOOP("Errors", "cannot be read: {reason}"),
            reason=str(error.strerror or error),
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(name, len(data))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ExperimentError(
            name,
            "",
            QT_TRANSLATE_NOOP("Errors", "is not UTF-8 text (byte {byte} at offset {offset})"),
            byte=f"0x{data[error.start]:02x}",
            offset=error.start,
        ) from None
    return from_json(text, name)


def _too_large(name: str, size: int) -> ExperimentError:
    return ExperimentError(
        name,
        "",
        QT_TRANSLATE_NOOP("Errors", "is {size} bytes; experiment files are at most {limit} bytes"),
        size=f"{size:,}",
        limit=f"{MAX_FILE_BYTES:,}",
    )


def from_json(text: str, name: str = "experiment") -> Experiment:
    """Parse and check an experiment's text; `name` (the file's name) starts every message."""
    try:
        data = strict_loads(text)
    except Refused as refused:
        raise ExperimentError(name, "", refused.problem, **refused.values) from None
    except RecursionError:
        raise ExperimentError(
            name, "", QT_TRANSLATE_NOOP("Errors", "is not an experiment: JSON nested too deeply")
        ) from None
    except json.JSONDecodeError as error:
        raise ExperimentError(
            name,
            "",
            QT_TRANSLATE_NOOP(
                "Errors", "is not valid JSON ({reason} at line {line} column {column})"
            ),
            reason=error.msg,
            line=error.lineno,
            column=error.colno,
        ) from None
    except ValueError as error:  # e.g. an integer literal longer than Python's digit limit
        raise ExperimentError(
            name,
            "",
            QT_TRANSLATE_NOOP("Errors", "is not valid JSON ({reason})"),
            reason=one_line(str(error)),
        ) from None
    return _experiment(data, name)


def _experiment(data: Any, name: str) -> Experiment:
    top = _object(data, name, "", TOP_KEYS)
    version = top["format_version"]
    if type(version) is not int:
        raise ExperimentError(
            name,
            "format_version",
            QT_TRANSLATE_NOOP("Errors", "must be a whole number, got {value}"),
            value=described(version),
        )
    if version > FORMAT_VERSION:
        raise ExperimentError(
            name,
            "",
            QT_TRANSLATE_NOOP(
                "Errors",
                "was written by a newer Neuron Lab (format {found}); this one reads format {read}",
            ),
            found=described(version),
            read=FORMAT_VERSION,
        )
    if version < 1:
        raise ExperimentError(
            name,
            "format_version",
            QT_TRANSLATE_NOOP("Errors", "must be {read}, got {value}"),
            read=FORMAT_VERSION,
            value=described(version),
        )
    runs = top["runs"]
    if type(runs) is not list:
        raise ExperimentError(
            name,
            "runs",
            QT_TRANSLATE_NOOP("Errors", "must be a list of 1 or 2 runs, got {value}"),
            value=described(runs),
        )
    if not 1 <= len(runs) <= 2:
        raise ExperimentError(
            name,
            "runs",
            QT_TRANSLATE_NOOP("Errors", "must hold 1 or 2 runs, got {count}"),
            count=len(runs),
        )
    parsed = tuple(_run(run, name, f"runs[{index}]") for index, run in enumerate(runs))
    return Experiment(parsed, _view(top["view"], name))


def _object(data: Any, name: str, where: str, keys: tuple[str, ...]) -> dict[str, Any]:
    """`data` as a JSON object with exactly `keys` (none missing, none unknown)."""
    if type(data) is not dict:
        raise ExperimentError(
            name,
            where,
            QT_TRANSLATE_NOOP("Errors", "must be a JSON object, got {value}"),
            value=described(data),
        )
    missing = [key for key in keys if key not in data]
    if missing:
        raise ExperimentError(
            name, _at(where, missing[0]), QT_TRANSLATE_NOOP("Errors", "is missing")
        )
    unknown = sorted(set(data) - set(keys))
    if unknown:
        problem = (
            QT_TRANSLATE_NOOP(
                "Errors", "is not a known key (stored trajectories are not part of format 1)"
            )
            if unknown[0] == "trajectory"
            else QT_TRANSLATE_NOOP("Errors", "is not a known key")
        )
        raise ExperimentError(name, _at(where, unknown[0]), problem)
    return data


def _run(data: Any, name: str, where: str) -> RunParameters:
    raw = _object(data, name, where, RUN_KEYS)
    values: dict[str, Any] = {}
    for key in _FLOAT_KEYS:
        values[key] = _number(raw[key], name, _at(where, key))
    if type(raw["epochs"]) is not int:
        raise ExperimentError(
            name,
            _at(where, "epochs"),
            QT_TRANSLATE_NOOP("Errors", "must be a whole number, got {value}"),
            value=described(raw["epochs"]),
        )
    values["epochs"] = raw["epochs"]
    for key, kind in (("cost", CostName), ("rule", RuleName)):
        value = raw[key]
        choices = [str(member) for member in kind]
        if type(value) is not str or value not in choices:
            raise ExperimentError(
                name,
                _at(where, key),
                QT_TRANSLATE_NOOP("Errors", "must be one of {choices}, got {value}"),
                choices=", ".join(choices),
                value=described(value),
            )
        values[key] = value
    try:
        return RunParameters(**values).validated()
    except ParameterError as error:  # "eta (learning rate) must be …": the file says where
        raise ExperimentError(
            name, _at(where, error.field), error.template, **error.values
        ) from None


def _view(data: Any, name: str) -> ViewChoices:
    raw = _object(data, name, "view", VIEW_KEYS)
    view = raw["name"]
    if type(view) is not str or view not in VIEWS:
        raise ExperimentError(
            name,
            "view.name",
            QT_TRANSLATE_NOOP("Errors", "must be one of {choices}, got {value}"),
            choices=", ".join(VIEWS),
            value=described(view),
        )
    threshold = _number(raw["threshold"], name, "view.threshold")
    if not 0.0 < threshold < 1.0:
        raise ExperimentError(
            name,
            "view.threshold",
            QT_TRANSLATE_NOOP("Errors", "must be > 0 and < 1, got {value}"),
            value=repr(threshold),
        )
    return ViewChoices(view, threshold)


def _number(value: Any, name: str, where: str) -> float:
    """A JSON number as float (a bool is not a number; huge or infinite values are refused)."""
    if type(value) not in (int, float):
        raise ExperimentError(
            name,
            where,
            QT_TRANSLATE_NOOP("Errors", "must be a number, got {value}"),
            value=described(value),
        )
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        raise ExperimentError(name, where, QT_TRANSLATE_NOOP("Errors", "must be a finite number"))
    return number


def _at(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key
