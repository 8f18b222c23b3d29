"""Shared helpers for desktop tests: the model's reference run to compare the GUI against."""

from model import RunParameters, Training, TrajectoryRows


def reference_rows(parameters: RunParameters, epochs: int | None = None) -> TrajectoryRows:
    """The model's own rows for `parameters`, up to `epochs` (default: the whole plan)."""
    training = Training(parameters)
    training.advance(parameters.epochs if epochs is None else epochs)
    return training.trajectory.rows()
