"""`neuron-lab export`: run the training without a window and write CSV and/or PNG.

The numbers come straight from the model; the PNG is rendered offscreen, so this works on a
machine with no display.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from pathlib import Path

from desktop.atomic_file import write_text_atomically
from model import RunParameters, Training
from model.trajectory_csv import write_trajectory_csv


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What to run and where to write it; `None` paths are skipped."""

    parameters: RunParameters
    csv_path: Path | None = None
    png_path: Path | None = None
    width: int = 1280
    height: int = 720

    def check_folders(self) -> None:
        """Raise OSError before any work if an output's folder is missing, so nothing is half done."""
        for path in (self.csv_path, self.png_path):
            if path is not None and not path.absolute().parent.is_dir():
                raise OSError(errno.ENOENT, "no such folder", str(path))


def export(request: ExportRequest) -> Training:
    """Run to the end, write the requested files (atomically) and return the finished run."""
    training = Training(request.parameters)
    training.run_to_end()
    if request.csv_path is not None:
        note = f"diverged at epoch {training.diverged_at}" if training.diverged_at else ""
        write_text_atomically(
            request.csv_path,
            lambda out: write_trajectory_csv(out, request.parameters, training.trajectory, note),
        )
    if request.png_path is not None:
        _write_png(request, training)
    return training


def _write_png(request: ExportRequest, training: Training) -> None:
    # Qt is imported only here, so a CSV-only or numbers-only export starts without it.
    from desktop.app import application, use_offscreen_platform
    from desktop.figures import render_cost_figure, save_png
    from desktop.run_descriptions import run_title

    use_offscreen_platform()
    application()
    image = render_cost_figure(
        training.trajectory.rows(), run_title(request.parameters), request.width, request.height
    )
    save_png(image, request.png_path)


def final_state_line(training: Training) -> str:
    """`epoch=N w=… b=… z=… a=… cost=…` with full precision (shortest round-trip repr)."""
    row = training.trajectory.row(-1)
    values = " ".join(f"{key}={row[key]!r}" for key in ("w", "b", "z", "a", "cost"))
    return f"epoch={row['epoch']} {values}"
