"""Animated GIF of a run, from frames rendered elsewhere (Qt has no GIF writer; Pillow writes it).

All frames share one adaptive palette taken from frames spread over the run, so colours never
shimmer and Pillow stores each frame as just the rectangle that changed (a plot animation is tens of
KB). Pixels get their exactly nearest palette colour: Pillow's own mapping is approximate (it turns
white into 254, 252, 252). 150 frames take seconds, so the window runs this in a `GifEncodeJob`.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable, Sequence
from itertools import pairwise

import numpy as np
from PIL import Image
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter

from desktop.export.options import GifOptions
from model.atomic_file import atomic_path

PALETTE_SAMPLE_FRAMES = 8
PALETTE_SAMPLE_PIXELS = 3_000_000
"""The shared palette comes from up to 8 frames spread over the run (fewer for large frames, at
least the first and last): median cut takes ~0.15 s per million pixels here, unseen by `progress`."""
MIN_DELAY_MS = 20
"""GIF delays are in 1/100 s and browsers slow any delay under 20 ms to 100 ms: GIFs top at 50 fps."""
FRAME_COMPRESSION = 1
"""zlib level for frames kept in memory: level 1 keeps a 1280×720 frame in ~7 ms (Qt's PNG took
~46 ms, a third of a GIF export; bench/bench_export.py --table) and the bytes only live in memory."""
_UNKNOWN = 0xFFFF


class CompressedFrames(Sequence[QImage]):
    """Frames kept zlib-compressed (raw ARGB32 pixels) until encoding: 150 full-HD frames take
    tens of MB, not 1.2 GB.

    Reading a frame decompresses it into a new QImage (safe in any thread), so hand the whole
    object to the encoder's thread and read there; once handed over, append nothing more.
    """

    def __init__(self) -> None:
        self._data: list[bytes] = []
        self._sizes: list[QSize] = []

    def append(self, image: QImage) -> None:
        """Keep `image`, compressed; ValueError if it has no pixels to keep."""
        if image.isNull():
            raise ValueError("could not keep an animation frame")
        pixels = image.convertToFormat(QImage.Format.Format_ARGB32)
        raw = bytes(pixels.constBits())[: pixels.sizeInBytes()]
        self._data.append(zlib.compress(raw, FRAME_COMPRESSION))
        self._sizes.append(pixels.size())

    def sizes(self) -> list[QSize]:
        """Every frame's size, known without decompressing."""
        return list(self._sizes)

    def __len__(self) -> int:
        return len(self._data)

    def __getitem__(self, index):  # type: ignore[no-untyped-def]  # Sequence's int/slice overloads
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        size = self._sizes[index]
        raw = zlib.decompress(self._data[index])
        # ARGB32 rows are 4 bytes a pixel with no padding; copy() gives the image its own bytes.
        return QImage(
            raw, size.width(), size.height(), 4 * size.width(), QImage.Format.Format_ARGB32
        ).copy()


def frame_epochs(total_epochs: int, frames: int) -> list[int]:
    """`frames` epochs spread evenly from 0 to `total_epochs`, both ends included, no repeats.

    Asking for more frames than there are epochs gives every epoch (0..total_epochs). The frame
    loop draws these epochs; the encoder also picks its palette's sample frames with it.
    """
    if frames < 2:
        raise ValueError(f"an animation needs at least 2 frames, not {frames}")
    if total_epochs < 0:
        raise ValueError(f"total_epochs must be 0 or more, not {total_epochs}")
    if frames > total_epochs:
        return list(range(total_epochs + 1))
    steps = frames - 1  # epoch of frame i: i * total / steps, rounded half up in integers
    return [(2 * i * total_epochs + steps) // (2 * steps) for i in range(frames)]


def frame_durations_ms(count: int, options: GifOptions) -> list[int]:
    """Each frame's delay in ms: multiples of 10 that add up to the exact running time, plus the hold.

    A constant 1000/fps would be cut to whole 1/100 s (30 fps would play at 33), so frame ends are
    rounded on a shared clock instead (30 fps gives 30, 40, 30, ...). None is under MIN_DELAY_MS.
    """
    period = 1000 / options.fps
    ends = [k * period for k in range(count + 1)]
    ends[-1] += 1000 * options.hold_seconds
    ticks = [int(end / 10 + 0.5) * 10 for end in ends]
    return [max(MIN_DELAY_MS, b - a) for a, b in pairwise(ticks)]


class _Cancelled(Exception):
    """Raised inside `atomic_path` so it throws the finished temporary file away."""


def encode_gif(
    images: Sequence[QImage],
    path: str | os.PathLike[str],
    options: GifOptions,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[int, int], None] | None = None,
) -> bool:
    """Write `images` (all one size) as a looping GIF at `path`; False if `cancelled()` said stop.

    `options` are checked as the CLI and the dialog check them (`ExportOptionError`), and at
    most `options.frames` images are accepted, so memory stays within the options' budget.
    `progress(done, total)` follows the frames. A cancelled or failed export leaves no file and
    does not touch one already at `path`; I/O errors raise OSError naming `path`. Pillow merges
    identical consecutive frames into one (their times add up), so a GIF may have fewer frames.
    Given `CompressedFrames`, each frame is decoded here, in the calling thread.
    """
    width, height = _common_size(images)
    options.check(width, height)
    if len(images) > options.frames:
        raise ValueError(f"{len(images)} frames given, but the options ask for {options.frames}")
    sample = frame_epochs(len(images) - 1, _palette_sample_count(width * height))
    mapper = _PaletteMapper(_palette_of([_packed_rgb(images[i]) for i in sample]))
    frames: list[Image.Image] = []
    for done, image in enumerate(images, start=1):
        if cancelled():
            return False
        frames.append(mapper.indexed(_packed_rgb(image)))
        if progress is not None:
            progress(done, len(images))
    try:
        _save(frames, mapper.palette_bytes, path, options, cancelled)
    except _Cancelled:
        return False
    return True


def _common_size(images: Sequence[QImage]) -> tuple[int, int]:
    """Width and height shared by every frame; ValueError if none, empty, or of mixed sizes."""
    if not images or images[0].isNull():
        raise ValueError("an animation needs at least one frame, and frames that are not empty")
    if isinstance(images, CompressedFrames):
        sizes = images.sizes()  # known without decoding a frame
    else:
        sizes = [image.size() for image in images]
    for number, size in enumerate(sizes, start=1):
        if size != sizes[0]:
            raise ValueError(
                f"frame {number} is {size.width()}x{size.height()}, not the first's size"
            )
    return sizes[0].width(), sizes[0].height()


def _palette_sample_count(pixels: int) -> int:
    """How many frames the palette is taken from: up to 8, fewer for large frames, at least 2."""
    return min(PALETTE_SAMPLE_FRAMES, max(2, PALETTE_SAMPLE_PIXELS // pixels))


def _save(
    frames: list[Image.Image],
    palette: bytes,
    path: str | os.PathLike[str],
    options: GifOptions,
    cancelled: Callable[[], bool],
) -> None:
    """Write the indexed frames atomically; raise `_Cancelled` if cancelled before the rename."""
    with atomic_path(path) as temporary, open(temporary, "wb") as out:
        frames[0].save(
            out,
            format="GIF",
            save_all=True,
            append_images=frames[1:],
            loop=0,
            duration=frame_durations_ms(len(frames), options),
            optimize=False,
            disposal=1,  # keep the previous frame: each frame stores only what changed
            palette=palette,  # one global palette, no table per frame
        )
        out.flush()
        os.fsync(out.fileno())
        if cancelled():
            raise _Cancelled


def _packed_rgb(image: QImage) -> np.ndarray:
    """Opaque pixels as uint32 0xBBGGRR, shape (height, width); transparency is laid on white."""
    if image.hasAlphaChannel():
        flat = QImage(image.size(), QImage.Format.Format_RGBX8888)
        flat.fill(Qt.GlobalColor.white)
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
    else:
        flat = image.convertToFormat(QImage.Format.Format_RGBX8888)
    rows = np.frombuffer(flat.constBits(), np.dtype("<u4")).reshape(flat.height(), -1)
    return rows[:, : flat.width()] & 0xFFFFFF  # bytesPerLine may pad rows; the copy drops X


def _unpacked(packed: np.ndarray) -> np.ndarray:
    """Packed 0xBBGGRR colours as an (..., 3) uint8 RGB array."""
    return np.stack([packed & 0xFF, (packed >> 8) & 0xFF, (packed >> 16) & 0xFF], axis=-1).astype(
        np.uint8
    )


def _palette_of(samples: list[np.ndarray]) -> np.ndarray:
    """Up to 256 distinct colours, by median cut over the sample frames stacked into one image."""
    montage = Image.fromarray(_unpacked(np.concatenate(samples)))
    quantized = montage.quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    used = np.bincount(np.asarray(quantized).ravel()).nonzero()[0]
    return np.unique(
        np.asarray(quantized.getpalette() or [], np.uint8).reshape(-1, 3)[used], axis=0
    )


class _PaletteMapper:
    """Maps packed colours to their nearest palette colour, working out each distinct colour once."""

    def __init__(self, palette: np.ndarray) -> None:
        self._palette = palette.astype(np.int32)
        self.palette_bytes = palette.astype(np.uint8).tobytes()
        self._index = np.full(1 << 24, _UNKNOWN, np.uint16)  # 32 MB: every 24-bit colour

    def indices(self, packed: np.ndarray) -> np.ndarray:
        """Palette indices (uint8, same shape) for an array of packed colours."""
        found: np.ndarray = self._index[packed]
        unknown = found == _UNKNOWN
        if unknown.any():
            new = np.unique(packed[unknown])
            self._index[new] = self._nearest(new)
            found = self._index[packed]
        return found.astype(np.uint8)

    def indexed(self, packed: np.ndarray) -> Image.Image:
        """A palette image ("P" mode, one byte a pixel) of the packed colours."""
        frame = Image.fromarray(self.indices(packed))
        frame.putpalette(self.palette_bytes)
        return frame

    def _nearest(self, colours: np.ndarray) -> np.ndarray:
        rgb = _unpacked(colours).astype(np.int32)
        nearest = np.empty(len(rgb), np.uint16)
        for start in range(0, len(rgb), 4096):  # 4096 x 256 distances at a time (12 MB)
            diff = rgb[start : start + 4096, None, :] - self._palette[None, :, :]
            nearest[start : start + 4096] = (diff * diff).sum(axis=2).argmin(axis=1)
        return nearest
