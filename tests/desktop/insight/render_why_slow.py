"""Manual check, not a test: render the why-slow panel to PNGs and look at them.

    .venv/bin/python -m tests.desktop.insight.render_why_slow [folder] [--size WxH ...]
        [--epoch N ...] [--case NAME ...]

Cases: a saturated quadratic run ("quadratic"), it and its cross-entropy partner ("compare"),
the saturated cross-entropy run ("cross-entropy") and the book's animation ("book", with the
book note); light and dark, presentation scale 1 and 2, every page of the panel. Defaults:
epoch 50 (the plateau: σ′ ≈ 0.02, its bar in the accent colour), panel sizes 838 × 590 (the
main window at 1280 × 720) and 1266 × 932 (at 1920 × 1080), into /tmp/whyslow/. Names:
{case}_{light,dark}_x{scale}_{w}x{h}_e{epoch}[_page{n}].png.
"""

from __future__ import annotations

import argparse
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

CASES = ("quadratic", "compare", "cross-entropy", "book")


def settled_grab(panel: WhySlowPanel, path: Path) -> None:
    """Save the panel once its axes have measured their labels (they do so when drawn)."""
    for _ in range(3):
        panel.grab()
        QApplication.processEvents()
    panel.grab().save(str(path))


def case_runs(case: str) -> list[RunParameters]:
    """The runs a case shows."""
    quadratic = preset("quadratic-saturated").parameters
    return {
        "quadratic": [quadratic],
        "compare": [quadratic, default_partner(quadratic)],
        "cross-entropy": [preset("cross-entropy-saturated").parameters],
        "book": [preset("book-cross-entropy-saturated").parameters],
    }[case]


def render(
    runs: list[RunParameters], theme: Theme, size: tuple[int, int], path: Path, epoch: int = 50
) -> list[Path]:
    """Every page of the panel showing `runs` at `epoch`; the files written."""
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
    panel.show_epoch(epoch)
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
    parser = argparse.ArgumentParser(prog="render_why_slow")
    parser.add_argument("folder", nargs="?", default="/tmp/whyslow", type=Path)
    parser.add_argument("--size", nargs="+", default=["838x590", "1266x932"])
    parser.add_argument("--epoch", nargs="+", type=int, default=[50])
    parser.add_argument("--case", nargs="+", choices=CASES, default=list(CASES))
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    application()
    sizes = [tuple(int(n) for n in size.split("x")) for size in args.size]
    for case in args.case:
        for theme in (LIGHT, DARK):
            for scale in (1, 2):
                for width, height in sizes:
                    for epoch in args.epoch:
                        stem = f"{case}_{theme.name}_x{scale}_{width}x{height}_e{epoch}.png"
                        for path in render(
                            case_runs(case),
                            theme.scaled(scale),
                            (width, height),
                            args.folder / stem,
                            epoch,
                        ):
                            print(path)


if __name__ == "__main__":
    main(sys.argv[1:])
