"""The learning-speed map's own controls: grid size N, most epochs M and threshold T (checked
fields, as in the parameter panel), the settings taken from the current parameters (shown, not
edited here), a Compute button, a progress bar and Cancel.

One row when it fits: the fields, then the buttons and progress; the buttons go under the fields
when the view is too narrow (large presentation scales), rather than being clipped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.insight.speed_map_texts import from_current_text
from desktop.views.number_field import DecimalField, WholeField
from model import RunParameters
from model.speed_map import (
    DEFAULT_GRID,
    DEFAULT_MAX_EPOCHS,
    DEFAULT_THRESHOLD,
    MAX_GRID,
    MAX_MAX_EPOCHS,
    MIN_GRID,
)

translate = QCoreApplication.translate

PROGRESS_STEPS = 1000
"""The progress bar's resolution (0.1 %)."""
THRESHOLD_LIMITS = (0.0001, 0.9999)
"""T is > 0 and < 1 (the model's limits), to the field's four decimals."""


class SpeedMapControls(QWidget):
    """The controls; `compute_clicked` and `cancel_clicked` say a button was pressed, `values`
    reads the fields (or says what is wrong with them)."""

    compute_clicked = Signal()
    cancel_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid_field = WholeField(
            translate("SpeedMapView", "grid N"), MIN_GRID, MAX_GRID, step=10
        )
        self.epochs_field = WholeField(
            translate("SpeedMapView", "max epochs M"), 1, MAX_MAX_EPOCHS, step=100
        )
        self.threshold_field = DecimalField(
            translate("SpeedMapView", "threshold T"), *THRESHOLD_LIMITS, 4, 0.01
        )
        self.grid_field.setValue(DEFAULT_GRID)
        self.epochs_field.setValue(DEFAULT_MAX_EPOCHS)
        self.threshold_field.setValue(DEFAULT_THRESHOLD)
        self.grid_field.setToolTip(
            translate("SpeedMapView", "Starts along each side: N × N starts (w₀, b₀)")
        )
        self.epochs_field.setToolTip(translate("SpeedMapView", "Most epochs run from each start"))
        self.threshold_field.setToolTip(
            translate("SpeedMapView", "A start has learnt once |a − y| < T")
        )
        self.compute_button = QPushButton(translate("SpeedMapView", "Compute"))
        self.cancel_button = QPushButton(translate("SpeedMapView", "Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, PROGRESS_STEPS)
        self.progress_bar.setValue(0)
        self.progress_bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.progress_bar.setMinimumWidth(
            self.progress_bar.fontMetrics().horizontalAdvance("100%") + 24
        )
        self.parameters_label = QLabel()
        self.parameters_label.setWordWrap(True)
        self.compute_button.clicked.connect(self.compute_clicked)
        self.cancel_button.clicked.connect(self.cancel_clicked)
        self._names = (
            (translate("SpeedMapView", "Grid N"), translate("SpeedMapView", "N")),
            (translate("SpeedMapView", "Max epochs M"), translate("SpeedMapView", "M")),
            (translate("SpeedMapView", "Threshold T"), translate("SpeedMapView", "T")),
        )
        self._labels: list[QLabel] = []
        self._fields = self._row(
            (self._names[0][0], self.grid_field),
            (self._names[1][0], self.epochs_field),
            (self._names[2][0], self.threshold_field),
        )
        self._actions = self._row(
            ("", self.compute_button), ("", self.progress_bar), ("", self.cancel_button)
        )
        self._rows = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # or TopToBottom: `_arrange`
        self._rows.addWidget(self._fields, 0, Qt.AlignmentFlag.AlignLeft)
        self._rows.addWidget(self._actions, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._rows)
        column.addWidget(self.parameters_label)
        self._stacked = False
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_parameters(RunParameters())

    def _row(self, *parts: tuple[str, QWidget]) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, widget in parts:
            if text:
                label = QLabel(text)
                label.setBuddy(widget)
                label.setToolTip(widget.toolTip())
                layout.addWidget(label)
                self._labels.append(label)
            layout.addWidget(widget)
            layout.addSpacing(6)
        return row

    # ------------------------------------------------------------------ the view's API
    def set_parameters(self, p: RunParameters) -> None:
        """Show the settings the next map takes from the main view."""
        text = from_current_text(p.x, p.y, p.eta, p.rule)
        self.parameters_label.setText(text)
        self.compute_button.setToolTip(text)

    def set_compact(self, compact: bool) -> None:
        """Short field names ("N", "M", "T", their long names in tooltips) and no parameters
        line (it moves to Compute's tooltip): one row of controls at large presentation
        scales, so the maps keep the room."""
        for label, names in zip(self._labels, self._names, strict=True):
            label.setText(names[1] if compact else names[0])
        self.parameters_label.setVisible(not compact)
        self._arrange(self._too_narrow(self.width()))

    def set_busy(self, busy: bool) -> None:
        self.compute_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self.progress_bar.setValue(0)

    def set_progress(self, fraction: float) -> None:
        self.progress_bar.setValue(round(min(max(fraction, 0.0), 1.0) * PROGRESS_STEPS))

    def values(self) -> tuple[int, int, float] | str:
        """(N, M, T) from the fields as typed, or what is wrong with one of them."""
        fields = (self.grid_field, self.epochs_field, self.threshold_field)
        for field in fields:
            problem = field.problem_for(field.lineEdit().text())
            if problem:
                return problem
            field.interpretText()  # typed but not yet committed (no Enter, focus kept)
        return self.grid_field.value(), self.epochs_field.value(), self.threshold_field.value()

    # ------------------------------------------------------------------ one row, or two
    def minimumSizeHint(self) -> QSize:
        """As narrow as the two rows stacked (side by side they need more, see `resizeEvent`)."""
        parts = (self._fields, self._actions, self.parameters_label)
        hint = super().minimumSizeHint()
        return QSize(max(part.minimumSizeHint().width() for part in parts), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(self._too_narrow(event.size().width()))

    def _too_narrow(self, width: int) -> bool:
        """Too narrow for the fields and the buttons in one row."""
        self._fields.layout().invalidate()  # the labels may have changed
        wanted = self._fields.sizeHint().width() + self._actions.minimumSizeHint().width() + 12
        return width < wanted

    def _arrange(self, stacked: bool) -> None:
        if stacked != self._stacked:
            self._stacked = stacked
            direction = QBoxLayout.Direction
            self._rows.setDirection(direction.TopToBottom if stacked else direction.LeftToRight)
        self.updateGeometry()  # the view's layout asks our new height
