"""Saving rendered images: PNG written atomically, with one clear error when it cannot be."""

from __future__ import annotations

import os

from PySide6.QtGui import QImage

from model.atomic_file import atomic_path


def save_png(image: QImage, path: str | os.PathLike[str]) -> None:
    """Write `image` as PNG atomically; raise OSError if it cannot be written."""
    with atomic_path(path) as temporary:
        if not image.save(str(temporary), "PNG"):
            raise OSError(f"could not write PNG data to {os.fspath(path)!r}")
