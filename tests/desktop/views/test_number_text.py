"""Typed numbers mean what they plainly say, or nothing: never a silent other number."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.views.number_text import (
    bound_text,
    could_be_decimal,
    could_be_whole,
    decimal_text,
    read_decimal,
    read_whole,
    whole_text,
)

MINUS = "\N{MINUS SIGN}"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2,5", 2.5),
        ("2.5", 2.5),
        (" 2.5 ", 2.5),
        ("-2", -2.0),
        (f"{MINUS}2,25", -2.25),
        ("+0.6", 0.6),
        (",5", 0.5),
        ("5.", 5.0),
        ("1e-3", 0.001),
        ("5000", 5000.0),  # out of range is the field's business, not the reader's
    ],
)
def test_decimals_read_as_written(text, value) -> None:
    assert read_decimal(text) == value


@pytest.mark.parametrize("text", ["", "-", ",", "2,5,1", "1.000,5", "1e", "inf", "nan", "2 5"])
def test_unreadable_decimals_are_none(text) -> None:
    assert read_decimal(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10000000", 10_000_000),
        ("10,000,000", 10_000_000),
        ("10 000", 10_000),
        ("10\N{NO-BREAK SPACE}000", 10_000),
        ("1e4", 10_000),
        ("+300", 300),
    ],
)
def test_whole_numbers_read_with_or_without_separators(text, value) -> None:
    assert read_whole(text) == value


@pytest.mark.parametrize("text", ["", "2,5", "2.5", "1,00", "1,000 000", "1e-3", "-5", "١٢"])
def test_unreadable_whole_numbers_are_none(text) -> None:
    assert read_whole(text) is None


def test_what_may_still_become_a_number_can_be_typed() -> None:
    assert could_be_decimal("-") and could_be_decimal("2,") and could_be_decimal("1e-")
    assert not could_be_decimal("2a") and not could_be_decimal("9" * 30)
    assert could_be_whole("10,") and not could_be_whole("-1") and not could_be_whole("x")


def test_values_are_written_short() -> None:
    assert [decimal_text(v, 4) for v in (0.6, 2.0, -0.005, -0.0, 0.12345)] == [
        "0.6",
        "2",
        "-0.005",
        "0",
        "0.1235",
    ]
    assert whole_text(10_000_000) == "10,000,000"
    assert [bound_text(v) for v in (-1000.0, 0.0001, 100.0, 1, 10_000_000)] == [
        f"{MINUS}1000",
        "0.0001",
        "100",
        "1",
        "10,000,000",
    ]


@given(st.decimals(min_value=-1000, max_value=1000, places=4, allow_nan=False))
def test_written_decimals_read_back_with_either_separator(number) -> None:
    text = decimal_text(float(number), 4)
    assert read_decimal(text) == pytest.approx(float(number), abs=1e-9)
    assert read_decimal(text.replace(".", ",")) == read_decimal(text)


@given(st.integers(min_value=0, max_value=10**12))
def test_written_whole_numbers_read_back(number) -> None:
    assert read_whole(whole_text(number)) == number
