"""`neuron-lab export`: run the training without a window and write CSV, PNG, SVG, PDF and GIF.

The numbers come straight from the model; figures are rendered offscreen, so this works on a
machine with no display. The files are written by `run_files`, as the window writes them.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass, field
from pathlib import Path

from desktop.export.options import FIGURE_FORMATS, FORMATS, FigureSpec, GifOptions
from desktop.export.run_files import RunRecord, write_run_files
from model import ParameterError, RunParameters, Training
from model.trajectory_csv import run_note


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What to run and where to write it; formats without a path are skipped."""

    parameters: RunParameters
    paths: dict[str, Path] = field(default_factory=dict)  # format → file
    figure: FigureSpec = field(default_factory=FigureSpec)
    gif: GifOptions = field(default_factory=GifOptions)

    def check(self) -> None:
        """Before any work: names must end in their format and the GIF options be in range
        (ParameterError, exit 2), then every output folder must exist (OSError, exit 1), so a
        failing export leaves nothing half done."""
        for kind, path in self.paths.items():
            if kind not in FORMATS or path.suffix.lower() != f".{kind}":
                raise ParameterError(
                    kind, f"--{kind} needs a file name ending in .{kind}, got {str(path)!r}"
                )
        if "gif" in self.paths:
            self.gif.check(self.figure.width, self.figure.height)
        else:
            self.gif.check()  # --fps and --frames out of range are refused even without --gif
        for path in self.paths.values():
            if not path.absolute().parent.is_dir():
                raise OSError(errno.ENOENT, "no such folder", str(path))


def export(request: ExportRequest) -> Training:
    """Run to the end, write the requested files (atomically) and return the finished run."""
    training = Training(request.parameters)
    training.run_to_end()
    if any(kind in request.paths for kind in FIGURE_FORMATS):
        _start_offscreen_qt()
    note = run_note(training.epochs_done, request.parameters.epochs, training.diverged_at, False)
    run = RunRecord(request.parameters, training.trajectory, note)
    write_run_files(request.paths, run, request.figure, request.gif)
    return training


def _start_offscreen_qt() -> None:
    # Qt is imported only here, so a CSV-only or numbers-only export starts without it.
    from desktop.qt_app import application, use_offscreen_platform

    use_offscreen_platform()
    application()


def final_state_line(training: Training) -> str:
    """`epoch=N w=… b=… z=… a=… cost=…` with full precision (shortest round-trip repr)."""
    row = training.trajectory.row(-1)
    values = " ".join(f"{key}={row[key]!r}" for key in ("w", "b", "z", "a", "cost"))
    return f"epoch={row['epoch']} {values}"
