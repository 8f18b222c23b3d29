"""Named starting points of the book's experiment, read from `resources/presets.json`.

Presets are data, not code: the GUI's chooser, the command line and the tests all read this one
file, so adding a preset never means touching a widget.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from model.parameters import ParameterError, RunParameters


@dataclass(frozen=True, slots=True)
class Preset:
    """A named, described set of run parameters.

    `name` is the slug the command line, file names and code use ("quadratic-saturated");
    `title` is what a person reads in a chooser ("Quadratic, saturated start").
    """

    name: str
    title: str
    description: str
    parameters: RunParameters


@cache
def load_presets() -> dict[str, Preset]:
    """All presets by name, in file order."""
    text = resources.files("resources").joinpath("presets.json").read_text(encoding="utf-8")
    return {
        entry["name"]: Preset(
            name=entry["name"],
            title=entry["title"],
            description=entry["description"],
            parameters=RunParameters.from_dict(entry["parameters"]),
        )
        for entry in json.loads(text)
    }


def preset(name: str) -> Preset:
    """The preset called `name`, or `ParameterError` listing the known names."""
    presets = load_presets()
    if name not in presets:
        raise ParameterError(
            "preset", f"unknown preset {name!r} (choose from {', '.join(presets)})"
        )
    return presets[name]
