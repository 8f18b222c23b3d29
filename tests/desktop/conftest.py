"""Desktop test fixtures: a themed QApplication, and a guard against leaked running QThreads."""

import gc

import pytest
import shiboken6
from PySide6.QtCore import QThread

from desktop.qt_app import application


@pytest.fixture(scope="session")
def qapp():
    """pytest-qt's application, created and themed the way the app does it."""
    return application()


def _running_threads() -> list[QThread]:
    return [
        obj
        for obj in gc.get_objects()
        if isinstance(obj, QThread)
        and shiboken6.isValid(obj)
        and obj.isRunning()
        and obj is not QThread.currentThread()
    ]


@pytest.fixture(autouse=True)
def no_thread_left_running(qapp):
    """Fail any test that leaves a QThread running (widgets are closed by pytest-qt first)."""
    yield
    leaked = _running_threads()
    for thread in leaked:  # stop them, so one leak does not break every later test
        thread.quit()
        thread.wait(5000)
    assert not leaked, f"test left QThreads running: {[t.objectName() for t in leaked]}"
