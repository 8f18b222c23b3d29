"""The app's identity files: the SVG icon, the Linux desktop entry, and that both are shipped."""

import configparser
import fnmatch
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

REPO = Path(__file__).resolve().parents[2]
RESOURCES = REPO / "resources"
ICON = RESOURCES / "neuron-lab.svg"
ENTRY = RESOURCES / "neuron-lab.desktop"
SVG = "{http://www.w3.org/2000/svg}"


def pyproject() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def render(size: int) -> np.ndarray:
    """The icon drawn at size × size on transparency, as an RGBA array."""
    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(str(ICON))
    assert renderer.isValid()
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    raw = np.frombuffer(image.constBits(), np.uint8).reshape(size, image.bytesPerLine())
    return raw[:, : size * 4].reshape(size, size, 4).copy()


def test_icon_is_self_contained_svg() -> None:
    root = ET.parse(ICON).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 256 256"
    tags = {element.tag for element in root.iter()}
    assert f"{SVG}text" not in tags  # paths only: no font needed
    assert f"{SVG}image" not in tags
    assert "href" not in ICON.read_text(encoding="utf-8")  # nothing external


@pytest.mark.parametrize("size", [16, 256])
def test_icon_renders_solid_and_in_several_colours(qapp, size: int) -> None:
    pixels = render(size)
    opaque = pixels[..., 3] > 200
    assert opaque.mean() > 0.6  # a rounded square with a small margin
    assert opaque[size // 2, size // 2]
    colours = {tuple(p) for p in pixels[opaque][:, :3] // 32}
    assert len(colours) >= 3  # background, curve and neuron stay apart even at 16 px


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(ENTRY, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_has_the_required_keys() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Neuron Lab"
    assert entry["Comment"]
    assert entry["Terminal"] == "false"
    assert entry["Keywords"].endswith(";")
    assert {"Education", "Science"} <= set(entry["Categories"].split(";"))


def test_desktop_entry_runs_the_installed_command_and_names_the_icon() -> None:
    entry = desktop_entry()
    (script,) = pyproject()["project"]["scripts"]
    assert entry["Exec"].split()[0] == script == entry["TryExec"]
    assert entry["Icon"] == ICON.stem


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(ENTRY)], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout


def test_icon_and_entry_are_package_data() -> None:
    globs = pyproject()["tool"]["setuptools"]["package-data"]["resources"]
    for path in (ICON, ENTRY, RESOURCES / "presets.json"):
        assert any(fnmatch.fnmatch(path.name, glob) for glob in globs), path.name
