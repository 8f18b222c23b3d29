"""The one number formatter: diagram, readouts and crosshair print the same text for a value."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.style.number_format import MINUS, format_epoch, format_number


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0.6, "0.6000"),
        (0.2028484242677768, "0.2028"),
        (12.3456, "12.35"),
        (-0.684292910952006, f"{MINUS}0.6843"),
        (0.001, "0.001000"),
        (9999.6, "1.00e+04"),
        (1.73e-5, f"1.73e{MINUS}05"),
        (0.0, "0"),
        (-0.0, "0"),
        (math.nan, "—"),
        (math.inf, "—"),
    ],
)
def test_four_significant_digits_and_a_true_minus(value: float, expected: str) -> None:
    assert format_number(value) == expected


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_short_total_and_never_a_hyphen(value: float) -> None:
    text = format_number(value)
    assert 0 < len(text) <= 10 and "-" not in text
    if math.isfinite(value) and abs(value) < 1e300 and text not in ("0", "—"):
        assert math.isclose(float(text.replace(MINUS, "-")), value, rel_tol=6e-3)


def test_epochs_have_thousands_separators() -> None:
    assert [format_epoch(v) for v in (0, 300, 10_000_000, math.nan)] == [
        "0",
        "300",
        "10,000,000",
        "—",
    ]


def test_the_views_use_it() -> None:
    """Diagram and readouts print a value identically (they used to differ in digits and sign)."""
    from desktop.views.neuron_diagram import NeuronDiagram
    from desktop.views.readouts_panel import format_readout

    diagram = NeuronDiagram()
    diagram.show_state(1.0, -0.684292910952006, 2.0, 0.2028484242677768)
    assert diagram.label_texts()["w"] == f"w = {format_readout('w', -0.684292910952006)}"
    assert diagram.label_texts()["a"].endswith(format_readout("a", 0.2028484242677768))
    diagram.deleteLater()
