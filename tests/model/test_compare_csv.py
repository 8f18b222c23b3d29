"""Two runs in one CSV: both runs' `#` lines, a leading `run` column, and each run's rows exactly
the text its own single-run CSV has, written in bounded blocks."""

import io

import pytest

from model import COLUMNS, RunParameters, Training, Trajectory, preset
from model import trajectory_csv as csv_module
from model.comparison import default_partner
from model.trajectory_csv import BLOCK_ROWS, run_note, write_compare_csv, write_trajectory_csv

SATURATED = preset("quadratic-saturated").parameters
DIVERGING = RunParameters(cost="cross-entropy", rule="book-widget", eta=100.0, y=0.5, w=2.0, b=2.0)


def finished(parameters: RunParameters) -> Training:
    training = Training(parameters)
    training.run_to_end()
    return training


def single_csv(training: Training, note: str = "") -> list[str]:
    out = io.StringIO()
    write_trajectory_csv(out, training.parameters, training.trajectory, note)
    return out.getvalue().splitlines()


def compare_csv(*runs: tuple[Training, str]) -> list[str]:
    out = io.StringIO()
    write_compare_csv(out, [(t.parameters, t.trajectory, note) for t, note in runs])
    return out.getvalue().splitlines()


def data_rows(lines: list[str]) -> list[str]:
    """The rows after the header (the first line not starting with #)."""
    body = [line for line in lines if not line.startswith("#")]
    return body[1:]


def test_each_runs_rows_are_its_single_csv_rows_with_the_run_in_front() -> None:
    first, second = finished(SATURATED), finished(default_partner(SATURATED))
    lines = compare_csv((first, ""), (second, ""))
    header = next(line for line in lines if not line.startswith("#"))
    assert header == "run,epoch,w,b,z,a,cost,dC_dw,dC_db" == ",".join(("run", *COLUMNS))
    rows = data_rows(lines)
    assert len(rows) == len(first.trajectory) + len(second.trajectory) == 602
    runs = [row.split(",", 1) for row in rows]
    assert [number for number, _ in runs] == ["1"] * 301 + ["2"] * 301
    assert [rest for number, rest in runs if number == "1"] == data_rows(single_csv(first))
    assert [rest for number, rest in runs if number == "2"] == data_rows(single_csv(second))


def test_both_runs_parameters_come_before_the_header_with_their_run_prefix() -> None:
    first, second = finished(SATURATED), finished(default_partner(SATURATED))
    lines = compare_csv((first, ""), (second, ""))
    header_at = lines.index("run,epoch,w,b,z,a,cost,dC_dw,dC_db")
    comments = lines[:header_at]
    assert all(line.startswith("# ") for line in comments)
    expected = [f"# run1.{k}={v}" for k, v in first.parameters.to_dict().items()]
    expected += [f"# run2.{k}={v}" for k, v in second.parameters.to_dict().items()]
    assert comments[1:] == expected
    assert "# run1.cost=quadratic" in comments and "# run2.cost=cross-entropy" in comments
    assert not any(line.startswith("#") for line in lines[header_at:])


def test_a_diverged_run_has_its_own_note_line() -> None:
    first, second = finished(SATURATED), finished(DIVERGING)
    assert second.diverged_at is not None
    note = run_note(second.epochs_done, DIVERGING.epochs, second.diverged_at, False)
    lines = compare_csv((first, ""), (second, note))
    assert f"# run2.note=diverged at epoch {second.diverged_at}" in lines
    assert not any("note=" in line for line in lines if line.startswith("# run1."))
    assert (
        lines.index(f"# run2.note={note}") == lines.index("run,epoch,w,b,z,a,cost,dC_dw,dC_db") - 1
    )
    rows = data_rows(lines)
    assert sum(row.startswith("2,") for row in rows) == len(second.trajectory)
    assert [row.split(",", 1)[1] for row in rows if row.startswith("2,")] == data_rows(
        single_csv(second, note)
    )


@pytest.mark.parametrize("block", [7, 301, 1000])
def test_rows_are_read_in_blocks_and_the_text_does_not_depend_on_their_size(
    block, monkeypatch
) -> None:
    first, second = finished(SATURATED), finished(default_partner(SATURATED))
    reference = compare_csv((first, ""), (second, ""))
    asked: list[int] = []
    rows = Trajectory.rows

    def spy(trajectory, start=0, stop=None):
        asked.append((len(trajectory) if stop is None else stop) - start)
        return rows(trajectory, start, stop)

    monkeypatch.setattr(Trajectory, "rows", spy)
    monkeypatch.setattr(csv_module, "BLOCK_ROWS", block)
    assert compare_csv((first, ""), (second, "")) == reference
    assert asked and max(asked) <= block and sum(asked) == 602


def test_the_block_is_65536_rows() -> None:
    assert BLOCK_ROWS == 65_536
