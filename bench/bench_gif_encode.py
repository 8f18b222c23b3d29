"""Benchmark: encoding a GIF of 150 frames of 800×450, in the calling thread and in the
background job the window uses, and how long the GUI thread's timer is kept waiting meanwhile.

    python bench/bench_gif_encode.py

Prints numbers; asserts nothing. The frames are the test suite's moving rectangle.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    from desktop.qt_app import application, use_offscreen_platform

    use_offscreen_platform()
    app = application()
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from desktop.export.gif_encoder import encode_gif
    from desktop.export.gif_job import GifEncodeJob
    from desktop.export.options import GifOptions
    from tests.desktop.export.test_gif_export import compressed, moving_rectangle

    folder = Path(tempfile.mkdtemp(prefix="neuron-lab-bench-"))
    images = moving_rectangle(150, 800, 450)
    start = time.perf_counter()
    encode_gif(images, folder / "direct.gif", GifOptions())
    direct = time.perf_counter() - start

    frames = compressed(images)  # as the window hands them over, before the job starts
    gaps: list[int] = []
    clock, timer, loop = QElapsedTimer(), QTimer(interval=10), QEventLoop()
    timer.timeout.connect(lambda: gaps.append(clock.restart()))
    job = GifEncodeJob()
    job.finished.connect(lambda *_: loop.quit())
    clock.start()
    timer.start()
    start = time.perf_counter()
    job.start(frames, folder / "threaded.gif", GifOptions())
    loop.exec()
    threaded = time.perf_counter() - start
    timer.stop()
    job.wait(5000)
    size = (folder / "threaded.gif").stat().st_size
    print(
        f"GIF 150 frames 800x450: {direct:.2f} s in the calling thread, {threaded:.2f} s in a"
        f" QThread; {size / 1e6:.2f} MB; GUI timer (10 ms) longest gap {max(gaps)} ms"
    )
    app.processEvents()


if __name__ == "__main__":
    main()
