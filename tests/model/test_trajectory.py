"""The trajectory store: N + 1 rows, O(1) rows, chunked growth, derived columns consistent."""

import queue
import threading

import numpy as np
import pytest

from model import (
    COLUMNS,
    CostName,
    RunParameters,
    Training,
    Trajectory,
    cost_delta,
    cost_value,
    sigmoid,
    step_delta,
)
from model.trajectory import CHUNK_ROWS


def test_row_e_is_the_state_before_update_e_plus_1() -> None:
    params = RunParameters(epochs=5)
    training = Training(params)
    training.run_to_end()
    rows = training.trajectory.rows()
    assert len(rows) == 6 and rows.epoch.tolist() == [0, 1, 2, 3, 4, 5]
    assert (rows.w[0], rows.b[0]) == (0.6, 0.9)
    delta = step_delta(params.cost, params.rule, rows.z[:-1], params.y)
    np.testing.assert_allclose(rows.w[1:], rows.w[:-1] - params.eta * params.x * delta, rtol=1e-15)
    np.testing.assert_allclose(rows.b[1:], rows.b[:-1] - params.eta * delta, rtol=1e-15)


def test_derived_columns_follow_from_w_and_b() -> None:
    training = Training(
        RunParameters(w=-0.7, b=0.3, x=2.5, y=0.25, cost="cross-entropy", epochs=50)
    )
    training.run_to_end()
    r = training.trajectory.rows()
    np.testing.assert_array_equal(r.z, r.w * 2.5 + r.b)
    np.testing.assert_array_equal(r.a, sigmoid(r.z))
    np.testing.assert_array_equal(r.cost, cost_value(CostName.CROSS_ENTROPY, r.z, 0.25))
    np.testing.assert_array_equal(r.dC_db, cost_delta(CostName.CROSS_ENTROPY, r.z, 0.25))
    np.testing.assert_array_equal(r.dC_dw, 2.5 * r.dC_db)


def test_growth_across_chunks_keeps_every_row() -> None:
    store = Trajectory(1.0, 0.0, CostName.QUADRATIC)
    values = np.arange(2 * CHUNK_ROWS + 123, dtype=np.float64)
    for piece in np.array_split(values, 7):
        store.append(piece, -piece)
    assert len(store) == len(values)
    w, b = store.weights(CHUNK_ROWS - 5, 2 * CHUNK_ROWS + 7)
    np.testing.assert_array_equal(w, values[CHUNK_ROWS - 5 : 2 * CHUNK_ROWS + 7])
    np.testing.assert_array_equal(b, -w)
    assert store.row(CHUNK_ROWS)["w"] == CHUNK_ROWS and store.row(-1)["w"] == values[-1]


def test_a_prefix_shares_the_rows_and_ignores_later_appends() -> None:
    store = Trajectory(1.0, 0.0, CostName.QUADRATIC)
    store.append(np.arange(CHUNK_ROWS + 10.0), np.zeros(CHUNK_ROWS + 10))
    view = store.prefix(CHUNK_ROWS + 1)
    store.append(np.full(CHUNK_ROWS, 7.0), np.zeros(CHUNK_ROWS))
    assert len(view) == CHUNK_ROWS + 1 and view.row(-1)["w"] == CHUNK_ROWS
    assert np.shares_memory(view.weights(0, 1)[0], store.weights(0, 1)[0]) is False  # copies out
    assert view._chunks[0] is store._chunks[0]  # no rows were copied to make the prefix
    with pytest.raises(IndexError):
        view.rows(0, CHUNK_ROWS + 2)
    with pytest.raises(IndexError):
        store.prefix(len(store) + 1)


def test_published_rows_read_from_another_thread_while_appending_are_final() -> None:
    """The contract the GUI relies on: rows below a published length never change."""
    store = Trajectory(1.0, 0.0, CostName.QUADRATIC)
    published: queue.Queue[int | None] = queue.Queue()

    def appender() -> None:
        for start in range(0, 5 * CHUNK_ROWS, 4099):
            count = min(4099, 5 * CHUNK_ROWS - start)
            values = np.arange(start, start + count, dtype=np.float64)
            store.append(values, -values)
            published.put(start + count)
        published.put(None)

    thread = threading.Thread(target=appender)
    thread.start()
    read = 0
    while (length := published.get()) is not None:
        w, b = store.prefix(length).weights(read, length)
        assert np.array_equal(w, np.arange(read, length)) and np.array_equal(b, -w)
        read = length
    thread.join()
    assert read == 5 * CHUNK_ROWS


def test_out_of_range_requests_raise() -> None:
    store = Trajectory(1.0, 0.0, CostName.QUADRATIC)
    store.append([1.0], [2.0])
    with pytest.raises(IndexError):
        store.rows(0, 2)
    with pytest.raises(IndexError):
        store.row(3)


def test_row_as_dict_has_every_column() -> None:
    training = Training(RunParameters(epochs=3))
    training.run_to_end()
    row = training.trajectory.row(3)
    assert list(row) == list(COLUMNS) and row["epoch"] == 3 and isinstance(row["epoch"], int)


@pytest.mark.parametrize("cost", list(CostName))
def test_selected_columns_equal_the_full_rows_exactly(cost: CostName) -> None:
    training = Training(RunParameters(w=2, b=2, epochs=500, cost=cost))
    training.run_to_end()
    rows = training.trajectory.rows(100, 400)
    for names in (("w", "b", "a", "cost"), ("cost",), tuple(COLUMNS)):
        picked = training.trajectory.columns(100, 400, names)
        assert list(picked) == list(names)
        for name in names:
            np.testing.assert_array_equal(picked[name], getattr(rows, name))
