"""What the window shows: compare mode on or off, "book rule vs true gradient", and which view
(the plots or the why-slow panel) is in front. Also the restyling of the views a theme reaches.

Kept apart from `main_window.py`, which stays about layout and the run's state. It knows the
window through the `ViewWindow` protocol below (no import of the window: no import cycle).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QMainWindow

from desktop.plots.training_plots import TrainingPlots
from desktop.style.number_format import format_number
from desktop.style.presentation import Presentation
from desktop.style.theme import Theme
from desktop.views.hint_banner import HintBanner
from desktop.views.neuron_diagram import NeuronDiagram
from desktop.views.parameter_panel import ParameterPanel
from desktop.views.readouts_panel import ReadoutsPanel
from desktop.views.run_descriptions import compare_labels, compare_title, run_title
from desktop.window.compare_mode import CompareMode
from desktop.window.diagram_pair import DiagramPair
from desktop.window.insight_views import InsightViews
from desktop.window.left_column import LeftColumn
from desktop.window.right_column import RightColumn
from model import CostName, RunParameters, Trajectory, preset

BOOK_PRESET = "book-cross-entropy-saturated"


class ViewWindow(Protocol):
    """What the view commands need of the main window."""

    actions_by_name: dict[str, QAction]
    compare: CompareMode
    insights: InsightViews
    right_column: RightColumn
    diagrams: DiagramPair
    diagram: NeuronDiagram
    readouts: ReadoutsPanel
    hint_banner: HintBanner
    plots: TrainingPlots
    panel: ParameterPanel
    presentation: Presentation
    left_column: LeftColumn

    def load_parameters(
        self, parameters: RunParameters, preset_name: str | None = None
    ) -> None: ...
    def on_parameters_changed(self) -> None: ...
    def as_main_window(self) -> QMainWindow: ...


class ViewCommands(QObject):
    """Compare mode and the view tabs, driven by actions, the compare column and `--view`."""

    def __init__(self, window: ViewWindow) -> None:
        super().__init__(window.as_main_window())
        self._window = window
        a = window.actions_by_name
        a["compare"].toggled.connect(window.compare.toggle)
        a["book_pair"].triggered.connect(self.book_rule_pair)
        a["why_slow"].toggled.connect(self.toggle_why_slow)
        a["main_plot"].triggered.connect(self.next_main_plot)
        for name in ("landscape", "speed-map", "exercises"):
            action = a[f"view_{name.replace('-', '_')}"]
            action.triggered.connect(lambda _=False, n=name: self._window.right_column.show_view(n))
        a["view_plots"].triggered.connect(lambda: self._window.right_column.show_view("main"))
        window.compare.toggled.connect(self.on_compare_toggled)
        window.compare.second_changed.connect(window.on_parameters_changed)
        # Run 2 starts where run 1 does: it follows every edit of run 1, also one made during a
        # run (the window shows the new start only once that run has ended, but the next Run
        # starts both runs from it).
        window.panel.changed.connect(self.follow_first_run)
        window.compare.column.book_pair_requested.connect(self.book_rule_pair)
        window.insights.start_chosen.connect(self.load_start)
        window.right_column.views.currentChanged.connect(self.on_view_tab)

    def book_rule_pair(self) -> None:
        """Compare the book widget's rule with the true gradient from run 1's start and η (the
        book's preset if run 1 is quadratic: the book's rule is a cross-entropy rule)."""
        w = self._window
        first = w.panel.parameters()
        if first.cost is not CostName.CROSS_ENTROPY:
            first = preset(BOOK_PRESET).parameters
        book, _ = w.compare.book_pair(first)
        w.load_parameters(book, BOOK_PRESET)
        w.on_parameters_changed()
        w.as_main_window().statusBar().showMessage(
            self.tr("Comparing the book's rule (steps by dC/da) with the true gradient.")
        )

    def follow_first_run(self) -> None:
        """Run 1's values changed: run 2 shares its start (and, unless set by hand, is the
        other cost of it)."""
        self._window.compare.set_first(self._window.panel.parameters())

    def on_compare_toggled(self, on: bool) -> None:
        """Show or hide everything of the second run; the next Run starts one or two runs."""
        w = self._window
        action = w.actions_by_name["compare"]
        with QSignalBlocker(action):
            action.setChecked(on)
        w.left_column.set_comparing(on)
        window = w.as_main_window()
        w.left_column.fit(window.width(), window.height(), w.presentation.scale)
        w.on_parameters_changed()

    def show_view(self, name: str) -> None:
        """Show a view by its name: "main", "compare" (main in compare mode) or "why-slow"."""
        compare = self._window.compare
        if name == "compare":
            compare.toggle(True)
            name = "main"
        elif name == "main":
            compare.toggle(False)
        self._window.right_column.show_view(name)

    def toggle_why_slow(self, on: bool) -> None:
        self._window.right_column.show_view("why-slow" if on else "main")

    def load_start(self, w: float, b: float) -> None:
        """A click on the speed map: that start (w₀, b₀) in the main view, with the values set."""
        window = self._window
        window.load_parameters(window.panel.parameters().with_changes(w=w, b=b))
        window.on_parameters_changed()
        self.show_view("compare" if window.compare.on else "main")
        window.as_main_window().statusBar().showMessage(
            self.tr("Start w₀ = {w}, b₀ = {b} from the speed map: press Run or Space.").format(
                w=format_number(w), b=format_number(b)
            )
        )

    def next_main_plot(self) -> None:
        """L: the next plot becomes the large one (and the one kept when only one fits)."""
        plots = self._window.plots
        index = (plots.plots().index(plots.main_plot()) + 1) % 3
        plots.set_main_plot(index)
        names = (self.tr("cost"), self.tr("weight and bias"), self.tr("output"))
        self._window.as_main_window().statusBar().showMessage(
            self.tr("Large plot: {name}").format(name=names[index])
        )

    def show_start_states(self, first: RunParameters, start: Trajectory) -> None:
        """Before Run: the views show epoch 0 of run 1 (whose `start` is given) and, comparing,
        of run 2; the threshold readout takes the hint's place while comparing."""
        w = self._window
        compare = w.compare
        if compare.on:
            second, second_start = compare.second(), compare.start_state()
            compare.show_state(first.x, second_start.state(0))
            w.diagrams.set_pair(True, compare_labels(first, second))
            w.plots.show_plan(first.epochs, compare_title(first, second))
            w.insights.set_runs([(first, start), (second, second_start)])
            compare.refresh()
        else:
            w.diagrams.set_pair(False)
            w.plots.show_plan(first.epochs, run_title(first))
            w.insights.set_runs([(first, start)])
        w.insights.show_epoch(0)
        w.hint_banner.setVisible(not compare.on)
        compare.readout.setVisible(compare.on)

    def on_view_tab(self, index: int) -> None:
        """A tab came to the front: its action follows, and it is drawn up to date."""
        action = self._window.actions_by_name["why_slow"]
        with QSignalBlocker(action):
            action.setChecked(self._window.right_column.view_names[index] == "why-slow")
        self._window.insights.activate(self._window.right_column.views.currentWidget())
        # The keyboard stays with the view (arrows step), not with whatever field Qt would pick
        # once the plots, which had it, are hidden.
        self._window.right_column.views.currentWidget().setFocus()


def restyle_views(window: ViewWindow, theme: Theme, readouts_growth: float) -> None:
    """The views beside the plots in a theme's colours and scale (readouts, hint and compare
    mode's texts grow a little slower than the scale: `readouts_growth`)."""
    window.diagram.set_colors(QColor(theme.background), QColor(theme.foreground))
    window.diagram.set_scale(theme.scale)
    window.readouts.set_colors(
        QColor(theme.background), QColor(theme.foreground), QColor(theme.accent)
    )
    window.readouts.set_scale(theme.scale**readouts_growth)
    window.hint_banner.set_scale(theme.scale**readouts_growth)
    window.hint_banner.set_colors(QColor(theme.window), QColor(theme.accent))
    window.insights.apply_theme(theme)
    compare = window.compare
    compare.column.set_scale(theme.scale)
    compare.readout.set_scale(theme.scale**readouts_growth)
    for view in (compare.column, compare.readout):
        view.set_run_colours(theme.runs)
    window.diagrams.set_style(theme.runs, theme.scale)
    compare.diagram.set_colors(QColor(theme.background), QColor(theme.foreground))
    compare.diagram.set_scale(theme.scale)
