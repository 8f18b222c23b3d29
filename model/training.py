"""A training run: parameters, the stored trajectory, and advancing it by any number of epochs.

This is the one object the command line, the benchmark and the GUI's worker drive. It owns no
threads and no timers; callers decide how many epochs to compute per call.
"""

from __future__ import annotations

import numpy as np

from model.kernel import run_epochs
from model.parameters import RunParameters
from model.trajectory import CHUNK_ROWS, Trajectory
from model.update_rules import step_kind

DIVERGENCE_LIMIT = 1e15
"""|w| or |b| beyond this means the run has blown up (no meaningful run gets near it)."""


class Training:
    """Gradient descent of one sigmoid neuron from `parameters`, epoch by epoch.

    `trajectory` holds rows 0..epochs_done. A run that diverges stops at the last finite,
    in-range row and records the epoch whose update blew up in `diverged_at`.
    """

    def __init__(self, parameters: RunParameters) -> None:
        self.parameters = parameters.validated()
        p = self.parameters
        self.trajectory = Trajectory(p.x, p.y, p.cost)
        self.trajectory.append([p.w], [p.b])
        self.diverged_at: int | None = None
        self._kind = step_kind(p.cost, p.rule)
        self._w = p.w
        self._b = p.b

    @property
    def epochs_done(self) -> int:
        """Updates applied so far."""
        return len(self.trajectory) - 1

    @property
    def finished(self) -> bool:
        """True when the planned epochs are done or the run diverged."""
        return self.diverged_at is not None or self.epochs_done >= self.parameters.epochs

    def advance(self, count: int) -> int:
        """Compute up to `count` more epochs (never past the plan); return how many were added."""
        added = 0
        while added < count and not self.finished:
            chunk = min(count - added, self.parameters.epochs - self.epochs_done, CHUNK_ROWS)
            added += self._advance_chunk(chunk)
        return added

    def step(self) -> int:
        """Compute one epoch; return 1, or 0 if the run is already finished."""
        return self.advance(1)

    def run_to_end(self) -> None:
        """Compute every remaining epoch."""
        self.advance(self.parameters.epochs)

    def _advance_chunk(self, count: int) -> int:
        p = self.parameters
        ws, bs = run_epochs(self._w, self._b, p.x, p.y, p.eta, self._kind, count)
        w = np.asarray(ws)
        b = np.asarray(bs)
        sane = (
            np.isfinite(w)
            & np.isfinite(b)
            & (np.abs(w) <= DIVERGENCE_LIMIT)
            & (np.abs(b) <= DIVERGENCE_LIMIT)
        )
        if not sane.all():
            count = int(np.argmin(sane))
            self.diverged_at = self.epochs_done + count + 1
            w, b = w[:count], b[:count]
        self.trajectory.append(w, b)
        if count:
            self._w, self._b = float(w[-1]), float(b[-1])
        return count
