"""The hot loop: many gradient-descent epochs of one neuron in plain Python floats.

The recurrence is inherently sequential (each step needs the previous w and b), so numpy cannot
vectorise it; the fastest portable form is one tight loop over Python floats with locals only.
It mirrors `model.sigmoid`, `model.costs.output_error` (a − y) and `model.update_rules` formula
for formula; the vectorised versions stay the single reference (tests compare the two). Derived
quantities (z, a, cost, gradients) are not computed here: the trajectory derives them,
vectorised, when asked.
"""

from __future__ import annotations

from math import exp

from model.costs import SIGMA_PRIME_FLOOR
from model.update_rules import StepKind


def run_epochs(
    w: float, b: float, x: float, y: float, eta: float, kind: StepKind, count: int
) -> tuple[list[float], list[float]]:
    """Run `count` epochs from (w, b); return w and b after each update (each of length `count`).

    Values may leave the meaningful range (a diverging run): callers check them afterwards.
    """
    ws = [0.0] * count
    bs = [0.0] * count
    step_w = eta * x
    sigma_prime_step = kind is StepKind.SIGMA_PRIME
    error_step = kind is StepKind.ERROR
    floor = SIGMA_PRIME_FLOOR
    high_target = y > 0.5  # a − y as (1 − y) − σ(−z) where z ≥ 0, see `output_error`
    one_minus_y = 1.0 - y
    for i in range(count):
        z = w * x + b
        if z >= 0.0:
            e = exp(-z)
            a = 1.0 / (1.0 + e)
            slope = e * a * a  # σ'(z) = a(1 − a), with 1 − a = e·a
            error = one_minus_y - e / (1.0 + e) if high_target else a - y
        else:
            e = exp(z)
            a = e / (1.0 + e)
            slope = a / (1.0 + e)
            error = a - y
        if sigma_prime_step:
            delta = error * slope
        elif error_step:
            delta = error
        else:
            delta = error / (slope if slope > floor else floor)
        w -= step_w * delta
        b -= eta * delta
        ws[i] = w
        bs[i] = b
    return ws, bs
