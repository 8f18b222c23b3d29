"""Numerically stable sigmoid, its derivative and softplus, vectorised over numpy arrays.

Why a module of its own: every other part of the model (costs, update rules, the fast scalar
kernel) must agree on exactly one way to evaluate σ, and that way must never overflow `exp` nor
take `log(0)`, for any finite z (|z| can reach 1e6 and beyond when a run diverges).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

FloatArray = NDArray[np.float64]


def _exp_neg_abs(z: FloatArray) -> FloatArray:
    """exp(-|z|): in (0, 1], the only exponential we ever take, so it cannot overflow."""
    return np.exp(-np.abs(z))


def sigmoid(z: ArrayLike) -> FloatArray:
    """σ(z) = 1 / (1 + e^-z), evaluated without overflow for every finite z."""
    z = np.asarray(z, dtype=np.float64)
    e = _exp_neg_abs(z)
    return np.where(z >= 0.0, 1.0 / (1.0 + e), e / (1.0 + e))


def one_minus_sigmoid(z: ArrayLike) -> FloatArray:
    """1 − σ(z) = σ(−z), computed directly so it keeps full precision when σ(z) ≈ 1."""
    return sigmoid(-np.asarray(z, dtype=np.float64))


def sigmoid_prime(z: ArrayLike) -> FloatArray:
    """σ'(z) = σ(z)(1 − σ(z)) = e^-|z| / (1 + e^-|z|)²: tiny, never negative, never NaN."""
    e = _exp_neg_abs(np.asarray(z, dtype=np.float64))
    slope: FloatArray = e / (1.0 + e) ** 2
    return slope


def softplus(z: ArrayLike) -> FloatArray:
    """softplus(z) = ln(1 + e^z) = −ln(1 − σ(z)), finite for every finite z (no log(0))."""
    z = np.asarray(z, dtype=np.float64)
    value: FloatArray = np.maximum(z, 0.0) + np.log1p(_exp_neg_abs(z))
    return value
