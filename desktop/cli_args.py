"""What the `neuron-lab` subcommands share: the program's name and exit codes, an argparse that
reports a usage error in one line, argument types with one-line messages, the size flags, and
the check of output paths done before any work. Qt-free, like the command itself.
"""

from __future__ import annotations

import argparse
import errno
import math
import os
import sys
from collections.abc import Callable, Mapping
from ctypes.util import find_library
from pathlib import Path
from typing import NoReturn

from desktop.export.options import MAX_PIXELS, MIN_PIXELS, REFERENCE_SIZE
from model import ParameterError

PROG = "neuron-lab"
EXIT_IO_ERROR = 1
EXIT_USAGE = 2


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a usage error as a single line (no usage dump) and exits 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{PROG}: error: {message} (see '{PROG} --help')\n")


def bounded(kind: type, low: float, high: float, what: str) -> Callable[[str], float]:
    """An argparse type: a number of `kind` within low..high, with a one-line message otherwise."""

    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{what} must be a number, got {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{what} must be {low:g}..{high:g}, got {value:g}")
        return value

    return parse


def threshold_arg(text: str) -> float:
    """An argparse type: compare mode's threshold on |a − y|, strictly between 0 and 1."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"threshold must be a number, got {text!r}") from None
    if not (math.isfinite(value) and 0.0 < value < 1.0):
        raise argparse.ArgumentTypeError(f"threshold must be > 0 and < 1, got {text}")
    return value


pixels = bounded(int, MIN_PIXELS, MAX_PIXELS, "size in pixels")


def add_size_flags(parser: argparse.ArgumentParser, size: tuple[int, int] = REFERENCE_SIZE) -> None:
    for name, default in zip(("width", "height"), size, strict=True):
        parser.add_argument(
            f"--{name}",
            type=pixels,
            default=default,
            help=f"{name} in pixels, {MIN_PIXELS} to {MAX_PIXELS} (default {default})",
        )


def check_output_paths(paths: Mapping[str, Path | None]) -> None:
    """As `export` checks them: each name ends in its format (exit 2), its folder exists (exit 1)."""
    named = {kind: path for kind, path in paths.items() if path is not None}
    for kind, path in named.items():
        if path.suffix.lower() != f".{kind}":
            raise ParameterError(
                kind, f"--{kind} needs a file name ending in .{kind}, got {str(path)!r}"
            )
    for path in named.values():
        if not path.absolute().parent.is_dir():
            raise OSError(errno.ENOENT, "no such folder", str(path))


def missing_display(environ: Mapping[str, str] | None = None, platform: str = sys.platform) -> str:
    """Why the window cannot open here ("" if it can, as far as can be told without Qt).

    Qt itself would abort with a message about xcb libraries, which misleads a user who simply
    has no display (an SSH session, a server): say so, and point to what works without one.
    """
    env = os.environ if environ is None else environ
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return ""
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot "
            f"open; '{PROG} export' and '{PROG} screenshot' work without one"
        )
    if env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY") and not find_library("xcb-cursor"):
        return (
            "the window needs the X11 library libxcb-cursor0 (on Debian/Ubuntu: sudo apt-get "
            f"install libxcb-cursor0); '{PROG} export' works without it"
        )
    return ""
