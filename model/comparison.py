"""Two runs side by side: which second run to pair with a first, and how much sooner one learns.

Compare mode's numbers come from here: the first epoch at which a run's output is within a
threshold of the target, and the ratio of two such epochs. A `--compare SPEC` on the command line
and the window's second parameter column both describe the second run as changes to the first.
"""

from __future__ import annotations

import math

import numpy as np

from model.costs import CostName
from model.parameters import ParameterError, RunParameters
from model.presets import load_presets, preset
from model.sigmoid import sigmoid
from model.trajectory import CHUNK_ROWS, Trajectory
from model.update_rules import RuleName

DEFAULT_THRESHOLD = 0.1
"""|a − y| below this counts as learnt (compare mode's default, editable)."""
SPEC_KEYS = ("cost", "rule", "eta", "w", "b")
"""What a `--compare` SPEC may change of the first run."""


def threshold_epoch(
    trajectory: Trajectory,
    threshold: float = DEFAULT_THRESHOLD,
    stop: int | None = None,
    start: int = 0,
) -> int | None:
    """The first epoch e in `start` … `stop` − 1 (default: every stored row) with
    |a_e − y| < `threshold`, or None if there is none. Row 0 is the start, so a start already
    close enough gives 0."""
    if not 0.0 < threshold < 1.0 or not math.isfinite(threshold):
        raise ParameterError("threshold", f"threshold must be > 0 and < 1, got {threshold!r}")
    stop = len(trajectory) if stop is None else min(stop, len(trajectory))
    for first in range(start, stop, CHUNK_ROWS):
        end = min(first + CHUNK_ROWS, stop)
        w, b = trajectory.weights(first, end)
        close = np.abs(sigmoid(w * trajectory.x + b) - trajectory.y) < threshold
        if close.any():
            return first + int(np.argmax(close))
    return None


def epochs_ratio(first: int | None, second: int | None) -> float | None:
    """How many times longer the first run takes than the second to reach the threshold
    (None unless both reached it; a run reaching it at epoch 0 counts as one epoch)."""
    if first is None or second is None:
        return None
    return max(first, 1) / max(second, 1)


def other_cost(cost: CostName) -> CostName:
    """Quadratic ↔ cross-entropy."""
    return CostName.CROSS_ENTROPY if cost is CostName.QUADRATIC else CostName.QUADRATIC


def default_partner(first: RunParameters) -> RunParameters:
    """The second run compare mode starts with: the other cost from the same start (same w, b,
    x, y, epochs, η and rule; the book-widget rule is a cross-entropy rule, so a quadratic
    partner of a book-widget run uses the true gradient, which is what that rule does there)."""
    return first.with_changes(cost=other_cost(first.cost))


def book_rule_pair(first: RunParameters) -> tuple[RunParameters, RunParameters]:
    """ "Book rule vs true gradient": the cross-entropy cost from `first`'s start and η, stepped by
    the book widget's dC/da rule, and by the true gradient of eq. 61."""
    book = first.with_changes(cost=CostName.CROSS_ENTROPY, rule=RuleName.BOOK_WIDGET)
    return book, book.with_changes(rule=RuleName.GRADIENT)


def shared_start(first: RunParameters, second: RunParameters) -> RunParameters:
    """`second` with `first`'s start and setting (w, b, x, y, epochs): compare mode's second
    column edits only the cost, the rule and η."""
    return second.with_changes(w=first.w, b=first.b, x=first.x, y=first.y, epochs=first.epochs)


def parse_compare_spec(spec: str, first: RunParameters) -> RunParameters:
    """The second run a `--compare SPEC` describes: a preset name, or comma-separated
    `key=value` changes of `first` (keys `SPEC_KEYS`). ParameterError names the bad key or
    value in one line."""
    text = spec.strip()
    if not text:
        raise ParameterError("compare", "--compare needs a preset name or key=value changes")
    if "=" not in text:
        if text in load_presets():
            return preset(text).parameters
        raise ParameterError(
            "compare",
            f"--compare: unknown preset {text!r} (choose from {', '.join(load_presets())}, "
            f"or give key=value changes of {', '.join(SPEC_KEYS)})",
        )
    changes: dict[str, str] = {}
    for item in text.split(","):
        key, sep, value = (part.strip() for part in item.partition("="))
        if not sep or not key:
            raise ParameterError("compare", f"--compare: {item.strip()!r} is not key=value")
        if key not in SPEC_KEYS:
            raise ParameterError(
                "compare", f"--compare: unknown key {key!r} (choose from {', '.join(SPEC_KEYS)})"
            )
        if key in changes:
            raise ParameterError("compare", f"--compare: {key!r} is given twice")
        if not value:
            raise ParameterError("compare", f"--compare: {key} has no value")
        changes[key] = value
    try:
        return first.with_changes(**changes)
    except ParameterError as error:
        raise ParameterError("compare", f"--compare: {error}") from None


class ThresholdWatch:
    """`threshold_epoch` kept up to date while a run grows: each `update` reads only the rows
    added since the last one (O(new rows)), so compare mode can show it live on every frame."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        threshold_epoch(Trajectory(0.0, 0.0, CostName.QUADRATIC), threshold)  # checks the value
        self.threshold = threshold
        self.epoch: int | None = None
        self.rows_seen = 0

    def update(self, trajectory: Trajectory, length: int) -> int | None:
        """Rows 0 … length − 1 of `trajectory` exist: the first epoch within the threshold, if
        any so far (a shorter `length` than before means a new run: call `reset` first)."""
        if self.epoch is None and length > self.rows_seen:
            # Only the new rows need reading; the earlier ones were not within the threshold.
            self.epoch = threshold_epoch(trajectory, self.threshold, length, self.rows_seen)
            self.rows_seen = length
        return self.epoch

    def reset(self, threshold: float | None = None) -> None:
        """Forget what was seen (a new run, or a new threshold)."""
        if threshold is not None:
            threshold_epoch(Trajectory(0.0, 0.0, CostName.QUADRATIC), threshold)
            self.threshold = threshold
        self.epoch = None
        self.rows_seen = 0
