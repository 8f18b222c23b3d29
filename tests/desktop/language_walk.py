"""Every text a person can read in the window, and the English words left in them.

`window_texts(window)` walks the widgets (labels, buttons, tabs, combo items, tooltips, status
tips, titles, placeholders), the actions and menus, the plots' scenes (titles, axis labels,
legends) and what custom widgets paint (their `QPainter.drawText` and rich-text documents are
recorded while the window is grabbed). `english_words(text)` finds the words that are not on the
allow-list (key names, file formats, symbols, the product name, names of people and software).

Run as a module for a report while making texts translatable:

    QT_QPA_PLATFORM=offscreen python -m tests.desktop.language_walk [--pseudo]

`--pseudo` installs a translator that turns every text the translation tools extracted into
"文" marks, so whatever English remains did not go through `tr()` with the context lupdate saw.
Without it, the compiled Chinese translation is used.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QAction, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsTextItem,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

ALLOWED = {
    # product, people, software, licence
    "neuron",
    "lab",
    "nielsen",
    "michael",
    "qt",
    "pyside",
    "pyside6",
    "pyqtgraph",
    "numpy",
    "python",
    "mit",
    "gpl",
    "bsd",
    "lgpl",
    "nndl",
    "http",
    "https",
    "www",
    "com",
    "org",
    "io",
    "neuralnetworksanddeeplearning",
    "github",
    # keys
    "ctrl",
    "shift",
    "alt",
    "space",
    "home",
    "end",
    "esc",
    "enter",
    "return",
    "left",
    "right",
    "up",
    "down",
    "pgup",
    "pgdown",
    "del",
    "tab",
    "backspace",
    "meta",
    "f1",
    "f11",
    # formats and files
    "png",
    "svg",
    "pdf",
    "csv",
    "gif",
    "json",
    "neuronlab",
    "utf",
    # symbols and formula names
    "ln",
    "exp",
    "dc",
    "dw",
    "db",
    "da",
    "dz",
    "inf",
    "nan",
    "max",
    "min",
    "log",
    "id",
}
WORD = re.compile(r"[A-Za-z][A-Za-z0-9]+")
TAG = re.compile(r"<[^>]*>")
URL = re.compile(r"https?://\S+|\b[\w.-]+\.(?:com|org|io|net)\S*")
FILE = re.compile(r"[\w.-]+\.neuronlab\b|\*\.[a-z]+|'neuron-lab [^']*'|(?<![\w)])(?:/[\w.-]+)+/?")


def plain(text: str) -> str:
    """`text` without HTML tags and entities, URLs, file names and paths, quoted commands or mnemonic
    ampersands."""
    text = html.unescape(TAG.sub(" ", text))
    text = URL.sub(" ", text)
    return FILE.sub(" ", text).replace("&", "")


def english_words(text: str) -> list[str]:
    """The words of `text` (two letters or more) that are English and not allowed."""
    return [w for w in WORD.findall(plain(text)) if w.lower() not in ALLOWED]


def _widget_texts(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QLabel):
        yield widget.text()
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield widget.tabText(i)
            yield widget.tabToolTip(i)
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield widget.itemText(i)
            tip = widget.itemData(i, 3)  # Qt.ToolTipRole
            if isinstance(tip, str):
                yield tip
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
    if isinstance(widget, QTextEdit):
        yield widget.toPlainText()
    if isinstance(widget, QMenu):
        yield widget.title()
    if isinstance(widget, pg.GraphicsView):
        for item in widget.scene().items():
            if isinstance(item, QGraphicsTextItem) and item.isVisible():
                yield item.toPlainText()
    if widget.isWindow():
        yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.statusTip()
    yield widget.whatsThis()


def _action_texts(action: QAction) -> Iterator[str]:
    yield action.text()
    yield action.toolTip()
    yield action.statusTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield menu.title()


@contextmanager
def painted_texts() -> Iterator[list[str]]:
    """Record the texts Python code paints (drawText, rich-text documents) inside the block."""
    seen: list[str] = []
    draw_text = QPainter.drawText
    set_html = QTextDocument.setHtml
    set_plain = QTextDocument.setPlainText

    def drawing(painter: QPainter, *args: object) -> object:
        seen.extend(arg for arg in args if isinstance(arg, str))
        return draw_text(painter, *args)

    def setting_html(document: QTextDocument, text: str) -> None:
        seen.append(text)
        set_html(document, text)

    def setting_plain(document: QTextDocument, text: str) -> None:
        seen.append(text)
        set_plain(document, text)

    QPainter.drawText = drawing  # type: ignore[method-assign]
    QTextDocument.setHtml = setting_html  # type: ignore[method-assign]
    QTextDocument.setPlainText = setting_plain  # type: ignore[method-assign]
    try:
        yield seen
    finally:
        QPainter.drawText = draw_text  # type: ignore[method-assign]
        QTextDocument.setHtml = set_html  # type: ignore[method-assign]
        QTextDocument.setPlainText = set_plain  # type: ignore[method-assign]


def widget_tree_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for `root`, its visible descendants, their actions and menus."""
    found: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not shiboken6.isValid(widget):
            continue
        if widget is not root and not widget.isVisibleTo(root) and not isinstance(widget, QMenu):
            continue
        if isinstance(widget, QMenu) and _inside_plot(widget):
            continue  # pyqtgraph's own right-click menus: pyqtgraph ships no translations
        where = f"{type(widget).__name__}#{widget.objectName()}"
        found += [(where, text) for text in _widget_texts(widget) if text]
        for action in widget.actions():
            if not shiboken6.isValid(action):
                continue
            name = f"QAction#{action.objectName()}"
            found += [(name, text) for text in _action_texts(action) if text]
    if isinstance(root, QMainWindow):
        message = root.statusBar().currentMessage()
        if message:
            found.append(("status bar", message))
    return found


def _inside_plot(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, pg.GraphicsView):
            return True
        parent = parent.parentWidget()
    return False


def leftovers(found: Iterable[tuple[str, str]]) -> list[tuple[str, str, list[str]]]:
    """(where, text, English words) for every text with English left in it, each text once."""
    seen: set[str] = set()
    result = []
    for where, text in found:
        words = english_words(text)
        if words and text not in seen:
            seen.add(text)
            result.append((where, text, words))
    return result


class PseudoTranslator(QTranslator):
    """Translates the texts lupdate extracts (with their contexts) into "文" marks."""

    def __init__(self, extracted: set[tuple[str, str]]) -> None:
        super().__init__()
        self._extracted = extracted

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if (context, source) not in self._extracted:
            return None  # no translation: Qt shows the source text
        return pseudo(source)


def pseudo(source: str) -> str:
    """Every word of `source` outside placeholders, tags and entities replaced by "文"."""
    parts = re.split(r"(\{[^}]*\}|<[^>]*>|&[a-z]+;|%n)", source)
    return "".join(
        part
        if i % 2
        else WORD.sub(lambda m: m.group(0) if m.group(0).lower() in ALLOWED else "文", part)
        for i, part in enumerate(parts)
    )


def walk_window(
    window: QMainWindow, steps: Iterable[Callable[[], object]]
) -> list[tuple[str, str]]:
    """Texts of the window after each step (a view shown, a run ended, a dialog opened…); a
    step that is a generator is looked at after each of its yields."""
    found: list[tuple[str, str]] = []

    def look(name: str, painted: list[str], extra: object) -> None:
        nonlocal found
        found += [(f"painted in {name}", text) for text in painted if text]
        found += widget_tree_texts(window)
        if isinstance(extra, QWidget):
            found += widget_tree_texts(extra)

    for step in steps:
        name = getattr(step, "__name__", "step")
        with painted_texts() as painted:
            extra = step()
            states = extra if isinstance(extra, Iterator) else iter([extra])
            for state in states:
                QApplication.processEvents()
                window.grab()
                look(name, painted, state)
                painted.clear()
    return found


def walk_steps(
    window, wait_for_run: Callable[[], None], wait_for_job: Callable[[], None]
) -> list[Callable[[], object]]:
    """Steps that bring every text of the window on screen once: views, a run, compare mode,
    tabs, dialogs, a bad value in a field."""
    from desktop.cli import VIEWS
    from desktop.export.export_dialog import ExportDialog
    from desktop.window.about_dialog import AboutDialog
    from desktop.window.shortcuts_dialog import ShortcutsDialog

    def start() -> None:
        pass

    def run_to_end() -> None:
        window.load_preset("quadratic-saturated")
        window.run()
        wait_for_run()

    def view(name: str) -> Callable[[], None]:
        def show() -> None:
            window.show_view(name)

        show.__name__ = f"view {name}"
        return show

    def left_tab(index: int) -> Callable[[], None]:
        def show() -> None:
            window.tabs.setCurrentIndex(index)

        show.__name__ = f"left tab {index}"
        return show

    def compare_run() -> None:
        window.show_view("compare")
        window.run()
        wait_for_run()

    def speed_map() -> None:
        window.show_view("speed-map")
        window.insights.compute_speed_map()
        wait_for_job()

    def every_inner_tab() -> Iterator[None]:
        """Each page of each tab widget (why-slow's parts, the exercises, the left tabs)."""
        for view_name in ("why-slow", "exercises", "main"):
            window.show_view(view_name)
            for tabs in window.findChildren(QTabWidget):
                if tabs.isVisible():
                    for index in range(tabs.count()):
                        tabs.setCurrentIndex(index)
                        yield None

    def bad_value() -> None:
        field = window.panel.findChild(QLineEdit)
        if field is not None:
            field.setText("abc")

    def about() -> QWidget:
        dialog = AboutDialog(window)
        dialog.show()
        return dialog

    def shortcuts() -> QWidget:
        dialog = ShortcutsDialog(window.actions_by_name.values(), window)
        dialog.show()
        return dialog

    def export() -> QWidget:
        dialog = ExportDialog("run", window)
        dialog.show()
        return dialog

    views = [view(name) for name in VIEWS]
    tabs = [left_tab(i) for i in range(window.tabs.count())]
    return [
        start,
        *tabs,
        run_to_end,
        *views,
        compare_run,
        *views,
        *tabs,
        speed_map,
        every_inner_tab,
        about,
        shortcuts,
        export,
        bad_value,
    ]


def _report(use_pseudo: bool) -> int:
    import sys

    from PySide6.QtCore import QEventLoop, Qt

    from desktop.engine.pace import INSTANT
    from desktop.qt_app import application
    from desktop.style.language import install_language
    from desktop.window.main_window import MainWindow
    from tools.translations import extracted

    application()
    if use_pseudo:
        translator = PseudoTranslator(extracted())
        QApplication.installTranslator(translator)
    else:
        install_language("zh_CN")
    window = MainWindow(pace=INSTANT)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(1280, 720)
    window.show()

    def wait_for_run() -> None:
        if window.session.alive:
            loop = QEventLoop()
            window.session.ended.connect(lambda *_: loop.quit())
            loop.exec()

    def wait_for_job() -> None:
        job = window.insights.job
        if job.busy:
            loop = QEventLoop()
            job.finished.connect(lambda *_: loop.quit())
            job.failed.connect(lambda *_: loop.quit())
            loop.exec()

    found = walk_window(window, walk_steps(window, wait_for_run, wait_for_job))
    left = leftovers(found)
    for where, text, words in left:
        print(f"{where}: {text[:160]!r}  <- {' '.join(sorted(set(words)))[:80]}")
    print(f"{len(left)} texts with English words", file=sys.stderr)
    window.setWindowModified(False)
    window.close()
    return 1 if left else 0


if __name__ == "__main__":
    import sys

    raise SystemExit(_report("--pseudo" in sys.argv))
