"""The speed map's arithmetic, without Qt widgets: cells of a linspace grid and their lookup,
the log colour scale, the colours of reached and not-reached cells, the colour bar's ticks, and
the words of summaries and hover lines."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.insight.speed_map_cells import (
    NOT_REACHED,
    CellAxis,
    log_ticks,
    rgba_cells,
    scale_position,
)
from desktop.insight.speed_map_texts import (
    epochs_text,
    hover_text,
    share_text,
    short_number,
    summaries_line,
    summary_text,
)
from model import CostName
from model.speed_map import NOT_REACHED as MODEL_NOT_REACHED


def test_not_reached_is_the_models_marker() -> None:
    assert NOT_REACHED == MODEL_NOT_REACHED


@given(
    low=st.floats(-1000, 999, allow_nan=False),
    span=st.floats(0.01, 1000, allow_nan=False),
    count=st.integers(2, 1001),
)
def test_every_grid_value_lies_in_its_own_cell(low: float, span: float, count: int) -> None:
    values = np.linspace(low, low + span, count)
    axis = CellAxis.of(values)
    assert [axis.index(v) for v in values] == list(range(count))


def test_cells_span_half_a_step_beyond_the_end_values() -> None:
    axis = CellAxis.of(np.linspace(-4.0, 4.0, 201))
    assert axis.step == pytest.approx(0.04)
    assert axis.edge == pytest.approx(-4.02) and axis.span == pytest.approx(8.04)
    assert axis.index(-4.019) == 0 and axis.index(4.019) == 200
    assert axis.index(-4.021) is None and axis.index(4.021) is None
    assert axis.index(float("nan")) is None
    assert axis.index(-3.999) == 0 and axis.index(-3.979) == 1  # the boundary is mid-step


def test_the_scale_is_logarithmic_from_one_epoch_to_m() -> None:
    positions = scale_position(np.array([0, 1, 10, 100, 1000, 5000]), 1000)
    np.testing.assert_allclose(positions, [0, 0, 1 / 3, 2 / 3, 1, 1])
    assert scale_position(np.array([1]), 1)[0] == 0  # M = 1: no division by log 1 = 0


def test_cells_take_the_scale_colour_or_the_not_reached_colour() -> None:
    lookup = np.array([[0, 0, 0, 255], [100, 100, 100, 255], [200, 200, 200, 255]], np.uint8)
    epochs = np.array([[1, 100], [NOT_REACHED, 10]], dtype=np.int32)
    colours = rgba_cells(epochs, 100, lookup, (1, 2, 3, 255))
    assert colours.shape == (2, 2, 4) and colours.dtype == np.uint8
    assert colours[0, 0].tolist() == [0, 0, 0, 255]  # 1 epoch: the low end
    assert colours[0, 1].tolist() == [200, 200, 200, 255]  # M epochs: the high end
    assert colours[1, 1].tolist() == [100, 100, 100, 255]  # 10 of 100: half way on a log scale
    assert colours[1, 0].tolist() == [1, 2, 3, 255]


@pytest.mark.parametrize(
    ("max_epochs", "ticks"),
    [
        (1, [1]),
        (10, [1, 10]),
        (1000, [1, 10, 100, 1000]),
        (1500, [1, 10, 100, 1500]),  # 1,000 would crowd 1,500
        (5000, [1, 10, 100, 1000, 5000]),
        (100_000, [1, 10, 100, 1000, 10_000, 100_000]),
    ],
)
def test_the_colour_bar_labels_powers_of_ten_and_m(max_epochs: int, ticks: list[int]) -> None:
    assert log_ticks(max_epochs) == ticks


def test_numbers_read_as_typed_with_true_minus_signs() -> None:
    assert [short_number(v) for v in (1.0, 0.15, -3.96, -0.0, 2.0)] == [
        "1",
        "0.15",
        "−3.96",
        "0",
        "2",
    ]
    assert [epochs_text(e) for e in (-1, 0, 1, 1234)] == [
        "not reached",
        "0 epochs",
        "1 epoch",
        "1,234 epochs",
    ]


def test_hover_and_summaries_say_both_costs() -> None:
    cells = [(CostName.QUADRATIC, 412), (CostName.CROSS_ENTROPY, 37)]
    assert hover_text(2.0, -1.6, cells) == (
        "w₀ = 2, b₀ = −1.6: quadratic 412 epochs · cross-entropy 37 epochs"
    )
    assert summary_text(38_123, 40_401, 231.0) == "94% reached · median 231 epochs"
    assert summary_text(40_401, 40_401, 34.0) == "all reached · median 34 epochs"
    assert summary_text(0, 40_401, None) == "none reached"
    assert [share_text(n, 1000) for n in (999, 1, 3, 1000)] == ["99.9%", "0.1%", "0.3%", "all"]
    line = summaries_line(
        [(CostName.QUADRATIC, 38_123, 40_401, 231.0), (CostName.CROSS_ENTROPY, 5, 5, 34.0)]
    )
    assert line == "median epochs: quadratic 231 (94% reached) · cross-entropy 34 (all reached)"
