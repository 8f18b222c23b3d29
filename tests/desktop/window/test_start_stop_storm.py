"""A start/stop storm: 200 cycles of Run, a random wait, then Stop or closing the window.

No thread may be left running (the conftest fixture checks after the test, and each cycle checks
the window's own trainer), no Qt warning may be printed (pytest fails on warnings), and memory
must stay flat once the first cycles have warmed the caches up.
"""

import gc
import os
import random
import weakref

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThread

from desktop.engine.pace import Pace
from desktop.style.presentation import Presentation
from desktop.window.main_window import MainWindow

CYCLES = 200
WARM_UP = 20
FAST = Pace(epochs_per_second=4000.0)  # a 300-epoch run plays in 75 ms: the storm is quick
PRESETS = ("quadratic-saturated", "cross-entropy-good-start", "book-cross-entropy-saturated")
RSS_GROWTH_LIMIT_MB = 30.0


def rss_mb() -> float:
    """Resident memory of this process now (Linux)."""
    with open("/proc/self/statm") as statm:
        resident_pages = int(statm.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def trainer_threads(window: MainWindow) -> list[QThread]:
    return [thread for thread in window.findChildren(QThread) if thread.isRunning()]


def new_window() -> MainWindow:
    """A shown window (not handed to qtbot, which would keep every one until the test ends)."""
    window = MainWindow(pace=FAST, presentation=Presentation(remember=False))
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(1280, 720)
    window.show()
    return window


def close_for_good(window: MainWindow) -> weakref.ref[MainWindow]:
    """Close (joining the threads, checked) and delete the window now; a reference to check
    that nothing keeps it once the caller lets go."""
    window.close()
    assert trainer_threads(window) == []
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return weakref.ref(window)


def test_two_hundred_runs_started_and_stopped_or_closed(qtbot, capsys) -> None:
    rng = random.Random(20261127)
    window = new_window()
    stopped = finished = 0
    closed_windows: list[weakref.ref[MainWindow]] = []
    before = None
    for cycle in range(CYCLES):
        if cycle == WARM_UP:
            gc.collect()
            before = rss_mb()
        if cycle % 10 == 0:  # a new preset, with or without compare mode, every 10 cycles
            window.load_preset(rng.choice(PRESETS))
            window.set_compare(window.compare.second() if rng.random() < 0.3 else None)
        window.run()
        target = rng.randint(0, 60)  # the run has 300 epochs: most are stopped, some closed
        session = window.session
        qtbot.waitUntil(lambda s=session, t=target: s.cursor >= t or not s.alive, timeout=10_000)
        if rng.random() < 0.08:  # close the window mid-run: its threads must be joined at once
            closed_windows.append(close_for_good(window))
            window = session = new_window()  # type: ignore[assignment]
            gc.collect()  # a window is a large graph of cycles: free it now, not some time later
            assert closed_windows[-1]() is None, "a closed window is still referenced"
            continue
        if window.session.alive:
            window.stop()
            qtbot.waitUntil(lambda s=session: not s.alive, timeout=10_000)
            stopped += 1
        else:
            finished += 1
        assert window.session.last_epoch <= window.shown_parameters.epochs
    close_for_good(window)
    del window, session
    gc.collect()
    closed = len(closed_windows)
    after = rss_mb()
    assert before is not None
    growth = after - before
    with capsys.disabled():
        print(
            f"\n[storm] {CYCLES} cycles: {stopped} stopped, {closed} closed mid-run, {finished} "
            f"finished first; RSS {before:.1f} MB after {WARM_UP} cycles, {after:.1f} MB at the "
            f"end ({growth:+.1f} MB, {growth / (CYCLES - WARM_UP) * 1024:+.1f} KiB a cycle)"
        )
    assert growth < RSS_GROWTH_LIMIT_MB
