"""Benchmark: the real window under a real display, as a lecturer uses it.

Two measurements, each in a fresh interpreter on the display in $DISPLAY (e.g. Xvfb :99):

1. **paint** — a 300-epoch run at the book pace (60 epochs/s): paint events of the cost plot's
   viewport per second while it plays (the target is at least 55).
2. **end** — `quadratic-saturated` with 10,000,000 epochs, then End (compute the rest at once):
   peak resident memory of the process (VmHWM), the longest gap of a 5 ms QTimer probe in the
   GUI thread while it computes (a freeze), and the wall time to the end.

    DISPLAY=:99 python bench/bench_window_run.py [--repo PATH] [--epochs N] [--view VIEW]

`--view compare` measures compare mode (two runs computed and drawn together), `--view why-slow`
the why-slow panel (paints of its σ plot) while a run plays.

`--repo` points at another checkout (e.g. an older commit in a git worktree) to measure it the
same way; the script finds the window and its actions in the old flat layout too. Prints numbers;
asserts nothing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

COMMON = r"""
import sys, time
sys.path.insert(0, {repo!r})
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer
try:
    from desktop.qt_app import application
    from desktop.window.main_window import MainWindow
except ImportError:  # the layout before desktop/ had sub-packages
    from desktop.app import application
    from desktop.main_window import MainWindow

def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024

app = application()
window = MainWindow()
window.load_preset("quadratic-saturated")
window.resize(1280, 720)
window.show()
if {view!r} != "main":
    window.show_view({view!r})
for _ in range(20):
    app.processEvents()
watched = window.plots.cost_plot
if {view!r} == "why-slow":
    watched = window.why_slow.sigma.widget
"""

PAINT = (
    COMMON
    + r"""
class Counter(QObject):
    count = 0
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False

counter = Counter()
watched.viewport().installEventFilter(counter)
window.actions_by_name["run"].trigger()
start = QTimer()
def measure():
    counter.count = 0
    clock = QElapsedTimer(); clock.start()
    def done():
        print(f"paint: {{counter.count / (clock.elapsed() / 1000):.1f}} paints/s of the "
              f"{view} view's plot over {{clock.elapsed() / 1000:.1f}} s of a book-pace run")
        window.close(); app.quit()
    QTimer.singleShot(3000, done)
QTimer.singleShot(700, measure)  # the run has settled into its pace
app.exec()
"""
)

END = (
    COMMON
    + r"""
window.panel.epochs_box.setValue({epochs})
window.actions_by_name["reset"].trigger()  # a paused run of that many epochs
for _ in range(10):
    app.processEvents()
gaps = []
clock = QElapsedTimer(); clock.start()
probe = QTimer(); probe.setTimerType(Qt.TimerType.PreciseTimer); probe.setInterval(5)
last = [clock.elapsed()]
def tick():
    now = clock.elapsed(); gaps.append(now - last[0]); last[0] = now
probe.timeout.connect(tick)
probe.start()
started = time.perf_counter()
baseline = peak_mb()
def ended(*_):
    probe.stop()
    wall = time.perf_counter() - started
    big = sorted(gaps)[-5:]
    print(f"end: {{wall:.1f}} s to compute and show {epochs:,} epochs; peak RSS {{peak_mb():.0f}} MB "
          f"(window open: {{baseline:.0f}} MB); longest GUI gaps {{big}} ms "
          f"({{sum(g >= 50 for g in gaps)}} of {{len(gaps)}} probe gaps >= 50 ms)")
    QTimer.singleShot(100, lambda: (window.close(), app.quit()))
# Until the window shows the last epoch (older versions: until the trainer is done).
getattr(window.session, "ended", window.controller.run_ended).connect(ended)
QTimer.singleShot(200, lambda: (last.__setitem__(0, clock.elapsed()), window.actions_by_name["go_end"].trigger()))
app.exec()
"""
)


def run(code: str) -> None:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    lines = [line for line in result.stdout.splitlines() if line.startswith(("paint:", "end:"))]
    print("\n".join(lines) or f"failed ({result.returncode}): {result.stderr[-800:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", type=Path, default=REPO)
    parser.add_argument("--epochs", type=int, default=10_000_000)
    parser.add_argument("--skip-paint", action="store_true")
    parser.add_argument("--view", choices=["main", "compare", "why-slow"], default="main")
    args = parser.parse_args()
    repo = str(args.repo.resolve())
    print(f"checkout: {repo}")
    if not args.skip_paint:
        run(PAINT.format(repo=repo, view=args.view))
    run(END.format(repo=repo, epochs=args.epochs, view=args.view))


if __name__ == "__main__":
    main()
