"""The plots' right-click menu is made on the first right click, and is pyqtgraph's menu."""

import pytest
from pyqtgraph.graphicsItems.ViewBox.ViewBoxMenu import ViewBoxMenu
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.plots.plot_style import styled_plot
from desktop.style.theme import LIGHT


@pytest.mark.qt_log_ignore(
    "This plugin does not support",  # the offscreen platform cannot raise or grab for a popup
    "Mouse event .* not accepted",  # QTest's press/release around pyqtgraph's click handling
)
def test_the_menu_waits_for_the_first_right_click(qtbot) -> None:
    plot = styled_plot("Cost", "cost C", LIGHT)
    qtbot.addWidget(plot)
    plot.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    plot.resize(600, 400)
    plot.show()
    view = plot.getPlotItem().vb
    assert view.menu is None and view.menuEnabled()
    centre = plot.mapFromScene(view.sceneBoundingRect().center())
    QTest.mouseClick(
        plot.viewport(), Qt.MouseButton.RightButton, pos=QPoint(centre.x(), centre.y())
    )
    qtbot.waitUntil(lambda: view.menu is not None and view.menu.isVisible())
    assert isinstance(view.menu, ViewBoxMenu)
    assert [a.text() for a in view.getContextMenus(None)]  # "View All", the axes, …
    view.menu.close()
    QApplication.processEvents()


def test_a_window_opens_without_the_export_and_insight_code(tmp_path) -> None:
    """They load when first used (File → Export…, a view's tab); see bench/ for the time saved."""
    import os
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from desktop.qt_app import application\n"
        "from desktop.window.main_window import MainWindow\n"
        "application(); window = MainWindow(); window.show()\n"
        "loaded = [m for m in sys.modules if m.startswith(('desktop.export.', 'desktop.insight.'))]\n"
        "print(sorted(loaded))\n"
        "window.exports.exporter\n"
        "print('desktop.export.gui_export' in sys.modules)\n"
        "window.close()\n"  # joins the trainer thread before the interpreter exits
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    loaded, exporter_loaded = done.stdout.split("\n")[:2]
    assert loaded == "[]" and exporter_loaded == "True"
