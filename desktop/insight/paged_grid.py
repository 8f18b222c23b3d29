"""A widget showing a few parts in a grid when they fit, else on pages chosen by tabs.

`panel_layout.arrange` decides from the room there is and each part's `Need`; this widget puts
the current page's parts in its grid and hides the others, and re-decides on every resize and
whenever `relayout` is called (the theme's sizes changed).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QTabBar, QVBoxLayout, QWidget

from desktop.insight.panel_layout import Need, Page, arrange, column_widths, part_width

MIN_TAB_POINTS = 10.0
"""Tabs shrink to fit the width down to this size."""


class PagedGrid(QWidget):
    """Parts (widgets) named for the tabs; `needs` tells how much room each part needs now."""

    def __init__(
        self,
        parts: Sequence[QWidget],
        names: Sequence[str],
        needs: Callable[[], list[Need]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._parts, self._names, self._needs = list(parts), list(names), needs
        self._pages: tuple[Page, ...] = ()
        self.spacing = 6
        self.tabs = QTabBar(self)
        self.tabs_font = self.tabs.font()
        self.tabs.setExpanding(False)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.setDrawBase(False)
        self.tabs.currentChanged.connect(self._show_page)
        self._box = QWidget(self)
        self._grid = QGridLayout(self._box)
        self._grid.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.tabs)
        layout.addWidget(self._box, 1)
        for part in self._parts:
            part.setParent(self._box)
            part.hide()

    def pages(self) -> tuple[Page, ...]:
        """The pages as arranged now (one page: every part at once)."""
        return self._pages

    def shown_parts(self) -> list[QWidget]:
        """The parts on the current page."""
        if not self._pages:
            return []
        return [self._parts[p.cell] for p in self._pages[max(0, self.tabs.currentIndex())]]

    def show_part(self, index: int) -> None:
        """Turn to the page holding part `index`."""
        for number, page in enumerate(self._pages):
            if any(p.cell == index for p in page):
                self.tabs.setCurrentIndex(number)

    def relayout(self) -> None:
        """Arrange the parts anew for the room there is now (and the needs they have now)."""
        self._grid.setSpacing(self.spacing)
        self.tabs.setFont(self.tabs_font)  # the tallest they may be
        pager = self.tabs.sizeHint().height() + 2
        pages = arrange(self.width(), self.height(), self._needs(), self.spacing, pager)
        if pages == self._pages:
            self._fit_tabs()
            self._set_row_heights(self._pages[max(0, self.tabs.currentIndex())])
            return
        shown = self.shown_parts()
        first = self._parts.index(shown[0]) if shown else 0
        self._pages = pages
        self.tabs.blockSignals(True)
        self.tabs.hide()  # until the page is in place: the two never ask for room at once
        while self.tabs.count():
            self.tabs.removeTab(0)
        for page in pages:
            self.tabs.addTab(" · ".join(self._names[p.cell] for p in page))
        self.show_part(first)
        self.tabs.blockSignals(False)
        self._show_page(self.tabs.currentIndex())
        self.tabs.setVisible(len(pages) > 1)
        self._fit_tabs()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def _fit_tabs(self) -> None:
        """The tabs in `tabs_font`, or smaller (down to `MIN_TAB_POINTS`) until they fit the
        width: they are the lecturer's, not the class's; beyond that their names are elided."""
        font = QFont(self.tabs_font)
        while True:
            self.tabs.setFont(font)
            if self.tabs.sizeHint().width() <= self.width() or font.pointSizeF() <= MIN_TAB_POINTS:
                return
            font.setPointSizeF(max(MIN_TAB_POINTS, font.pointSizeF() * 0.9))

    def _show_page(self, index: int) -> None:
        """Put page `index`'s parts in the grid and hide the others."""
        for part in self._parts:
            self._grid.removeWidget(part)
            part.hide()
        for line in range(4):
            self._grid.setRowStretch(line, 0)
            self._grid.setColumnStretch(line, 0)
            self._grid.setRowMinimumHeight(line, 0)
            self._grid.setColumnMinimumWidth(line, 0)
        if not self._pages:
            return
        page = self._pages[max(0, index)]
        for placement in page:
            part = self._parts[placement.cell]
            self._grid.addWidget(part, placement.row, placement.column, 1, placement.span)
            self._grid.setRowStretch(placement.row, 1)
            self._grid.setColumnStretch(placement.column, 1)
        self._set_row_heights(page)
        for placement in page:
            self._parts[placement.cell].show()

    def _set_row_heights(self, page: Page) -> None:
        """Each column as wide and each row as high as its parts need, never more in all than
        the room there is; the room to spare shared as `column_widths` plans it (by stretch);
        a part alone takes what there is."""
        rows = 1 + max(p.row for p in page)
        heights, wanted = [0] * rows, [0, 0]
        if len(page) > 1:
            needs = self._needs()
            widths = column_widths(page, self.width(), needs, self.spacing)
            for p in page:
                need = needs[p.cell]
                height = need.height_for(part_width(p, widths, self.spacing))
                heights[p.row] = max(heights[p.row], height)
                if p.span == 1:
                    wanted[p.column] = max(wanted[p.column], need.width)
            for column, width in enumerate(widths):
                self._grid.setColumnStretch(column, max(1, width))
        room = self._box.height() - self.spacing * (rows - 1)
        shrink = min(1.0, room / sum(heights)) if sum(heights) > 0 else 1.0
        for row, height in enumerate(heights):
            self._grid.setRowMinimumHeight(row, int(height * shrink))
        for column, width in enumerate(wanted):
            self._grid.setColumnMinimumWidth(column, min(width, self.width()))
