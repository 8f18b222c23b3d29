"""Manual check, not a test: render the why-slow panel to PNGs and look at them.

    .venv/bin/python -m tests.desktop.insight.render_why_slow [folder] [width] [height]

A saturated quadratic run (and, in compare mode, its cross-entropy partner) at epoch 50, light
and dark, presentation scale 1 and 2, every page of the panel; default 760 × 660 px into
/tmp/whyslow/. Names: {single,compare}_{light,dark}_x{scale}_{w}x{h}[_page{n}].png.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.insight.why_slow_panel import WhySlowPanel  # noqa: E402
from desktop.qt_app import application  # noqa: E402
from desktop.style.theme import DARK, LIGHT, Theme  # noqa: E402
from model import RunParameters, Training, preset  # noqa: E402
from model.comparison import default_partner  # noqa: E402

EPOCH = 50


def settled_grab(panel: WhySlowPanel, path: Path) -> None:
    """Save the panel once its axes have measured their labels (they do so when drawn)."""
    for _ in range(3):
        panel.grab()
        QApplication.processEvents()
    panel.grab().save(str(path))


def render(
    runs: list[RunParameters], theme: Theme, size: tuple[int, int], path: Path
) -> list[Path]:
    """Every page of the panel showing `runs` at epoch 50; the files written."""
    trainings = [Training(p) for p in runs]
    for training in trainings:
        training.run_to_end()
    panel = WhySlowPanel(theme)
    panel.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    panel.resize(*size)
    panel.show()
    panel.set_runs([(p, t.trajectory) for p, t in zip(runs, trainings, strict=True)])
    for index, training in enumerate(trainings):
        panel.extend(index, len(training.trajectory))
    panel.show_epoch(EPOCH)
    panel.redraw_now()
    written = []
    for page in range(len(panel.grid.pages())):
        panel.grid.tabs.setCurrentIndex(page)
        name = path if page == 0 else path.with_name(f"{path.stem}_page{page + 1}.png")
        settled_grab(panel, name)
        written.append(name)
    panel.close()
    panel.deleteLater()
    return written


def main(argv: list[str]) -> None:
    folder = Path(argv[0] if argv else "/tmp/whyslow")
    size = (int(argv[1]), int(argv[2])) if len(argv) > 2 else (760, 660)
    folder.mkdir(parents=True, exist_ok=True)
    application()
    first = preset("quadratic-saturated").parameters
    for mode, runs in (("single", [first]), ("compare", [first, default_partner(first)])):
        for theme in (LIGHT, DARK):
            for scale in (1, 2):
                stem = f"{mode}_{theme.name}_x{scale}_{size[0]}x{size[1]}.png"
                for path in render(runs, theme.scaled(scale), size, folder / stem):
                    print(path)


if __name__ == "__main__":
    main(sys.argv[1:])
