"""How a training run ended: one enum shared by the engine, the views and the command line."""

from __future__ import annotations

from enum import StrEnum


class RunOutcome(StrEnum):
    """Why a run stopped computing."""

    FINISHED = "finished"  # every planned epoch was computed
    STOPPED = "stopped"  # the user stopped it; what was computed stays
    DIVERGED = "diverged"  # w or b left the finite range; the run ends at its last finite state
    FAILED = "failed"  # the trainer raised an error (a bug): the run is stopped and the error shown
