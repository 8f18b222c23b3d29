"""Peak bins: folding batches equals binning at once, and the drawn points keep the picture.

Proves, for random runs cut into random batches, that every bin's min and max (value and epoch,
ties to the earliest row) equal a direct numpy computation per bin, also when more rows come than
planned (bins merge, their number stays); that the points hold every bin's extremes, row 0 and
the newest row, in epoch order, at most 2 × bins + 2 of them, each the value of its row; that bin
size 1 draws every row exactly once; that points up to a reveal limit stop there and equal those
of a run that ended there; and that `fold_trajectory` reads a trajectory in pieces of at most a
chunk, never past the length given.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.plots.peak_bins import FLAT_FRACTION, BinExtremes, PeakBins, fold_trajectory
from model import Trajectory
from model.trajectory import CHUNK_ROWS

COLUMNS = ("y", "z")


@st.composite
def runs(draw: st.DrawFn) -> tuple[np.ndarray, int, int, list[int]]:
    """Two columns of `rows` values with many ties, a planned row count, bins, batch cut points."""
    rows = draw(st.integers(1, 3000))
    planned = draw(st.integers(max(1, rows // 5), 3 * rows))  # sometimes fewer than come
    bins = draw(st.integers(1, 64))
    cuts = sorted(draw(st.lists(st.integers(0, rows), max_size=12)))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    walk = np.round(np.cumsum(rng.normal(size=(2, rows)), axis=1))  # whole numbers: ties
    return walk, planned, bins, cuts


def folded(values: np.ndarray, planned: int, bins: int, cuts: list[int]) -> PeakBins:
    """Bins fed `values` (columns × rows) in the batches between `cuts`."""
    peak = PeakBins(planned, bins, COLUMNS)
    for start, stop in zip([0, *cuts], [*cuts, values.shape[1]], strict=True):
        peak.fold({name: column[start:stop] for name, column in zip(COLUMNS, values, strict=True)})
    return peak


def direct_extremes(values: np.ndarray, size: int) -> BinExtremes:
    """Each bin's first lowest and first highest row, one bin at a time."""
    fields: list[list[list[float]]] = [[], [], [], []]
    for column in values:
        bins = [column[start : start + size] for start in range(0, len(column), size)]
        starts = range(0, len(column), size)
        fields[0].append([s + int(np.argmin(b)) for s, b in zip(starts, bins, strict=True)])
        fields[1].append([float(b.min()) for b in bins])
        fields[2].append([s + int(np.argmax(b)) for s, b in zip(starts, bins, strict=True)])
        fields[3].append([float(b.max()) for b in bins])
    return BinExtremes(*(np.array(field) for field in fields))


@given(run=runs())
def test_folding_in_batches_equals_binning_at_once(run) -> None:
    values, planned, bins, cuts = run
    peak = folded(values, planned, bins, cuts)
    assert peak.rows == values.shape[1]
    assert peak.filled <= bins  # more rows than planned merge bins; their number never grows
    expected = direct_extremes(values, peak.size)
    for got, want in zip(peak.bin_extremes(), expected, strict=True):
        np.testing.assert_array_equal(got, want)
    for name, column in zip(COLUMNS, values, strict=True):
        assert peak.extremes(name) == (column.min(), column.max())


@given(run=runs())
def test_points_keep_extremes_ends_and_order(run) -> None:
    values, planned, bins, cuts = run
    peak = folded(values, planned, bins, cuts)
    extremes = peak.bin_extremes()
    for row, (name, column) in enumerate(zip(COLUMNS, values, strict=True)):
        x, y = peak.points()[name]
        assert np.all(np.diff(x) > 0)  # in epoch order, no row twice
        assert x[0] == 0 and x[-1] == len(column) - 1
        assert len(x) <= 2 * bins + 2
        np.testing.assert_array_equal(y, column[x.astype(int)])
        # Every bin's extremes are drawn, or lie within FLAT_FRACTION of the range of a point
        # of their bin that is drawn (a flat bin is one point).
        tolerance = (column.max() - column.min()) * FLAT_FRACTION
        for epochs, values_ in (
            (extremes.low_epoch[row], extremes.low_value[row]),
            (extremes.high_epoch[row], extremes.high_value[row]),
        ):
            missing = ~np.isin(epochs, x)
            drawn_in_bin = np.searchsorted(x, epochs[missing], side="right") - 1
            assert np.all(np.abs(y[drawn_in_bin] - values_[missing]) <= tolerance)


@given(rows=st.integers(1, 500), cuts=st.lists(st.integers(0, 500), max_size=8))
def test_bin_size_one_draws_every_row_once(rows: int, cuts: list[int]) -> None:
    values = np.sin(np.arange(2 * rows, dtype=float)).reshape(2, rows)
    peak = folded(values, rows, 1024, sorted(c for c in cuts if c <= rows))
    assert peak.size == 1
    for name, column in zip(COLUMNS, values, strict=True):
        x, y = peak.points()[name]
        np.testing.assert_array_equal(x, np.arange(rows))
        np.testing.assert_array_equal(y, column)


@given(run=runs(), data=st.data())
def test_points_up_to_a_limit_are_those_of_a_run_that_ended_there(run, data) -> None:
    values, planned, bins, cuts = run
    peak = folded(values, planned, bins, cuts)
    stop = data.draw(st.integers(1, values.shape[1]))
    start = peak.last_bin_start(stop)
    assert 0 <= start < stop and stop - start <= peak.size
    last_bin = {name: column[start:stop] for name, column in zip(COLUMNS, values, strict=True)}
    limited = peak.points(stop, last_bin)
    ended = PeakBins(peak.size * bins, bins, COLUMNS)  # the same bins, fed only up to the limit
    assert ended.size == peak.size
    ended.fold({name: column[:stop] for name, column in zip(COLUMNS, values, strict=True)})
    for name in COLUMNS:
        x, _ = limited[name]
        assert x[-1] == stop - 1 and x.max() == stop - 1
        np.testing.assert_array_equal(limited[name], ended.points()[name])


def test_a_limit_needs_the_rows_of_its_bin() -> None:
    peak = PeakBins(100, 10, COLUMNS)
    peak.fold({"y": np.arange(100.0), "z": np.zeros(100)})
    with pytest.raises(ValueError, match="rows 40…44"):
        peak.points(45)
    with pytest.raises(ValueError, match="expected rows 40…44"):
        peak.points(45, {"y": np.zeros(3), "z": np.zeros(3)})
    with pytest.raises(ValueError):
        peak.points(101)
    assert all(len(x) == 0 for x, _ in peak.points(0).values())


def test_nothing_folded_draws_nothing() -> None:
    peak = PeakBins(10)
    peak.fold({name: np.empty(0) for name in peak.columns})
    assert peak.rows == 0 and peak.extremes("cost") is None
    assert all(len(x) == len(y) == 0 for x, y in peak.points().values())
    with pytest.raises(ValueError):
        PeakBins(10, bins=0)


class RecordingTrajectory(Trajectory):
    """A trajectory that notes every range read from it."""

    def __init__(self) -> None:
        super().__init__(1.0, 0.0, "quadratic")
        self.reads: list[tuple[int, int]] = []

    def weights(self, start: int, stop: int):
        self.reads.append((start, stop))
        return super().weights(start, stop)


def test_fold_trajectory_reads_chunk_pieces_below_the_length_given() -> None:
    trajectory = RecordingTrajectory()
    rng = np.random.default_rng(7)
    trajectory.append(rng.normal(size=200_000), rng.normal(size=200_000))
    peak = PeakBins(200_000, 1000)
    fold_trajectory(peak, trajectory, 1_000)
    fold_trajectory(peak, trajectory, 150_000)
    reads = list(trajectory.reads)
    assert peak.rows == 150_000
    assert all(stop - start <= CHUNK_ROWS for start, stop in reads)
    assert max(stop for _, stop in reads) == 150_000
    assert [start for start, _ in reads[1:]] == [stop for _, stop in reads[:-1]]  # no row twice
    cost = Trajectory.rows(trajectory, 0, 150_000).cost
    assert peak.extremes("cost") == (cost.min(), cost.max())


@given(run=runs(), k=st.integers(1, 7))
def test_coarser_points_keep_the_extremes_of_merged_bins(run, k) -> None:
    values, planned, bins, cuts = run
    peak = folded(values, planned, bins, cuts)
    fine, coarse = peak.points(), peak.points(coarser={name: k for name in COLUMNS})
    for name, column in zip(COLUMNS, values, strict=True):
        x, y = coarse[name]
        np.testing.assert_array_equal(y, column[x.astype(int)])
        assert x[0] == 0 and x[-1] == len(column) - 1 and np.all(np.diff(x) > 0)
        assert len(x) <= len(fine[name][0]) or k == 1
        tolerance = (column.max() - column.min()) * FLAT_FRACTION
        assert y.max() >= column.max() - tolerance and y.min() <= column.min() + tolerance
