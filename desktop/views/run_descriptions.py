"""Human words for a run: plot titles and status lines, all translatable.

Kept apart from the widgets so the window, the exported figures and (later) the lecture views
describe a run in the same words, including which update rule produced it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.style.number_format import format_epoch, format_number
from desktop.views.threshold_text import run_labels
from model import CostName, RuleName, RunOutcome, RunParameters
from model.insights import Hint, HintKind

translate = QCoreApplication.translate


def cost_label(cost: CostName) -> str:
    return (
        translate("RunDescriptions", "Quadratic cost")
        if cost is CostName.QUADRATIC
        else translate("RunDescriptions", "Cross-entropy cost")
    )


def rule_label(rule: RuleName) -> str:
    if rule is RuleName.GRADIENT:
        return translate("RunDescriptions", "true gradient")
    return translate("RunDescriptions", "book widget rule (steps by dC/da)")


def run_title(p: RunParameters) -> str:
    """One line naming cost, rule, start values and η, e.g. for a plot title."""
    return translate(
        "RunDescriptions", "{cost}, {rule}: w₀ = {w:g}, b₀ = {b:g}, η = {eta:g}"
    ).format(cost=cost_label(p.cost), rule=rule_label(p.rule), w=p.w, b=p.b, eta=p.eta)


def short_cost_label(cost: CostName) -> str:
    return (
        translate("RunDescriptions", "quadratic")
        if cost is CostName.QUADRATIC
        else translate("RunDescriptions", "cross-entropy")
    )


def compare_labels(first: RunParameters, second: RunParameters) -> tuple[str, str]:
    """Compare mode's short names of the two runs, numbered and naming what differs, e.g.
    "1: quadratic" / "2: cross-entropy" or "1: book rule" / "2: true gradient" (legends,
    diagram captions)."""
    one, two = run_labels(first, second, _tr_threshold)
    return translate("RunDescriptions", "1: {run}").format(run=one), translate(
        "RunDescriptions", "2: {run}"
    ).format(run=two)


def _tr_threshold(text: str) -> str:
    return QCoreApplication.translate("ThresholdText", text)


def compare_title(first: RunParameters, second: RunParameters) -> str:
    """Compare mode's plot title: what the two runs share (the legend says what differs),
    e.g. "Same start: w₀ = 2, b₀ = 2, η = 0.15" or "Cross-entropy cost: w₀ = 2, b₀ = 2,
    η = 0.005"."""
    what = (
        cost_label(first.cost)
        if first.cost is second.cost
        else translate("RunDescriptions", "Same start")
    )
    if first.eta == second.eta:
        return translate("RunDescriptions", "{what}: w₀ = {w:g}, b₀ = {b:g}, η = {eta:g}").format(
            what=what, w=first.w, b=first.b, eta=first.eta
        )
    return translate("RunDescriptions", "{what}: w₀ = {w:g}, b₀ = {b:g}").format(
        what=what, w=first.w, b=first.b
    )


def ended_messages(ends: list[tuple[RunOutcome, int, float, int | None]]) -> str:
    """Status line for a session's runs that ended (each: `ended_message`'s arguments); two
    runs are numbered."""
    if len(ends) == 1:
        return ended_message(*ends[0])
    return "   ".join(f"{i + 1}: {ended_message(*end)}" for i, end in enumerate(ends))


def ended_message(
    outcome: RunOutcome, epochs_done: int, final_a: float, diverged_at: int | None
) -> str:
    """Status line for a run that ended: finished, stopped by the user, or diverged."""
    if outcome is RunOutcome.DIVERGED:
        return translate(
            "RunDescriptions",
            "Diverged at epoch {epoch}: w or b left the finite range; showing the last finite state.",
        ).format(epoch=format_epoch(diverged_at or 0))
    if outcome is RunOutcome.STOPPED:
        return translate(
            "RunDescriptions",
            "Stopped at epoch {epoch}: a = {a}. Run starts again from the values set.",
        ).format(epoch=format_epoch(epochs_done), a=format_number(final_a))
    return translate("RunDescriptions", "Finished {epoch} epochs: a = {a}.").format(
        epoch=format_epoch(epochs_done), a=format_number(final_a)
    )


def hint_message(hint: Hint) -> str:
    """A sentence for a model `Hint`, in the chapter's words, quoting the hint's own number."""
    value = format_number(hint.value)
    if hint.kind is HintKind.SATURATED_SLOW:
        return translate(
            "RunDescriptions",
            "Learning is slow: σ′(z) = {value}. The neuron is saturated, so ∂C/∂w = (a − y)·σ′(z)·x "
            "is tiny however wrong a is.",
        ).format(value=value)
    if hint.kind is HintKind.LARGE_ERROR_FAST:
        return translate(
            "RunDescriptions",
            "Large error, fast learning: with cross-entropy ∂C/∂w = x·(a − y) = {value}; σ′(z) cancels.",
        ).format(value=value)
    return translate("RunDescriptions", "Nearly learned: the cost is down to {value}.").format(
        value=value
    )
