"""Speed control: epochs per second on a stepped logarithmic slider, plus "instant".

The steps are round numbers (1, 2, 3, 5, 10 … 1000) so the speed shown is the speed used.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

from desktop.engine.pace import FRAMES_PER_SECOND, INSTANT, Pace

SPEEDS = (1, 2, 3, 5, 10, 15, 20, 30, 60, 100, 150, 200, 300, 500, 1000)
"""Epochs per second at each slider position (about three steps per decade)."""
DEFAULT_SPEED = FRAMES_PER_SECOND


class SpeedControl(QWidget):
    """Slider from 1 to 1,000 epochs/s, an Instant button, and the current speed as text."""

    pace_changed = Signal(object)  # Pace

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, len(SPEEDS) - 1)
        self.slider.setValue(SPEEDS.index(DEFAULT_SPEED))
        self.slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrow keys belong to the transport
        self.slider.setToolTip(self.tr("Animation speed, epochs per second"))
        self.slider.setMinimumWidth(90)
        self.instant_button = QToolButton()
        self.instant_button.setText(self.tr("Instant"))
        self.instant_button.setCheckable(True)
        self.instant_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.instant_button.setToolTip(self.tr("Compute as fast as possible"))
        self.label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Speed")))
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        layout.addWidget(self.instant_button)
        self.slider.valueChanged.connect(self._changed)
        self.instant_button.toggled.connect(self._changed)
        self._show()
        self._fit_label()

    def pace(self) -> Pace:
        """The pace chosen now."""
        if self.instant_button.isChecked():
            return INSTANT
        return Pace(float(SPEEDS[self.slider.value()]))

    def set_speed(self, epochs_per_second: int | None) -> None:
        """Choose a listed speed, or None for instant."""
        self.instant_button.setChecked(epochs_per_second is None)
        if epochs_per_second is not None:
            self.slider.setValue(SPEEDS.index(epochs_per_second))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_label()
        super().changeEvent(event)

    def _fit_label(self) -> None:
        """Room for the widest speed text, so the bar does not jump when the speed changes."""
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("1,000 epochs/s") + 8)

    def _changed(self) -> None:
        self._show()
        self.pace_changed.emit(self.pace())

    def _show(self) -> None:
        self.slider.setEnabled(not self.instant_button.isChecked())
        pace = self.pace()
        if pace.epochs_per_second is None:
            self.label.setText(self.tr("instant"))
        else:
            self.label.setText(
                self.tr("1 epoch/s")
                if pace.epochs_per_second == 1
                else self.tr("{speed:,} epochs/s").format(speed=int(pace.epochs_per_second))
            )
