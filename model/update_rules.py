"""How one gradient-descent step moves w and b: the true gradient, or the book widget's rule.

Both rules update `w ← w − η·x·δ`, `b ← b − η·δ`; they differ only in δ:

* `gradient` (default): δ = ∂C/∂z, the true gradient of eq. 55/56 (quadratic) and eq. 61/62
  (cross-entropy).
* `book-widget`: the rule of the book's published animations (saturation1–4.js). For quadratic it
  is the same δ = (a − y)σ'(z); for cross-entropy it steps by ∂C/∂a = (a − y)/(a(1 − a)), which
  for x = 1, y = 0 is exactly the published 1/(1 − a). It exists to reproduce those figures.
"""

from __future__ import annotations

from enum import StrEnum

from numpy.typing import ArrayLike

from model.costs import CostName, cost_dC_da, cost_delta
from model.sigmoid import FloatArray


class RuleName(StrEnum):
    """Update rules, by the names used in presets, files and the command line."""

    GRADIENT = "gradient"
    BOOK_WIDGET = "book-widget"


class StepKind(StrEnum):
    """The three distinct formulas for δ that the (cost, rule) pairs reduce to."""

    SIGMA_PRIME = "(a-y)*sigma'(z)"
    ERROR = "a-y"
    DC_DA = "(a-y)/(a(1-a))"


def step_kind(cost: CostName, rule: RuleName) -> StepKind:
    """Which δ formula a (cost, rule) pair steps by."""
    if cost is CostName.QUADRATIC:
        return StepKind.SIGMA_PRIME
    return StepKind.ERROR if rule is RuleName.GRADIENT else StepKind.DC_DA


def step_delta(cost: CostName, rule: RuleName, z: ArrayLike, y: float) -> FloatArray:
    """δ used for the step at pre-activation z (vectorised), per `step_kind`."""
    if step_kind(cost, rule) is StepKind.DC_DA:
        return cost_dC_da(cost, z, y)
    return cost_delta(cost, z, y)
