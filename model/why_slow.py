"""Why a quadratic neuron learns slowly: the chain rule's factors of ∂C/∂w, and σ's tangent.

∂C/∂w = x · (a − y) · σ'(z) for the quadratic cost (eq. 55) and x · (a − y) for cross-entropy
(eq. 61): on the plateau the class should see which factor collapses. The why-slow panel draws
these numbers; it computes none of them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from model.costs import CostName, cost_delta, cost_value, output_error
from model.sigmoid import FloatArray, one_minus_sigmoid, sigmoid, sigmoid_prime

FLAT_SIGMA_PRIME = 0.1
"""Where σ'(z) < this (|z| > about 2.063, see `flat_limit`) σ is "flat": the region the panel
shades."""
LOG_FLOOR = 1e-300
"""|∂C/∂w| is drawn on a log axis as max(|∂C/∂w|, this): an exact 0 (a = y to the last bit, or
σ'(z) underflowed) has no logarithm."""


@dataclass(frozen=True, slots=True)
class ChainFactors:
    """The factors whose product is ∂C/∂w at one state, and their product.

    `sigma_prime` is None for cross-entropy, where σ'(z) cancels and is not a factor.
    """

    x: float
    error: float  # a − y, as `model.costs.output_error` computes it
    sigma_prime: float | None
    dC_dw: float
    dC_db: float

    def factors(self) -> tuple[float, ...]:
        """x, a − y and (quadratic only) σ'(z), in the order of the formula."""
        if self.sigma_prime is None:
            return (self.x, self.error)
        return (self.x, self.error, self.sigma_prime)


def chain_factors(cost: CostName, z: float, x: float, y: float) -> ChainFactors:
    """The factors of ∂C/∂w at pre-activation `z`, input `x` and target `y` for `cost`.

    The products are the model's own gradients (`cost_delta`), not the product of the rounded
    factors, so they equal the trajectory's dC_dw and dC_db to the bit. The error a − y is the
    model's too (`output_error`): precise where a rounds to (nearly) 1 = y, so the factors still
    multiply to the gradient there (the plain difference of the rounded a would be 0).
    """
    delta = float(cost_delta(cost, z, y))
    slope = float(sigmoid_prime(z)) if cost is CostName.QUADRATIC else None
    error = float(output_error(z, y))
    return ChainFactors(x=x, error=error, sigma_prime=slope, dC_dw=x * delta, dC_db=delta)


def tangent_segment(z: float, half_width: float = 1.5) -> tuple[FloatArray, FloatArray]:
    """Two points of the tangent to σ at `z` (slope σ'(z)), `half_width` either side in z."""
    zs = np.array([z - half_width, z + half_width], dtype=np.float64)
    a = float(sigmoid(z))
    return zs, a + float(sigmoid_prime(z)) * (zs - z)


def flat_limit(threshold: float = FLAT_SIGMA_PRIME) -> float:
    """The |z| beyond which σ'(z) < `threshold` (σ is "flat" there), for 0 < threshold < 0.25.

    σ'(z) = s(1 − s) with s = σ(|z|); s(1 − s) = t gives s = (1 + √(1 − 4t)) / 2.
    """
    s = (1.0 + np.sqrt(1.0 - 4.0 * threshold)) / 2.0
    return float(np.log(s / (1.0 - s)))


def is_flat(z: float, threshold: float = FLAT_SIGMA_PRIME) -> bool:
    """Whether σ is "flat" at `z`: σ'(z) < `threshold` (the quadratic cost's plateau)."""
    return bool(sigmoid_prime(z) < threshold)


def log_magnitude(values: ArrayLike) -> FloatArray:
    """log10(max(|g|, `LOG_FLOOR`)) of gradients `g`, elementwise: what a log axis draws.

    Finite for every finite input (0 gives −300); vectorised, so a chunk of a trajectory's
    ∂C/∂w is converted in one call.
    """
    magnitude = np.maximum(np.abs(np.asarray(values, dtype=np.float64)), LOG_FLOOR)
    logs: FloatArray = np.log10(magnitude)
    return logs


def sigmoid_curve(low: float, high: float, points: int = 400) -> tuple[FloatArray, FloatArray]:
    """σ(z) sampled over low … high, for drawing."""
    zs = np.linspace(low, high, points)
    return zs, sigmoid(zs)


def cost_terms(cost: CostName, z: float, y: float) -> dict[str, float]:
    """The numbers the formulas show at one state: z, a, 1 − a, y, 1 − y, σ'(z), C, ∂C/∂z (δ).

    1 − a is σ(−z), exact where a rounds to 1 (cross-entropy's ln(1 − a) stays finite).
    """
    return {
        "z": z,
        "a": float(sigmoid(z)),
        "one_minus_a": float(one_minus_sigmoid(z)),
        "y": y,
        "one_minus_y": 1.0 - y,
        "sigma_prime": float(sigmoid_prime(z)),
        "cost": float(cost_value(cost, z, y)),
        "delta": float(cost_delta(cost, z, y)),
    }
