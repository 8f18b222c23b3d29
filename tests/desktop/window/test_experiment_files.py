"""Experiment files in the real window: save, open, new, the title, closing, recent files, drops,
and `neuron-lab FILE.neuronlab` on the command line."""

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from desktop import cli
from desktop.window import experiment_files
from desktop.window.main_window import MainWindow
from model import CostName, RuleName, RunParameters, preset
from model.experiment import Experiment, ViewChoices, save
from tests.desktop.window.test_first_five_minutes import shown_window

Button = QMessageBox.StandardButton


@pytest.fixture
def messages(monkeypatch):
    """Every warning shown (title, text); a close with unsaved changes is answered Discard."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *a: shown.append((title, text))
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a: Button.Discard)
    return shown


@pytest.fixture
def window(qtbot, messages):
    win = shown_window(qtbot)
    win.files._set_recent([])
    return win


def custom_experiment() -> Experiment:
    first = RunParameters(
        cost=CostName.CROSS_ENTROPY,
        rule=RuleName.GRADIENT,
        w=1.25,
        b=-0.75,
        eta=0.3,
        x=0.5,
        y=0.125,
        epochs=123,
    )
    second = RunParameters(
        cost=CostName.QUADRATIC,
        rule=RuleName.GRADIENT,
        w=1.25,
        b=-0.75,
        eta=0.7,
        x=0.5,
        y=0.125,
        epochs=123,
    )
    return Experiment((first, second), ViewChoices("why-slow", 0.0625))


def save_path(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(path), ""))


def test_save_new_open_restores_everything_exactly(
    window: MainWindow, tmp_path, monkeypatch
) -> None:
    experiment = custom_experiment()
    window.files.apply(experiment)
    assert window.files.current() == experiment
    save_path(monkeypatch, tmp_path / "pair")  # the suffix is appended
    assert window.files.save_as()
    saved = tmp_path / "pair.neuronlab"
    assert saved.is_file()
    assert window.files.new()
    assert window.files.current() == Experiment(
        (preset("quadratic-good-start").parameters,), ViewChoices()
    )
    assert not window.compare.on
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(saved), ""))
    assert window.files.open_dialog()
    assert window.files.current() == experiment
    assert window.compare.on and window.right_column.view() == "why-slow"
    assert window.compare.readout.threshold() == 0.0625


@pytest.mark.parametrize("view", ["main", "compare", "landscape", "speed-map", "exercises"])
def test_every_view_round_trips(window: MainWindow, tmp_path, view: str) -> None:
    first = preset("quadratic-saturated").parameters
    runs = (first,) if view == "main" else (first, window.compare.second())
    experiment = Experiment(runs, ViewChoices(view, 0.2))
    path = tmp_path / "v.neuronlab"
    save(experiment, path)
    assert window.files.open_path(path)
    assert window.files.current() == experiment


@pytest.mark.parametrize(
    "text, problem",
    [
        ('{"format_version": 1, "runs": [', "is not valid JSON"),
        (None, "runs[0].eta"),
    ],
)
def test_a_bad_file_shows_one_message_and_changes_nothing(
    window: MainWindow, messages, tmp_path, text, problem
) -> None:
    window.files.apply(custom_experiment())
    before = window.files.current()
    title = window.windowTitle()
    path = tmp_path / "bad.neuronlab"
    if text is None:
        save(custom_experiment(), path)
        text = path.read_text().replace('"eta": 0.3', '"eta": -1.0')
    path.write_text(text)
    assert not window.files.open_path(path)
    assert len(messages) == 1
    assert messages[0][1].startswith("bad.neuronlab: ") and problem in messages[0][1]
    assert "\n" not in messages[0][1]
    assert window.files.current() == before and window.windowTitle() == title
    assert window.files.path is None and window.files.recent() == []


def test_title_shows_the_name_and_the_modified_marker(
    window: MainWindow, tmp_path, monkeypatch
) -> None:
    save_path(monkeypatch, tmp_path / "mine.neuronlab")
    assert window.files.save_as()
    assert window.windowTitle() == "mine.neuronlab[*] — Neuron Lab"
    assert not window.isWindowModified()
    window.load_parameters(window.panel.parameters().with_changes(eta=2.5))
    assert window.isWindowModified()
    assert window.files.save()  # to the same file, no dialog
    assert not window.isWindowModified()
    window.actions_by_name["compare"].trigger()
    assert window.isWindowModified()


def test_close_with_changes_asks_cancel_keeps_discard_closes(
    window: MainWindow, tmp_path, monkeypatch
) -> None:
    save_path(monkeypatch, tmp_path / "c.neuronlab")
    window.files.save_as()
    window.actions_by_name["compare"].trigger()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: Button.Cancel)
    assert not window.close() and window.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: Button.Discard)
    assert window.close()


def test_close_with_changes_save_writes_the_file(window: MainWindow, tmp_path, monkeypatch) -> None:
    path = tmp_path / "s.neuronlab"
    save_path(monkeypatch, path)
    window.files.save_as()
    window.actions_by_name["compare"].trigger()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: Button.Save)
    assert window.close()
    assert len(experiment_files.load(path).runs) == 2


def test_recent_files_newest_first_at_most_eight_missing_dropped(
    window: MainWindow, messages, tmp_path
) -> None:
    paths = []
    for index in range(10):
        path = tmp_path / f"e{index}.neuronlab"
        save(custom_experiment(), path)
        assert window.files.open_path(path)
        paths.append(str(path.resolve()))
    assert window.files.recent() == paths[::-1][:8]
    assert window.files.open_path(paths[4])  # moves to the front, not duplicated
    assert window.files.recent()[:2] == [paths[4], paths[9]] and len(window.files.recent()) == 8
    entries = [a for a in window.files.recent_menu.actions() if a.data()]
    assert [a.data() for a in entries] == window.files.recent()
    Path(paths[9]).unlink()
    assert not window.files.open_recent(paths[9])
    assert paths[9] not in window.files.recent() and len(messages) == 1
    assert "e9.neuronlab" in messages[0][1]


def test_the_recent_menu_is_in_the_file_menu(window: MainWindow) -> None:
    recent = window.files.recent_menu.menuAction()
    holders = [m for m in window.menuBar().findChildren(QMenu) if recent in m.actions()]
    assert len(holders) == 1
    assert window.actions_by_name["open_experiment"] in holders[0].actions()


def _drop(window: MainWindow, path: Path) -> QDropEvent:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    actions = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(window.rect().center(), actions, data, buttons, keys)
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(QPointF(window.rect().center()), actions, data, buttons, keys)
    QApplication.sendEvent(window, drop)
    return enter


def test_dropping_a_file_opens_it(window: MainWindow, tmp_path) -> None:
    path = tmp_path / "dropped.neuronlab"
    save(custom_experiment(), path)
    enter = _drop(window, path)
    assert enter.isAccepted()
    assert window.files.current() == custom_experiment()
    assert window.files.path == path


def test_dropping_another_kind_of_file_is_refused(window: MainWindow, tmp_path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("x")
    before = window.files.current()
    _drop(window, path)
    assert window.files.current() == before and window.files.path is None


def test_command_line_bad_file_exits_2_with_one_line(tmp_path, capsys) -> None:
    path = tmp_path / "bad.neuronlab"
    path.write_text("{")
    assert cli.main([str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.neuronlab: is not valid JSON" in err


def test_command_line_file_reaches_the_window(tmp_path, monkeypatch) -> None:
    path = tmp_path / "good.neuronlab"
    save(custom_experiment(), path)
    opened = {}
    monkeypatch.setattr(cli, "missing_display", lambda: "")
    import desktop.launcher

    monkeypatch.setattr(
        desktop.launcher, "run_window", lambda *args: opened.setdefault("args", args) and 0
    )
    assert cli.main(["--preset", "quadratic-saturated", str(path)]) == 0
    assert opened["args"][2] == custom_experiment() and opened["args"][3] == path


def test_command_line_file_before_a_subcommand_is_a_usage_error(tmp_path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main([str(tmp_path / "a.neuronlab"), "export"])
    assert exit_info.value.code == 2


def apart(experiment: Experiment) -> Experiment:
    """`experiment` with run 2 starting elsewhere (which compare mode cannot show)."""
    first, second = experiment.runs
    return Experiment((first, second.with_changes(w=second.w + 1)), experiment.view)


def test_runs_that_start_apart_are_refused_with_one_message(
    window: MainWindow, messages, tmp_path
) -> None:
    before = window.files.current()
    path = tmp_path / "apart.neuronlab"
    save(apart(custom_experiment()), path)
    assert not window.files.open_path(path)
    ((_, text),) = messages
    assert text.startswith("apart.neuronlab: runs[1].w is 2.25 but runs[0].w is 1.25")
    assert "'neuron-lab export --experiment'" in text
    assert window.files.current() == before and window.files.path is None


def test_the_command_line_refuses_runs_that_start_apart(tmp_path, capsys, monkeypatch) -> None:
    path = tmp_path / "apart.neuronlab"
    save(apart(custom_experiment()), path)
    monkeypatch.setattr(cli, "missing_display", lambda: "")
    assert cli.main([str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "apart.neuronlab: runs[1].w is 2.25" in err
    assert cli.main(["export", "--experiment", str(path)]) == 0  # export runs any two


def test_opening_an_experiment_during_a_run_stops_it_and_shows_the_file(
    window: MainWindow, qtbot, tmp_path
) -> None:
    from desktop.engine.pace import Pace

    window.session.set_pace(Pace(30.0))  # slow: the run is still playing when the file opens
    window.load_preset("quadratic-saturated")
    window.run()
    qtbot.waitUntil(lambda: window.session.cursor > 0, timeout=10_000)
    assert window.session.alive
    path = tmp_path / "other.neuronlab"
    save(custom_experiment(), path)
    assert window.files.open_path(path)
    assert not window.session.alive
    assert window.files.current() == custom_experiment()
    assert window.shown_state is not None
    assert window.shown_state["epoch"] == 0 and window.shown_state["w"] == 1.25  # its start
    assert window.plots._series == {}  # the run playing before is gone from the plots
