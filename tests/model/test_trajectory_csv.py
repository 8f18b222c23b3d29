"""The CSV names every parameter and matches the model to full precision."""

import csv
import io

import numpy as np

from model import COLUMNS, Training, preset
from model.trajectory_csv import write_trajectory_csv


def test_csv_round_trips_every_value_exactly() -> None:
    params = preset("quadratic-saturated").parameters
    training = Training(params)
    training.run_to_end()
    out = io.StringIO()
    write_trajectory_csv(out, params, training.trajectory)
    lines = out.getvalue().splitlines()
    comments = [line for line in lines if line.startswith("#")]
    for key, value in params.to_dict().items():
        assert f"# {key}={value}" in comments
    table = list(csv.reader(line for line in lines if not line.startswith("#")))
    assert tuple(table[0]) == COLUMNS and len(table) == 302
    parsed = np.array([[float(v) for v in row] for row in table[1:]])
    for index, column in enumerate(training.trajectory.rows().columns()):
        np.testing.assert_array_equal(parsed[:, index], column)
