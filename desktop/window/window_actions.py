"""Every command of the window as a QAction: text, icon, shortcut and tooltip in one table.

Menus, the toolbar and the Help → Keyboard shortcuts list are all built from these actions,
so a shortcut is defined once and shown the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

translate = QCoreApplication.translate

SP = QStyle.StandardPixmap


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """How one action looks and is reached."""

    name: str
    text: str
    shortcuts: tuple[str, ...] = ()
    icon: SP | None = None
    checkable: bool = False
    tip: str = ""


def action_specs() -> list[ActionSpec]:
    """The window's commands (texts translated at call time)."""
    return [
        ActionSpec(
            "run",
            translate("WindowActions", "&Run from the values set"),
            ("Ctrl+Return",),
            SP.SP_DialogApplyButton,
        ),
        ActionSpec(
            "stop",
            translate("WindowActions", "&Stop"),
            ("Esc",),
            SP.SP_MediaStop,
            tip=translate("WindowActions", "Stop, keeping what was computed"),
        ),
        ActionSpec(
            "play_pause", translate("WindowActions", "&Play / Pause"), ("Space",), SP.SP_MediaPlay
        ),
        ActionSpec(
            "step_forward",
            translate("WindowActions", "Step &forward"),
            ("Right",),
            SP.SP_MediaSeekForward,
            tip=translate("WindowActions", "One epoch forward (computes it if needed)"),
        ),
        ActionSpec(
            "step_back",
            translate("WindowActions", "Step &back"),
            ("Left",),
            SP.SP_MediaSeekBackward,
            tip=translate("WindowActions", "One epoch back (shows the stored state)"),
        ),
        ActionSpec(
            "jump_forward",
            translate("WindowActions", "Forward 10 epochs"),
            ("Shift+Right",),
            SP.SP_MediaSkipForward,
        ),
        ActionSpec(
            "jump_back",
            translate("WindowActions", "Back 10 epochs"),
            ("Shift+Left",),
            SP.SP_MediaSkipBackward,
        ),
        ActionSpec(
            "go_start", translate("WindowActions", "Go to &start"), ("Home",), SP.SP_ArrowLeft
        ),
        ActionSpec(
            "go_end",
            translate("WindowActions", "Run to the &end"),
            ("End",),
            SP.SP_ArrowRight,
            tip=translate("WindowActions", "Compute the remaining epochs at once"),
        ),
        ActionSpec(
            "reset",
            translate("WindowActions", "&Reset to the values set"),
            ("R",),
            SP.SP_BrowserReload,
            tip=translate("WindowActions", "New run from the spinbox values, paused at epoch 0"),
        ),
        ActionSpec(
            "predict",
            translate("WindowActions", "&Predict"),
            ("P",),
            SP.SP_FileDialogContentsView,
            checkable=True,
            tip=translate(
                "WindowActions",
                "Hide the curves ahead of the cursor; draw your guess on the cost plot",
            ),
        ),
        ActionSpec(
            "compare",
            translate("WindowActions", "&Compare two runs"),
            ("C",),
            checkable=True,
            tip=translate(
                "WindowActions",
                "Two runs from the same start, played together: the other cost, or your own "
                "second column of values",
            ),
        ),
        ActionSpec(
            "book_pair",
            translate("WindowActions", "&Book rule vs true gradient"),
            ("Shift+B",),
            tip=translate(
                "WindowActions",
                "Compare the book's published cross-entropy animation (steps by dC/da) with the "
                "true gradient, from the same start",
            ),
        ),
        ActionSpec(
            "why_slow",
            translate("WindowActions", "&Why slow?"),
            ("W", "Ctrl+2"),
            checkable=True,
            tip=translate(
                "WindowActions",
                "Show why learning is slow: σ and its slope, the gradient's factors, formulas",
            ),
        ),
        ActionSpec(
            "view_plots",
            translate("WindowActions", "&Plots"),
            ("Ctrl+1",),
            tip=translate("WindowActions", "The live plots"),
        ),
        ActionSpec(
            "view_landscape",
            translate("WindowActions", "Cost &landscape"),
            ("Ctrl+3",),
            tip=translate("WindowActions", "C(w, b) with the descent path: where the plateau is"),
        ),
        ActionSpec(
            "view_speed_map",
            translate("WindowActions", "Learning-&speed map"),
            ("Ctrl+4",),
            tip=translate("WindowActions", "Epochs to learn from every start, for both costs"),
        ),
        ActionSpec(
            "view_exercises",
            translate("WindowActions", "E&xercises"),
            ("Ctrl+5",),
            tip=translate(
                "WindowActions",
                "The chapter's exercises: the two cross-entropy forms, σ′ = σ(1 − σ)",
            ),
        ),
        ActionSpec(
            "clear_guess",
            translate("WindowActions", "&Clear guess"),
            ("Shift+P",),
            SP.SP_DialogDiscardButton,
        ),
        ActionSpec(
            "full_screen", translate("WindowActions", "&Full screen"), ("F11",), checkable=True
        ),
        ActionSpec(
            "zoom_in",
            translate("WindowActions", "&Larger"),
            ("Ctrl+=", "Ctrl++"),
            tip=translate("WindowActions", "Larger text, lines and diagram"),
        ),
        ActionSpec("zoom_out", translate("WindowActions", "S&maller"), ("Ctrl+-",)),
        ActionSpec("zoom_reset", translate("WindowActions", "&Normal size"), ("Ctrl+0",)),
        ActionSpec(
            "dark_theme",
            translate("WindowActions", "&Dark theme"),
            ("Ctrl+Shift+D",),
            checkable=True,
        ),
        ActionSpec(
            "main_plot",
            translate("WindowActions", "Next &large plot"),
            ("L",),
            tip=translate(
                "WindowActions",
                "Make the next plot the large one (cost, w and b, output): on a small screen "
                "at a large scale it is the one that stays",
            ),
        ),
        ActionSpec(
            "shortcuts",
            translate("WindowActions", "&Keyboard shortcuts"),
            ("F1",),
            SP.SP_DialogHelpButton,
        ),
        ActionSpec(
            "about",
            translate("WindowActions", "&About Neuron Lab"),
            tip=translate(
                "WindowActions", "Version, license, and the book chapter this app teaches"
            ),
        ),
        ActionSpec(
            "reset_settings",
            translate("WindowActions", "&Reset settings…"),
            tip=translate(
                "WindowActions",
                "Theme, scale, language, window size, recent files: back to the defaults",
            ),
        ),
        ActionSpec("new_experiment", translate("WindowActions", "&New experiment"), ("Ctrl+N",)),
        ActionSpec(
            "open_experiment",
            translate("WindowActions", "&Open experiment…"),
            ("Ctrl+O",),
            SP.SP_DialogOpenButton,
            tip=translate("WindowActions", "Open a .neuronlab experiment file"),
        ),
        ActionSpec("save_experiment", translate("WindowActions", "&Save experiment"), ("Ctrl+S",)),
        ActionSpec(
            "save_experiment_as",
            translate("WindowActions", "Save experiment &as…"),
            ("Ctrl+Shift+S",),
        ),
        ActionSpec(
            "export",
            translate("WindowActions", "&Export…"),
            ("Ctrl+E",),
            SP.SP_DialogSaveButton,
            tip=translate("WindowActions", "Export the run as PNG, SVG, PDF, CSV or animated GIF"),
        ),
        ActionSpec(
            "copy_figure",
            translate("WindowActions", "&Copy figure"),
            ("Ctrl+Shift+C",),
            tip=translate("WindowActions", "Copy the figure as an image"),
        ),
        ActionSpec("quit", translate("WindowActions", "&Quit"), ("Ctrl+Q",)),
    ]


def plain_text(text: str) -> str:
    """Action text without its mnemonic ampersand."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def build_actions(owner: QWidget) -> dict[str, QAction]:
    """Create the actions on `owner` (so their shortcuts work anywhere in its window)."""
    actions = {}
    for spec in action_specs():
        action = QAction(spec.text, owner)
        action.setObjectName(spec.name)
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.setCheckable(spec.checkable)
        if spec.icon is not None:
            action.setIcon(owner.style().standardIcon(spec.icon))
        keys = ", ".join(
            QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in spec.shortcuts
        )
        tip = spec.tip or plain_text(spec.text)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setStatusTip(tip)
        owner.addAction(action)
        actions[spec.name] = action
    return actions
