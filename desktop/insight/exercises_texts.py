"""The exercises view's words, all translatable (context "ExercisesView")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.style.number_format import MINUS, format_number

translate = QCoreApplication.translate

CONTEXT = "ExercisesView"


def page_names() -> tuple[str, str]:
    """Tab names of the two exercises, when they do not fit side by side."""
    return (translate("ExercisesView", "Exercise 1"), translate("ExercisesView", "Exercise 2"))


def forms_title() -> str:
    return translate("ExercisesView", "Exercise 1: which is the cross-entropy?")


def right_form() -> str:
    return translate("ExercisesView", "−[y ln a + (1 − y) ln(1 − a)]")


def swapped_form() -> str:
    return translate("ExercisesView", "−[a ln y + (1 − a) ln(1 − y)]")


def undefined_text(y: float) -> str:
    """The label of the swapped form's gap at y = 0 and y = 1."""
    return translate("ExercisesView", "undefined at y = {y}: ln 0").format(y=f"{y:g}")


def cost_axis() -> str:
    return translate("ExercisesView", "C")


def output_axis() -> str:
    return translate("ExercisesView", "output a")


def target_label() -> str:
    return translate("ExercisesView", "target y =")


def target_tip() -> str:
    return translate(
        "ExercisesView", "The target y, from 0 to 1 (the chapter's example uses y = 0)"
    )


def derivative_title() -> str:
    return translate("ExercisesView", "Exercise 2: is σ′(z) = σ(z)(1 − σ(z))?")


def derivative_name() -> str:
    return translate("ExercisesView", "σ′(z)")


def product_name() -> str:
    return translate("ExercisesView", "σ(z)(1 − σ(z))")


def difference_text(low: float, high: float, difference: float) -> str:
    """The largest |σ′(z) − σ(z)(1 − σ(z))| over the plotted range, with its range."""
    return translate(
        "ExercisesView", "Largest difference for {low} ≤ z ≤ {high}: {difference}"
    ).format(
        low=f"{low:g}".replace("-", MINUS),
        high=f"{high:g}".replace("-", MINUS),
        difference=format_number(difference),
    )
