"""The one place a run becomes files, by format: used by the command line and by the window.

What is written is a sequence of runs: one run, or two compared (compare mode). The CSV needs no
Qt, so it is written before Qt is even imported; PNG, SVG, PDF and GIF are drawn from one
offscreen `RunFigure` of every run, shared by all of them. Every file is written atomically.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.export.options import FIGURE_FORMATS, FigureSpec, GifOptions
from model import RunParameters, Trajectory
from model.atomic_file import write_text_atomically
from model.trajectory_csv import write_compare_csv, write_trajectory_csv

MAX_RUNS = 2
"""A file shows one run, or two compared."""


@dataclass(frozen=True, slots=True)
class RunRecord:
    """A run to write: its parameters, the rows it holds (a run still computing gives a snapshot),
    and a note for the CSV's `# note=` line, e.g. "diverged at epoch 12" ("" for none)."""

    parameters: RunParameters
    trajectory: Trajectory
    note: str = ""


def write_run_files(
    paths: Mapping[str, Path],
    runs: Sequence[RunRecord],
    figure: FigureSpec,
    gif: GifOptions,
) -> None:
    """Write `runs` (one, or two compared) to each path, by its format (a key of `FORMATS`).

    Qt must be set up (an application exists) if any figure format is asked for. A GIF is drawn
    and encoded here, in this thread; the window makes its GIFs in the background instead.
    """
    _check_count(runs)
    if "csv" in paths:
        write_csv(paths["csv"], runs)
    figure_paths = {kind: paths[kind] for kind in FIGURE_FORMATS if kind in paths}
    if figure_paths:
        _write_figures(figure_paths, runs, figure, gif)


def write_csv(path: Path, runs: Sequence[RunRecord]) -> None:
    """Every epoch's row, after `#` lines naming the parameters and the note, if any; two runs
    get a leading `run` column (see `model.trajectory_csv`)."""
    _check_count(runs)
    if len(runs) == 1:
        (run,) = runs
        write_text_atomically(
            path, lambda out: write_trajectory_csv(out, run.parameters, run.trajectory, run.note)
        )
        return
    triples = [(run.parameters, run.trajectory, run.note) for run in runs]
    write_text_atomically(path, lambda out: write_compare_csv(out, triples))


def figure_runs(runs: Sequence[RunRecord]) -> list[tuple[RunParameters, Trajectory]]:
    """What a `RunFigure` draws of `runs`."""
    return [(run.parameters, run.trajectory) for run in runs]


def _check_count(runs: Sequence[RunRecord]) -> None:
    if not 1 <= len(runs) <= MAX_RUNS:
        raise ValueError(f"a file shows 1 to {MAX_RUNS} runs, not {len(runs)}")


def _write_figures(
    paths: Mapping[str, Path], runs: Sequence[RunRecord], spec: FigureSpec, gif: GifOptions
) -> None:
    """One figure, written in the order of `FIGURE_FORMATS`: the GIF, which leaves a caption on
    the figure, comes last."""
    from desktop.export.animation import write_gif  # Qt is imported only for figures
    from desktop.export.run_figure import RunFigure

    with RunFigure(figure_runs(runs), spec) as figure:
        writers = {
            "png": figure.write_png,
            "svg": figure.write_svg,
            "pdf": figure.write_pdf,
            "gif": lambda path: write_gif(figure, figure.rows, path, gif),
        }
        for kind, path in paths.items():
            writers[kind](path)
