"""Every command of the window as a QAction: text, icon, shortcut and tooltip in one table.

Menus, the toolbar and the Help → Keyboard shortcuts list are all built from these actions,
so a shortcut is defined once and shown the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

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


def _tr(text: str) -> str:
    return QCoreApplication.translate("WindowActions", text)


def action_specs() -> list[ActionSpec]:
    """The window's commands (texts translated at call time)."""
    return [
        ActionSpec(
            "run", _tr("&Run from the values set"), ("Ctrl+Return",), SP.SP_DialogApplyButton
        ),
        ActionSpec(
            "stop",
            _tr("&Stop"),
            ("Esc",),
            SP.SP_MediaStop,
            tip=_tr("Stop, keeping what was computed"),
        ),
        ActionSpec("play_pause", _tr("&Play / Pause"), ("Space",), SP.SP_MediaPlay),
        ActionSpec(
            "step_forward",
            _tr("Step &forward"),
            ("Right",),
            SP.SP_MediaSeekForward,
            tip=_tr("One epoch forward (computes it if needed)"),
        ),
        ActionSpec(
            "step_back",
            _tr("Step &back"),
            ("Left",),
            SP.SP_MediaSeekBackward,
            tip=_tr("One epoch back (shows the stored state)"),
        ),
        ActionSpec(
            "jump_forward", _tr("Forward 10 epochs"), ("Shift+Right",), SP.SP_MediaSkipForward
        ),
        ActionSpec("jump_back", _tr("Back 10 epochs"), ("Shift+Left",), SP.SP_MediaSkipBackward),
        ActionSpec("go_start", _tr("Go to &start"), ("Home",), SP.SP_ArrowLeft),
        ActionSpec(
            "go_end",
            _tr("Run to the &end"),
            ("End",),
            SP.SP_ArrowRight,
            tip=_tr("Compute the remaining epochs at once"),
        ),
        ActionSpec(
            "reset",
            _tr("&Reset to the values set"),
            ("R",),
            SP.SP_BrowserReload,
            tip=_tr("New run from the spinbox values, paused at epoch 0"),
        ),
        ActionSpec(
            "predict",
            _tr("&Predict"),
            ("P",),
            SP.SP_FileDialogContentsView,
            checkable=True,
            tip=_tr("Hide the curves ahead of the cursor; draw your guess on the cost plot"),
        ),
        ActionSpec(
            "compare",
            _tr("&Compare two runs"),
            ("C",),
            checkable=True,
            tip=_tr(
                "Two runs from the same start, played together: the other cost, or your own "
                "second column of values"
            ),
        ),
        ActionSpec(
            "book_pair",
            _tr("&Book rule vs true gradient"),
            ("Shift+B",),
            tip=_tr(
                "Compare the book's published cross-entropy animation (steps by dC/da) with the "
                "true gradient, from the same start"
            ),
        ),
        ActionSpec(
            "why_slow",
            _tr("&Why slow?"),
            ("W", "Ctrl+2"),
            checkable=True,
            tip=_tr("Show why learning is slow: σ and its slope, the gradient's factors, formulas"),
        ),
        ActionSpec("view_plots", _tr("&Plots"), ("Ctrl+1",), tip=_tr("The live plots")),
        ActionSpec(
            "view_landscape",
            _tr("Cost &landscape"),
            ("Ctrl+3",),
            tip=_tr("C(w, b) with the descent path: where the plateau is"),
        ),
        ActionSpec(
            "view_speed_map",
            _tr("Learning-&speed map"),
            ("Ctrl+4",),
            tip=_tr("Epochs to learn from every start, for both costs"),
        ),
        ActionSpec(
            "view_exercises",
            _tr("E&xercises"),
            ("Ctrl+5",),
            tip=_tr("The chapter's exercises: the two cross-entropy forms, σ′ = σ(1 − σ)"),
        ),
        ActionSpec("clear_guess", _tr("&Clear guess"), ("Shift+P",), SP.SP_DialogDiscardButton),
        ActionSpec("full_screen", _tr("&Full screen"), ("F11",), checkable=True),
        ActionSpec(
            "zoom_in",
            _tr("&Larger"),
            ("Ctrl+=", "Ctrl++"),
            tip=_tr("Larger text, lines and diagram"),
        ),
        ActionSpec("zoom_out", _tr("S&maller"), ("Ctrl+-",)),
        ActionSpec("zoom_reset", _tr("&Normal size"), ("Ctrl+0",)),
        ActionSpec("dark_theme", _tr("&Dark theme"), ("Ctrl+Shift+D",), checkable=True),
        ActionSpec(
            "main_plot",
            _tr("Next &large plot"),
            ("L",),
            tip=_tr(
                "Make the next plot the large one (cost, w and b, output): on a small screen "
                "at a large scale it is the one that stays"
            ),
        ),
        ActionSpec("shortcuts", _tr("&Keyboard shortcuts"), ("F1",), SP.SP_DialogHelpButton),
        ActionSpec(
            "about",
            _tr("&About Neuron Lab"),
            tip=_tr("Version, license, and the book chapter this app teaches"),
        ),
        ActionSpec(
            "reset_settings",
            _tr("&Reset settings…"),
            tip=_tr("Theme, scale, language, window size, recent files: back to the defaults"),
        ),
        ActionSpec("new_experiment", _tr("&New experiment"), ("Ctrl+N",)),
        ActionSpec(
            "open_experiment",
            _tr("&Open experiment…"),
            ("Ctrl+O",),
            SP.SP_DialogOpenButton,
            tip=_tr("Open a .neuronlab experiment file"),
        ),
        ActionSpec("save_experiment", _tr("&Save experiment"), ("Ctrl+S",)),
        ActionSpec("save_experiment_as", _tr("Save experiment &as…"), ("Ctrl+Shift+S",)),
        ActionSpec(
            "export",
            _tr("&Export…"),
            ("Ctrl+E",),
            SP.SP_DialogSaveButton,
            tip=_tr("Export the run as PNG, SVG, PDF, CSV or animated GIF"),
        ),
        ActionSpec(
            "copy_figure",
            _tr("&Copy figure"),
            ("Ctrl+Shift+C",),
            tip=_tr("Copy the figure as an image"),
        ),
        ActionSpec("quit", _tr("&Quit"), ("Ctrl+Q",)),
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
