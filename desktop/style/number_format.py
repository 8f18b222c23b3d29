"""The one number formatter of the app: diagram, readouts, crosshair and status lines agree.

Four significant digits, fixed notation for 0.001 ≤ |value| < 10,000 and scientific outside it
("1.73e−05"), true minus signs (U+2212) rather than hyphens, "0" for zero, "—" for a value that
is not finite. Epochs are whole numbers with thousands separators ("1,234,567"). Qt-free.
"""

from __future__ import annotations

import math

MISSING = "—"
MINUS = "\N{MINUS SIGN}"


def format_number(value: float) -> str:
    """`value` with 4 significant digits, e.g. "0.2028", "12.35", "−1.73e−05"; see the module."""
    if not math.isfinite(value):
        return MISSING
    if value == 0:
        return "0"  # also -0.0
    rounded = float(f"{value:.3e}")  # 4 significant digits: 9999.6 is already 1.000e+04
    if 1e-3 <= abs(rounded) < 1e4:
        decimals = max(0, 3 - math.floor(math.log10(abs(rounded))))
        text = f"{value:.{decimals}f}"
    else:
        text = f"{value:.2e}"
    return text.replace("-", MINUS)


def format_epoch(value: float) -> str:
    """A whole epoch number with thousands separators ("10,000,000"); "—" if not finite."""
    if not math.isfinite(value):
        return MISSING
    return f"{round(value):,}".replace("-", MINUS)
