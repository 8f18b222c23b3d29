"""The bar under the plots: a replay timeline over the computed epochs, and the speed control."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSlider, QWidget

from desktop.window.speed_control import SpeedControl


class TimelineBar(QWidget):
    """Slider 0..newest computed epoch; moving it asks for that epoch (`epoch_chosen`)."""

    epoch_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrow keys belong to the transport
        self.slider.setToolTip(self.tr("Timeline: drag to any computed epoch"))
        self.slider.setMinimumWidth(80)
        self.speed = SpeedControl()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.slider, 3)
        layout.addSpacing(16)
        layout.addWidget(self.speed, 2)
        self.slider.valueChanged.connect(self.epoch_chosen)

    def show_position(self, epoch: int, last_epoch: int) -> None:
        """Reflect the cursor and the computed range without echoing `epoch_chosen`."""
        with QSignalBlocker(self.slider):
            self.slider.setRange(0, max(last_epoch, 0))
            self.slider.setValue(epoch)
