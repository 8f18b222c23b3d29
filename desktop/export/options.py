"""What a figure export draws, how big and in which theme: plain data, no widgets.

Kept apart from `run_figure` (which builds Qt widgets) so the command line can check a request
before Qt is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

REFERENCE_SIZE = (1280, 720)
"""The size at which a figure uses scale 1.0 (the window's look)."""
MIN_FIGURE_SCALE = 0.5


class FigureKind(StrEnum):
    """What the figure shows."""

    COST = "cost"
    PLOTS = "plots"
    FIGURE = "figure"  # diagram + plots, as on screen


@dataclass(frozen=True, slots=True)
class FigureSpec:
    """What to draw, how big (pixels), in which theme, and whether the background is see-through."""

    kind: FigureKind = FigureKind.COST
    width: int = 1280
    height: int = 720
    theme_name: str = "light"
    transparent: bool = False

    @property
    def scale(self) -> float:
        """Size of text and lines relative to a 1280×720 figure (never below 0.5: still legible)."""
        return max(
            min(self.width / REFERENCE_SIZE[0], self.height / REFERENCE_SIZE[1]), MIN_FIGURE_SCALE
        )
