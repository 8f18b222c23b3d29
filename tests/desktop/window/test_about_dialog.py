"""Help → About: every version exactly as its library reports it, the license, the book link."""

import importlib.metadata
import platform
import tomllib
from pathlib import Path

import numpy
import pyqtgraph
import PySide6
import pytest
from PySide6.QtCore import Qt, QTimer, qVersion
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMenu

from desktop.engine.pace import INSTANT
from desktop.window.about_dialog import BOOK_URL, AboutDialog
from desktop.window.main_window import MainWindow
from desktop.window.menus_toolbar import MENUS
from tests.desktop.helpers import rgb

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def about(qtbot) -> AboutDialog:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize(
    "version",
    [
        importlib.metadata.version("neuron-lab"),
        qVersion(),
        PySide6.__version__,
        pyqtgraph.__version__,
        numpy.__version__,
        platform.python_version(),
    ],
)
def test_lists_each_version_as_its_library_reports_it(about, version: str) -> None:
    assert version in about.text()


def test_names_each_component(about) -> None:
    for name in ("Neuron Lab", "Qt", "PySide6", "pyqtgraph", "numpy", "Python"):
        assert f"{name}<" in about.text()


def test_shows_the_license_pyproject_declares(about) -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert f"License: {project['license']['text']}" in about.text()


def test_links_the_chapter_it_teaches_and_opens_it_outside(about) -> None:
    assert BOOK_URL == "http://neuralnetworksanddeeplearning.com/chap3.html"
    assert f'<a href="{BOOK_URL}">' in about.text()
    assert "Michael Nielsen" in about.text()
    assert "Neural Networks and Deep Learning" in about.text()
    assert about.label.openExternalLinks()


def test_help_menu_opens_about(qtbot, monkeypatch) -> None:
    opened: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(pace=INSTANT)
    qtbot.addWidget(window)
    (help_menu,) = [m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Help"]
    about_action = next(a for a in help_menu.actions() if a.objectName() == "about")
    assert about_action.shortcuts() == []
    about_action.trigger()
    assert len(opened) == 1
    assert opened[0].parent() is window
    assert opened[0].testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert MENUS["&Help"] == ("shortcuts", None, "reset_settings", None, "about")


def test_window_icon_is_set_and_draws_at_32_px(qapp) -> None:
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    image = icon.pixmap(32, 32).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    assert image.width() == 32
    opaque = sum(image.pixelColor(x, y).alpha() > 200 for x in range(32) for y in range(32))
    assert opaque > 32 * 32 // 2
    assert len({tuple(p) for p in rgb(image).reshape(-1, 3)}) > 3  # a drawing, not a fill


def test_about_really_opens_modal_and_closes(qtbot) -> None:
    window = MainWindow(pace=INSTANT)
    qtbot.addWidget(window)
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(0, close_it)
    window.actions_by_name["about"].trigger()  # returns once the dialog is closed
    assert seen == ["AboutDialog"]
