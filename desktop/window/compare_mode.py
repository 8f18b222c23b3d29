"""Compare mode's state in the window: the second run's values, its diagram, and the live
threshold epochs of both runs.

The window asks this object whether to start one run or two and what the second is; the views
it owns (the second parameter column, the threshold readout, the second diagram) are placed by
the window's layout. The numbers (threshold epochs, their ratio) come from `model.comparison`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.engine.session_run import ShownRun
from desktop.views.compare_column import CompareColumn
from desktop.views.neuron_diagram import NeuronDiagram
from desktop.views.threshold_readout import ThresholdReadout
from desktop.views.threshold_text import RunThreshold, run_labels
from model import RunParameters, Training, Trajectory
from model.comparison import ThresholdWatch, book_rule_pair, default_partner, shared_start


class CompareMode(QObject):
    """Whether the window compares two runs, and everything it shows about the second."""

    toggled = Signal(bool)
    second_changed = Signal()  # the second run's values changed (an ended run is put away)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.on = False
        self.column = CompareColumn()
        self.readout = ThresholdReadout()
        self.diagram = NeuronDiagram()
        self._first = RunParameters()
        self._second = default_partner(self._first)
        self._chosen = False  # the second run was set by hand (kept when run 1 changes)
        self._runs: tuple[ShownRun, ...] = ()
        self._session_runs = False  # else `_runs` are the start states, shown before Run
        self._rows: list[int] = []
        self._ended = False
        self._watches: list[ThresholdWatch] = []
        self.column.set_first(self._first)
        self.column.set_second(self._second)
        self.column.changed.connect(self._on_column_changed)
        self.readout.threshold_changed.connect(self._on_threshold_changed)

    # -- values ---------------------------------------------------------------------------------
    def second(self) -> RunParameters:
        """The second run, from the first run's start (what Run starts in compare mode)."""
        return shared_start(self._first, self._second)

    def set_first(self, first: RunParameters) -> None:
        """Run 1's values changed: the second shares its start; an untouched second run stays
        "the other cost" of the new first."""
        self._first = first
        if not self._chosen:
            self._second = default_partner(first)
            self.column.set_second(self._second)
        self.column.set_first(first)

    def set_compare(self, second: RunParameters | None, chosen: bool = True) -> None:
        """Compare mode on with `second` as the second run (None: off)."""
        if second is not None:
            self._second, self._chosen = second, chosen
            self.column.set_second(second)
        self._set_on(second is not None)

    def toggle(self, on: bool) -> None:
        """The Compare action: on with the second run set before (or the other cost)."""
        self._set_on(on)

    def book_pair(self, first: RunParameters) -> tuple[RunParameters, RunParameters]:
        """ "Book rule vs true gradient" from `first`'s start (run 1 book rule, run 2 gradient)."""
        book, gradient = book_rule_pair(first)
        self._first = book
        self.set_compare(gradient)
        return book, gradient

    def _set_on(self, on: bool) -> None:
        if on != self.on:
            self.on = on
            self.toggled.emit(on)

    def _on_column_changed(self) -> None:
        self._second, self._chosen = self.column.second(), True
        self.second_changed.emit()

    # -- runs -----------------------------------------------------------------------------------
    def runs_started(self, runs: tuple[ShownRun, ...]) -> None:
        """A session started: watch its runs' threshold epochs (compare mode only)."""
        self._runs = runs if len(runs) == 2 else ()
        self._session_runs = bool(self._runs)
        self._rows = [0] * len(self._runs)
        self._ended = False
        self._watches = [ThresholdWatch(self.readout.threshold()) for _ in self._runs]
        if self._runs:
            self.refresh()

    def extended(self, index: int, rows: int) -> None:
        """Rows 0 … rows − 1 of run `index` are shown: fold them into its threshold watch."""
        if index < len(self._watches):
            self._rows[index] = rows
            self._watches[index].update(self._runs[index].trajectory, rows)

    def ended(self) -> None:
        self._ended = True
        self.refresh()

    def clear(self) -> None:
        """The runs were put away: the start states are reported until the next start."""
        self._runs, self._session_runs = (), False
        self.refresh()

    def refresh(self) -> None:
        """Show the threshold epochs found so far (call once a frame); before a run, what the
        start states say."""
        if not self._session_runs:
            pair = (self._first, self.second())
            self._runs = tuple(
                ShownRun(i, 0, p, Training(p).trajectory) for i, p in enumerate(pair)
            )
            self._rows, self._ended = [1, 1], False
            self._watches = [ThresholdWatch(self.readout.threshold()) for _ in pair]
            for watch, run in zip(self._watches, self._runs, strict=True):
                watch.update(run.trajectory, 1)
        labels = run_labels(*(run.parameters for run in self._runs), self._translate)
        self.readout.show_runs(
            [
                RunThreshold(
                    label=label,
                    epoch=watch.epoch,
                    rows_shown=rows,
                    planned_epochs=run.parameters.epochs,
                    ended=self._ended,
                )
                for run, watch, rows, label in zip(
                    self._runs, self._watches, self._rows, labels, strict=True
                )
            ]
        )

    def show_state(self, x: float, state: dict[str, float]) -> None:
        """The second diagram shows run 2's state at the cursor."""
        self.diagram.show_state(x, state["w"], state["b"], state["a"])

    def start_state(self) -> Trajectory:
        """Epoch 0 of the second run (shown before Run)."""
        return Training(self.second()).trajectory

    @staticmethod
    def _translate(text: str) -> str:
        return QCoreApplication.translate("ThresholdText", text)

    def _on_threshold_changed(self, threshold: float) -> None:
        for watch, run, rows in zip(self._watches, self._runs, self._rows, strict=True):
            watch.reset(threshold)
            watch.update(run.trajectory, rows)
        self.refresh()
