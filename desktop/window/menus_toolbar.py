"""The window's menus and transport toolbar, built from the action table (`window_actions`).

Nothing here connects a command: `lecture_wiring` does that. The builders take the actions and
widgets they place and return what they made, so the window owns every attribute it has.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenuBar, QSizePolicy, QToolBar, QToolButton, QWidget

TRANSPORT = (
    "play_pause",
    "step_back",
    "step_forward",
    "jump_back",
    "jump_forward",
    "go_start",
    "go_end",
    "reset",
)
# Titles are marked for the translation tools here and translated where the menus are built.
MENUS = {
    QT_TR_NOOP("&File"): ("export", None, "quit"),
    QT_TR_NOOP("&Edit"): ("copy_figure",),
    QT_TR_NOOP("&Training"): ("run", "stop", "reset"),
    QT_TR_NOOP("&Playback"): (
        "play_pause",
        "step_forward",
        "step_back",
        "jump_forward",
        "jump_back",
        "go_start",
        "go_end",
    ),
    QT_TR_NOOP("&View"): (
        "full_screen",
        "zoom_in",
        "zoom_out",
        "zoom_reset",
        "dark_theme",
        "main_plot",
        None,
        "predict",
        "clear_guess",
    ),
    QT_TR_NOOP("&Help"): ("shortcuts",),
}


TOOLBAR_ACTIONS = (*TRANSPORT, "predict")
"""The actions on the toolbar after the Run and Stop buttons."""


def build_menus(menu_bar: QMenuBar, actions: dict[str, QAction]) -> None:
    """Fill the menu bar from `MENUS` (titles translated here)."""
    for title, names in MENUS.items():
        menu = menu_bar.addMenu(QCoreApplication.translate("WindowMenus", title))
        for name in names:
            menu.addSeparator() if name is None else menu.addAction(actions[name])


def build_transport_toolbar(
    actions: dict[str, QAction], buttons: tuple[QWidget, ...], counter: QWidget
) -> QToolBar:
    """Run/Stop `buttons`, the transport actions, and the big epoch `counter` at the right."""
    toolbar = QToolBar(QCoreApplication.translate("WindowMenus", "Transport"))
    toolbar.setObjectName("transport")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    for button in buttons:
        toolbar.addWidget(button)
    toolbar.addSeparator()
    for name in TOOLBAR_ACTIONS:
        toolbar.addAction(actions[name])
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addWidget(counter)
    for button in toolbar.findChildren(QToolButton):
        button.setFocusPolicy(
            Qt.FocusPolicy.NoFocus
        )  # Space and the arrows belong to the transport
    return toolbar
