"""Help → About: what this is, which versions run it, its license, and the book it teaches."""

from __future__ import annotations

import html
import importlib.metadata
import platform

import numpy
import pyqtgraph
import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.qt_app import app_icon, app_version

BOOK_URL = "http://neuralnetworksanddeeplearning.com/chap3.html"
ICON_SIZE = 64


def component_versions() -> list[tuple[str, str]]:
    """(component, version) for the app and everything it runs on, as each one reports it."""
    return [
        ("Neuron Lab", app_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("pyqtgraph", pyqtgraph.__version__),
        ("numpy", numpy.__version__),
        ("Python", platform.python_version()),
    ]


def declared_license() -> str | None:
    """The license the installed package declares (pyproject's `license`), or None if none."""
    try:
        metadata = importlib.metadata.metadata("neuron-lab")
    except importlib.metadata.PackageNotFoundError:
        return None
    return metadata.get("License-Expression") or metadata.get("License") or None


class AboutDialog(QDialog):
    """The app's name and version, the versions below it, the license and a link to the book."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Neuron Lab"))
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(ICON_SIZE, ICON_SIZE))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self._rich_text())
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setOpenExternalLinks(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(self.label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def text(self) -> str:
        """The dialog's rich text (HTML), for tests and for copying."""
        return self.label.text()

    def _rich_text(self) -> str:
        (name, version), *components = component_versions()
        rows = "".join(
            f"<tr><td>{html.escape(part)}</td><td>&nbsp;{html.escape(number)}</td></tr>"
            for part, number in components
        )
        version_line = self.tr("Version %1").replace("%1", html.escape(version))
        summary = self.tr("Watch one sigmoid neuron learn, and see why it sometimes learns slowly.")
        title = self.tr("Neural Networks and Deep Learning")
        book = self.tr("Teaches chapter 3 of Michael Nielsen, %1.").replace(
            "%1", f'<a href="{BOOK_URL}"><i>{html.escape(title)}</i></a>'
        )
        running_on = self.tr("Running on:")
        return (
            f"<h2>{html.escape(name)}</h2><p>{version_line}</p><p>{html.escape(summary)}</p>"
            f"<p>{book}</p><p>{running_on}</p><table>{rows}</table><p>{self._license_line()}</p>"
        )

    def _license_line(self) -> str:
        license_name = declared_license()
        if not license_name:
            return self.tr("License: see the repository")
        return self.tr("License: %1").replace("%1", html.escape(license_name))
