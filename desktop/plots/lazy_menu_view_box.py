"""A pyqtgraph ViewBox whose right-click menu is made on the first right click.

pyqtgraph builds every ViewBox's context menu (zoom, axes, "Export…") when the plot is made,
~2–4 ms a plot: the window opens with three plots and builds more with each view, for a menu
a lecture rarely opens. The menu behaves exactly as pyqtgraph's; only its making waits.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from pyqtgraph.graphicsItems.ViewBox.ViewBoxMenu import ViewBoxMenu


class LazyMenuViewBox(pg.ViewBox):
    """`pg.ViewBox` with the menu enabled but built when first asked for."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(enableMenu=False, **kwargs)
        self.state["enableMenu"] = True  # on, as pyqtgraph's default; `menu` stays None for now

    def getMenu(self, ev: Any) -> Any:  # noqa: N802 (pyqtgraph's name)
        self._make_menu()
        return super().getMenu(ev)

    def getContextMenus(self, event: Any) -> Any:  # noqa: N802 (pyqtgraph's name)
        self._make_menu()
        return super().getContextMenus(event)

    def _make_menu(self) -> None:
        if self.menu is None and self.menuEnabled():
            self.menu = ViewBoxMenu(self)
            self.updateViewLists()
