"""The chapter's exercises, as curves to draw.

1. Which is the cross-entropy? −[y ln a + (1 − y) ln(1 − a)] (the right one) and the swapped
   −[a ln y + (1 − a) ln(1 − y)], over a ∈ (0, 1) for a chosen y. At y = 0 or y = 1 the swapped
   form takes ln 0: it is undefined there (NaN marks it), never an error or a warning.
2. σ'(z) = σ(z)(1 − σ(z)): the derivative next to the product, and their largest difference.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from model.sigmoid import FloatArray, one_minus_sigmoid, sigmoid, sigmoid_prime

OUTPUT_POINTS = 999
"""Samples of a over (0, 1): a = 0.001 … 0.999, both ends excluded (ln 0 is not a number)."""


@dataclass(frozen=True, slots=True)
class CrossEntropyForms:
    """The two candidate forms over `a`, for target `y`. `swapped` is NaN wherever it is
    undefined (everywhere when y is 0 or 1); `swapped_defined` says whether it is anywhere."""

    y: float
    a: FloatArray
    right: FloatArray
    swapped: FloatArray

    @property
    def swapped_defined(self) -> bool:
        return bool(np.isfinite(self.swapped).any())


def cross_entropy_forms(y: float, points: int = OUTPUT_POINTS) -> CrossEntropyForms:
    """Both forms of exercise 1 over a ∈ (0, 1), for a target 0 ≤ y ≤ 1."""
    if not 0.0 <= y <= 1.0:
        raise ValueError(f"y must be between 0 and 1, got {y!r}")
    a = np.linspace(0.0, 1.0, points + 2)[1:-1]
    right = -(_x_ln(y, a) + _x_ln(1.0 - y, 1.0 - a))
    if 0.0 < y < 1.0:
        swapped = -(a * np.log(y) + (1.0 - a) * np.log(1.0 - y))
    else:
        swapped = np.full_like(a, np.nan)  # ln 0: undefined for every a
    return CrossEntropyForms(y, a, right, swapped)


def _x_ln(weight: float, values: FloatArray) -> FloatArray:
    """weight · ln(values), taken as 0 where weight is 0 (the limit x ln x → 0), and computed
    only where it is needed, so no ln 0 is ever evaluated."""
    if weight == 0.0:
        return np.zeros_like(values)
    result: FloatArray = weight * np.log(values)
    return result


@dataclass(frozen=True, slots=True)
class SigmoidDerivative:
    """σ'(z) and σ(z)(1 − σ(z)) over z, and the largest |difference| between them."""

    z: FloatArray
    derivative: FloatArray
    product: FloatArray

    @property
    def largest_difference(self) -> float:
        return float(np.max(np.abs(self.derivative - self.product)))


def sigmoid_derivative(
    low: float = -8.0, high: float = 8.0, points: int = 801
) -> SigmoidDerivative:
    """Exercise 2 over low … high: the derivative as the model computes it (e^−|z|/(1 + e^−|z|)²)
    beside the product σ(z)(1 − σ(z)) computed from σ itself."""
    if not low < high:
        raise ValueError(f"need low < high, got {low!r} and {high!r}")
    z = np.linspace(low, high, points)
    return SigmoidDerivative(z, sigmoid_prime(z), sigmoid(z) * one_minus_sigmoid(z))
