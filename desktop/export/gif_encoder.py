"""Animated GIF of a run, from frames rendered elsewhere (Qt has no GIF writer; Pillow writes it).

All frames share one adaptive palette taken from frames spread over the run, so colours never
shimmer and Pillow stores each frame as just the rectangle that changed (a plot animation is tens of
KB). Pixels get their exactly nearest palette colour: Pillow's own mapping is approximate (it turns
white into 254, 252, 252). 150 frames take a second or more, so the GUI uses `start_gif_encoding`.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QObject, QSize, Qt, QThread, Signal, Slot
from PySide6.QtGui import QImage, QPainter

from desktop.export.atomic_file import atomic_path

PALETTE_SAMPLE_FRAMES = 8
PALETTE_SAMPLE_PIXELS = 3_000_000
"""The shared palette comes from up to 8 frames spread over the run (fewer for large frames, at
least the first and last): median cut takes ~0.15 s per million pixels here, unseen by `progress`."""
MIN_DELAY_MS = 20
"""GIF delays are in 1/100 s and browsers slow any delay under 20 ms to 100 ms: GIFs top at 50 fps."""
_UNKNOWN = 0xFFFF

_log = logging.getLogger(__name__)


class CompressedFrames(Sequence[QImage]):
    """Frames kept as PNG bytes until encoding: 150 full-HD frames take ~15 MB, not 1.2 GB.

    Reading a frame decodes it again (QImage is safe to create in any thread).
    """

    def __init__(self) -> None:
        self._data: list[bytes] = []
        self._sizes: list[QSize] = []

    def append(self, image: QImage) -> None:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG", FAST_PNG_QUALITY):
            raise ValueError("could not keep an animation frame")
        self._data.append(bytes(buffer.data()))
        self._sizes.append(image.size())

    def sizes(self) -> list[QSize]:
        return list(self._sizes)

    def __len__(self) -> int:
        return len(self._data)

    def __getitem__(self, index):  # type: ignore[no-untyped-def]  # Sequence's int/slice overloads
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return QImage.fromData(self._data[index], "PNG")


FAST_PNG_QUALITY = 80
"""Qt's PNG "quality" is compression effort: 80 compresses fast, and the bytes only live in memory."""


def frame_epochs(total_epochs: int, frames: int) -> list[int]:
    """`frames` epochs spread evenly from 0 to `total_epochs`, both ends included, no repeats.

    Asking for more frames than there are epochs gives every epoch (0..total_epochs).
    """
    if frames < 2:
        raise ValueError(f"an animation needs at least 2 frames, not {frames}")
    if total_epochs < 0:
        raise ValueError(f"total_epochs must be 0 or more, not {total_epochs}")
    if frames > total_epochs:
        return list(range(total_epochs + 1))
    steps = frames - 1  # epoch of frame i: i * total / steps, rounded half up in integers
    return [(2 * i * total_epochs + steps) // (2 * steps) for i in range(frames)]


@dataclass(frozen=True, slots=True)
class GifSettings:
    """How the animation plays: frames per second, frames in all, and how long the end is held."""

    fps: int = 30
    frames: int = 150
    hold_seconds: float = 1.0

    def validate(self) -> None:
        """Raise ValueError, with a message for the user, if a setting is out of range."""
        if not 1 <= self.fps <= 60:
            raise ValueError(f"frames per second must be from 1 to 60, not {self.fps}")
        if not 2 <= self.frames <= 2000:
            raise ValueError(f"the number of frames must be from 2 to 2000, not {self.frames}")
        if not 0 <= self.hold_seconds <= 60:
            raise ValueError(f"the last frame is held 0 to 60 seconds, not {self.hold_seconds}")


def frame_durations_ms(count: int, settings: GifSettings) -> list[int]:
    """Each frame's delay in ms: multiples of 10 that add up to the exact running time, plus the hold.

    A constant 1000/fps would be cut to whole 1/100 s (30 fps would play at 33), so frame ends are
    rounded on a shared clock instead (30 fps gives 30, 40, 30, ...). None is under MIN_DELAY_MS.
    """
    period = 1000 / settings.fps
    ends = [k * period for k in range(count + 1)]
    ends[-1] += 1000 * settings.hold_seconds
    ticks = [int(end / 10 + 0.5) * 10 for end in ends]
    return [max(MIN_DELAY_MS, b - a) for a, b in pairwise(ticks)]


class _Cancelled(Exception):
    """Raised inside `atomic_path` so it throws the finished temporary file away."""


def encode_gif(
    images: Sequence[QImage],
    path: str | os.PathLike[str],
    settings: GifSettings,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[int, int], None] | None = None,
) -> bool:
    """Write `images` (all one size) as a looping GIF at `path`; False if `cancelled()` said stop.

    `progress(done, total)` follows the frames. A cancelled or failed export leaves no file and
    does not touch one already at `path`; I/O errors raise OSError naming `path`. Pillow merges
    identical consecutive frames into one (their times add up), so a GIF may have fewer frames.
    """
    settings.validate()
    if not images or images[0].isNull():
        raise ValueError("an animation needs at least one frame, and frames that are not empty")
    sizes = (
        images.sizes()
        if isinstance(images, CompressedFrames)
        else [image.size() for image in images]
    )
    for number, size in enumerate(sizes, start=1):
        if size != sizes[0]:
            raise ValueError(
                f"frame {number} is {size.width()}x{size.height()}, not the first's size"
            )
    budget = PALETTE_SAMPLE_PIXELS // (images[0].width() * images[0].height())
    sample = frame_epochs(len(images) - 1, min(PALETTE_SAMPLE_FRAMES, max(2, budget)))
    mapper = _PaletteMapper(_palette_of([_packed_rgb(images[i]) for i in sample]))
    frames: list[Image.Image] = []
    for done, image in enumerate(images, start=1):
        if cancelled():
            return False
        frame = Image.fromarray(mapper.indices(_packed_rgb(image)))
        frame.putpalette(mapper.palette_bytes)
        frames.append(frame)
        if progress is not None:
            progress(done, len(images))
    try:
        with atomic_path(path) as temporary, open(temporary, "wb") as out:
            frames[0].save(
                out,
                format="GIF",
                save_all=True,
                append_images=frames[1:],
                loop=0,
                duration=frame_durations_ms(len(frames), settings),
                optimize=False,
                disposal=1,  # keep the previous frame: each frame stores only what changed
                palette=mapper.palette_bytes,  # one global palette, no table per frame
            )
            out.flush()
            os.fsync(out.fileno())
            if cancelled():
                raise _Cancelled
    except _Cancelled:
        return False
    return True


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

    def _nearest(self, colours: np.ndarray) -> np.ndarray:
        rgb = _unpacked(colours).astype(np.int32)
        nearest = np.empty(len(rgb), np.uint16)
        for start in range(0, len(rgb), 4096):  # 4096 x 256 distances at a time (12 MB)
            diff = rgb[start : start + 4096, None, :] - self._palette[None, :, :]
            nearest[start : start + 4096] = (diff * diff).sum(axis=2).argmin(axis=1)
        return nearest


class GifEncodeWorker(QObject):
    """Runs `encode_gif` in the thread it is moved to. Create it without a parent.

    Ends with exactly one of `finished(written)` (False: cancelled) or `failed(message)`.
    """

    progressed = Signal(int, int)  # frames done, frames in all
    finished = Signal(bool)
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the encode to stop at the next frame; safe to call from any thread."""
        self._stop.set()

    @Slot(object, str, object)
    def run(self, images: Sequence[QImage], path: str, settings: GifSettings) -> None:
        """Encode; never raises, since an exception here would leave the thread running forever."""
        try:
            written = encode_gif(images, path, settings, self._stop.is_set, self.progressed.emit)
        except OSError as error:
            self.failed.emit(f"Could not save {error.filename or path}: {error.strerror or error}")
        except Exception as error:  # a bug, or bad settings: report it rather than hang
            _log.exception("GIF export to %s failed", path)
            self.failed.emit(f"Could not save {path}: {type(error).__name__}: {error}")
        else:
            self.finished.emit(written)


class GifEncodeJob(QObject):
    """A `GifEncodeWorker` in its own QThread, as the GUI sees it: signals, `cancel()`, `wait()`.

    `finished`/`failed` come in the GUI thread once the thread has ended, so nothing is left
    running; they are queued, so connecting right after `start_gif_encoding` returns is in time.
    Keep the job (or its parent) alive until then; to abandon it, `cancel()` then `wait()`.
    """

    progressed = Signal(int, int)
    finished = Signal(bool)
    failed = Signal(str)
    _requested = Signal(object, str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._outcome: tuple[bool, str] = (False, "the GIF encoder stopped without a result")
        self._thread: QThread | None = QThread(self)
        self._thread.setObjectName("GIF export")
        self._worker = GifEncodeWorker()
        self._worker.moveToThread(self._thread)
        self._cancel_worker = self._worker.cancel  # kept: the worker is deleted when done
        self._requested.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed)
        self._worker.finished.connect(self._note_finished)
        self._worker.failed.connect(self._note_failed)
        for ended in (self._worker.finished, self._worker.failed):  # direct: quits even while
            ended.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)  # GUI waits
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.finished.connect(self._thread_ended)

    def start(
        self, images: Sequence[QImage], path: str | os.PathLike[str], settings: GifSettings
    ) -> None:
        """Start the thread and hand it the frames (copied into a tuple: do not edit them meanwhile)."""
        assert self._thread is not None, "a GifEncodeJob runs once"
        self._thread.start()
        self._requested.emit(tuple(images), os.fspath(path), settings)

    def cancel(self) -> None:
        """Ask the encode to stop soon; `finished(False)` follows unless it had already ended."""
        self._cancel_worker()

    def wait(self, ms: int = 10_000) -> bool:
        """Block until the thread has ended (True) or `ms` passed (False)."""
        return self._thread is None or self._thread.wait(ms)

    @Slot(bool)
    def _note_finished(self, written: bool) -> None:
        self._outcome = (written, "")

    @Slot(str)
    def _note_failed(self, message: str) -> None:
        self._outcome = (False, message)

    @Slot()
    def _thread_ended(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()  # `finished` is sent just before the thread really ends
            thread.deleteLater()
        written, message = self._outcome
        if message:
            self.failed.emit(message)
        else:
            self.finished.emit(written)


def start_gif_encoding(
    images: Sequence[QImage],
    path: str | os.PathLike[str],
    settings: GifSettings,
    parent: QObject | None = None,
) -> GifEncodeJob:
    """Encode `images` to `path` in a new thread; connect to the returned job's signals."""
    job = GifEncodeJob(parent)
    job.start(images, path, settings)
    return job
