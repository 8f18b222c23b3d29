"""Reading and writing the numbers typed into the parameter fields (Qt-free, so it tests fast).

A lecturer types what their keyboard and habits give them: "2,5" or "2.5", "−2" or "-2",
"10000" or "10,000". Reading accepts each of these for what it plainly means, and answers
`None` for text it cannot read, so the field can say so instead of guessing ("2,5" is never
25). Writing is short and fixed: "0.6", not "0.6000"; epochs with thousands separators.
"""

from __future__ import annotations

import math
import re

MINUS = "\N{MINUS SIGN}"
MAX_TEXT_LENGTH = 24
"""Longer text is refused keystroke by keystroke: no number in the panel needs more."""

_SPACES = " \N{NO-BREAK SPACE}\N{THIN SPACE}\N{NARROW NO-BREAK SPACE}"
_DECIMAL = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")
_GROUPED_WHOLE = re.compile(r"\d{1,3}([,'_ ]\d{3})+")
_SCIENTIFIC_WHOLE = re.compile(r"\d+(\.\d+)?[eE]\+?\d+")
_DECIMAL_CHARACTERS = frozenset("0123456789+-.,eE" + _SPACES)
_WHOLE_CHARACTERS = frozenset("0123456789+.,'_eE" + _SPACES)


def _normalised(text: str) -> str:
    """`text` without surrounding spaces, with true minus signs as hyphen-minus."""
    return text.strip(_SPACES).replace(MINUS, "-")


def read_decimal(text: str) -> float | None:
    """The number `text` means ("2,5" and "2.5" are 2.5, "−1e-3" is −0.001), or None."""
    plain = _normalised(text)
    if not _DECIMAL.fullmatch(plain):
        return None
    value = float(plain.replace(",", "."))
    return value if math.isfinite(value) else None


def read_whole(text: str) -> int | None:
    """The whole number `text` means ("10000", "10,000", "10 000", "1e4"), or None.

    Separators must group digits by three, so "2,5" is not read as 25; "2.5" is not whole.
    """
    plain = _normalised(text).removeprefix("+")
    for space in _SPACES:
        plain = plain.replace(space, " ")
    if plain.isdigit() and plain.isascii():
        return int(plain)
    if _GROUPED_WHOLE.fullmatch(plain) and len(set(re.sub(r"\d", "", plain))) == 1:
        return int(re.sub(r"\D", "", plain))
    if _SCIENTIFIC_WHOLE.fullmatch(plain):
        value = float(plain)
        if math.isfinite(value) and value.is_integer():
            return int(value)
    return None


def could_be_decimal(text: str) -> bool:
    """Whether `text` is made of what a decimal number is written with (typing may go on)."""
    return len(text) <= MAX_TEXT_LENGTH and set(text.replace(MINUS, "-")) <= _DECIMAL_CHARACTERS


def could_be_whole(text: str) -> bool:
    """Whether `text` is made of what a whole number is written with (typing may go on)."""
    return len(text) <= MAX_TEXT_LENGTH and set(text) <= _WHOLE_CHARACTERS


def decimal_text(value: float, decimals: int) -> str:
    """`value` to at most `decimals` places, without trailing zeros: "0.6", "2", "-0.005"."""
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def whole_text(value: int) -> str:
    """A whole number with thousands separators: "10,000,000"."""
    return f"{value:,}"


def bound_text(value: float) -> str:
    """A range bound as said in a message: "−1000", "0.0001", "10,000,000" (true minus)."""
    whole = float(value).is_integer() and abs(value) >= 10_000
    text = f"{int(value):,}" if whole else f"{value:g}"
    return text.replace("-", MINUS)
