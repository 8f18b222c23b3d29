"""`neuron-lab export --experiment FILE.neuronlab` and `--save FILE.neuronlab`: run an experiment
file, and write the experiment that was run. Qt-free, like the rest of the command line.

With `--experiment`, the file's first run is the base that `--cost --w --b --eta --epochs --x --y
--rule` change (`--preset` replaces it); `--compare SPEC` replaces its second run; `--threshold`
replaces its threshold. A file that cannot be read or checked is a usage error (exit 2) with the
one line of `ExperimentError`. `--save` is checked before any work (the name must end in
.neuronlab: exit 2; its folder must exist: exit 1) and written atomically after the run.
"""

from __future__ import annotations

import argparse
import errno
from pathlib import Path

from model import ParameterError, RunParameters
from model.comparison import DEFAULT_THRESHOLD, parse_compare_spec
from model.experiment import SUFFIX, Experiment, ViewChoices, load, save


def add_experiment_flags(export: argparse.ArgumentParser) -> None:
    """`--experiment` (read the runs from a file) and `--save` (write the runs to one)."""
    export.add_argument(
        "--experiment",
        type=Path,
        metavar=f"FILE{SUFFIX}",
        help="run this experiment file; run flags given change its first run, --compare its second",
    )
    export.add_argument(
        "--save",
        type=Path,
        metavar=f"FILE{SUFFIX}",
        help="write the experiment that was run (its runs and view) to this file",
    )


def read_experiment(args: argparse.Namespace) -> Experiment | None:
    """The file `--experiment` names, checked (ExperimentError, exit 2), or None without it."""
    return None if args.experiment is None else load(args.experiment)


def check_save_path(path: Path | None) -> None:
    """Before any work: the name ends in .neuronlab (exit 2) and its folder exists (exit 1)."""
    if path is None:
        return
    if path.suffix.lower() != SUFFIX:
        raise ParameterError(
            "save", f"--save needs a file name ending in {SUFFIX}, got {str(path)!r}"
        )
    if not path.absolute().parent.is_dir():
        raise OSError(errno.ENOENT, "no such folder", str(path))


def second_run(
    args: argparse.Namespace, first: RunParameters, loaded: Experiment | None
) -> RunParameters | None:
    """`--compare SPEC` over the first run if given, else the file's second run, if any."""
    if args.compare is not None:
        return parse_compare_spec(args.compare, first)
    if loaded is not None and len(loaded.runs) == 2:
        return loaded.runs[1]
    return None


def view_choices(args: argparse.Namespace, loaded: Experiment | None, runs: int) -> ViewChoices:
    """The view to save and the threshold to report: the file's (or compare mode for two runs,
    the main view for one), with `--threshold` over it."""
    if loaded is not None:
        name, threshold = loaded.view.name, loaded.view.threshold
    else:
        name, threshold = ("compare" if runs == 2 else "main"), DEFAULT_THRESHOLD
    return ViewChoices(name, threshold if args.threshold is None else args.threshold)


def save_experiment(path: Path | None, runs: tuple[RunParameters, ...], view: ViewChoices) -> None:
    """Write `--save`'s file (atomically), if one was asked for."""
    if path is not None:
        save(Experiment(runs, view), path)
