"""Plain-words observations about a neuron's state, for hints during a lecture.

The rules are the chapter's argument: with the quadratic cost a saturated neuron (σ'(z) tiny)
learns slowly however wrong it is; with cross-entropy the gradient is x(a − y), so a large
error means fast learning. The GUI turns a `Hint` into a translated sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from model.costs import CostName

SLOW_SIGMA_PRIME = 0.1
"""σ'(z) below this (at most 0.25; below 0.1 once a > 0.89 or a < 0.11) makes quadratic steps crawl."""
LARGE_ERROR = 0.5
"""|a − y| above this is a large error."""
CONVERGED_COST = 1e-3


class HintKind(StrEnum):
    """What is notable about the state."""

    SATURATED_SLOW = "saturated-slow"
    LARGE_ERROR_FAST = "large-error-fast"
    CONVERGED = "converged"


@dataclass(frozen=True, slots=True)
class Hint:
    """A notable state, with the one number that shows it (σ'(z), ∂C/∂w or the cost)."""

    kind: HintKind
    value: float


def saturation_slowed(state: Mapping[str, float], cost: CostName, y: float) -> bool:
    """True when learning crawls because of saturation: a large error, and yet a small gradient
    because σ'(z) is small (the quadratic cost's ∂C/∂w = (a − y)σ'(z)x). The one criterion the
    hint and the highlighted readouts share; a small gradient near the target is not slow
    learning, it is the end of learning."""
    return (
        cost is CostName.QUADRATIC
        and state["sigma_prime"] < SLOW_SIGMA_PRIME
        and abs(state["a"] - y) > LARGE_ERROR
    )


def learning_hint(state: Mapping[str, float], cost: CostName, y: float) -> Hint | None:
    """The notable thing about `state` (a `Trajectory.state` dict), or None."""
    error = abs(state["a"] - y)
    if saturation_slowed(state, cost, y):
        return Hint(HintKind.SATURATED_SLOW, state["sigma_prime"])
    if cost is CostName.CROSS_ENTROPY and error > LARGE_ERROR:
        return Hint(HintKind.LARGE_ERROR_FAST, state["dC_dw"])
    if state["cost"] < CONVERGED_COST and cost is CostName.QUADRATIC:
        return Hint(HintKind.CONVERGED, state["cost"])
    return None
