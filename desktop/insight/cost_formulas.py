"""The active cost's formulas as rich text (Qt's HTML subset), typeset with real fractions,
subscripts and σ′, each with the same formula with the current numbers substituted:

quadratic C = (y − a)²/2 (eq. 54), ∂C/∂w = (a − y)σ′(z)x (55), ∂C/∂b = (a − y)σ′(z) (56);
cross-entropy C = −[y ln a + (1 − y) ln(1 − a)] (57), ∂C/∂w = x(a − y) (61), ∂C/∂b = a − y (62).

Two layouts (`Typeset.wide`): "∂C/∂w = (a − y) σ′(z) x = 0.2028 · 0.1617 · 1.000 = 0.03280 (55)"
on one row where the width allows, else the numbers on a second row under the formula, the
stacked ∂C/∂w beside both (and eq. 54's fraction written inline, so no formula takes three).

The numbers are the model's (`model.why_slow.cost_terms`, `chain_factors`), written by
`format_number`; nothing is computed here. Fractions are two-row tables (Qt has no inline math).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace

from desktop.style.number_format import format_number
from model import CostName
from model.why_slow import ChainFactors

NBSP = "\N{NO-BREAK SPACE}"
WIDEST = 0.0012345
"""A number the app writes as wide as any between 10⁻³ and 10⁴ ("0.001234", as "1.73e−05")."""
GAP = 6
"""Room under each formula (px at scale 1): formulas apart, a formula's own rows close."""


@dataclass(frozen=True, slots=True)
class FormulaState:
    """What one run's formulas show: its cost, x, the terms at its state and the factors."""

    cost: CostName
    x: float
    terms: Mapping[str, float]  # model.why_slow.cost_terms
    factors: ChainFactors


@dataclass(frozen=True, slots=True)
class Typeset:
    """How to set the formulas: `colour` of the fraction rules (the text's), the numbers on
    each formula's row (`wide`) or under it, and spacing for a presentation `scale`."""

    colour: str
    wide: bool = False
    scale: float = 1.0

    def px(self, length: float) -> int:
        """`length` px at scale 1, at this scale."""
        return max(0, round(length * self.scale))


def widest(state: FormulaState) -> FormulaState:
    """`state` with every number that changes as the run learns (all but x, y and 1 − y) as
    wide as the app writes numbers, signs kept: the formulas need room for it all run long."""

    def wide(value: float) -> float:
        return math.copysign(WIDEST, value)

    fixed = ("y", "one_minus_y")
    terms = {key: value if key in fixed else wide(value) for key, value in state.terms.items()}
    f = state.factors
    factors = replace(
        f,
        error=wide(f.error),
        sigma_prime=None if f.sigma_prime is None else wide(f.sigma_prime),
        dC_dw=wide(f.dC_dw),
        dC_db=wide(f.dC_db),
    )
    return FormulaState(state.cost, state.x, terms, factors)


def var(name: str) -> str:
    """A variable in italics ("a", "y", "x", "z", "C", "w", "b")."""
    return f"<i>{name}</i>"


def num(value: float) -> str:
    """A number as the app writes it (4 significant digits, true minus), never broken."""
    return format_number(value).replace(" ", NBSP)


def nowrap(html: str) -> str:
    """Rich text never broken across lines (Qt breaks before "(" even after a no-break space)."""
    return f"<span style='white-space: nowrap'>{html}</span>"


def glued(*parts: str) -> str:
    """Parts joined by no-break spaces, never broken: "(a − y)" stays on one line."""
    return nowrap(NBSP.join(parts))


def product(factors: str, value: float) -> str:
    """ "factors = value", broken (if it must be) only before its "=": a line of numbers."""
    return f"{nowrap(factors)} {nowrap(f'={NBSP}{num(value)}')}"


def fraction(numerator: str, denominator: str, style: Typeset) -> str:
    """A stacked fraction: a two-row table whose upper cell has a rule under it."""
    rule, side = style.px(1) or 1, style.px(2)
    return (
        "<table cellspacing='0' cellpadding='0'>"
        f"<tr><td align='center' style='border-bottom: {rule}px solid {style.colour}; "
        f"padding: 0 {side}px'>{numerator}</td></tr>"
        f"<tr><td align='center' style='padding: 0 {side}px'>{denominator}</td></tr></table>"
    )


def partial(of: str, by: str, style: Typeset) -> str:
    """∂of/∂by as a stacked fraction."""
    return fraction(f"∂{var(of)}", f"∂{var(by)}", style)


def sigma_prime() -> str:
    return nowrap(f"σ′({var('z')})")


def cell(
    html: str,
    style: Typeset,
    bottom: float = 0,
    attributes: str = "",
    sides: tuple[float, float] = (2, 2),
) -> str:
    """A table cell, `bottom` px (at scale 1) of room under it and `sides` px left and right:
    centred on a row as tall as a stacked fraction (`style.wide`), else by its first line
    (that of a formula broken in two), unless `attributes` say otherwise."""
    top, left, right = style.px(1), style.px(sides[0]), style.px(sides[1])
    padding = f"{top}px {right}px {style.px(1 + bottom)}px {left}px"
    if "valign" not in attributes:
        attributes += " valign='middle'" if style.wide else " valign='top'"
    return f"<td{attributes} style='padding: {padding}'>{html}</td>"


def number_cell(equation: int, style: Typeset, bottom: float) -> str:
    """The equation's number, "(55)", at the right."""
    return cell(f"({equation})", style, bottom, " align='right'", (10, 0))


def _rows(left: str, symbolic: str, equation: int, substituted: str, style: Typeset) -> str:
    """One formula: "left = symbolic = substituted (equation)" in one row when `style.wide`,
    else "= symbolic (equation)" over "= substituted", `left` beside both (a stacked fraction
    is as tall as the two rows; a letter stays on the first)."""
    if style.wide:
        return (
            f"<tr>{cell(left, style, GAP)}{cell('=', style, GAP)}{cell(symbolic, style, GAP)}"
            f"{cell('=', style, GAP)}{cell(substituted, style, GAP)}"
            f"{number_cell(equation, style, GAP)}</tr>"
        )
    tall = "<table" in left  # a stacked fraction
    first = cell(left, style, GAP, " rowspan='2' valign='middle'") if tall else cell(left, style)
    under = cell(substituted, style, GAP, " colspan='2'")  # under the number too
    return (
        f"<tr>{first}{cell('=', style)}{cell(symbolic, style)}"
        f"{number_cell(equation, style, 0)}</tr>"
        f"<tr>{'' if tall else cell('', style, GAP)}{cell('=', style, GAP)}{under}</tr>"
    )


def quadratic_rows(state: FormulaState, style: Typeset) -> str:
    """Eq. 54–56 with their numbers."""
    t, f = state.terms, state.factors
    slope = num(t["sigma_prime"])
    error = glued(var("a"), "−", var("y"))
    squared = f"({glued(var('y'), '−', var('a'))})<sup>2</sup>"
    cost = fraction(squared, "2", style) if style.wide else nowrap(f"{squared}/2")
    return "".join(
        (
            _rows(
                var("C"),
                cost,
                54,
                product(f"({glued(num(t['y']), '−', num(t['a']))})<sup>2</sup>/2", t["cost"]),
                style,
            ),
            _rows(
                partial("C", "w", style),
                nowrap(f"({error}){NBSP}{sigma_prime()}{NBSP}{var('x')}"),
                55,
                product(f"{num(f.error)} · {slope} · {num(state.x)}", f.dC_dw),
                style,
            ),
            _rows(
                partial("C", "b", style),
                nowrap(f"({error}){NBSP}{sigma_prime()}"),
                56,
                product(f"{num(f.error)} · {slope}", f.dC_db),
                style,
            ),
        )
    )


def cross_entropy_rows(state: FormulaState, style: Typeset) -> str:
    """Eq. 57, 61 and 62 with their numbers (ln(1 − a) from the model's exact 1 − a)."""
    t, f = state.terms, state.factors
    a, y = var("a"), var("y")
    # Each may break only after its "+" (and the numbers before their "=").
    symbolic_cost = (
        nowrap(f"−[{y}{NBSP}ln{NBSP}{a}{NBSP}+")
        + " "
        + nowrap(f"(1{NBSP}−{NBSP}{y}){NBSP}ln(1{NBSP}−{NBSP}{a})]")
    )
    substituted_cost = (
        nowrap(f"−[{num(t['y'])}{NBSP}·{NBSP}ln{NBSP}{num(t['a'])}{NBSP}+")
        + " "
        + product(f"{num(t['one_minus_y'])} · ln{NBSP}{num(t['one_minus_a'])}]", t["cost"])
    )
    return "".join(
        (
            _rows(var("C"), symbolic_cost, 57, substituted_cost, style),
            _rows(
                partial("C", "w", style),
                f"{var('x')}({glued(a, '−', y)})",
                61,
                product(f"{num(state.x)} · {num(f.error)}", f.dC_dw),
                style,
            ),
            _rows(partial("C", "b", style), glued(a, "−", y), 62, num(f.dC_db), style),
        )
    )


def formulas_html(
    state: FormulaState,
    heading: str,
    heading_colour: str,
    colour: str,
    wide: bool = False,
    scale: float = 1.0,
) -> str:
    """One run's block: `heading` (its cost's name) in `heading_colour`, the state's z and a
    (x and y are in the substitutions), then its cost's three formulas, each with the numbers
    substituted: on its row when `wide`, else under it. `colour` draws the fraction rules
    (the text colour); `scale` is the presentation scale (of the spacing)."""
    style = Typeset(colour, wide, scale)
    t = state.terms
    rows = (quadratic_rows if state.cost is CostName.QUADRATIC else cross_entropy_rows)(
        state, style
    )
    values = ",&nbsp; ".join(
        (
            glued(var("z"), "=", num(t["z"])),
            glued(var("a"), "=", f"σ({var('z')})", "=", num(t["a"])),
        )
    )
    return (
        f"<p style='margin: 0'><b style='color: {heading_colour}'>{heading}</b></p>"
        f"<p style='margin: 0 0 {style.px(2)}px 0'>{values}</p>"
        f"<table cellspacing='0' cellpadding='0'>{rows}</table>"
    )
