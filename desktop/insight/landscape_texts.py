"""The cost landscape's words, all translatable (context "LandscapeView")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.run_descriptions import cost_label
from model import CostName

translate = QCoreApplication.translate

CONTEXT = "LandscapeView"


def setting(x: float, y: float) -> str:
    return translate("LandscapeView", "x = {x}, y = {y}").format(x=f"{x:g}", y=f"{y:g}")


def panel_title(cost: CostName, x: float, y: float, name: str | None = None) -> str:
    """A panel's title: alone, the cost and the setting ("Quadratic cost, x = 1, y = 0");
    in compare mode only the run's name ("1: quadratic"): half the width, and both runs share
    x and y (the hint above says them)."""
    if name is not None:
        return name
    return translate("LandscapeView", "{cost}, {setting}").format(
        cost=cost_label(cost), setting=setting(x, y)
    )


def colour_bar_label() -> str:
    """The colour bar's axis title: what the colours are, and how they scale."""
    return translate("LandscapeView", "C (linear)")


def hint(x: float | None = None, y: float | None = None) -> str:
    """How to zoom and fit; in compare mode first the runs' shared x and y."""
    text = translate("LandscapeView", "Scroll: zoom · drag: pan · double-click: fit")
    if x is None or y is None:
        return text
    return translate("LandscapeView", "Both runs: {setting} · {hint}").format(
        setting=setting(x, y), hint=text
    )


def hint_tip() -> str:
    return translate(
        "LandscapeView",
        "Colours: the cost C(w, b) on a linear scale from 0 to the quadratic cost's largest"
        " value, or for cross-entropy, which has none, to the window's largest. Lines: equal"
        " steps of C, close together where the landscape is steep, far apart (or none) where"
        " it is flat.",
    )


def fit_text() -> str:
    return translate("LandscapeView", "Fit")


def fit_tip() -> str:
    return translate(
        "LandscapeView", "Show each run's whole path again (or double-click a landscape)"
    )


def plateau_text(threshold: float) -> str:
    """The label on the quadratic cost's plateau: "plateau: σ′ < 0.1"."""
    return translate("LandscapeView", "plateau: σ′ < {threshold}").format(
        threshold=f"{threshold:g}"
    )


def plateau_short_text() -> str:
    return translate("LandscapeView", "plateau")
