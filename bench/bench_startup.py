"""Benchmark: start-up to the first painted window, the app against a bare PySide6 + pyqtgraph
window, and where the app's start goes.

Each start is a fresh interpreter (`python -c DRIVER`), one contender after another, repeated
--repeat times (after one unmeasured warm-up each, which fills the OS and font caches); the
table gives medians. Times run from the moment the parent calls `subprocess.Popen` (its
`time.perf_counter()`, which on Linux is CLOCK_MONOTONIC, the same clock in every process) to
marks the child prints with the same clock:

- `python -c pass`: interpreter and `site` up (the floor of every row);
- `import PySide6.QtWidgets, pyqtgraph`: the bare imports done;
- `bare QMainWindow + PlotWidget`: QApplication, a QMainWindow 1280 × 720 whose central widget
  is a default `pg.PlotWidget`, shown; first paint;
- `app (neuron-lab)`: `desktop.cli.main([])`, exactly what `neuron-lab` runs (no settings: a
  fresh XDG_CONFIG_HOME, so the default experiment at 1280 × 720; English); first paint.

"First paint" is taken by an event filter on the QApplication: `paint` is the first Paint event
delivered to any widget of the main window (the top-level widget itself, before its children),
`painted` is when a zero-delay timer started at that moment fires, i.e. after the whole first
paint pass has been drawn and flushed to the display. The `expose` mark is the first Expose event
of the window. The child then exits at once (`os._exit`).

Then, within the app's start: its own marks (interpreter, imports, QApplication, MainWindow(),
show → painted); what importing `desktop.export` costs (the import of the window with and
without every `desktop.export` module replaced by an empty stub, wall time, and
`python -X importtime` attribution); and pyqtgraph's per-plot right-click menus (ViewBox menu,
PlotItem's "Plot Options" form): how many are built while `MainWindow()` is made, their time,
and `PlotItem` construction with and without `enableMenu`.

Target from issue 12: the app within 1.3× of the bare QMainWindow + PlotWidget. Runs on the
display in $DISPLAY (e.g. Xvfb :99), else offscreen (said in the header). `--other DIR` adds the
app of another checkout as one more contender (e.g. an older commit unpacked with `git archive`).
Prints tables; asserts nothing.

    DISPLAY=:99 python bench/bench_startup.py [--repeat K] [--other DIR]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET_RATIO = 1.3

MARK = r"""
import time as _time
def mark(name):
    print(f"MARK {name} {_time.perf_counter():.6f} {_time.process_time():.6f}", flush=True)
mark("interpreter")
"""

PAINT_HOOK = r"""
import os
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

class FirstPaint(QObject):
    seen = set()
    def eventFilter(self, obj, event):
        kind = event.type()
        if kind == QEvent.Type.Expose and "expose" not in self.seen:
            self.seen.add("expose"); mark("expose")
        elif kind == QEvent.Type.Paint and "paint" not in self.seen and isinstance(obj, QWidget) \
                and isinstance(obj.window(), QMainWindow):
            self.seen.add("paint"); mark("paint")
            QTimer.singleShot(0, self.done)
        return False
    def done(self):
        mark("painted")
        os._exit(0)

_first_paint = FirstPaint()
"""

DRIVERS = {
    "python -c pass": MARK,
    "import PySide6.QtWidgets, pyqtgraph": MARK
    + r"""
import PySide6.QtWidgets, pyqtgraph
mark("imported")
""",
    "bare QMainWindow + PlotWidget": MARK
    + r"""
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg
mark("imported")
"""
    + PAINT_HOOK
    + r"""
app = QApplication(sys.argv[:1])
app.installEventFilter(_first_paint)
mark("application")
window = QMainWindow()
window.setCentralWidget(pg.PlotWidget())
window.resize(1280, 720)
mark("window built")
window.show()
app.exec()
""",
    "app (neuron-lab)": MARK
    + r"""
import desktop.cli
import desktop.qt_app
_application = desktop.qt_app.application
def application():
    first = _application.__globals__["QApplication"].instance() is None
    app = _application()
    if first:
        app.installEventFilter(_first_paint)
        mark("application")
    return app
desktop.qt_app.application = application  # desktop.launcher is imported later, by main()
print("LOADED " + desktop.cli.__file__, flush=True)
import desktop.window.main_window as _mw
_init = _mw.MainWindow.__init__
def _timed_init(self, *args, **kwargs):
    mark("window started"); _init(self, *args, **kwargs); mark("window built")
_mw.MainWindow.__init__ = _timed_init
mark("imported")
"""
    + PAINT_HOOK
    + r"""
desktop.cli.main([])
""",
}

MENU_PROBE = r"""
import os, sys, time
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ViewBox import ViewBoxMenu as menu_module
from pyqtgraph.graphicsItems.PlotItem import plotConfigTemplate_generic as form_module
from desktop.qt_app import application
from desktop.window.main_window import MainWindow
app = application()
spent = {}
def timed(owner, name, key):
    original = getattr(owner, name)
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            count, total = spent.get(key, (0, 0.0))
            spent[key] = (count + 1, total + time.perf_counter() - started)
    setattr(owner, name, wrapper)
timed(menu_module.ViewBoxMenu, "__init__", "ViewBox menus (ViewBoxMenu)")
timed(form_module.Ui_Form, "setupUi", "PlotItem 'Plot Options' forms")
timed(pg.AxisItem, "__init__", "AxisItems")
timed(pg.PlotItem, "__init__", "PlotItems (all of each)")
started = time.perf_counter()
window = MainWindow()
built = time.perf_counter() - started
print(f"WINDOW {built * 1e3:.1f}")
for key, (count, total) in spent.items():
    print(f"SPENT {count} {total * 1e3:.1f} {key}")
import gc
from PySide6.QtWidgets import QWidget
box = pg.ViewBox(enableMenu=False)
def form():
    form_module.Ui_Form().setupUi(QWidget())
makers = {
    "PlotItem()": lambda: pg.PlotItem(),
    "PlotItem(enableMenu=False)": lambda: pg.PlotItem(enableMenu=False),
    "PlotWidget()": lambda: pg.PlotWidget(),
    "PlotWidget(enableMenu=False)": lambda: pg.PlotWidget(enableMenu=False),
    "ViewBox()": lambda: pg.ViewBox(),
    "ViewBox(enableMenu=False)": lambda: pg.ViewBox(enableMenu=False),
    "ViewBoxMenu(view box) alone": lambda: menu_module.ViewBoxMenu(box),
    "PlotItem's 'Plot Options' form alone (built even with enableMenu=False)": form,
}
times = {name: [] for name in makers}
for round_ in range(16):  # interleaved; the first round is a warm-up
    for name, make in makers.items():
        gc.collect()
        started = time.perf_counter()
        made = make()
        elapsed = time.perf_counter() - started
        del made
        if round_:
            times[name].append(elapsed)
for name, spent_times in times.items():
    spent_times.sort()
    print(f"ITEM {spent_times[len(spent_times) // 2] * 1e3:.2f} {name}")
os._exit(0)
"""

STUB_EXPORT = r"""
import importlib.abc, importlib.machinery, sys, time, types
class _Stub(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return type(name, (), {{}})
class _StubFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name, path=None, target=None):
        if name == "desktop.export" or name.startswith("desktop.export."):
            return importlib.machinery.ModuleSpec(name, self, is_package=True)
        return None
    def create_module(self, spec):
        return _Stub(spec.name)
    def exec_module(self, module):
        module.__path__ = []
if {stub}:
    sys.meta_path.insert(0, _StubFinder())
import desktop.qt_app
started = time.perf_counter()
import desktop.window.main_window
print(f"IMPORT {{(time.perf_counter() - started) * 1e3:.1f}}")
"""


TOUCH_ALL = r"""
import time
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
started = time.perf_counter()
for module in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets):
    for name in dir(module):
        getattr(module, name)
print(f"TOUCH {(time.perf_counter() - started) * 1e3:.1f}")
"""


def child_env(config: str, repo: Path = REPO) -> dict[str, str]:
    env = dict(os.environ, XDG_CONFIG_HOME=config, LC_ALL="C.UTF-8", LANGUAGE="en")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(repo), env.get("PYTHONPATH", "")]))
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def start_once(driver: str, repo: Path = REPO) -> dict[str, float]:
    """Seconds from Popen to each mark the child printed."""
    with tempfile.TemporaryDirectory(prefix="neuron-lab-bench-") as config:
        env = child_env(config, repo)
        spawned = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", driver],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    marks = {}
    for line in result.stdout.splitlines():
        if line.startswith("MARK "):
            name, at, cpu = line[len("MARK ") :].rsplit(" ", 2)
            marks[name] = float(at) - spawned
            marks[f"{name} cpu"] = float(cpu)
    if result.returncode != 0 or not marks:
        raise RuntimeError(f"driver failed ({result.returncode}): {result.stderr[-1500:]}")
    if "LOADED " in result.stdout and str(repo) not in result.stdout.split("LOADED ")[1]:
        raise RuntimeError(f"the child ran another checkout's code: {result.stdout}")
    return marks


def bench_starts(repeat: int, other: Path | None) -> dict[str, list[dict[str, float]]]:
    contenders = {name: (driver, REPO) for name, driver in DRIVERS.items()}
    if other is not None:
        contenders[f"app at {other}"] = (DRIVERS["app (neuron-lab)"], other)
    for driver, repo in contenders.values():  # warm-up: page cache, font cache, .pyc files
        start_once(driver, repo)
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in contenders}
    for _ in range(repeat):  # interleaved, so drift in machine load hits all alike
        for name, (driver, repo) in contenders.items():
            runs[name].append(start_once(driver, repo))
    medians = {
        name: {mark: statistics.median(r[mark] for r in marks) for mark in marks[0]}
        for name, marks in runs.items()
    }
    print(f"start-up, seconds from Popen; median of {repeat} fresh processes (range in brackets)")
    print(
        f"  {'contender':<38} {'ready':>7} {'expose':>7} {'paint':>7} {'painted':>8} {'vs bare':>8}"
        f" {'CPU s':>6} {'vs bare':>8}"
    )
    bare_cpu = medians["bare QMainWindow + PlotWidget"]["painted cpu"]
    bare = medians["bare QMainWindow + PlotWidget"]["painted"]
    for name, marks in medians.items():
        end = "painted" if "painted" in marks else [m for m in marks if not m.endswith(" cpu")][-1]
        values = [r[end] for r in runs[name]]
        spread = f"({min(values):.3f}–{max(values):.3f})"
        ready = marks.get("imported", marks["interpreter"])
        if "painted" in marks:
            cells = (
                f"{ready:7.3f} {marks['expose']:7.3f} {marks['paint']:7.3f} {marks['painted']:8.3f}"
            )
            ratio = f"{marks['painted'] / bare:7.2f}x"
            cpu = marks["painted cpu"]
            ratio += f" {cpu:6.3f} {cpu / bare_cpu:7.2f}x"
        else:
            cpu = marks[end + " cpu"]
            cells, ratio = f"{ready:7.3f} {'':>7} {'':>7} {'':>8}", f"{'':>8} {cpu:6.3f}"
        print(f"  {name:<38} {cells} {ratio:>8}  {spread}")
    print(
        "  ready: imports done (python -c pass: interpreter up); expose, paint: first Expose and"
        " Paint events; painted: the first paint pass drawn and flushed; CPU s: the process's"
        " CPU time when painted (or ready), which other processes on a busy machine do not inflate"
    )
    app = medians["app (neuron-lab)"]
    ratio = app["painted"] / bare
    verdict = "MET" if ratio <= TARGET_RATIO else "MISSED"
    cpu_ratio = app["painted cpu"] / bare_cpu
    print(
        f"  target app ≤ {TARGET_RATIO}× the bare window: {verdict} ({app['painted']:.3f} s vs "
        f"{bare:.3f} s, {ratio:.2f}x; by CPU time {cpu_ratio:.2f}x)"
    )
    return runs


def phases(runs: list[dict[str, float]], order: list[tuple[str, str, str]]) -> None:
    """Median over the runs of each phase's length (end mark − begin mark, per run)."""
    for label, begin, end in order:
        spans = [run[end] - (run[begin] if begin else 0.0) for run in runs]
        print(f"    {label:<58} {statistics.median(spans) * 1e3:6.0f} ms")


def bench_breakdown(runs: dict[str, list[dict[str, float]]], repeat: int) -> None:
    app, bare = runs["app (neuron-lab)"], runs["bare QMainWindow + PlotWidget"]
    print()
    print("where the app's start goes (per-run phase lengths of the runs above, medians):")
    phases(
        app,
        [
            ("interpreter up (Popen → first line)", "", "interpreter"),
            ("imports (cli, qt_app: PySide6, pyqtgraph, numpy; window)", "interpreter", "imported"),
            ("main() to QApplication made", "imported", "application"),
            ("QApplication → MainWindow() started (language, …)", "application", "window started"),
            ("MainWindow()", "window started", "window built"),
            ("built → first paint (show, layout, settings)", "window built", "paint"),
            ("first paint pass", "paint", "painted"),
        ],
    )
    print("  bare window, the same way:")
    phases(
        bare,
        [
            ("interpreter up", "", "interpreter"),
            ("imports (PySide6.QtWidgets, pyqtgraph)", "interpreter", "imported"),
            ("QApplication", "imported", "application"),
            ("QMainWindow + PlotWidget", "application", "window built"),
            ("built → first paint", "window built", "paint"),
            ("first paint pass", "paint", "painted"),
        ],
    )
    bench_export_import(repeat)
    bench_importtime()
    bench_menus()


def run_child(code: str) -> str:
    with tempfile.TemporaryDirectory(prefix="neuron-lab-bench-") as config:
        result = subprocess.run(
            [sys.executable, "-c", code],
            cwd=REPO,
            env=child_env(config),
            capture_output=True,
            text=True,
            timeout=120,
        )
    if result.returncode != 0:
        raise RuntimeError(f"child failed ({result.returncode}): {result.stderr[-1500:]}")
    return result.stdout


def bench_export_import(repeat: int) -> None:
    """`import desktop.window.main_window` after desktop.qt_app, with desktop.export real or stubbed."""
    times: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(max(repeat, 5)):
        for stub in (False, True):
            out = run_child(STUB_EXPORT.format(stub=stub))
            times[stub].append(float(re.search(r"IMPORT (\S+)", out).group(1)))
    real, stubbed = statistics.median(times[False]), statistics.median(times[True])
    print()
    print(
        f"importing the window (after desktop.qt_app), median of {len(times[False])}: {real:.0f} ms; with every "
        f"desktop.export module an empty stub: {stubbed:.0f} ms → desktop.export costs "
        f"{real - stubbed:.0f} ms of the start"
    )


def bench_importtime() -> None:
    """`-X importtime` of the app's imports: self time by package; desktop.export's share."""
    code = "import desktop.cli, desktop.qt_app, desktop.window.main_window, desktop.launcher"
    with tempfile.TemporaryDirectory(prefix="neuron-lab-bench-") as config:
        result = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", code],
            cwd=REPO,
            env=child_env(config),
            capture_output=True,
            text=True,
            timeout=120,
        )
    entries = []  # (depth, name, self µs, cumulative µs), in the order printed
    for line in result.stderr.splitlines():
        found = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if found:
            self_us, cumulative, indent, name = found.groups()
            entries.append((len(indent) // 2, name, int(self_us), int(cumulative)))
    groups: dict[str, int] = {}
    package_of = {"shiboken6": "PySide6 + shiboken6", "PySide6": "PySide6 + shiboken6"}
    package_of["shibokensupport"] = "PySide6 + shiboken6"
    for _depth, name, self_us, _cumulative in entries:
        top = name.split(".")[0]
        key = package_of.get(top, top)
        if key not in ("pyqtgraph", "numpy", "PySide6 + shiboken6", "desktop", "model", "PIL"):
            key = "standard library and others"
        if name.startswith("desktop.export"):
            key = "desktop.export (own code)"
        elif key == "desktop":
            key = "desktop (all but desktop.export)"
        elif key == "PIL":
            key = "PIL (imported only by desktop.export.gif_encoder)"
        groups[key] = groups.get(key, 0) + self_us
    total = sum(groups.values())
    print(
        f"python -X importtime of the app's imports: {total / 1e3:.0f} ms of self time in all "
        "(importtime's own overhead included)"
    )
    for key, us in sorted(groups.items(), key=lambda item: -item[1]):
        print(f"    {key:<58} {us / 1e3:6.0f} ms")
    heaviest = sorted(entries, key=lambda entry: -entry[2])[:6]
    print(
        "  heaviest single modules (self time): "
        + ", ".join(f"{name} {self_us / 1e3:.0f} ms" for _d, name, self_us, _c in heaviest)
    )
    out = run_child(TOUCH_ALL)
    print(
        "  pyqtgraph.Qt copies every name of PySide6's QtCore, QtGui and QtWidgets into its own "
        f"modules (`_copy_attrs`), which makes PySide6 create every class at once: doing that "
        f"after importing the three modules takes {float(out.split()[-1]):.0f} ms"
    )


def bench_menus() -> None:
    out = run_child(MENU_PROBE)
    window = float(re.search(r"WINDOW (\S+)", out).group(1))
    print()
    print(f"pyqtgraph's right-click menus while MainWindow() is built ({window:.0f} ms in all):")
    for count, ms, key in re.findall(r"SPENT (\d+) (\S+) (.+)", out):
        print(f"    {key:<44} {count:>3} × = {float(ms):6.1f} ms")
    print("  one item at a time (median of 15, interleaved, ms):")
    for ms, what in re.findall(r"ITEM (\S+) (.+)", out):
        print(f"    {what:<70} {float(ms):6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--other",
        type=Path,
        help="also start the app of another checkout (e.g. `git archive COMMIT | tar -x -C DIR`)",
    )
    args = parser.parse_args()
    platform = "xcb on " + os.environ["DISPLAY"] if os.environ.get("DISPLAY") else "offscreen"
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    print(f"platform {platform}; {sys.executable}; load average {load}")
    runs = bench_starts(args.repeat, args.other.resolve() if args.other else None)
    bench_breakdown(runs, args.repeat)


if __name__ == "__main__":
    main()
