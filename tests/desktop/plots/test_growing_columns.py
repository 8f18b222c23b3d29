"""Curve buffers grow by doubling and keep every appended value in order."""

import numpy as np
import pytest

from desktop.plots.growing_columns import GrowingColumns


def test_appends_survive_growth_in_order() -> None:
    columns = GrowingColumns(("x", "y"), capacity=4)
    for start in range(0, 100, 7):
        values = np.arange(start, min(start + 7, 100), dtype=float)
        columns.append(x=values, y=-values)
    assert len(columns) == 100
    np.testing.assert_array_equal(columns.view("x"), np.arange(100.0))
    np.testing.assert_array_equal(columns.view("y"), -np.arange(100.0))


def test_missing_or_extra_columns_are_refused() -> None:
    columns = GrowingColumns(("x", "y"))
    with pytest.raises(KeyError):
        columns.append(x=np.zeros(2))
    columns.append(x=np.zeros(2), y=np.ones(2))
    columns.clear()
    assert len(columns) == 0 and columns.view("y").size == 0
