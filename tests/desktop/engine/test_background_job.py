"""The background job: a function run in its own QThread, its progress, result, cancel, failure
and shutdown, seen from the GUI thread (signals waited for, never slept on)."""

import threading

import pytest
from PySide6.QtCore import QThread

from desktop.engine.background_job import BackgroundJob, JobWorker, ThrottledProgress

TIMEOUT_MS = 5000


@pytest.fixture
def job(qtbot):
    job = BackgroundJob("test job")
    yield job
    assert job.shutdown(TIMEOUT_MS)


def square(value, progress, cancelled):
    progress(0.5)
    return value * value, threading.current_thread() is threading.main_thread()


def wait_for_cancel(seen: dict, progress, cancelled):
    """Loop until asked to stop, as the speed map does between grid rows."""
    started = threading.Event()
    progress(0.0)
    while not cancelled():
        started.wait(0.001)  # an Event that is never set: a pause that releases the GIL
    seen["cancel"] = True
    return "stopped early"


def boom(progress, cancelled):
    raise ValueError("grid too large")


def test_the_result_arrives_from_another_thread(qtbot, job) -> None:
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT_MS) as signal:
        assert job.start(square, 7)
        assert job.busy
    assert signal.args == [(49, False)]  # computed off the GUI thread
    assert not job.busy


def test_progress_arrives_in_the_gui_thread(qtbot, job) -> None:
    reports = []
    job.progressed.connect(lambda fraction: reports.append((fraction, QThread.currentThread())))
    with qtbot.waitSignals([job.progressed, job.finished], timeout=TIMEOUT_MS, order="strict"):
        job.start(square, 3)
    assert reports == [(0.5, QThread.currentThread())]


def test_cancel_stops_a_function_that_checks_and_drops_its_result(qtbot, job) -> None:
    seen: dict = {}
    finished = []
    job.finished.connect(finished.append)
    with qtbot.waitSignal(job.progressed, timeout=TIMEOUT_MS):
        job.start(wait_for_cancel, seen)  # running (it reported) and waiting to be cancelled
    with qtbot.waitSignal(job.cancelled, timeout=TIMEOUT_MS):
        job.cancel()
    assert seen == {"cancel": True}  # the function saw the request and returned
    assert finished == [] and not job.busy


def test_a_busy_job_refuses_another_and_runs_the_next_after_it_ends(qtbot, job) -> None:
    seen: dict = {}
    with qtbot.waitSignal(job.progressed, timeout=TIMEOUT_MS):
        job.start(wait_for_cancel, seen)
    assert not job.start(square, 2)
    with qtbot.waitSignal(job.cancelled, timeout=TIMEOUT_MS):
        job.cancel()
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT_MS) as signal:
        assert job.start(square, 2)  # a fresh cancel flag: the old cancel does not reach it
    assert signal.args == [(4, False)]


def test_an_exception_becomes_failed_with_its_message(qtbot, job, caplog) -> None:
    with qtbot.waitSignal(job.failed, timeout=TIMEOUT_MS) as signal:
        job.start(boom)
    assert signal.args == ["ValueError: grid too large"]
    assert "failed" in caplog.text
    assert not job.busy


def test_shutdown_cancels_and_joins_the_thread(qtbot) -> None:
    job = BackgroundJob("shutdown test")
    seen: dict = {}
    ends = []
    for signal in (job.finished, job.cancelled, job.failed):
        signal.connect(lambda *args: ends.append(args))
    with qtbot.waitSignal(job.progressed, timeout=TIMEOUT_MS):
        job.start(wait_for_cancel, seen)
    thread = job._thread
    assert job.shutdown(TIMEOUT_MS)
    assert seen == {"cancel": True}
    assert thread.isFinished() and not thread.isRunning()
    assert not job.start(square, 1)  # a shut-down job takes no more work
    qtbot.wait(50)  # let any queued end signal arrive: it is dropped
    assert ends == []


def test_shutdown_of_a_job_that_never_ran_is_immediate() -> None:
    job = BackgroundJob()
    assert job.shutdown(0)
    assert not job.busy


def test_throttled_progress_passes_the_first_the_last_and_few_between() -> None:
    passed = []
    progress = ThrottledProgress(passed.append, interval_s=3600)
    for step in range(1, 10_001):
        progress(step / 10_000)
    assert passed == [0.0001, 1.0]


def test_the_worker_reports_its_outcome_without_a_thread(qtbot) -> None:
    worker = JobWorker()
    ends = []
    worker.ended.connect(lambda outcome, payload: ends.append((outcome, payload)))
    stop = threading.Event()
    worker.run(lambda progress, cancelled: 5, (), stop)
    stop.set()
    worker.run(lambda progress, cancelled: 6, (), stop)
    assert ends == [("finished", 5), ("cancelled", None)]
