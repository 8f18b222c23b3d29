"""GIF export: epoch sampling, frame timing, the encoder's output, and the threaded job (given the
compressed frames, as the window hands them over)."""

import os
from itertools import pairwise

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from desktop.export.gif_encoder import (
    MIN_DELAY_MS,
    CompressedFrames,
    encode_gif,
    frame_durations_ms,
    frame_epochs,
)
from desktop.export.gif_job import GifEncodeJob
from desktop.export.options import ExportOptionError, GifOptions

COLOURS = [(255, 255, 255), (220, 30, 30), (30, 160, 60), (40, 80, 200), (250, 200, 20), (0, 0, 0)]


def solid(rgb: tuple[int, int, int], width: int = 320, height: int = 180) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(*rgb))
    return image


def moving_rectangle(count: int, width: int = 320, height: int = 180) -> list[QImage]:
    """White frames with a red rectangle moving left to right, and an antialiased blue line."""
    frames = []
    for k in range(count):
        image = solid((255, 255, 255), width, height)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = round(k * (width - 40) / max(1, count - 1))
        painter.fillRect(QRect(x, height // 3, 40, height // 3), QColor(220, 30, 30))
        painter.setPen(QColor(40, 80, 200))
        painter.drawLine(0, height - 1, width, height - 1 - k * height // (2 * max(1, count)))
        painter.end()
        frames.append(image)
    return frames


def pixels(image: QImage) -> np.ndarray:
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = bytes(rgba.constBits())
    array = np.frombuffer(data, np.uint8).reshape(rgba.height(), rgba.bytesPerLine())
    return array[:, : 4 * rgba.width()].reshape(rgba.height(), rgba.width(), 4)[..., :3]


def read_gif(path) -> tuple[list[np.ndarray], list[int], dict]:
    """Every frame as RGB (as a viewer composes it), each frame's duration, the first frame's info."""
    with Image.open(path) as gif:
        info = dict(gif.info)
        frames, durations = [], []
        for k in range(gif.n_frames):
            gif.seek(k)
            durations.append(gif.info["duration"])
            frames.append(np.asarray(gif.convert("RGB")))
    return frames, durations, info


def leftovers(directory) -> list[str]:
    return [name for name in os.listdir(directory) if name.endswith(".part")]


def compressed(images: list[QImage]) -> CompressedFrames:
    frames = CompressedFrames()
    for image in images:
        frames.append(image)
    return frames


def start_job(images: list[QImage], path, options: GifOptions) -> GifEncodeJob:
    """A job encoding `images` (compressed first, as the window hands them over) to `path`."""
    job = GifEncodeJob()
    job.start(compressed(images), path, options)
    return job


# --- frame_epochs -----------------------------------------------------------------------------


def test_150_frames_of_300_epochs_run_from_0_to_300() -> None:
    epochs = frame_epochs(300, 150)
    assert len(epochs) == 150
    assert epochs[0] == 0 and epochs[-1] == 300
    assert all(a < b for a, b in pairwise(epochs))


def test_more_frames_than_epochs_gives_every_epoch() -> None:
    assert frame_epochs(5, 150) == [0, 1, 2, 3, 4, 5]
    assert frame_epochs(5, 6) == [0, 1, 2, 3, 4, 5]
    assert frame_epochs(0, 2) == [0]


@pytest.mark.parametrize("frames", [1, 0, -3])
def test_fewer_than_two_frames_is_refused(frames: int) -> None:
    with pytest.raises(ValueError, match="at least 2 frames"):
        frame_epochs(300, frames)


@given(st.integers(0, 1_000_000), st.integers(2, 3000))
def test_epochs_are_spread_evenly_over_the_whole_run(total: int, frames: int) -> None:
    epochs = frame_epochs(total, frames)
    assert len(epochs) == min(frames, total + 1)
    assert epochs[0] == 0 and epochs[-1] == total
    gaps = np.diff(epochs)
    assert (gaps >= 1).all()
    if len(gaps):
        assert gaps.max() - gaps.min() <= 1  # as even as whole epochs allow


# --- timing ------------------------------------------------------------------------------------


@given(st.integers(1, 2000), st.integers(1, 50), st.floats(0, 60))
def test_durations_are_whole_centiseconds_adding_up_to_the_running_time(
    count: int, fps: int, hold: float
) -> None:
    durations = frame_durations_ms(count, GifOptions(fps=fps, hold_seconds=hold))
    assert len(durations) == count
    assert all(d % 10 == 0 and d >= MIN_DELAY_MS for d in durations)
    assert sum(durations) == pytest.approx(count * 1000 / fps + 1000 * hold, abs=5)
    assert max(durations[:-1], default=0) - min(durations[:-1], default=0) <= 10


def test_30_fps_alternates_30_and_40_ms_and_the_last_frame_holds() -> None:
    durations = frame_durations_ms(150, GifOptions(fps=30, hold_seconds=1.0))
    assert durations[:6] == [30, 40, 30, 30, 40, 30]
    assert durations[-1] == 1030
    assert sum(durations) == 6000


def test_above_50_fps_frames_last_20_ms_since_browsers_slow_shorter_delays() -> None:
    durations = frame_durations_ms(120, GifOptions(fps=60, hold_seconds=0.5))
    assert durations[:-1] == [20] * 119
    assert durations[-1] == pytest.approx(1000 / 60 + 500, abs=10)


# --- encode_gif -------------------------------------------------------------------------------


def test_gif_has_every_frame_its_size_timing_and_loops(tmp_path) -> None:
    images = moving_rectangle(12)
    path = tmp_path / "run.gif"
    assert encode_gif(images, path, GifOptions(fps=25, hold_seconds=2.0)) is True
    frames, durations, info = read_gif(path)
    assert len(frames) == 12
    assert frames[0].shape == (180, 320, 3)
    assert info["loop"] == 0
    assert durations[0] == pytest.approx(1000 / 25, abs=10)
    assert durations[-1] == pytest.approx(2000 + 1000 / 25, abs=10)
    assert leftovers(tmp_path) == []


def test_flat_colours_are_exact(tmp_path) -> None:
    path = tmp_path / "colours.gif"
    encode_gif([solid(rgb) for rgb in COLOURS], path, GifOptions())
    for k, (frame, rgb) in enumerate(zip(read_gif(path)[0], COLOURS, strict=True)):
        assert (frame == rgb).all(), f"frame {k} should be {rgb} everywhere"


def test_each_frame_matches_its_image(tmp_path) -> None:
    images = moving_rectangle(40)
    path = tmp_path / "moving.gif"
    encode_gif(images, path, GifOptions())
    for k, (frame, image) in enumerate(zip(read_gif(path)[0], images, strict=True)):
        error = np.abs(frame.astype(int) - pixels(image)).max(axis=2)
        assert (error == 0).mean() > 0.99, f"frame {k}: only antialiased edges may move"
        assert error.max() < 40, f"frame {k}"
        x = round(k * (320 - 40) / 39) + 20  # the red rectangle's centre
        assert (frame[90, x] == (220, 30, 30)).all(), f"frame {k}"


def test_transparent_parts_become_white(tmp_path) -> None:
    image = QImage(64, 48, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.fillRect(QRect(0, 0, 32, 48), QColor(20, 120, 220))
    painter.end()
    path = tmp_path / "transparent.gif"
    encode_gif([image, solid((0, 0, 0), 64, 48)], path, GifOptions())
    first = read_gif(path)[0][0]
    assert (first[:, :32] == (20, 120, 220)).all() and (first[:, 32:] == 255).all()


def test_frames_of_another_size_or_none_at_all_are_refused(tmp_path) -> None:
    with pytest.raises(ValueError, match="frame 2 is 100x50"):
        encode_gif([solid((0, 0, 0)), solid((0, 0, 0), 100, 50)], tmp_path / "a.gif", GifOptions())
    with pytest.raises(ValueError, match="at least one frame"):
        encode_gif([], tmp_path / "b.gif", GifOptions())
    with pytest.raises(ValueError, match="not empty"):
        encode_gif([QImage()], tmp_path / "b.gif", GifOptions())
    with pytest.raises(ValueError, match="frames per second"):
        encode_gif([solid((0, 0, 0))], tmp_path / "c.gif", GifOptions(fps=0))
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("stop_after_checks", [4, 31])  # midway, and during the final write
def test_cancel_leaves_no_file_and_keeps_an_old_one(tmp_path, stop_after_checks: int) -> None:
    path = tmp_path / "run.gif"
    path.write_bytes(b"the lecturer's earlier export")
    checks = 0

    def cancelled() -> bool:
        nonlocal checks
        checks += 1
        return checks >= stop_after_checks

    progress: list[tuple[int, int]] = []
    written = encode_gif(
        moving_rectangle(30), path, GifOptions(), cancelled, lambda *p: progress.append(p)
    )
    assert written is False
    assert path.read_bytes() == b"the lecturer's earlier export"
    assert leftovers(tmp_path) == []
    assert progress == [(k, 30) for k in range(1, min(stop_after_checks, 31))]


def test_the_encoder_checks_the_same_options_and_takes_no_more_frames_than_asked(tmp_path) -> None:
    with pytest.raises(ExportOptionError, match="at most 150 frames, not 300"):
        encode_gif([solid((0, 0, 0), 1920, 1080)], tmp_path / "a.gif", GifOptions(frames=300))
    with pytest.raises(ValueError, match="3 frames given, but the options ask for 2"):
        encode_gif(moving_rectangle(3), tmp_path / "b.gif", GifOptions(frames=2))
    assert os.listdir(tmp_path) == []


def test_a_missing_folder_raises_oserror_naming_the_path(tmp_path) -> None:
    path = tmp_path / "no such folder" / "run.gif"
    with pytest.raises(OSError) as raised:
        encode_gif(moving_rectangle(3), path, GifOptions())
    assert str(path) in str(raised.value)


# --- the threaded job -------------------------------------------------------------------------


@pytest.fixture
def jobs():
    """Jobs started by a test; each is cancelled and joined afterwards, whatever happened."""
    started = []
    yield started
    for job in started:
        job.cancel()
        assert job.wait(10_000), "the GIF thread did not stop"


def test_job_writes_the_gif_in_a_thread_and_reports_progress(qtbot, tmp_path, jobs) -> None:
    path = tmp_path / "run.gif"
    jobs.append(job := start_job(moving_rectangle(20), path, GifOptions()))
    progress: list[tuple[int, int]] = []
    job.progressed.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(job.finished, timeout=10_000) as finished:
        pass
    assert finished.args == [True]
    assert progress == [(k, 20) for k in range(1, 21)]
    assert read_gif(path)[0][0].shape == (180, 320, 3)
    assert job.wait(0)  # the thread had already ended when `finished` came
    job.cancel()  # too late to matter, and harmless


def test_cancel_from_the_gui_thread_ends_with_finished_false(qtbot, tmp_path, jobs) -> None:
    path = tmp_path / "run.gif"
    jobs.append(job := start_job(moving_rectangle(400), path, GifOptions(frames=400)))
    progress: list[int] = []
    job.progressed.connect(lambda done, total: (progress.append(done), job.cancel()))
    failures: list[str] = []
    job.failed.connect(failures.append)
    with qtbot.waitSignal(job.finished, timeout=10_000) as finished:
        pass
    assert finished.args == [False]
    assert failures == []
    assert 1 <= progress[-1] < 400
    assert not path.exists() and leftovers(tmp_path) == []


@pytest.mark.parametrize("cancel", [True, False])
def test_wait_returns_without_the_gui_event_loop(qtbot, tmp_path, jobs, cancel: bool) -> None:
    """A window's close path cancels and waits while blocking the GUI thread: that must not hang."""
    path = tmp_path / "run.gif"
    jobs.append(job := start_job(moving_rectangle(60), path, GifOptions()))
    if cancel:
        job.cancel()
    assert job.wait(10_000)
    assert path.exists() is not cancel
    with qtbot.waitSignal(job.finished, timeout=5000) as finished:  # delivered once events run
        pass
    assert finished.args == [not cancel]


def test_an_unwritable_path_ends_with_failed_naming_it(qtbot, tmp_path, jobs) -> None:
    path = tmp_path / "gone" / "run.gif"
    jobs.append(job := start_job(moving_rectangle(3), path, GifOptions()))
    results: list[bool] = []
    job.finished.connect(results.append)
    with qtbot.waitSignal(job.failed, timeout=10_000) as failed:
        pass
    message = failed.args[0]
    assert str(path) in message and "\n" not in message
    assert results == []


def test_bad_settings_end_with_failed_not_a_hung_thread(qtbot, tmp_path, jobs) -> None:
    jobs.append(job := start_job(moving_rectangle(3), tmp_path / "a.gif", GifOptions(fps=0)))
    with qtbot.waitSignal(job.failed, timeout=10_000) as failed:
        pass
    assert "frames per second" in failed.args[0]
    assert job.wait(5000)


def test_padded_rows_and_a_single_frame_are_read_right(tmp_path) -> None:
    """A QImage over someone else's buffer can have rows longer than its width (bytesPerLine)."""
    width, height, stride = 20, 10, 20 * 4 + 24  # 200 colours: few enough to stay exact
    buffer = bytearray(stride * height)
    for y in range(height):
        for x in range(width):
            buffer[y * stride + 4 * x : y * stride + 4 * x + 4] = bytes((x * 12, y * 20, 90, 255))
    image = QImage(buffer, width, height, stride, QImage.Format.Format_RGBX8888)
    path = tmp_path / "one.gif"
    assert encode_gif([image], path, GifOptions())
    frame = read_gif(path)[0][0]
    assert frame.shape == (height, width, 3)
    assert (frame[:, :, 0] == np.arange(width) * 12).all()
    assert (frame[:, :, 1].T == np.arange(height) * 20).all()
    assert (frame[:, :, 2] == 90).all()


def test_compressed_frames_give_back_the_same_pixels_in_little_memory(qapp) -> None:
    from desktop.export.gif_encoder import CompressedFrames

    frames = CompressedFrames()
    for shade in (0, 128, 255):
        image = QImage(640, 360, QImage.Format.Format_RGB32)
        image.fill(QColor(shade, 64, 200))
        frames.append(image)
    assert len(frames) == 3 and frames.sizes()[0].width() == 640
    assert QColor(frames[1].pixel(10, 10)) == QColor(128, 64, 200)
    assert sum(len(data) for data in frames._data) < 640 * 360  # far below 4 bytes a pixel
