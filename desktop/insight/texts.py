"""The why-slow panel's words, all translatable (context "WhySlowPanel"), and the names of its
runs (the app's own, `desktop.views.run_descriptions`, so compare mode reads alike everywhere).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desktop.views.run_descriptions import compare_labels, cost_label
from model import CostName, RunParameters

translate = QCoreApplication.translate

CONTEXT = "WhySlowPanel"


def run_names(runs: Sequence[RunParameters]) -> list[str]:
    """One short name per run: its cost ("Quadratic cost") alone; in compare mode the app's
    numbered names naming what differs ("1: quadratic" / "2: cross-entropy", "1: book rule" /
    "2: true gradient"), as in the main plots' legends."""
    if len(runs) == 2:
        return list(compare_labels(runs[0], runs[1]))
    return [cost_label(p.cost) for p in runs]


def formulas_heading(run_index: int, cost: CostName, compare: bool) -> str:
    """The heading of a run's formulas: its cost, numbered in compare mode ("1: Quadratic
    cost"), so the block names the cost whatever the runs' names say."""
    if not compare:
        return cost_label(cost)
    return translate("WhySlowPanel", "{number}: {cost}").format(
        number=run_index + 1, cost=cost_label(cost)
    )


def sigma_plot_title() -> str:
    return translate("WhySlowPanel", "σ(z) and its slope σ′(z)")


def flat_label(threshold: float) -> str:
    """The label of the shaded region, on two lines: "flat:" and "σ′ < 0.1"."""
    return translate("WhySlowPanel", "flat:\nσ′ < {threshold}").format(threshold=f"{threshold:g}")


def flat_short_label() -> str:
    return translate("WhySlowPanel", "flat")


def bars_title() -> str:
    return translate("WhySlowPanel", "Factors of ∂C/∂w")


def cancels_text() -> str:
    """What the σ′(z) row shows for cross-entropy, where σ′ is not a factor."""
    return translate("WhySlowPanel", "cancels")


def gradient_plot_title() -> str:
    return translate("WhySlowPanel", "|∂C/∂w| per epoch (log scale)")


def page_names() -> tuple[str, str, str, str]:
    """Tab names of the panel's four parts, when they do not all fit at once."""
    return (
        translate("WhySlowPanel", "σ(z)"),
        translate("WhySlowPanel", "Factors"),
        translate("WhySlowPanel", "|∂C/∂w|"),
        translate("WhySlowPanel", "Formulas"),
    )
