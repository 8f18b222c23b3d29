"""The window's menus and transport toolbar, built from the action table (`window_actions`).

Nothing here connects a command: `lecture_wiring` does that. The builders take the actions and
widgets they place and return what they made, so the window owns every attribute it has.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QMenu, QMenuBar, QSizePolicy, QToolBar, QToolButton, QWidget

from desktop.style.icons import SHAPES, themed_icon
from desktop.style.theme import Theme

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
    QT_TRANSLATE_NOOP("WindowMenus", "&File"): (
        "new_experiment",
        "open_experiment",
        "save_experiment",
        "save_experiment_as",
        None,
        "export",
        None,
        "quit",
    ),
    QT_TRANSLATE_NOOP("WindowMenus", "&Edit"): ("copy_figure",),
    QT_TRANSLATE_NOOP("WindowMenus", "&Training"): ("run", "stop", "reset"),
    QT_TRANSLATE_NOOP("WindowMenus", "&Playback"): (
        "play_pause",
        "step_forward",
        "step_back",
        "jump_forward",
        "jump_back",
        "go_start",
        "go_end",
    ),
    QT_TRANSLATE_NOOP("WindowMenus", "&View"): (
        "full_screen",
        "zoom_in",
        "zoom_out",
        "zoom_reset",
        "dark_theme",
        "main_plot",
        None,
        "compare",
        "book_pair",
        None,
        "view_plots",
        "why_slow",
        "view_landscape",
        "view_speed_map",
        "view_exercises",
        None,
        "predict",
        "clear_guess",
    ),
    QT_TRANSLATE_NOOP("WindowMenus", "&Help"): ("shortcuts", None, "reset_settings", None, "about"),
}


TOOLBAR_ACTIONS = (*TRANSPORT, "predict", "compare")
"""The actions on the toolbar after the Run and Stop buttons."""


def build_menus(menu_bar: QMenuBar, actions: dict[str, QAction]) -> None:
    """Fill the menu bar from `MENUS` (titles translated here)."""
    for title, names in MENUS.items():
        menu = menu_bar.addMenu(QCoreApplication.translate("WindowMenus", title))
        for name in names:
            menu.addSeparator() if name is None else menu.addAction(actions[name])


def insert_submenu_after(menu_bar: QMenuBar, after: QAction, submenu: QMenu) -> None:
    """Put `submenu` right after the action `after`, in whichever menu of the bar holds it."""
    for menu in menu_bar.findChildren(QMenu):
        actions = menu.actions()
        if after in actions:
            index = actions.index(after)
            if index + 1 < len(actions):
                menu.insertMenu(actions[index + 1], submenu)
            else:
                menu.addMenu(submenu)
            return


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


def text_button(action: QAction, text: str) -> QToolButton:
    """A toolbar button showing its word as well as its icon (Run, Stop)."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setText(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space belongs to Play/Pause
    return button


def paint_toolbar_icons(toolbar: QToolBar, actions: dict[str, QAction], theme: Theme) -> None:
    """Every action's vector icon in the theme's colours, at a size that grows with its scale."""
    icon = round(22 * theme.scale**0.75)
    toolbar.setIconSize(QSize(icon, icon))
    for name in SHAPES:
        if name in actions:
            actions[name].setIcon(themed_icon(name, QColor(theme.foreground), QColor(theme.cursor)))


def buttons_width(text_buttons: tuple[QWidget, ...], icon: int) -> int:
    """What the toolbar's buttons take (everything but the counter and its spacer)."""
    words = sum(button.sizeHint().width() for button in text_buttons)
    return words + (len(TOOLBAR_ACTIONS) + 1) * (icon + 12)
