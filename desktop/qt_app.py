"""The Qt application set-up shared by the window and the offscreen commands (export, screenshot).

It imports no window: the launcher opens windows, headless exports only need the application.
"""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import os
import sys

from PySide6 import QtSvg  # noqa: F401  (loads the SVG image and icon plugins for the app icon)
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop.style.theme import apply_plot_defaults

GIL_SWITCH_INTERVAL_S = 0.001
"""How soon a thread waiting for the GIL gets it (Python's default is 5 ms). The trainer thread
runs pure-Python loops; the GUI thread takes the GIL back at every call into Qt or numpy, so a
shorter interval shortens each of those waits (see desktop/engine/frame_gate.py)."""

MIN_POINT_SIZE = 12.0
"""Base UI font size: readable on a projector without presentation scaling."""


OFFSCREEN_NOTICES = ("This plugin does not support propagateSizeHints",)
"""What the offscreen plugin says about itself on every window shown: noise for a CLI user."""


def use_offscreen_platform() -> None:
    """Make Qt render without a display (for headless commands); must precede the QApplication."""
    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        qInstallMessageHandler(_forward_unless_offscreen_notice)


def _forward_unless_offscreen_notice(
    _mode: QtMsgType, _context: QMessageLogContext, message: str
) -> None:
    if not message.startswith(OFFSCREEN_NOTICES):
        sys.stderr.write(message + "\n")


def application() -> QApplication:
    """The QApplication, created and themed on first use."""
    app = QApplication.instance()
    if app is None:
        sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Neuron Lab")
        app.setApplicationVersion(app_version())
        app.setOrganizationName("Neuron Lab")
        app.setDesktopFileName("neuron-lab")  # Wayland matches the window to neuron-lab.desktop
        app.setWindowIcon(app_icon())
        app.setStyle("Fusion")  # the same look everywhere, and palettes (themes) apply fully
        font = app.font()
        font.setPointSizeF(max(font.pointSizeF(), MIN_POINT_SIZE))
        app.setFont(font)
    apply_plot_defaults()
    return app  # type: ignore[return-value]


def app_version() -> str:
    """The installed package's version ("unknown" when run from a tree that was never installed)."""
    try:
        return importlib.metadata.version("neuron-lab")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def app_icon() -> QIcon:
    """The application icon, `resources/neuron-lab.svg`, drawn sharp at every size."""
    return QIcon(str(importlib.resources.files("resources") / "neuron-lab.svg"))
