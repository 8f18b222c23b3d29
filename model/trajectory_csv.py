"""CSV form of a trajectory: `#` lines naming every parameter, a header, one row per epoch.

Floats are written with `repr`, the shortest text that reads back as the identical float, so the
file matches the model to full precision. Rows are written in blocks to keep memory flat for
multi-million-epoch runs.
"""

from __future__ import annotations

from typing import TextIO

from model.parameters import RunParameters
from model.trajectory import COLUMNS, Trajectory

BLOCK_ROWS = 1 << 16


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
    for key, value in parameters.to_dict().items():
        out.write(f"# {key}={value}\n")
    if note:
        out.write(f"# note={note}\n")
    out.write(",".join(COLUMNS) + "\n")
    for start in range(0, len(trajectory), BLOCK_ROWS):
        rows = trajectory.rows(start, min(start + BLOCK_ROWS, len(trajectory)))
        epoch, *floats = (column.tolist() for column in rows.columns())
        out.writelines(
            f"{e},{','.join(map(repr, values))}\n"
            for e, *values in zip(epoch, *floats, strict=False)
        )
