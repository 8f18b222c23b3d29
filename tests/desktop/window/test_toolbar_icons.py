"""Toolbar icons are visible in both themes and say different things (defect: black on black)."""

import numpy as np
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon

from desktop.style.icons import SHAPES
from desktop.style.presentation import Presentation
from desktop.style.theme import THEMES
from desktop.window.main_window import MainWindow
from desktop.window.menus_toolbar import TRANSPORT
from tests.desktop.helpers import rgb

SHOWN = (*TRANSPORT, "predict")


@pytest.fixture(params=["light", "dark"])
def window(qtbot, request):
    presentation = Presentation(remember=False)
    presentation.theme_name = request.param
    win = MainWindow(presentation=presentation)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    return win


def icon_pixels(icon: QIcon, size: int = 32) -> np.ndarray:
    image = icon.pixmap(QSize(size, size)).toImage()
    return image, rgb(image)


def test_every_toolbar_icon_stands_out_from_the_toolbar(window) -> None:
    background = window.toolbar.palette().color(window.toolbar.backgroundRole())
    for name in SHOWN:
        image, _ = icon_pixels(window.actions_by_name[name].icon())
        opaque = [
            QColor(image.pixelColor(x, y))
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 200
        ]
        assert len(opaque) > 60, name  # a real shape, not a speck
        contrast = np.median([abs(c.lightnessF() - background.lightnessF()) for c in opaque])
        assert contrast > 0.5, (name, window.presentation.theme_name)


def test_the_transport_icons_are_all_different(window) -> None:
    shapes = {}
    for name in SHOWN:
        image, _ = icon_pixels(window.actions_by_name[name].icon())
        alpha = np.array(
            [[image.pixelColor(x, y).alpha() > 128 for x in range(32)] for y in range(32)]
        )
        shapes[name] = alpha
    names = list(shapes)
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            assert (shapes[first] != shapes[second]).sum() > 20, (first, second)


def test_play_turns_into_pause_while_moving_and_back(qtbot, window) -> None:
    play = icon_pixels(window.actions_by_name["play_pause"].icon())[1]
    window.show_play_icon(True)
    pause = icon_pixels(window.actions_by_name["play_pause"].icon())[1]
    assert not np.array_equal(play, pause)
    window.show_play_icon(False)
    assert np.array_equal(icon_pixels(window.actions_by_name["play_pause"].icon())[1], play)


def test_icons_follow_a_theme_change(qtbot, window) -> None:
    other = "light" if window.presentation.theme_name == "dark" else "dark"
    window.presentation.set_dark(other == "dark")
    image, _ = icon_pixels(window.actions_by_name["step_forward"].icon())
    ink = max(
        (image.pixelColor(x, y) for x in range(32) for y in range(32)),
        key=lambda c: c.alpha(),
    )
    assert ink.name() == QColor(THEMES[other].foreground).name()
    assert set(SHAPES) >= set(SHOWN)
