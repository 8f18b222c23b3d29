"""The views in tabs beside the plots, and what feeds them.

Two follow the run on screen (the why-slow panel and the cost landscape): they get the runs, the
new rows and the cursor, and redraw at the session's frames while they are the tab in front.
Two have controls of their own: the learning-speed map (computed in a `BackgroundJob`, with
progress and Cancel; a click on a cell loads that start) and the chapter's exercises.

Every view is built, and its code imported, the first time it is wanted (its tab comes to the
front, or the window asks for it): each brings several plots, a window opens faster without them,
and many lectures never open some of them. What a view would have been told meanwhile (the runs, the
rows, the cursor, the parameters, the theme) is kept here and handed over when it is built.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.engine.background_job import BackgroundJob
from desktop.style.theme import Theme
from model import RunParameters, Trajectory
from model.speed_map import SpeedMapRequest, compute_speed_map

if TYPE_CHECKING:  # the views' code loads when a view is built (see _LazyTab)
    from desktop.insight.exercises_view import ExercisesView
    from desktop.insight.landscape_view import LandscapeView
    from desktop.insight.speed_map_view import SpeedMapView
    from desktop.insight.why_slow_panel import WhySlowPanel

translate = QCoreApplication.translate

JOB_SHUTDOWN_MS = 2000
DENSE_GROWTH = 0.65
"""The speed map's and the exercises' sizes grow as scale ** this (`InsightViews._theme_for`)."""


class _LazyTab(QWidget):
    """A tab's page that holds its view once the view is built."""

    def __init__(self, build: Callable[[], QWidget]) -> None:
        super().__init__()
        self._build = build
        self.view: QWidget | None = None
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def built(self) -> QWidget:
        if self.view is None:
            self.view = self._build()
            self.layout().addWidget(self.view)
            self.setFocusProxy(self.view)
        return self.view


class InsightViews(QObject):
    """The tabs after the plots: their widgets, fed from the session and the window."""

    redraw_wanted = Signal()
    """A view that follows the run has something new: the session's next frame redraws it."""
    start_chosen = Signal(float, float)
    """A cell of the speed map was clicked: load this start (w₀, b₀) into the main view."""

    def __init__(self, theme: Theme, parent: QObject) -> None:
        super().__init__(parent)
        self._theme = theme
        self._runs: list[tuple[RunParameters, Trajectory]] = []
        self._lengths: dict[int, int] = {}
        self._cursor: int | None = None
        self._pages = {
            "why-slow": _LazyTab(self._build_why_slow),
            "landscape": _LazyTab(self._build_landscape),
            "speed-map": _LazyTab(self._build_speed_map),
            "exercises": _LazyTab(self._build_exercises),
        }
        self.job = BackgroundJob("neuron-lab-speed-map", self)

    def tabs(self) -> list[tuple[str, QWidget, str]]:
        """(view name, widget, tab title) after the plots, in tab order."""
        return [
            ("why-slow", self._pages["why-slow"], translate("MainWindow", "Why slow?")),
            ("landscape", self._pages["landscape"], translate("MainWindow", "Landscape")),
            ("speed-map", self._pages["speed-map"], translate("MainWindow", "Speed map")),
            ("exercises", self._pages["exercises"], translate("MainWindow", "Exercises")),
        ]

    @property
    def why_slow(self) -> WhySlowPanel:
        return self._pages["why-slow"].built()  # type: ignore[return-value]

    @property
    def landscape(self) -> LandscapeView:
        return self._pages["landscape"].built()  # type: ignore[return-value]

    @property
    def speed_map(self) -> SpeedMapView:
        return self._pages["speed-map"].built()  # type: ignore[return-value]

    @property
    def exercises(self) -> ExercisesView:
        return self._pages["exercises"].built()  # type: ignore[return-value]

    def _built(self) -> list[Any]:
        return [page.view for page in self._pages.values() if page.view is not None]

    def _followers(self) -> list[Any]:
        """The views built so far that follow the run on screen."""
        views = (self._pages[name].view for name in ("why-slow", "landscape"))
        return [view for view in views if view is not None]

    # -- the run on screen ----------------------------------------------------------------------
    def set_runs(self, runs: Sequence[tuple[RunParameters, Trajectory]]) -> None:
        self._runs, self._lengths, self._cursor = list(runs), {}, None
        for view in self._followers():
            view.set_runs(runs)
        if self._pages["speed-map"].view is not None:
            self.speed_map.set_parameters(runs[0][0])

    def extend(self, index: int, length: int) -> None:
        self._lengths[index] = length
        for view in self._followers():
            view.extend(index, length)

    def show_epoch(self, epoch: int) -> None:
        self._cursor = epoch
        for view in self._followers():
            view.show_epoch(epoch)

    def activate(self, shown: QWidget | None) -> None:
        """A tab came to the front: build its view if need be, and draw it up to date."""
        if isinstance(shown, _LazyTab):
            shown.built()
        self.redraw(shown)

    def redraw(self, shown: QWidget | None) -> None:
        """A frame: the view in front (if it follows the run) puts its changes on screen; the
        others catch up when they come to the front."""
        if isinstance(shown, _LazyTab):
            shown = shown.view
        for view in self._followers():
            if view is shown:
                view.redraw_now()

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        for name, page in self._pages.items():
            if page.view is not None:
                page.view.apply_theme(self._theme_for(name))

    def _theme_for(self, name: str) -> Theme:
        """The speed map and the exercises pack plots, keys and controls in one tab: their text
        grows a little slower than the scale (as the readouts' does), so the plots keep room at
        scale 2 on a 720-pixel projector."""
        if name in ("speed-map", "exercises") and self._theme.scale > 1.0:
            return self._theme.scaled(self._theme.scale**DENSE_GROWTH)
        return self._theme

    def compute_speed_map(self) -> None:
        """Compute the speed map with the controls' values (as the Compute button does)."""
        self.speed_map.controls.compute_clicked.emit()

    def shutdown(self) -> bool:
        """Cancel a speed map being computed and join its thread (the window is closing)."""
        return self.job.shutdown(JOB_SHUTDOWN_MS)

    # -- building the views -----------------------------------------------------------------------
    def _build_why_slow(self) -> WhySlowPanel:
        from desktop.insight.why_slow_panel import WhySlowPanel

        return self._follow(WhySlowPanel(self._theme))

    def _build_landscape(self) -> LandscapeView:
        from desktop.insight.landscape_view import LandscapeView

        return self._follow(LandscapeView(self._theme))

    def _build_exercises(self) -> ExercisesView:
        from desktop.insight.exercises_view import ExercisesView

        return ExercisesView(self._theme_for("exercises"))

    def _follow(self, view: Any) -> Any:
        """A view that follows the run, told what it would have been told so far."""
        view.redraw_wanted.connect(self.redraw_wanted)
        if self._runs:
            view.set_runs(self._runs)
            for index, length in self._lengths.items():
                view.extend(index, length)
            if self._cursor is not None:
                view.show_epoch(self._cursor)
        return view

    def _build_speed_map(self) -> SpeedMapView:
        from desktop.insight.speed_map_view import SpeedMapView

        view, job = SpeedMapView(self._theme_for("speed-map")), self.job
        if self._runs:
            view.set_parameters(self._runs[0][0])
        view.compute_requested.connect(self._compute)
        view.cancel_requested.connect(job.cancel)
        view.start_chosen.connect(self.start_chosen)
        job.progressed.connect(view.set_progress)
        job.finished.connect(self._computed)
        job.cancelled.connect(lambda: self._stopped(translate("MainWindow", "Cancelled.")))
        job.failed.connect(
            lambda message: self._stopped(
                translate("MainWindow", "The speed map could not be computed: {message}").format(
                    message=message
                )
            )
        )
        return view

    def _compute(self, request: SpeedMapRequest) -> None:
        if self.job.busy:
            return
        self.speed_map.set_busy(True)
        self.job.start(compute_speed_map, request)

    def _computed(self, speed_map: object) -> None:
        self.speed_map.set_busy(False)
        if speed_map is not None:
            self.speed_map.show_map(speed_map)

    def _stopped(self, message: str) -> None:
        self.speed_map.set_busy(False)
        self.speed_map.show_message(message)
