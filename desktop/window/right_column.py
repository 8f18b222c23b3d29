"""The window's right column: the views of the run in tabs (the live plots first, then the
insight views: why slow, the cost landscape, the speed map, the exercises), then the hint or
compare mode's threshold readout, then the timeline.

The hint, the readout and the timeline stay in view whichever tab is shown: they follow the
cursor as the tab's view does. Each tab has a view name, the one `neuron-lab screenshot --view`
takes ("main" for the plots).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class RightColumn(QWidget):
    """Tabs of views over the hint, the threshold readout and the timeline."""

    def __init__(
        self,
        plots: QWidget,
        tabs: Sequence[tuple[str, QWidget, str]],
        hint: QWidget,
        readout: QWidget,
        timeline: QWidget,
    ) -> None:
        """`tabs`: (view name, widget, title) of the views after the plots."""
        super().__init__()
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view_names = ["main"]
        self.views.addTab(plots, QCoreApplication.translate("MainWindow", "Plots"))
        for name, widget, title in tabs:
            self.view_names.append(name)
            self.views.addTab(widget, title)
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the arrows step, as on the plots
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.views, 1)
        column.addWidget(hint)
        column.addWidget(readout)
        column.addWidget(timeline)
        readout.hide()

    def show_view(self, name: str) -> None:
        """Bring the tab of view `name` (one of `view_names`) to the front."""
        self.views.setCurrentIndex(self.view_names.index(name))

    def view(self) -> str:
        return self.view_names[self.views.currentIndex()]
