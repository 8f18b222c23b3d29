"""The active cost's formulas as rich text (Qt's HTML subset), typeset with real fractions,
subscripts and σ′, each followed by the same formula with the current numbers substituted:

quadratic C = (y − a)²/2 (eq. 54), ∂C/∂w = (a − y)σ′(z)x (55), ∂C/∂b = (a − y)σ′(z) (56);
cross-entropy C = −[y ln a + (1 − y) ln(1 − a)] (57), ∂C/∂w = x(a − y) (61), ∂C/∂b = a − y (62).

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
TIMES = "\N{THIN SPACE}·\N{THIN SPACE}"
"""The product's dot, thinly spaced: a line of three factors and their product fits ~400 px."""
WIDEST = 0.0012345
"""A number the app writes as wide as any between 10⁻³ and 10⁴ ("0.001234", as "1.73e−05")."""


@dataclass(frozen=True, slots=True)
class FormulaState:
    """What one run's formulas show: its cost, x, the terms at its state and the factors."""

    cost: CostName
    x: float
    terms: Mapping[str, float]  # model.why_slow.cost_terms
    factors: ChainFactors


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


def fraction(numerator: str, denominator: str, colour: str) -> str:
    """A stacked fraction: a two-row table whose upper cell has a rule under it."""
    return (
        "<table cellspacing='0' cellpadding='0'>"
        f"<tr><td align='center' style='border-bottom: 1px solid {colour}; padding: 0 2px'>"
        f"{numerator}</td></tr>"
        f"<tr><td align='center' style='padding: 0 2px'>{denominator}</td></tr></table>"
    )


def partial(of: str, by: str, colour: str) -> str:
    """∂of/∂by as a stacked fraction."""
    return fraction(f"∂{var(of)}", f"∂{var(by)}", colour)


def sigma_prime() -> str:
    return nowrap(f"σ′({var('z')})")


def cell(html: str, bottom: int = 0, extra: str = "") -> str:
    """A table cell centred on its row(s), with `bottom` px of room under it."""
    return f"<td valign='middle'{extra} style='padding: 1px 3px {bottom}px 3px'>{html}</td>"


def number_cell(equation: int, bottom: int) -> str:
    """The equation's number, "(55)", at the right."""
    return (
        f"<td valign='middle' align='right' style='padding: 0 0 {bottom}px 8px'>({equation})</td>"
    )


GAP = 8
"""Room under each formula (px): formulas apart, a formula's own lines close together."""


def _rows(left: str, symbolic: str, equation: int, substituted: str, wide: bool) -> str:
    """One formula: "left = symbolic = substituted (equation)" in one row when `wide`, else
    "= symbolic (equation)" over "= substituted", `left` beside both (a stacked fraction is
    as tall as two lines; a plain letter stays on the first)."""
    if wide:
        return (
            f"<tr>{cell(left, GAP)}{cell('=', GAP)}{cell(symbolic, GAP)}{cell('=', GAP)}"
            f"{cell(substituted, GAP)}{number_cell(equation, GAP)}</tr>"
        )
    tall = "<table" in left  # a stacked fraction
    first = cell(left, GAP, " rowspan='2'") if tall else cell(left)
    under = cell(substituted, GAP, " colspan='2'")
    equals = cell("=", GAP).replace("'middle'", "'top'")  # by the first line of a long one
    return (
        f"<tr>{first}{cell('=')}{cell(symbolic)}{number_cell(equation, 0)}</tr>"
        f"<tr>{'' if tall else cell('', GAP)}{equals}{under}</tr>"
    )


def quadratic_rows(state: FormulaState, colour: str, wide: bool) -> str:
    """Eq. 54–56 with their numbers."""
    t, f = state.terms, state.factors
    slope = num(t["sigma_prime"])
    error = glued(var("a"), "−", var("y"))
    return "".join(
        (
            _rows(
                var("C"),
                fraction(f"({glued(var('y'), '−', var('a'))})<sup>2</sup>", "2", colour),
                54,
                product(f"({glued(num(t['y']), '−', num(t['a']))})<sup>2</sup>/2", t["cost"]),
                wide,
            ),
            _rows(
                partial("C", "w", colour),
                nowrap(f"({error}){NBSP}{sigma_prime()}{NBSP}{var('x')}"),
                55,
                product(f"{num(f.error)}{TIMES}{slope}{TIMES}{num(state.x)}", f.dC_dw),
                wide,
            ),
            _rows(
                partial("C", "b", colour),
                nowrap(f"({error}){NBSP}{sigma_prime()}"),
                56,
                product(f"{num(f.error)}{TIMES}{slope}", f.dC_db),
                wide,
            ),
        )
    )


def product(factors: str, value: float) -> str:
    """ "factors = value", broken (if it must be) only before its "=": a line of numbers."""
    return f"{nowrap(factors)} {nowrap(f'={NBSP}{num(value)}')}"


def cross_entropy_rows(state: FormulaState, colour: str, wide: bool) -> str:
    """Eq. 57, 61 and 62 with their numbers (ln(1 − a) from the model's exact 1 − a)."""
    t, f = state.terms, state.factors
    a, y = var("a"), var("y")
    # Each may break only after its "+" (and before its "=").
    symbolic_cost = (
        nowrap(f"−[{y}{NBSP}ln{NBSP}{a}{NBSP}+")
        + " "
        + nowrap(f"(1{NBSP}−{NBSP}{y}){NBSP}ln(1{NBSP}−{NBSP}{a})]")
    )
    substituted_cost = (
        nowrap(f"−[{num(t['y'])}{TIMES}ln{NBSP}{num(t['a'])}{NBSP}+")
        + " "
        + product(f"{num(t['one_minus_y'])}{TIMES}ln{NBSP}{num(t['one_minus_a'])}]", t["cost"])
    )
    return "".join(
        (
            _rows(var("C"), symbolic_cost, 57, substituted_cost, wide),
            _rows(
                partial("C", "w", colour),
                f"{var('x')}({glued(a, '−', y)})",
                61,
                product(f"{num(state.x)}{TIMES}{num(f.error)}", f.dC_dw),
                wide,
            ),
            _rows(partial("C", "b", colour), glued(a, "−", y), 62, num(f.dC_db), wide),
        )
    )


def formulas_html(
    state: FormulaState, heading: str, heading_colour: str, colour: str, wide: bool = False
) -> str:
    """One run's block: `heading` (its cost's name) in `heading_colour`, the state's z and a
    (x and y are in the substitutions), then its cost's three formulas, each with the numbers
    substituted: on the same row when `wide`, else under it. `colour` draws the fraction rules
    (the text colour)."""
    t = state.terms
    rows = (quadratic_rows if state.cost is CostName.QUADRATIC else cross_entropy_rows)(
        state, colour, wide
    )
    values = ",&nbsp; ".join(
        (
            glued(var("z"), "=", num(t["z"])),
            glued(var("a"), "=", f"σ({var('z')})", "=", num(t["a"])),
        )
    )
    return (
        f"<p style='margin: 0'><b style='color: {heading_colour}'>{heading}</b></p>"
        f"<p style='margin: 0 0 3px 0'>{values}</p>"
        f"<table cellspacing='0' cellpadding='0'>{rows}</table>"
    )
