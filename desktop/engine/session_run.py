"""One run of a session: its parameters, its `Training` (the run's only copy of its rows), and
how far the worker has published it and the views have shown it.

A session holds one of these, or two in compare mode; the session's cursor and play state are
shared, these are not.
"""

from __future__ import annotations

from dataclasses import dataclass

from model import RunParameters, Training, Trajectory


@dataclass(frozen=True, slots=True)
class ShownRun:
    """What the views are told when a session starts: one per run, in run order."""

    index: int  # 0, or 1 for compare mode's second run
    run_id: int
    parameters: RunParameters
    trajectory: Trajectory  # read only rows the session has said exist


@dataclass(slots=True)
class SessionRun:
    """A run's progress as the GUI sees it."""

    parameters: RunParameters
    training: Training
    run_id: int = 0
    published: int = 1  # rows the worker has published (row 0 exists before it starts)
    shown: int = 0  # rows the views have been told about
    outcome: str | None = None  # the worker's outcome, once it has ended the run
    requested_until: int = 0  # the last epoch asked of the worker while stepping

    @property
    def worker_done(self) -> bool:
        """The worker has ended this run: what it published is all there will be."""
        return self.outcome is not None

    def rows_at(self, frontier: int) -> int:
        """Rows to show when the session shows `frontier` rows: a run that ended sooner (it
        diverged) shows all it has."""
        return min(self.published, frontier)
