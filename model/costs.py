"""The two cost functions of the lesson, each as value, ∂C/∂a and ∂C/∂z, all as functions of z.

Everything is written in terms of the pre-activation z rather than the output a: near saturation
a rounds to exactly 0 or 1, and ln a or 1/(1 − a) would then be infinite, while the same
quantities expressed through z stay finite (cross-entropy becomes a sum of softplus terms).
"""

from __future__ import annotations

from enum import StrEnum

import numpy as np
from numpy.typing import ArrayLike

from model.sigmoid import FloatArray, one_minus_sigmoid, sigmoid, sigmoid_prime, softplus


class CostName(StrEnum):
    """The costs the app knows, by the names used in presets, files and the command line."""

    QUADRATIC = "quadratic"
    CROSS_ENTROPY = "cross-entropy"


def cost_value(cost: CostName, z: ArrayLike, y: float) -> FloatArray:
    """C(z; y): quadratic (a − y)²/2, or cross-entropy −[y ln a + (1 − y) ln(1 − a)].

    Cross-entropy uses ln a = −softplus(−z) and ln(1 − a) = −softplus(z), so it is
    y·softplus(−z) + (1 − y)·softplus(z): finite and ≥ 0 for every finite z and y in [0, 1].
    """
    z = np.asarray(z, dtype=np.float64)
    if cost is CostName.QUADRATIC:
        return 0.5 * (sigmoid(z) - y) ** 2
    return y * softplus(-z) + (1.0 - y) * softplus(z)


def cost_dC_da(cost: CostName, z: ArrayLike, y: float) -> FloatArray:
    """∂C/∂a: a − y for quadratic; (a − y) / (a(1 − a)) for cross-entropy.

    The cross-entropy form is (a − y)(1/a)(1/(1 − a)) = (a − y)(1 + e^-z)(1 + e^z); it is
    capped at ±1e300 where σ'(z) underflows, the only place it could leave the floats.
    """
    z = np.asarray(z, dtype=np.float64)
    a = sigmoid(z)
    if cost is CostName.QUADRATIC:
        return a - y
    slope = np.maximum(sigmoid_prime(z), SIGMA_PRIME_FLOOR)
    return (a - y) / slope


def cost_delta(cost: CostName, z: ArrayLike, y: float) -> FloatArray:
    """δ = ∂C/∂z: (a − y)σ'(z) for quadratic (eq. 55/56), a − y for cross-entropy (eq. 61/62).

    The quadratic form is the lesson: σ'(z) is tiny at a saturated start, so learning crawls.
    """
    z = np.asarray(z, dtype=np.float64)
    a = sigmoid(z)
    if cost is CostName.QUADRATIC:
        return (a - y) * a * one_minus_sigmoid(z)
    return a - y


SIGMA_PRIME_FLOOR = 1e-300
"""Smallest σ'(z) we divide by; below it (|z| > ~690) σ' is rounded up to keep ∂C/∂a finite."""
