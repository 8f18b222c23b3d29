"""The speed map view driven the way the window drives it: Compute runs the model's
`compute_speed_map` in a `BackgroundJob`, progress reaches the bar, the map is drawn and a click
on a cell chooses that start; Cancel stops the job promptly and leaves the view usable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QPointF, Qt
from PySide6.QtWidgets import QApplication

from desktop.engine.background_job import BackgroundJob
from desktop.insight.speed_map_texts import cancelled_text, computing_text
from desktop.insight.speed_map_view import SpeedMapView
from model import RunParameters
from model.speed_map import compute_speed_map

TIMEOUT_MS = 10_000


class Wiring(QObject):
    """What the window does with the view's requests and the job's answers."""

    def __init__(self, view: SpeedMapView, job: BackgroundJob) -> None:
        super().__init__()
        self.view, self.job = view, job
        view.compute_requested.connect(self.compute)
        view.cancel_requested.connect(job.cancel)
        job.progressed.connect(view.set_progress)
        job.finished.connect(self.finished)
        job.cancelled.connect(self.cancelled)
        job.failed.connect(self.failed)

    def compute(self, request) -> None:
        if self.job.start(compute_speed_map, request):
            self.view.set_busy(True)

    def finished(self, speed_map) -> None:
        self.view.set_busy(False)
        self.view.show_map(speed_map)

    def cancelled(self) -> None:
        self.view.set_busy(False)
        self.view.show_message(cancelled_text())

    def failed(self, message: str) -> None:
        self.view.set_busy(False)
        self.view.show_message(message)


@pytest.fixture
def wired(qtbot):
    view = SpeedMapView()
    qtbot.addWidget(view)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.resize(1266, 900)
    view.show()
    view.set_parameters(RunParameters(w=2, b=2))
    job = BackgroundJob("speed map")
    wiring = Wiring(view, job)
    yield wiring
    assert job.shutdown(5000)


def set_fields(view: SpeedMapView, grid: int, max_epochs: int) -> None:
    view.controls.grid_field.setValue(grid)
    view.controls.epochs_field.setValue(max_epochs)


def test_compute_draws_the_map_and_a_click_chooses_its_start(wired, qtbot) -> None:
    view, job = wired.view, wired.job
    set_fields(view, 41, 1000)
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT_MS):
        qtbot.mouseClick(view.controls.compute_button, Qt.MouseButton.LeftButton)
        assert view.controls.cancel_button.isEnabled()
    speed_map = view.current_map()
    assert speed_map is not None and speed_map.request.grid == 41
    assert view.controls.compute_button.isEnabled() and not view.controls.cancel_button.isEnabled()
    assert view.controls.progress_bar.value() == view.controls.progress_bar.maximum()
    view.grab()
    QApplication.processEvents()
    plot = view.plots.maps[1]
    i, j = 30, 30  # w0 = b0 = 2
    scene = plot.view_box.mapViewToScene(QPointF(speed_map.w0[i], speed_map.b0[j]))
    with qtbot.waitSignal(view.start_chosen, timeout=1000) as signal:
        qtbot.mouseClick(
            plot.widget.viewport(), Qt.MouseButton.LeftButton, pos=plot.widget.mapFromScene(scene)
        )
    assert signal.args == [speed_map.w0[i], speed_map.b0[j]] == [2.0, 2.0]


def test_cancel_stops_the_worker_promptly_and_the_view_stays_usable(wired, qtbot) -> None:
    view, job = wired.view, wired.job
    set_fields(view, 1001, 100_000)  # about a million starts for up to 100,000 epochs: minutes
    with qtbot.waitSignal(job.progressed, timeout=TIMEOUT_MS):
        view.controls.compute_button.click()
    assert job.busy and view.placeholder.text() == computing_text()
    with qtbot.waitSignal(job.cancelled, timeout=2000):  # checked every few ms by the model
        qtbot.mouseClick(view.controls.cancel_button, Qt.MouseButton.LeftButton)
    assert not job.busy and view.current_map() is None
    assert view.message_label.text() == cancelled_text()
    assert view.controls.compute_button.isEnabled() and not view.controls.cancel_button.isEnabled()
    set_fields(view, 21, 200)  # and the next map is computed as usual
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT_MS):
        view.controls.compute_button.click()
    assert view.current_map().request.grid == 21
    assert not view.message_label.isVisibleTo(view)
