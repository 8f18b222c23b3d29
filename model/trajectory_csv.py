"""CSV form of a trajectory: `#` lines naming every parameter, a header, one row per epoch.

Floats are written with `repr`, the shortest text that reads back as the identical float, so the
file matches the model to full precision. Rows are written in blocks to keep memory flat for
multi-million-epoch runs.

Two runs compared go in one file: `# run1.KEY=value` and `# run2.KEY=value` lines, then a
leading `run` column (1 or 2), run 1's rows then run 2's, each row otherwise exactly the text the
single-run file has for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from model.parameters import RunParameters
from model.trajectory import COLUMNS, Trajectory

BLOCK_ROWS = 1 << 16
RUN_COLUMN = "run"
"""The leading column of a comparison CSV: which run (1, 2) a row belongs to."""
CsvRun = tuple[RunParameters, Trajectory, str]
"""A run to write: its parameters, its rows, and its note ("" for none)."""


def run_note(
    epochs_done: int, planned_epochs: int, diverged_at: int | None, computing: bool
) -> str:
    """The CSV's `# note=` text for a run that is not simply finished ("" if it is)."""
    if diverged_at is not None:
        return f"diverged at epoch {diverged_at}"
    if computing:
        return f"partial: the run was still computing (epochs 0..{epochs_done} of {planned_epochs})"
    return ""


def write_trajectory_csv(
    out: TextIO, parameters: RunParameters, trajectory: Trajectory, note: str = ""
) -> None:
    """Write the whole trajectory of a run made with `parameters` to the text stream `out`."""
    out.write("# Neuron Lab trajectory: one sigmoid neuron, z = w*x + b, a = sigmoid(z)\n")
    _write_parameters(out, parameters, note, "")
    out.write(",".join(COLUMNS) + "\n")
    _write_rows(out, trajectory, "")


def write_compare_csv(out: TextIO, runs: Sequence[CsvRun]) -> None:
    """Write runs compared (run 1, then run 2) to `out`: every run's `# runN.KEY=value` lines
    and note, the header `run,epoch,w,…`, then each run's rows with its number in front."""
    out.write("# Neuron Lab comparison: runs of one sigmoid neuron, z = w*x + b, a = sigmoid(z)\n")
    for number, (parameters, _, note) in enumerate(runs, 1):
        _write_parameters(out, parameters, note, f"run{number}.")
    out.write(",".join((RUN_COLUMN, *COLUMNS)) + "\n")
    for number, (_, trajectory, _) in enumerate(runs, 1):
        _write_rows(out, trajectory, f"{number},")


def _write_parameters(out: TextIO, parameters: RunParameters, note: str, prefix: str) -> None:
    for key, value in parameters.to_dict().items():
        out.write(f"# {prefix}{key}={value}\n")
    if note:
        out.write(f"# {prefix}note={note}\n")


def _write_rows(out: TextIO, trajectory: Trajectory, prefix: str) -> None:
    """Every row as `prefix` + `epoch,w,b,…` (floats by repr), 65,536 rows at a time."""
    for start in range(0, len(trajectory), BLOCK_ROWS):
        rows = trajectory.rows(start, min(start + BLOCK_ROWS, len(trajectory)))
        epoch, *floats = (column.tolist() for column in rows.columns())
        out.writelines(
            f"{prefix}{e},{','.join(map(repr, values))}\n"
            for e, *values in zip(epoch, *floats, strict=False)
        )
