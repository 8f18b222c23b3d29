"""The one place a run becomes files, by format: used by the command line and by the window.

The CSV needs no Qt, so it is written before Qt is even imported; PNG, SVG, PDF and GIF are drawn
from one offscreen `RunFigure` shared by all of them. Every file is written atomically.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop.export.atomic_file import write_text_atomically
from desktop.export.options import FIGURE_FORMATS, FigureSpec, GifOptions
from model import RunParameters, Trajectory
from model.trajectory_csv import write_trajectory_csv


@dataclass(frozen=True, slots=True)
class RunRecord:
    """A run to write: its parameters, the rows it holds (a run still computing gives a snapshot),
    and a note for the CSV's `# note=` line, e.g. "diverged at epoch 12" ("" for none)."""

    parameters: RunParameters
    trajectory: Trajectory
    note: str = ""


def write_run_files(
    paths: Mapping[str, Path],
    run: RunRecord,
    figure: FigureSpec,
    gif: GifOptions,
) -> None:
    """Write `run` to each path, by its format (a key of `FORMATS`).

    Qt must be set up (an application exists) if any figure format is asked for. A GIF is drawn
    and encoded here, in this thread; the window makes its GIFs in the background instead.
    """
    if "csv" in paths:
        write_csv(paths["csv"], run)
    figure_paths = {kind: paths[kind] for kind in FIGURE_FORMATS if kind in paths}
    if figure_paths:
        _write_figures(figure_paths, run, figure, gif)


def write_csv(path: Path, run: RunRecord) -> None:
    """Every epoch's row, after `#` lines naming the parameters and the note, if any."""
    write_text_atomically(
        path, lambda out: write_trajectory_csv(out, run.parameters, run.trajectory, run.note)
    )


def _write_figures(
    paths: Mapping[str, Path], run: RunRecord, spec: FigureSpec, gif: GifOptions
) -> None:
    """One figure, written in the order of `FIGURE_FORMATS`: the GIF, which leaves a caption on
    the figure, comes last."""
    from desktop.export.animation import write_gif  # Qt is imported only for figures
    from desktop.export.run_figure import RunFigure

    rows = len(run.trajectory)
    with RunFigure(run.parameters, run.trajectory, spec) as figure:
        writers = {
            "png": figure.write_png,
            "svg": figure.write_svg,
            "pdf": figure.write_pdf,
            "gif": lambda path: write_gif(figure, rows, path, gif),
        }
        for kind, path in paths.items():
            writers[kind](path)
