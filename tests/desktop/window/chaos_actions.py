"""The chaos test's user (see test_chaos.py): seeded random actions on the window a
`WindowHolder` shows now.

Each action draws the same random numbers whatever state the window is in (an action that does
not apply now, such as a disabled one, is skipped after its draws), so a seed always gives the
same sequence of actions; what they meet depends on how far the runs got.
"""

from __future__ import annotations

import random
import warnings

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from desktop.launcher import WindowHolder
from desktop.style.language import CHINESE, ENGLISH, install_language, installed_language
from desktop.window.speed_control import SPEEDS
from model import load_presets

Key = Qt.Key
KEYS_ON_PLOTS = {
    **dict.fromkeys((Key.Key_Space, Key.Key_Left, Key.Key_Right, Key.Key_Home, Key.Key_End,
                     Key.Key_Escape, Key.Key_P, Key.Key_L, Key.Key_C), 2),
    Key.Key_R: 1, Key.Key_B: 1, Key.Key_W: 0.5,
}  # fmt: skip
"""The lecture keys (with Shift now and then), R and W less often: they take longest."""
GARBAGE = (
    "abc", "", " ", "1e400", "-1e400", "1e-400", "-0", "nan", "NaN", "∞", "-∞", "inf", "2,5",
    "1,000", "0x1F", "--1", "1..2", "١٢٣", "−3", "+7", "1 000", "9" * 400, "x" * 2000, "0" * 50,
)  # fmt: skip
EXTREMES = (
    "1000", "-1000", "1000.0001", "-1000.0001", "100", "0.0001", "0.00001", "0", "1",
    "10000000", "10,000,000", "10000001", "3000", "0.5", "-2.5",
)  # fmt: skip
VIEWS = ("main", "compare", "why-slow", "landscape", "speed-map", "exercises")
SIZES = (
    (1280, 720), (1280, 720), (1280, 720), (1, 1), (160, 90), (640, 360), (1024, 768),
    (1920, 1080), (3840, 2160),
)  # fmt: skip
"""Mostly the projector's size; 1 × 1 gives the window's least size (Qt keeps it)."""
ACTION_WEIGHTS = {
    **dict.fromkeys(("stop", "play_pause", "step_forward", "step_back", "jump_forward",
                     "jump_back", "go_start", "go_end", "predict", "clear_guess"), 4),
    **dict.fromkeys(("run", "reset"), 1.5),
    **dict.fromkeys(("compare", "book_pair", "view_plots", "view_landscape", "view_speed_map",
                     "view_exercises", "main_plot"), 1.5),
    **dict.fromkeys(("why_slow", "shortcuts", "about", "export", "copy_figure",
                     "new_experiment", "open_experiment", "save_experiment",
                     "save_experiment_as", "reset_settings"), 0.3),
    **dict.fromkeys(("zoom_in", "zoom_out", "zoom_reset", "dark_theme", "full_screen"), 0.15),
}  # fmt: skip
"""Every action of the window but Quit: transport often; new runs, the why-slow panel (they
lay out dozens of plot items) and restyles less often."""


def activate(window) -> None:
    """Make `window` the active window: shortcuts only reach the active window, and the platform
    never activates one that is not on screen (WA_DontShowOnScreen)."""
    if not window.isActiveWindow():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # (its successor needs a screen)
            QApplication.setActiveWindow(window)


class Chaos:
    """The seeded actions; `pick()` draws the next one, which returns what it did."""

    def __init__(self, qtbot, holder: WindowHolder, rng: random.Random) -> None:
        self.qtbot, self.holder, self.rng = qtbot, holder, rng
        self.known = holder.window
        self.windows = 1
        self.actions = [
            (self.trigger_action, 24), (self.press_key, 20), (self.edit_field, 22),
            (self.choose, 7), (self.preset, 3), (self.view, 1.5), (self.drag_timeline, 5),
            (self.speed, 4), (self.click_plot, 3), (self.speed_map, 2), (self.theme, 0.15),
            (self.resize, 0.3), (self.install_language, 0.4), (self.reopen, 0.06),
            (self.idle, 0.3), (self.book_note, 0.5), (self.recent, 0.5),
        ]  # fmt: skip
        unknown = set(ACTION_WEIGHTS) ^ (set(holder.window.actions_by_name) - {"quit"})
        assert not unknown, f"actions without a weight, or gone: {unknown}"

    @property
    def window(self):
        return self.holder.window

    def pick(self):
        functions, weights = zip(*self.actions, strict=True)
        return self.rng.choices(functions, weights)[0]

    def adopt_new_window(self) -> None:
        """A language change (or Reset settings) made the window again: drive the new one."""
        if self.window is not self.known:
            self.known = self.window
            self.windows += 1
            activate(self.window)

    # -- the actions ------------------------------------------------------------------------------
    def trigger_action(self) -> str:
        name = self.rng.choices(list(ACTION_WEIGHTS), list(ACTION_WEIGHTS.values()))[0]
        action = self.window.actions_by_name[name]
        if not action.isEnabled():
            return f"action {name} (disabled)"
        action.trigger()
        return f"action {name}"

    def press_key(self) -> str:
        key = self.rng.choices(list(KEYS_ON_PLOTS), list(KEYS_ON_PLOTS.values()))[0]
        shift = self.rng.random() < 0.15
        window = self.window
        activate(window)
        views = window.right_column.views
        target = window.plots if views.currentWidget() is window.plots else views.currentWidget()
        modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
        self.qtbot.keyClick(target, key, modifier)
        return f"key {'Shift+' if shift else ''}{key.name[4:]}"

    def fields(self) -> tuple:
        w = self.window
        panel, controls = w.panel, w.insights.speed_map.controls
        return (
            panel.w_box, panel.b_box, panel.eta_box, panel.x_box, panel.y_box, panel.epochs_box,
            panel.epochs_box, w.compare.column.eta_box, w.compare.readout.threshold_box,
            controls.grid_field, controls.epochs_field, controls.threshold_field,
        )  # fmt: skip

    def edit_field(self) -> str:
        index, mode, draw = self.rng.randrange(12), self.rng.random(), self.rng.random()
        text = self.rng.choice(GARBAGE if draw < 0.4 else EXTREMES)
        if draw > 0.8:
            text = f"{self.rng.uniform(-3, 3):.{self.rng.randrange(6)}f}"
        steps = self.rng.choice((-1000, -10, -1, 1, 10, 1000))
        box = self.fields()[index]
        if mode < 0.2:
            box.stepBy(steps)
            return f"field {box.name} step {steps}"
        edit = box.lineEdit()
        edit.selectAll()
        if len(text) > 12:
            edit.setText(text)  # (typing 2,000 keys one by one would take seconds)
        elif not text.isascii():
            edit.insert(text)  # as typed, through the validator (QTest types ASCII only)
        else:
            self.qtbot.keyClicks(edit, text)
        if mode < 0.75 or not box.isVisible():
            self.qtbot.keyClick(box, Key.Key_Return)
        else:
            box.setFocus()
            self.window.plots.setFocus()  # focus out commits, or says what is wrong
        shown = text if len(text) <= 20 else f"{text[:12]}… ({len(text)} characters)"
        return f"field {box.name} {shown!r}"

    def choose(self) -> str:
        index, fraction = self.rng.randrange(4), self.rng.random()
        panel, column = self.window.panel, self.window.compare.column
        box = (panel.cost_box, panel.rule_box, column.cost_box, column.rule_box)[index]
        box.setCurrentIndex(int(fraction * box.count()))
        return f"choose {box.currentData()}"

    def preset(self) -> str:
        index, by_name = self.rng.randrange(len(load_presets()) + 1), self.rng.random() < 0.3
        name = self.rng.choice(sorted(load_presets()))
        if by_name:
            self.window.load_preset(name)
            return f"load preset {name}"
        self.window.panel.preset_box.setCurrentIndex(index)
        return f"preset chooser {index}"

    def view(self) -> str:
        name = self.rng.choice(VIEWS)
        self.window.show_view(name)
        return f"view {name}"

    def drag_timeline(self) -> str:
        fractions = [self.rng.random() for _ in range(self.rng.randrange(1, 6))]
        slider = self.window.timeline.slider
        slider.setSliderDown(True)
        for fraction in fractions:  # (each move shows its epoch at once)
            slider.setSliderPosition(round(fraction * slider.maximum()))
        slider.setSliderDown(False)
        return f"drag timeline to {slider.value()} of {slider.maximum()}"

    def speed(self) -> str:
        speed = self.rng.choice((*SPEEDS, None, None, None))
        self.window.timeline.speed.set_speed(speed)
        return f"speed {speed or 'instant'}"

    def click_plot(self) -> str:
        index, x, y = self.rng.randrange(3), self.rng.random(), self.rng.random()
        view = self.window.plots.plots()[index].viewport()
        if not view.isVisible():
            return f"click plot {index} (hidden)"
        point = QPoint(int(x * (view.width() - 1)), int(y * (view.height() - 1)))
        self.qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point)
        return f"click plot {index} at {point.x()}, {point.y()}"

    def speed_map(self) -> str:
        what = self.rng.choice(("compute", "compute", "cancel", "show"))
        if what == "show":
            self.window.show_view("speed-map")
        else:
            button = getattr(self.window.insights.speed_map.controls, f"{what}_button")
            if button.isEnabled():
                button.click()
        return f"speed map {what}"

    def theme(self) -> str:
        dark, steps, draw = (
            self.rng.random() < 0.5,
            self.rng.choice((-4, -1, 1, 4)),
            self.rng.random(),
        )
        presentation = self.window.presentation
        if draw < 0.4:
            presentation.set_dark(dark)
            return f"theme {'dark' if dark else 'light'}"
        presentation.zoom(steps, 2.0 if draw < 0.7 else 3.0)
        return f"zoom {steps}: scale {presentation.scale}"

    def resize(self) -> str:
        """A size from 1 × 1 (Qt keeps the window's least) to 4K; a 4K window is laid out and
        painted, then made smaller again (painting 4K for long would only slow the test)."""
        size, back = self.rng.choice(SIZES), self.rng.choice(SIZES[:6])
        self.window.resize(*size)
        if size[0] <= 1920:
            return f"resize {size[0]}×{size[1]}"
        self.qtbot.wait(1)
        self.window.resize(*back)
        return f"resize {size[0]}×{size[1]}, then {back[0]}×{back[1]}"

    def install_language(self) -> str:
        language = self.rng.choice((ENGLISH, CHINESE))
        install_language(language)  # windows made from now on speak it; this one keeps its texts
        return f"install language {language}"

    def reopen(self) -> str:
        """View → Language: the window is made again in the other language."""
        other = ENGLISH if installed_language() == CHINESE else CHINESE
        self.window.languages.actions[other].trigger()
        return f"View → Language → {other}"

    def idle(self) -> str:
        ms = self.rng.randrange(1, 20)
        self.qtbot.wait(ms)
        return f"idle {ms} ms"

    def book_note(self) -> str:
        close, index = self.rng.random() < 0.5, self.rng.randrange(2)
        button = (self.window.panel.rule_info, self.window.compare.column.rule_info)[index]
        button.click()
        if close:
            button.note_box.close()
        return f"book note {index}{' closed' if close else ''}"

    def recent(self) -> str:
        fraction = self.rng.random()
        actions = [a for a in self.window.files.recent_menu.actions() if not a.isSeparator()]
        if not actions:
            return "open recent (none)"
        action = actions[int(fraction * len(actions))]
        text = action.text()
        action.trigger()  # (the menu is rebuilt: the action is gone)
        return f"open recent {text!r}"
