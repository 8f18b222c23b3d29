"""The one frame loop of an animation: a run's figure drawn at evenly sampled epochs.

`render_frames` draws one frame per `next()`. The command line drains it at once (`write_gif`);
the window advances it one frame per event-loop turn, so it stays responsive and can cancel.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence

from desktop.export.gif_encoder import CompressedFrames, encode_gif, frame_epochs
from desktop.export.options import GifOptions
from desktop.export.run_figure import RunFigure


def epochs_to_draw(rows: int, options: GifOptions) -> list[int]:
    """The epochs an animation of a trajectory with `rows` rows (epochs 0..rows-1) shows."""
    return frame_epochs(rows - 1, options.frames)


def render_frames(
    figure: RunFigure, epochs: Sequence[int], into: CompressedFrames
) -> Iterator[int]:
    """Draw `figure` at each of `epochs` (the title naming the epoch) and keep the image in `into`.

    One frame per `next()`, which yields how many frames `into` holds. The figure is left showing
    the last frame drawn, caption included: write other formats of it first.
    """
    for epoch in epochs:
        figure.show_epoch(epoch, caption=True)
        into.append(figure.image())
        yield len(into)


def write_gif(
    figure: RunFigure, rows: int, path: str | os.PathLike[str], options: GifOptions
) -> None:
    """Draw every frame now, then encode them to `path` (atomically), all in this thread."""
    frames = CompressedFrames()
    for _ in render_frames(figure, epochs_to_draw(rows, options), frames):
        pass
    encode_gif(frames, path, options)
