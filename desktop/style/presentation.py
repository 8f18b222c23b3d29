"""Presentation settings: scale (1.0–3.0) and theme, applied to every view and remembered.

One place decides how big and which colours: the application font and palette, the plots, the
diagram and the readouts all follow it, so Ctrl+= enlarges text, lines, markers and diagram
together. The values persist in QSettings between sessions.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication

from desktop.style.theme import LIGHT, THEMES, Theme

MIN_SCALE, MAX_SCALE, SCALE_STEP = 1.0, 3.0, 0.25
BASE_POINT_SIZE = 12.0
PIXELS_PER_SCALE = 360
"""Window height needed per unit of scale (measured: everything fits 720 px at scale 2)."""
CHROME_GROWTH = 0.5
"""Menus, status bar and form widgets grow with √scale: the lecture content (plots, diagram,
readouts, epoch counter) takes the full scale and needs the room on a 720-pixel screen."""
SCALE_KEY, THEME_KEY = "presentation/scale", "presentation/theme"


class Presentation(QObject):
    """Current scale and theme; `changed(theme)` fires with the scaled theme after each change."""

    changed = Signal(object)  # Theme, already scaled

    def __init__(self, parent: QObject | None = None, remember: bool = True) -> None:
        super().__init__(parent)
        self.remember = remember  # False for one-off renders (screenshots) that must not persist
        settings = QSettings()
        self.scale = _clamp(_float(settings.value(SCALE_KEY, 1.0)))
        self.theme_name = str(settings.value(THEME_KEY, LIGHT.name))
        if self.theme_name not in THEMES:
            self.theme_name = LIGHT.name

    def theme(self) -> Theme:
        """The current theme at the current scale."""
        return THEMES[self.theme_name].scaled(self.scale)

    def zoom(self, steps: int, limit: float = MAX_SCALE) -> bool:
        """Scale up (+) or down (−) by `steps` increments, within 1.0 and `limit` (≤ 3.0).

        Returns False when the scale is already at the limit in that direction.
        """
        wanted = self.scale + steps * SCALE_STEP
        if steps > 0:
            wanted = min(wanted, max(limit, self.scale))
        if _clamp(wanted) == self.scale:
            return False
        self.set_scale(wanted)
        return True

    def set_scale(self, scale: float) -> None:
        self.scale = _clamp(scale)
        self._apply_and_remember()

    def set_dark(self, dark: bool) -> None:
        self.theme_name = "dark" if dark else "light"
        self._apply_and_remember()

    def apply(self) -> None:
        """Apply to the application (font, palette) and tell the views."""
        app = QApplication.instance()
        theme = self.theme()
        if isinstance(app, QApplication):
            font = app.font()
            font.setPointSizeF(BASE_POINT_SIZE * self.scale**CHROME_GROWTH)
            app.setFont(font)
            app.setPalette(theme.palette())
        self.changed.emit(theme)

    def _apply_and_remember(self) -> None:
        if self.remember:
            settings = QSettings()
            settings.setValue(SCALE_KEY, self.scale)
            settings.setValue(THEME_KEY, self.theme_name)
        self.apply()


def _float(value: object, default: float = 1.0) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def _clamp(scale: float) -> float:
    return min(max(scale, MIN_SCALE), MAX_SCALE)


def largest_scale_for_height(pixels: int) -> float:
    """The largest scale whose layout fits a window this tall: 2.0 at 720 px, 3.0 at 1080 px."""
    steps = int(pixels / PIXELS_PER_SCALE / SCALE_STEP)
    return _clamp(steps * SCALE_STEP)
