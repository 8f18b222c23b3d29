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
        return 0.5 * output_error(z, y) ** 2
    return y * softplus(-z) + (1.0 - y) * softplus(z)


def cost_dC_da(cost: CostName, z: ArrayLike, y: float) -> FloatArray:
    """∂C/∂a: a − y for quadratic; (a − y) / (a(1 − a)) for cross-entropy.

    The cross-entropy form is (a − y)(1/a)(1/(1 − a)) = (a − y)(1 + e^-z)(1 + e^z); it is
    capped at ±1e300 where σ'(z) underflows, the only place it could leave the floats.
    """
    error = output_error(z, y)
    if cost is CostName.QUADRATIC:
        return error
    slope = np.maximum(sigmoid_prime(z), SIGMA_PRIME_FLOOR)
    return error / slope


def cost_delta(cost: CostName, z: ArrayLike, y: float) -> FloatArray:
    """δ = ∂C/∂z: (a − y)σ'(z) for quadratic (eq. 55/56), a − y for cross-entropy (eq. 61/62).

    The quadratic form is the lesson: σ'(z) is tiny at a saturated start, so learning crawls.
    """
    z = np.asarray(z, dtype=np.float64)
    a = sigmoid(z)
    error = output_error(z, y, a)
    if cost is CostName.QUADRATIC:
        return error * a * one_minus_sigmoid(z)
    return error


def output_error(z: ArrayLike, y: float, a: FloatArray | None = None) -> FloatArray:
    """a − y at pre-activation z, to full precision also where a rounds to (nearly) y ≈ 1.

    Near a = 1, σ(z) carries only the absolute precision 2⁻⁵³, so for y near 1 the plain
    difference cancels: at y = 1, z = 40 it is exactly 0 instead of −σ(−40) ≈ −4.2e-18 (and
    the quadratic cost and δ are 0 instead of ≈ 9.0e-36 and −1.8e-35, the book-widget step 0
    instead of ≈ −1). So where y > 0.5 and z ≥ 0 it is (1 − y) − σ(−z), i.e. (1 − y) − (1 − a):
    1 − y is exact for y in [0.5, 1] and σ(−z) keeps full relative precision. Elsewhere the
    plain a − y cancels no worse than a's own rounding and is kept, bit for bit (runs towards
    y ≤ 0.5, such as every preset, are unchanged). `model.kernel` and `model.speed_map` compute
    it in the same way, operation for operation. `a`, if given, is σ(z), to save evaluating it.
    """
    z = np.asarray(z, dtype=np.float64)
    a = sigmoid(z) if a is None else a
    if y > 0.5:
        high: FloatArray = np.where(z >= 0.0, (1.0 - y) - one_minus_sigmoid(z), a - y)
        return high
    plain: FloatArray = a - y
    return plain


SIGMA_PRIME_FLOOR = 1e-300
"""Smallest σ'(z) we divide by; below it (|z| > ~690) σ' is rounded up to keep ∂C/∂a finite."""
