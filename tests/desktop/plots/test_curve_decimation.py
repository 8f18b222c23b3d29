"""Peak decimation keeps the picture: every bin's extremes, the ends, in order, and small input as is."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from desktop.plots.curve_decimation import peak_decimate


def test_short_curves_are_drawn_as_they_are() -> None:
    x = np.arange(300.0)
    y = np.sin(x)
    dx, dy = peak_decimate(x, y)
    assert dx is x and dy is y


@given(count=st.integers(10_000, 200_000), seed=st.integers(0, 2**32 - 1))
def test_decimated_curve_keeps_extremes_ends_and_order(count: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    x = np.arange(count, dtype=float)
    y = np.cumsum(rng.normal(size=count))
    dx, dy = peak_decimate(x, y, max_points=1000)
    assert len(dx) <= 1000 + 3
    assert np.all(np.diff(dx) > 0)
    assert dy.max() == y.max() and dy.min() == y.min()
    assert dx[0] == 0 and dx[-1] == count - 1
    np.testing.assert_array_equal(dy, y[dx.astype(int)])


def test_a_single_spike_survives() -> None:
    y = np.zeros(1_000_000)
    y[123_457] = 5.0
    dx, dy = peak_decimate(np.arange(1_000_000.0), y)
    assert 5.0 in dy and 123_457.0 in dx and len(dx) <= 4096 + 3
