"""The window's left column: the neuron diagram on top; under it the readouts and the parameters.

Where the window is wide enough (a 1920-pixel screen at scale 1) the readouts and the parameter
panel stand side by side, every field in view; on a narrower window (a 1280×720 projector) they
share a tab widget whose height fits the taller of the two, so the parameters tab needs no
scrolling either. Only at a large presentation scale on a small screen does the parameters tab
scroll (the lesson, readouts and diagram, keeps the room). The diagram takes what is left.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

SHARE = 0.3
MIN_WIDTH, MAX_WIDTH = 430, 640
"""The column takes 30 % of the window (more when presenting larger) within these bounds."""
MAX_SHARE = 0.45
"""Never more than this share of the window: the plots are the larger part..."""
MAX_WIDE_SHARE = 0.5
"""...except to keep the readouts and the parameters side by side: then half."""
GAP = 12
COMPARE_TABS_SHARE = 0.38
"""Comparing, the tabs under the two diagrams take at most this share of the window's height
(only a large scale on a short screen reaches it: then the readouts tab scrolls)."""


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class LeftColumn(QWidget):
    """Diagram above; readouts and parameters beside each other (wide) or in tabs (narrow)."""

    def __init__(
        self, diagram: QWidget, readouts: QWidget, panel: QWidget, second: QWidget
    ) -> None:
        """`second`: compare mode's second parameter column (a tab of its own where narrow,
        under the parameters where wide), shown only while comparing."""
        super().__init__()
        self.diagram, self.readouts, self.panel, self.second = diagram, readouts, panel, second
        self.comparing = False
        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._readouts_area, self._second_area = _scrolled(readouts), _scrolled(second)
        panels = QWidget()
        stack = QVBoxLayout(panels)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(panel)
        self._panel_area = _scrolled(panels)
        self._panels = stack
        self.side_by_side = QWidget()
        self._row = QHBoxLayout(self.side_by_side)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(GAP)
        readouts.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(self)
        column.addWidget(diagram, 1)
        column.addWidget(self.tabs, 0)
        column.addWidget(self.side_by_side, 0)
        self.wide = True
        self._arrange(wide=False)

    def set_comparing(self, on: bool) -> None:
        """Show the second run's column (call `fit` afterwards)."""
        self.comparing = on
        self._arrange(self.wide, again=True)

    def fit(self, window_width: int, window_height: int, scale: float) -> None:
        """Choose the arrangement and the column's size for a window of that size."""
        panel_width = self._content_width(self.panel)
        if self.comparing:
            panel_width = max(panel_width, self._content_width(self.second))
        wide_width = self._content_width(self.readouts) + panel_width + GAP
        wide = wide_width + 24 <= window_width * MAX_WIDE_SHARE
        self._arrange(wide)
        narrow_width = max(self._content_width(self.readouts), panel_width)
        needed = (wide_width if wide else narrow_width) + 24
        share = window_width * SHARE * scale**0.5
        width = min(max(share, needed, MIN_WIDTH), max(MAX_WIDTH * scale, needed))
        self.setFixedWidth(
            round(min(width, window_width * (MAX_WIDE_SHARE if wide else MAX_SHARE)))
        )
        self._fit_height(wide, window_height)

    def _arrange(self, wide: bool, again: bool = False) -> None:
        if wide == self.wide and not again:
            return
        self.wide = wide
        current = self.tabs.currentIndex()
        self.tabs.clear()
        for area in (self._readouts_area, self._panel_area):
            self._row.removeWidget(area)
        if self._second_area.widget() is self.second:
            self._second_area.takeWidget()
        self._panels.removeWidget(self.second)
        if wide:
            self._row.addWidget(self._readouts_area, 0)
            self._row.addWidget(self._panel_area, 1)
            self._readouts_area.show()  # a page taken out of a tab widget stays hidden
            self._panel_area.show()
            self._panels.addWidget(self.second)
        else:
            self.tabs.addTab(
                self._readouts_area, QCoreApplication.translate("MainWindow", "Readouts")
            )
            self.tabs.addTab(
                self._panel_area, QCoreApplication.translate("MainWindow", "Parameters")
            )
            self._second_area.setWidget(self.second)
            if self.comparing:
                self.tabs.addTab(
                    self._second_area, QCoreApplication.translate("MainWindow", "Run 2")
                )
            self.tabs.setCurrentIndex(max(0, min(current, self.tabs.count() - 1)))
        self.second.setVisible(self.comparing)
        self.tabs.setVisible(not wide)
        self.side_by_side.setVisible(wide)

    def _fit_height(self, wide: bool, window_height: int) -> None:
        """All readouts and (where it fits) every parameter in view; the diagram takes the rest."""
        readouts = self.readouts.sizeHint().height()
        panel = self.panel.minimumSizeHint().height()
        second = self.second.minimumSizeHint().height() if self.comparing else 0
        if wide:
            panel += second + GAP if second else 0
            self._readouts_area.setMinimumWidth(self._content_width(self.readouts))
            self.side_by_side.setFixedHeight(max(readouts, panel) + 4)
            return
        # The parameters tab grows to the panel's height unless that would crush the diagram
        # (a large scale on a short window: then that tab scrolls; the readouts never do).
        panel = max(panel, second)
        tallest = max(readouts, panel) if panel <= 0.5 * window_height else readouts
        if self.comparing:  # two diagrams keep their room; the readouts may scroll instead
            tallest = min(tallest, round(COMPARE_TABS_SHARE * window_height))
        self.tabs.setFixedHeight(tallest + self.tabs.tabBar().sizeHint().height() + 12)

    @staticmethod
    def _content_width(widget: QWidget) -> int:
        return max(widget.minimumSizeHint().width(), widget.sizeHint().width())
