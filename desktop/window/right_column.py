"""The window's right column: the views of the run in tabs (the live plots, the why-slow panel;
later views add tabs here), then the hint or compare mode's threshold readout, then the timeline.

The hint, the readout and the timeline stay in view whichever tab is shown: they follow the
cursor as the tab's view does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

VIEW_TABS = ("main", "why-slow")
"""The tabs' names, in tab order: the view names of `neuron-lab screenshot --view`."""


class RightColumn(QWidget):
    """Tabs of views over the hint, the threshold readout and the timeline."""

    def __init__(
        self,
        plots: QWidget,
        why_slow: QWidget,
        hint: QWidget,
        readout: QWidget,
        timeline: QWidget,
    ) -> None:
        super().__init__()
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.views.addTab(plots, QCoreApplication.translate("MainWindow", "Plots"))
        self.views.addTab(why_slow, QCoreApplication.translate("MainWindow", "Why slow?"))
        why_slow.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the arrows step, as on the plots
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.views, 1)
        column.addWidget(hint)
        column.addWidget(readout)
        column.addWidget(timeline)
        readout.hide()

    def show_view(self, name: str) -> None:
        """Bring the tab of view `name` (one of `VIEW_TABS`) to the front."""
        self.views.setCurrentIndex(VIEW_TABS.index(name))

    def view(self) -> str:
        return VIEW_TABS[self.views.currentIndex()]
