"""`neuron-lab screenshot --view landscape|speed-map|exercises`: real processes with no display,
each showing its tab after a complete run of the preset (the speed map computed)."""

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
from PySide6.QtGui import QImage

from tests.desktop.helpers import colour_mask, rgb
from tests.desktop.test_cli import run_command

NEW_VIEWS = ("landscape", "speed-map", "exercises")
VIRIDIS_DARK, VIRIDIS_YELLOW = (68, 1, 84), (253, 231, 37)
"""The ends of the colour map the landscape and the speed map draw with."""


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> dict[str, QImage]:
    cwd = tmp_path_factory.mktemp("views")
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = {
            view: pool.submit(run_command, ["screenshot", f"{view}.png", "--view", view], cwd)
            for view in NEW_VIEWS
        }
        results = {view: run.result() for view, run in runs.items()}
    for view, result in results.items():
        assert result.returncode == 0, f"{view}: {result.stderr}"
    return {view: QImage(str(cwd / f"{view}.png")) for view in NEW_VIEWS}


@pytest.mark.parametrize("view", NEW_VIEWS)
def test_each_view_is_a_full_window(view, screenshots, qapp) -> None:
    image = screenshots[view]
    assert (image.width(), image.height()) == (1280, 720)


@pytest.mark.parametrize("view", ["landscape", "speed-map"])
def test_the_maps_are_drawn(view, screenshots, qapp) -> None:
    pixels = rgb(screenshots[view])
    for colour in (VIRIDIS_DARK, VIRIDIS_YELLOW):
        assert colour_mask(pixels, colour, tolerance=40).sum() > 2000, f"{view}: {colour}"


def test_the_views_differ(screenshots, qapp) -> None:
    landscape, speed, exercises = (rgb(screenshots[view]) for view in NEW_VIEWS)
    assert not np.array_equal(landscape, speed) and not np.array_equal(speed, exercises)
