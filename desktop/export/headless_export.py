"""`neuron-lab export`: run the training without a window and write CSV, PNG, SVG, PDF and GIF.

The numbers come straight from the model; figures are rendered offscreen, so this works on a
machine with no display. The files are written by `run_files`, as the window writes them. With a
second run to compare (`--compare`), both runs are computed and every file shows both.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass, field
from pathlib import Path

from desktop.export.options import FIGURE_FORMATS, FORMATS, FigureSpec, GifOptions
from desktop.export.run_files import RunRecord, write_run_files
from model import ParameterError, RunParameters, Training
from model.comparison import DEFAULT_THRESHOLD, epochs_ratio, threshold_epoch
from model.trajectory_csv import run_note


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What to run and where to write it; formats without a path are skipped. `compare` is a
    second run to compute and draw beside the first (None: one run)."""

    parameters: RunParameters
    paths: dict[str, Path] = field(default_factory=dict)  # format → file
    figure: FigureSpec = field(default_factory=FigureSpec)
    gif: GifOptions = field(default_factory=GifOptions)
    compare: RunParameters | None = None

    @property
    def runs(self) -> tuple[RunParameters, ...]:
        """The parameters of every run to compute: the first, then the one compared, if any."""
        return (self.parameters,) if self.compare is None else (self.parameters, self.compare)

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


def export(request: ExportRequest) -> tuple[Training, ...]:
    """Run every run to its end, write the requested files (atomically) and return the finished
    runs, in order (one, or two compared)."""
    trainings = tuple(Training(parameters) for parameters in request.runs)
    for training in trainings:
        training.run_to_end()
    if any(kind in request.paths for kind in FIGURE_FORMATS):
        _start_offscreen_qt()
    records = [
        RunRecord(
            training.parameters,
            training.trajectory,
            run_note(training.epochs_done, training.parameters.epochs, training.diverged_at, False),
        )
        for training in trainings
    ]
    write_run_files(request.paths, records, request.figure, request.gif)
    return trainings


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


def summary_lines(
    trainings: tuple[Training, ...], threshold: float = DEFAULT_THRESHOLD
) -> list[str]:
    """What `export` prints: one run's `final_state_line`; for two runs compared, each one's
    prefixed `run=1 ` / `run=2 `, then `threshold_line`."""
    if len(trainings) == 1:
        return [final_state_line(trainings[0])]
    lines = [f"run={number} {final_state_line(t)}" for number, t in enumerate(trainings, 1)]
    return [*lines, threshold_line(trainings, threshold)]


def threshold_line(trainings: tuple[Training, ...], threshold: float) -> str:
    """`threshold=T run1_epoch=E1 run2_epoch=E2 ratio=R`: the first epoch at which each run's
    |a − y| < T (`none` if never), and E1 / E2 (`none` unless both reached it), all with repr
    (the shortest text that reads back as the same float)."""
    epochs = [threshold_epoch(training.trajectory, threshold) for training in trainings]
    fields = [f"threshold={threshold!r}"]
    fields += [f"run{n}_epoch={_or_none(epoch)}" for n, epoch in enumerate(epochs, 1)]
    fields.append(f"ratio={_or_none(epochs_ratio(*epochs))}")
    return " ".join(fields)


def _or_none(value: float | None) -> str:
    return "none" if value is None else repr(value)
