"""`neuron-lab export`: run the training without a window and write CSV, PNG, SVG, PDF and GIF.

The numbers come straight from the model; figures are rendered offscreen, so this works on a
machine with no display. Every file is written atomically.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.export.atomic_file import write_text_atomically
from desktop.export.options import FigureSpec
from model import ParameterError, RunParameters, Training
from model.trajectory_csv import write_trajectory_csv

if TYPE_CHECKING:
    from desktop.export.run_figure import RunFigure

FORMATS = ("csv", "png", "svg", "pdf", "gif")
MAX_GIF_PIXELS = 1920 * 1080
"""The GIF encoder keeps every frame at a byte a pixel: larger animations would need gigabytes."""


@dataclass(frozen=True, slots=True)
class GifOptions:
    """Frames per second and how many frames sample the run (the last one is then held ~1 s)."""

    fps: int = 30
    frames: int = 150


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What to run and where to write it; formats without a path are skipped."""

    parameters: RunParameters
    paths: dict[str, Path] = field(default_factory=dict)  # format → file
    figure: FigureSpec = field(default_factory=FigureSpec)
    gif: GifOptions = field(default_factory=GifOptions)

    def check(self) -> None:
        """Before any work: names must end in their format (ParameterError, exit 2), and every
        output folder must exist (OSError, exit 1), so a failing export leaves nothing half done."""
        for kind, path in self.paths.items():
            if kind not in FORMATS or path.suffix.lower() != f".{kind}":
                raise ParameterError(
                    kind, f"--{kind} needs a file name ending in .{kind}, got {str(path)!r}"
                )
        for path in self.paths.values():
            if not path.absolute().parent.is_dir():
                raise OSError(errno.ENOENT, "no such folder", str(path))
        if not 1 <= self.gif.fps <= 60 or not 2 <= self.gif.frames <= 2000:
            raise ParameterError("gif", "--fps must be 1..60 and --frames 2..2000")
        if "gif" in self.paths and self.figure.width * self.figure.height > MAX_GIF_PIXELS:
            raise ParameterError(
                "gif", "an animated GIF can be at most 1920×1080 pixels; choose a smaller size"
            )


def export(request: ExportRequest) -> Training:
    """Run to the end, write the requested files (atomically) and return the finished run."""
    training = Training(request.parameters)
    training.run_to_end()
    if "csv" in request.paths:
        note = f"diverged at epoch {training.diverged_at}" if training.diverged_at else ""
        write_text_atomically(
            request.paths["csv"],
            lambda out: write_trajectory_csv(out, request.parameters, training.trajectory, note),
        )
    if set(request.paths) - {"csv"}:
        _write_figures(request, training)
    return training


def _write_figures(request: ExportRequest, training: Training) -> None:
    # Qt is imported only here, so a CSV-only or numbers-only export starts without it.
    from desktop.export.run_figure import RunFigure
    from desktop.qt_app import application, use_offscreen_platform

    use_offscreen_platform()
    application()
    paths = request.paths
    with RunFigure(request.parameters, training.trajectory, request.figure) as figure:
        for kind, write in (
            ("png", figure.write_png),
            ("svg", figure.write_svg),
            ("pdf", figure.write_pdf),
        ):
            if kind in paths:
                write(paths[kind])
        if "gif" in paths:
            _write_gif(figure, training, paths["gif"], request.gif)


def _write_gif(figure: RunFigure, training: Training, path: Path, options: GifOptions) -> None:
    """Frames of the figure at evenly spaced epochs, then the last one held, as an animated GIF."""
    from desktop.export.gif_encoder import CompressedFrames, GifSettings, encode_gif, frame_epochs

    settings = GifSettings(fps=options.fps, frames=options.frames)
    images = CompressedFrames()
    for epoch in frame_epochs(training.epochs_done, settings.frames):
        figure.show_epoch(epoch, caption=True)
        images.append(figure.image())
    encode_gif(images, path, settings)


def final_state_line(training: Training) -> str:
    """`epoch=N w=… b=… z=… a=… cost=…` with full precision (shortest round-trip repr)."""
    row = training.trajectory.row(-1)
    values = " ".join(f"{key}={row[key]!r}" for key in ("w", "b", "z", "a", "cost"))
    return f"epoch={row['epoch']} {values}"
