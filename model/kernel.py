"""The hot loop: many gradient-descent epochs of one neuron in plain Python floats.

The recurrence is inherently sequential (each step needs the previous w and b), so numpy cannot
vectorise it; the fastest portable form is a tight loop over Python floats with locals only.
It mirrors `model.sigmoid`, `model.costs.output_error` (a − y) and `model.update_rules` formula
for formula; the vectorised versions stay the single reference (tests compare the two). Derived
quantities (z, a, cost, gradients) are not computed here: the trajectory derives them,
vectorised, when asked.
"""

from __future__ import annotations

from array import array
from math import exp
from typing import TYPE_CHECKING

import numpy as np

from model.costs import SIGMA_PRIME_FLOOR
from model.sigmoid import FloatArray
from model.update_rules import StepKind

if TYPE_CHECKING:
    Doubles = array[float]  # array("d"): the doubles the loops write into


def run_epochs(
    w: float, b: float, x: float, y: float, eta: float, kind: StepKind, count: int
) -> tuple[FloatArray, FloatArray]:
    """Run `count` epochs from (w, b); return w and b after each update (each of length `count`).

    Values may leave the meaningful range (a diverging run): callers check them afterwards.
    One loop per update formula: choosing the formula inside the loop cost ~15 % of an epoch.
    The values go straight into `array`s of doubles, which numpy then views without a copy
    (a list of Python floats took ~55 ns a value to convert, and as long again to free).
    """
    ws: Doubles = array("d", bytes(8 * count))
    bs: Doubles = array("d", bytes(8 * count))
    loop = _LOOPS[kind]
    loop(w, b, x, y, eta, count, ws, bs)
    return np.frombuffer(ws, dtype=np.float64), np.frombuffer(bs, dtype=np.float64)


# Each loop: z = w·x + b; a = σ(z) and σ'(z) in the stable form of `model.sigmoid` (the exp of
# −|z|); the error a − y as `model.costs.output_error` computes it ((1 − y) − σ(−z) where y > 0.5
# and z ≥ 0); the update of `model.update_rules`. The three differ only in δ.


def _sigma_prime_loop(
    w: float, b: float, x: float, y: float, eta: float, count: int, ws: Doubles, bs: Doubles
) -> None:
    """δ = (a − y)·σ'(z): the quadratic cost's true gradient (eq. 55/56)."""
    step_w, high, one_minus_y = eta * x, y > 0.5, 1.0 - y
    for i in range(count):
        z = w * x + b
        if z >= 0.0:
            e = exp(-z)
            a = 1.0 / (1.0 + e)
            error = one_minus_y - e / (1.0 + e) if high else a - y
            delta = error * (e * a * a)  # σ'(z) = a(1 − a), with 1 − a = e·a
        else:
            e = exp(z)
            a = e / (1.0 + e)
            delta = (a - y) * (a / (1.0 + e))
        w -= step_w * delta
        b -= eta * delta
        ws[i] = w
        bs[i] = b


def _error_loop(
    w: float, b: float, x: float, y: float, eta: float, count: int, ws: Doubles, bs: Doubles
) -> None:
    """δ = a − y: the cross-entropy cost's true gradient (eq. 61/62)."""
    step_w, high, one_minus_y = eta * x, y > 0.5, 1.0 - y
    for i in range(count):
        z = w * x + b
        if z >= 0.0:
            e = exp(-z)
            delta = one_minus_y - e / (1.0 + e) if high else 1.0 / (1.0 + e) - y
        else:
            e = exp(z)
            delta = e / (1.0 + e) - y
        w -= step_w * delta
        b -= eta * delta
        ws[i] = w
        bs[i] = b


def _dc_da_loop(
    w: float, b: float, x: float, y: float, eta: float, count: int, ws: Doubles, bs: Doubles
) -> None:
    """δ = (a − y)/σ'(z), σ' floored at SIGMA_PRIME_FLOOR: the book widget's step by dC/da."""
    step_w, high, one_minus_y, floor = eta * x, y > 0.5, 1.0 - y, SIGMA_PRIME_FLOOR
    for i in range(count):
        z = w * x + b
        if z >= 0.0:
            e = exp(-z)
            a = 1.0 / (1.0 + e)
            error = one_minus_y - e / (1.0 + e) if high else a - y
            slope = e * a * a
        else:
            e = exp(z)
            a = e / (1.0 + e)
            error = a - y
            slope = a / (1.0 + e)
        delta = error / (slope if slope > floor else floor)
        w -= step_w * delta
        b -= eta * delta
        ws[i] = w
        bs[i] = b


_LOOPS = {
    StepKind.SIGMA_PRIME: _sigma_prime_loop,
    StepKind.ERROR: _error_loop,
    StepKind.DC_DA: _dc_da_loop,
}
