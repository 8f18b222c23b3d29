"""What an export writes and how: formats, figure size and theme, GIF timing, and their limits.

Plain data and one validation, no Qt: the command line checks a request before Qt is loaded, and
the export dialog and the GIF encoder check with the very same code, so all three refuse the same
settings with the same message.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from model import ParameterError

FORMATS = ("csv", "png", "svg", "pdf", "gif")
"""Every format a run can be written to; a file's extension names its format."""
FIGURE_FORMATS = ("png", "svg", "pdf", "gif")
"""The formats that draw the figure (the CSV is numbers only)."""

REFERENCE_SIZE = (1280, 720)
"""The size at which a figure uses scale 1.0 (the window's look)."""
MIN_FIGURE_SCALE = 0.5
MIN_PIXELS, MAX_PIXELS = 16, 16384
"""Bounds on a figure's width and height, in pixels."""

MIN_FPS, MAX_FPS = 1, 60
MIN_FRAMES, MAX_FRAMES = 2, 2000
MAX_HOLD_SECONDS = 60.0
MAX_GIF_SIZE = (1920, 1080)
GIF_MEMORY_BUDGET = 150 * MAX_GIF_SIZE[0] * MAX_GIF_SIZE[1]
"""Bytes the encoder may hold: it keeps every frame at a byte a pixel, so frames × pixels is
bounded by what 150 full-HD frames take (about 311 MB)."""
DEFAULT_FPS, DEFAULT_FRAMES = 30, 150

TRANSLATION_CONTEXT = "ExportOptions"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark `text` for Qt's translation tools without importing Qt; Qt code translates it."""
    return text


_FPS_RANGE = QT_TRANSLATE_NOOP(
    "ExportOptions", "GIF frames per second must be from {low} to {high}, not {value}"
)
_FRAMES_RANGE = QT_TRANSLATE_NOOP(
    "ExportOptions", "the number of GIF frames must be from {low} to {high}, not {value}"
)
_HOLD_RANGE = QT_TRANSLATE_NOOP(
    "ExportOptions", "the last GIF frame is held 0 to {high:g} seconds, not {value:g}"
)
_GIF_SIZE = QT_TRANSLATE_NOOP(
    "ExportOptions",
    "an animated GIF can be at most {max_width}×{max_height} pixels, not {width}×{height}; "
    "choose a smaller size",
)
_GIF_MEMORY = QT_TRANSLATE_NOOP(
    "ExportOptions",
    "at {width}×{height} pixels a GIF can have at most {limit} frames, not {frames} "
    "(every frame is kept in memory while it is encoded)",
)
_FILE_NAME = QT_TRANSLATE_NOOP(
    "ExportOptions", "the file name must end in .png, .svg, .pdf, .csv or .gif, not {name!r}"
)


class ExportOptionError(ParameterError):
    """An export setting out of range. `str()` is the English message; Qt code translates
    `template` (context `ExportOptions`) and formats it with `values`."""

    def __init__(self, field: str, template: str, **values: object) -> None:
        super().__init__(field, template.format(**values))
        self.template = template
        self.values = values


def format_of(path: str | os.PathLike[str]) -> str:
    """The format a file name asks for (its extension, lower case, a key of `FORMATS`);
    `ExportOptionError` if it names none."""
    name = Path(path).name
    extension = Path(name).suffix.lower().lstrip(".")
    if not name or extension not in FORMATS:
        raise ExportOptionError("path", _FILE_NAME, name=name)
    return extension


class FigureKind(StrEnum):
    """What the figure shows."""

    COST = "cost"
    PLOTS = "plots"
    FIGURE = "figure"  # diagram + plots, as on screen


@dataclass(frozen=True, slots=True)
class FigureSpec:
    """What to draw, how big (pixels), in which theme, and whether the background is see-through."""

    kind: FigureKind = FigureKind.COST
    width: int = REFERENCE_SIZE[0]
    height: int = REFERENCE_SIZE[1]
    theme_name: str = "light"
    transparent: bool = False

    @property
    def scale(self) -> float:
        """Size of text and lines relative to a 1280×720 figure (never below 0.5: still legible)."""
        return max(
            min(self.width / REFERENCE_SIZE[0], self.height / REFERENCE_SIZE[1]), MIN_FIGURE_SCALE
        )


def max_gif_frames(width: int, height: int) -> int:
    """How many frames of `width` × `height` pixels fit the encoder's memory budget."""
    return min(MAX_FRAMES, GIF_MEMORY_BUDGET // max(1, width * height))


@dataclass(frozen=True, slots=True)
class GifOptions:
    """How an animation plays: frames per second, how many frames sample the run, and how long
    the last frame is held (seconds). The one GIF settings type of the CLI, dialog and encoder."""

    fps: int = DEFAULT_FPS
    frames: int = DEFAULT_FRAMES
    hold_seconds: float = 1.0

    def check(self, width: int | None = None, height: int | None = None) -> None:
        """Raise `ExportOptionError` if a setting is out of range; given the frame size, also if
        the frames are too large or, all together, too many for the encoder's memory."""
        _check_range("fps", self.fps, MIN_FPS, MAX_FPS, _FPS_RANGE)
        _check_range("frames", self.frames, MIN_FRAMES, MAX_FRAMES, _FRAMES_RANGE)
        if not 0 <= self.hold_seconds <= MAX_HOLD_SECONDS:
            raise ExportOptionError(
                "hold_seconds", _HOLD_RANGE, high=MAX_HOLD_SECONDS, value=self.hold_seconds
            )
        if width is not None and height is not None:
            self._check_size(width, height)

    def _check_size(self, width: int, height: int) -> None:
        max_width, max_height = MAX_GIF_SIZE
        if width * height > max_width * max_height:
            raise ExportOptionError(
                "size",
                _GIF_SIZE,
                max_width=max_width,
                max_height=max_height,
                width=width,
                height=height,
            )
        limit = max_gif_frames(width, height)
        if self.frames > limit:
            raise ExportOptionError(
                "frames", _GIF_MEMORY, width=width, height=height, limit=limit, frames=self.frames
            )


def _check_range(field: str, value: int, low: int, high: int, template: str) -> None:
    if not low <= value <= high:
        raise ExportOptionError(field, template, low=low, high=high, value=value)
