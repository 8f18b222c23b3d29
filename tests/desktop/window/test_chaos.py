"""Chaos (issue 12): thousands of seeded random user actions on the real window.

Every command a lecturer has is taken at random (see chaos_actions.py): every action of the
menus and toolbar, keys on the plots, typed garbage and extreme values in every field, presets,
costs, rules, compare mode, views, the speed map, timeline drags, clicks on the plots, speeds,
theme, scale, window sizes, languages (the window made again, as View → Language does) and
files. Dialogs are really built and shown, then cancelled. No action may raise, log a Qt warning,
block or leak a thread; every `CHECK_EVERY` actions, once the run is stopped, the curves,
readouts, diagrams and timeline must show exactly what `model.Training` gives.

`NEURON_LAB_SOAK=<actions>` makes a longer soak, `NEURON_LAB_CHAOS_SEED=<n>` another sequence.
With `-s` the test prints the seed and how many actions the window survived. The tests after it
pin down, one each, the bugs the chaos found.
"""

import collections
import gc
import os
import random
import time
import traceback

import numpy as np
import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QThread
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.engine.pace import INSTANT, Pace
from desktop.engine.run_session import PlayState
from desktop.export.export_dialog import ExportDialog
from desktop.insight import speed_map_plots
from desktop.launcher import WindowHolder
from desktop.style.language import ENGLISH, install_language
from desktop.style.presentation import Presentation
from desktop.views.readouts_panel import KEYS, format_readout
from desktop.window.about_dialog import AboutDialog
from desktop.window.main_window import MainWindow
from desktop.window.shortcuts_dialog import ShortcutsDialog
from model import RunParameters, Training
from tests.desktop.window.chaos_actions import Chaos, activate
from tests.desktop.window.test_first_five_minutes import shown_window

SEED = int(os.environ.get("NEURON_LAB_CHAOS_SEED", "1212"))
ACTIONS = int(os.environ.get("NEURON_LAB_SOAK", "3000"))
CHECK_EVERY = 100
THREADS_EVERY = 500
"""Actions between two searches of every object for running threads (a tenth of a second)."""
EVENTS_EVERY = 0.03
"""Chance that the event loop runs after an action (else the next action comes in the same
frame, as from a quick hand): the trainer's rows arrive and the window is painted then."""
REFERENCE_ROWS = 300_000
"""Runs up to this long are checked against a fresh `Training` (about 0.3 s); longer ones (a
10,000,000-epoch run stopped late) against their own `Training`'s rows."""
FAILING = ("WARNING", "CRITICAL", "FATAL")
"""Qt messages that fail a test (qt_log_level_fail = WARNING): the chaos names the action."""
Button = QMessageBox.StandardButton


@pytest.fixture
def dialogs_cancelled(monkeypatch, tmp_path):
    """Message boxes, file dialogs and the window's own dialogs are built and shown, then
    answered (mostly Cancel; files: sometimes a real, a junk or a missing one), never blocking.
    The answers draw on their own seeded sequence. Returns how many of each were shown."""
    answers, saved = random.Random(SEED + 1), []
    junk = tmp_path / "junk.neuronlab"
    junk.write_bytes(b"\x00{not json")
    shown: collections.Counter[str] = collections.Counter()

    def show(widget, kind: str) -> None:
        widget.show()
        QApplication.processEvents()
        shown[kind] += 1

    def message_box(icon):
        def ask(parent, title, text, buttons=Button.Ok, default=Button.NoButton):
            box = QMessageBox(icon, title, text, buttons, parent)
            show(box, "message box")
            box.close()
            box.deleteLater()
            offered = [button for button in Button if button.value and buttons & button]
            cancel = Button.Cancel in offered and answers.random() < 0.7
            return Button.Cancel if cancel else answers.choice(offered)

        return ask

    def file_dialog(saving: bool):
        def choose(parent, caption="", folder="", filters="", *_args, **_kwargs):
            dialog = QFileDialog(parent, caption, str(tmp_path), filters)
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
            show(dialog, "file dialog")
            dialog.reject()
            dialog.deleteLater()
            if answers.random() < 0.5:
                return "", ""
            if saving:
                saved.append(str(tmp_path / f"chaos-{len(saved) % 4}"))
                return saved[-1], ""
            return answers.choice([*saved, str(junk), str(tmp_path), str(tmp_path / "no")]), ""

        return choose

    def rejected(dialog) -> int:
        show(dialog, type(dialog).__name__)
        dialog.reject()
        return 0

    for name, icon in (("question", "Question"), ("warning", "Warning"), ("critical", "Critical"),
                       ("information", "Information")):  # fmt: skip
        monkeypatch.setattr(QMessageBox, name, message_box(getattr(QMessageBox.Icon, icon)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", file_dialog(saving=False))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", file_dialog(saving=True))
    for dialog in (ExportDialog, ShortcutsDialog, AboutDialog):
        monkeypatch.setattr(dialog, "exec", rejected)
    return shown


@pytest.fixture
def clean_settings(qapp):
    """The chaos saves languages, scales, themes and files: none of it outlives the test."""
    QSettings().clear()
    yield
    install_language(ENGLISH)
    QSettings().clear()


def open_window() -> MainWindow:
    """The window `shown_window` gives (the saturated preset, 1280×720, scale 1, light, instant
    pace), not given to qtbot: a language change replaces it, and the test deletes the last."""
    presentation = Presentation(remember=False)
    presentation.scale, presentation.theme_name = 1.0, "light"
    window = MainWindow(pace=INSTANT, presentation=presentation)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.load_preset("quadratic-saturated")
    window.resize(1280, 720)
    window.show()
    return window


def running_threads() -> list[QThread]:
    return [
        obj
        for obj in gc.get_objects()
        if isinstance(obj, QThread) and shiboken6.isValid(obj) and obj.isRunning()
    ]


def settle(qtbot, window) -> None:
    """Stop what moves (Esc; Space for a replay), cancel a speed map, wait until all is still
    and drawn."""
    session = window.session
    if session.state is PlayState.REPLAYING:
        session.pause()
    if session.alive:
        window.actions_by_name["stop"].trigger()
    qtbot.waitUntil(lambda: not session.alive, timeout=30_000)
    worker = window.controller._worker  # it hears of a Stop (or a run put away) a little later
    qtbot.waitUntil(lambda: not worker._runs, timeout=10_000)  # never: a run left computing
    window.insights.job.cancel()
    qtbot.waitUntil(lambda: not window.insights.job.busy, timeout=30_000)
    series = [window.plots.series(run_id) for run_id in window._run_ids[: session.run_count]]
    qtbot.waitUntil(lambda: all(s.drawn() == s.shown() for s in series), timeout=10_000)


def check_state(window, diagram, x: float, state: dict) -> None:
    """The readouts and a diagram show exactly `state` (the model's)."""
    assert window.shown_state == state
    assert window.readouts.texts() == {key: format_readout(key, state[key]) for key in KEYS}
    assert diagram.state() == (x, state["w"], state["b"], state["a"])


def check_agrees_with_model(qtbot, window, threads: bool) -> int:
    """After Stop: the worker holds no run, (`threads`) no thread runs but this window's, and
    the views show the model's numbers. Returns how many runs were too long for a fresh
    reference."""
    settle(qtbot, window)
    session, slider = window.session, window.timeline.slider
    assert QApplication.activeModalWidget() is None
    if threads:
        names = sorted(thread.objectName() for thread in running_threads())
        assert names.count("neuron-lab-trainer") == 1, names  # replaced windows' are joined
        assert set(names) <= {"neuron-lab-trainer", "neuron-lab-speed-map"}, names
    if session.state is PlayState.IDLE:
        parameters = window.panel.parameters()
        check_state(window, window.diagram, parameters.x, Training(parameters).trajectory.state(0))
        assert (slider.maximum(), slider.value()) == (0, 0)
        return 0
    assert (slider.maximum(), slider.value()) == (session.last_epoch, session.cursor)
    too_long = 0
    for index, (parameters, trajectory) in enumerate(session.runs()):
        rows, reference = len(trajectory), trajectory
        if rows - 1 <= REFERENCE_ROWS:
            training = Training(parameters)
            training.advance(rows - 1)
            reference = training.trajectory
        else:
            too_long += 1
        assert len(reference) == rows, (parameters, rows, len(reference))
        series = window.plots.series(window._run_ids[index])
        assert series.length == rows
        for column in ("cost", "w", "b", "a"):  # every point drawn is the model's row
            x, y = series.curve_data(column)
            epochs, shown = x.astype(np.int64), series.shown()
            assert np.array_equal(epochs, x) and np.all(np.diff(epochs) > 0), column
            assert len(x) and epochs[0] == 0 and epochs[-1] == shown - 1, (column, x, shown)
            values = reference.columns(0, shown, (column,))[column]
            np.testing.assert_array_equal(y, values[epochs], err_msg=column)
        state = reference.state(min(session.cursor, rows - 1))
        if index == 0:
            check_state(window, window.diagram, parameters.x, state)
        else:
            expected = (parameters.x, state["w"], state["b"], state["a"])
            assert window.compare.diagram.state() == expected
    return too_long


def problems_of(qtlog, exceptions, logged: int) -> tuple[list[str], int]:
    """Exceptions raised in Qt's calls and Qt warnings logged since `logged` were recorded."""
    problems = ["".join(traceback.format_exception(*info)) for info in exceptions]
    records = [r for r in qtlog.records if not r.ignored and r.log_type_name in FAILING]
    problems += [f"Qt {r.log_type_name}: {r.message}" for r in records[logged:]]
    return problems, len(records)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen plugin's own
def test_the_window_survives_thousands_of_random_actions(
    qtbot, qtlog, dialogs_cancelled, clean_settings
) -> None:
    rng = random.Random(SEED)
    holder = WindowHolder(open_window())
    activate(holder.window)
    chaos = Chaos(qtbot, holder, rng)
    recent: collections.deque[str] = collections.deque(maxlen=30)
    survived, too_long, logged = 0, 0, 0
    started = time.perf_counter()
    try:
        for step in range(1, ACTIONS + 1):
            action, events = chaos.pick(), rng.random() < EVENTS_EVERY
            problems = []
            with qtbot.captureExceptions() as exceptions:
                try:
                    recent.append(f"{step}: {action()}")
                    if events:
                        qtbot.wait(1)
                    chaos.adopt_new_window()
                    if step % CHECK_EVERY == 0 or step == ACTIONS:
                        recent.append(f"{step}: check")
                        threads = step % THREADS_EVERY == 0 or step == ACTIONS
                        too_long += check_agrees_with_model(qtbot, chaos.window, threads)
                except Exception:
                    problems.append(traceback.format_exc())
            found, logged = problems_of(qtlog, exceptions, logged)
            if problems or found:
                trail = "\n  ".join(recent)
                report = "\n".join([*problems, *found])
                pytest.fail(f"seed {SEED}, action {step}:\n{report}\nlast actions:\n  {trail}")
            survived = step
    finally:
        print(
            f"\nchaos seed {SEED}: survived {survived} of {ACTIONS} actions in "
            f"{time.perf_counter() - started:.1f} s; {chaos.windows} windows, dialogs shown "
            f"{dict(dialogs_cancelled)}; {too_long} long runs checked against their own rows"
        )
        window = holder.window
        settle(qtbot, window)
        window.setWindowModified(False)  # closing asks nothing
        window.presentation.set_dark(False)  # (the application's font and palette)
        window.presentation.set_scale(1.0)
        window.close()
        window.deleteLater()  # (replaced windows were deleted as they were replaced)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


# -- what the chaos found -----------------------------------------------------------------------
def test_a_value_edited_during_a_run_reaches_both_runs_of_the_next(qtbot) -> None:
    """Run 2 kept the start run 1 had when the run began (same-start compare was broken)."""
    window = shown_window(qtbot, pace=Pace(60.0))
    window.show_view("compare")
    window.run()
    qtbot.waitUntil(lambda: window.session.last_epoch >= 2)
    window.panel.x_box.setValue(0.5)
    window.panel.w_box.setValue(-1.0)
    window.stop()
    qtbot.waitUntil(lambda: not window.session.alive)
    window.reset()
    first, second = (parameters for parameters, _ in window.session.runs())
    assert (second.w, second.b, second.x, second.y) == (-1.0, first.b, 0.5, first.y)
    assert (first.w, first.x) == (-1.0, 0.5)


def test_copy_and_export_right_after_run_wait_for_the_first_frame(qtbot, monkeypatch) -> None:
    """Copy figure before a new run's first frame raised IndexError (a run of no rows)."""
    window = shown_window(qtbot, pace=Pace(60.0))
    monkeypatch.setattr(ExportDialog, "exec", lambda dialog: pytest.fail("nothing to export"))
    window.run()
    for name in ("copy_figure", "export"):
        with qtbot.captureExceptions() as exceptions:
            window.actions_by_name[name].trigger()
        assert not exceptions
        assert window.statusBar().currentMessage().startswith("Nothing to")
    window.stop()
    qtbot.waitUntil(lambda: not window.session.alive)


@pytest.mark.parametrize("keys", [("go_start",), ("play_pause", "play_pause")])
def test_keys_before_a_new_runs_first_frame_still_show_that_run(qtbot, keys) -> None:
    """R then Home, or R then Space twice, within one frame left the cursor, the readouts and
    the timeline on the last run for good."""
    window = shown_window(qtbot)
    window.load_parameters(RunParameters(w=2, b=2, epochs=10))
    with qtbot.waitSignal(window.session.ended):
        window.run()
    window.reset()
    for name in keys:  # in the same frame
        window.actions_by_name[name].trigger()
    qtbot.waitUntil(lambda: window.session.last_epoch >= 0)
    qtbot.waitUntil(lambda: window.shown_state["epoch"] == window.session.cursor)
    slider = window.timeline.slider
    assert (slider.maximum(), slider.value()) == (window.session.last_epoch, window.session.cursor)
    window.stop()
    qtbot.waitUntil(lambda: not window.session.alive)


def test_a_speed_map_whose_fit_flips_between_two_layouts_comes_to_rest(qtbot, monkeypatch):
    """At some sizes the maps' tick labels differ by a pixel between two widths: each fit asked
    for another, and the window never rested again (100 % CPU, a hung test)."""
    sizes, fits = speed_map_plots.plot_sizes, []

    def flipping(room, views):
        fits.append(room)
        assert len(fits) < 200, "the speed map lays itself out for ever"
        return [(width - 2 * (len(fits) % 2), height) for width, height in sizes(room, views)]

    plots = speed_map_plots.SpeedMapPlots()
    qtbot.addWidget(plots)
    plots.resize(700, 400)
    plots.show()
    qtbot.wait(20)
    monkeypatch.setattr(speed_map_plots, "plot_sizes", flipping)
    plots.resize(720, 400)
    for _ in range(50):
        QApplication.processEvents()
    assert len(fits) < 20
