"""The learning-speed map's words, all translatable (context "SpeedMapView"): titles, the colour
bar's label, what hovering a cell says, each cost's summary and the view's prompts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.style.number_format import MINUS, format_epoch
from desktop.views.run_descriptions import cost_label, rule_label, short_cost_label
from model import CostName, RuleName

translate = QCoreApplication.translate

CONTEXT = "SpeedMapView"


def short_number(value: float) -> str:
    """A setting or grid value as typed, up to 4 significant digits: "1", "0.15", "−3.96"."""
    text = f"{value:.4g}"
    return "0" if text == "-0" else text.replace("-", MINUS)


def map_title(cost: CostName, short: bool = False) -> str:
    """ "Quadratic cost", or "Quadratic" when `short` (compact view)."""
    if not short:
        return cost_label(cost)
    return (
        translate("SpeedMapView", "Quadratic")
        if cost is CostName.QUADRATIC
        else translate("SpeedMapView", "Cross-entropy")
    )


def bar_label(threshold: float) -> str:
    """The colour bar's axis title, e.g. "epochs to |a − y| < 0.1"."""
    return translate("SpeedMapView", "epochs to |a − y| < {threshold}").format(
        threshold=short_number(threshold)
    )


def not_reached_label() -> str:
    return translate("SpeedMapView", "not reached")


def epochs_text(epochs: int) -> str:
    """One cell's number: "412 epochs", "1 epoch", or "not reached"."""
    if epochs < 0:
        return not_reached_label()
    if epochs == 1:
        return translate("SpeedMapView", "1 epoch")
    return translate("SpeedMapView", "{epochs} epochs").format(epochs=format_epoch(epochs))


def start_text(w0: float, b0: float) -> str:
    return translate("SpeedMapView", "w₀ = {w}, b₀ = {b}").format(
        w=short_number(w0), b=short_number(b0)
    )


def hover_text(w0: float, b0: float, cells: list[tuple[CostName, int]]) -> str:
    """What the pointer is over: "w₀ = 2, b₀ = −1.6: quadratic 412 epochs · cross-entropy
    37 epochs"."""
    numbers = " · ".join(
        translate("SpeedMapView", "{cost} {epochs}").format(
            cost=short_cost_label(cost), epochs=epochs_text(epochs)
        )
        for cost, epochs in cells
    )
    return translate("SpeedMapView", "{start}: {numbers}").format(
        start=start_text(w0, b0), numbers=numbers
    )


def hover_hint() -> str:
    """The hover line while the pointer is off the maps."""
    return translate(
        "SpeedMapView",
        "Point at a start to read both numbers; click it to load it into the main view.",
    )


def share_text(reached: int, cells: int) -> str:
    """How many starts reach the threshold: "all", "94%", "99.9%" (never "100%" unless all,
    nor "0%" unless none)."""
    if reached == cells:
        return translate("SpeedMapView", "all")
    share = 100.0 * reached / cells
    percent = f"{share:.0f}" if 1 <= share <= 99 else f"{min(max(share, 0.1), 99.9):.1f}"
    return translate("SpeedMapView", "{percent}%").format(percent=percent)


def summary_text(reached: int, cells: int, median: float | None) -> str:
    """A cost's summary under its map: "94% reached · median 231 epochs" (of the starts that
    reach the threshold), "all reached · …", "none reached"."""
    if reached == 0 or median is None:
        return translate("SpeedMapView", "none reached")
    text = translate("SpeedMapView", "{share} reached").format(share=share_text(reached, cells))
    return translate("SpeedMapView", "{reached} · median {epochs}").format(
        reached=text, epochs=epochs_text(round(median))
    )


def summaries_line(summaries: list[tuple[CostName, int, int, float | None]]) -> str:
    """Both summaries on one line (the compact view's): "median epochs: quadratic 231 (94%
    reached) · cross-entropy 34 (all reached)"; each is (cost, reached, cells, median)."""
    parts = []
    for cost, reached, cells, median in summaries:
        if median is None:
            parts.append(
                translate("SpeedMapView", "{cost} none reached").format(cost=short_cost_label(cost))
            )
            continue
        parts.append(
            translate("SpeedMapView", "{cost} {epochs} ({share} reached)").format(
                cost=short_cost_label(cost),
                epochs=format_epoch(median),
                share=share_text(reached, cells),
            )
        )
    return translate("SpeedMapView", "median epochs: {costs}").format(costs=" · ".join(parts))


def parameters_text(x: float, y: float, eta: float, rule: RuleName) -> str:
    """The settings a map is computed with, e.g. "x = 1, y = 0, η = 0.15, true gradient"."""
    return translate("SpeedMapView", "x = {x}, y = {y}, η = {eta}, {rule}").format(
        x=short_number(x), y=short_number(y), eta=short_number(eta), rule=rule_label(rule)
    )


def from_current_text(x: float, y: float, eta: float, rule: RuleName) -> str:
    return translate("SpeedMapView", "From the current parameters: {settings}").format(
        settings=parameters_text(x, y, eta, rule)
    )


def map_caption(x: float, y: float, eta: float, rule: RuleName, threshold: float, top: int) -> str:
    """A map's own settings (the figure's subtitle), e.g. "x = 1, y = 0, η = 0.15, true
    gradient; |a − y| < 0.1 within 1,000 epochs"."""
    return translate(
        "SpeedMapView", "{settings}; |a − y| < {threshold} within {epochs} epochs"
    ).format(
        settings=parameters_text(x, y, eta, rule),
        threshold=short_number(threshold),
        epochs=format_epoch(top),
    )


def figure_title() -> str:
    return translate("SpeedMapView", "Learning speed from each start (w₀, b₀)")


def placeholder_text() -> str:
    return translate(
        "SpeedMapView",
        "Press Compute to map, for every start (w₀, b₀), how many epochs each cost needs "
        "to bring the output within T of the target.",
    )


def computing_text() -> str:
    return translate("SpeedMapView", "Computing the map …")


def cancelled_text() -> str:
    return translate("SpeedMapView", "Cancelled: the map was not computed.")


def axis_labels() -> tuple[str, str]:
    """The maps' axis titles: w₀ along the bottom, b₀ up the side."""
    return translate("SpeedMapView", "w₀"), translate("SpeedMapView", "b₀")
