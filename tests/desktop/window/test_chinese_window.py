"""The window in Chinese: no English word left anywhere a person can read (views, runs, tabs,
menus, actions, tooltips, dialogs, message boxes, file dialogs); View → Language switches at once
and keeps the experiment."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desktop.engine.pace import INSTANT
from desktop.launcher import WindowHolder
from desktop.style.language import CHINESE, ENGLISH, LANGUAGE_KEY, install_language
from desktop.window.main_window import MainWindow
from model import RunParameters
from tests.desktop.language_walk import (
    english_words,
    leftovers,
    walk_steps,
    walk_window,
    widget_tree_texts,
)

Button = QMessageBox.StandardButton


@pytest.fixture
def chinese(qapp):
    install_language(CHINESE)
    yield
    install_language(ENGLISH)


def make_window(qtbot) -> MainWindow:
    window = MainWindow(pace=INSTANT)
    qtbot.addWidget(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(1280, 720)
    window.show()
    return window


@pytest.fixture
def dialog_texts(monkeypatch):
    """Message boxes and file dialogs are really built and shown, their texts collected, then
    cancelled (the window's code runs as with a person answering Cancel)."""
    found: list[tuple[str, str]] = []

    def message_box(icon):
        def show(parent, title, text, buttons=Button.Ok, default=Button.NoButton):
            box = QMessageBox(icon, title, text, buttons, parent)
            box.show()
            QApplication.processEvents()
            found.extend(widget_tree_texts(box))
            box.close()
            return Button.Cancel

        return show

    def file_dialog(parent, caption="", folder="", filters="", *_args, **_kwargs):
        dialog = QFileDialog(parent, caption, folder, filters)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.show()
        QApplication.processEvents()
        found.extend(widget_tree_texts(dialog))
        dialog.close()
        return "", ""

    monkeypatch.setattr(QMessageBox, "question", message_box(QMessageBox.Icon.Question))
    monkeypatch.setattr(QMessageBox, "warning", message_box(QMessageBox.Icon.Warning))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", file_dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", file_dialog)
    return found


def test_with_chinese_active_no_english_word_remains(qtbot, chinese, dialog_texts, tmp_path):
    window = make_window(qtbot)

    def wait_for_run() -> None:
        qtbot.waitUntil(lambda: not window.session.alive, timeout=30_000)

    def wait_for_job() -> None:
        qtbot.waitUntil(lambda: not window.insights.job.busy, timeout=60_000)

    def message_boxes() -> None:
        window.settings.ask_reset()  # Reset settings? → Cancel
        window.files.opened(tmp_path / "课堂.neuronlab")
        window.setWindowModified(True)
        window.files.maybe_save()  # unsaved changes → Cancel
        window.setWindowModified(False)
        broken = tmp_path / "broken.neuronlab"
        broken.write_text("{", encoding="utf-8")
        window.files.open_path(broken)  # cannot open → the warning

    def file_dialogs() -> None:
        window.files.open_dialog()
        window.files.save_as()

    steps = [*walk_steps(window, wait_for_run, wait_for_job), message_boxes, file_dialogs]
    found = walk_window(window, steps) + dialog_texts
    assert len(found) > 500  # the walk reached the texts (it does not pass by seeing nothing)
    chinese_texts = [text for _, text in found if any("\u4e00" <= c <= "\u9fff" for c in text)]
    assert len(chinese_texts) > 300
    # Language names are shown in their own language ("English" in the Language menu).
    left = [item for item in leftovers(found) if not item[0].startswith("QAction#language_")]
    assert left == []


def test_the_english_word_check_finds_english_and_allows_keys_formats_symbols() -> None:
    assert english_words("运行到结尾 (Ctrl+Return)") == []
    assert english_words("导出为 PNG、SVG 或 CSV：∂C/∂w = x·(a − y)，ln 0") == []
    assert english_words("关于 Neuron Lab") == []
    assert english_words("<b>run</b> 1 &amp; the finish") == ["run", "the", "finish"]
    assert english_words("Run(&R)") == ["Run"]


def test_view_language_switches_at_once_and_keeps_the_experiment(qtbot, qapp) -> None:
    window = make_window(qtbot)
    parameters = RunParameters(w=1.5, b=-0.5, eta=0.3, epochs=77)
    window.load_parameters(parameters)
    window.set_compare(parameters.with_changes(cost="cross-entropy"))
    window.show_view("why-slow")
    holder = WindowHolder(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == "&File"
    try:
        window.languages.choose(CHINESE)
        chinese_window = holder.window
        qtbot.addWidget(chinese_window)
        assert chinese_window is not window
        assert [a.text() for a in chinese_window.menuBar().actions()][0] == "文件(&F)"
        assert chinese_window.run_button.text() == "运行"
        assert chinese_window.languages.actions[CHINESE].isChecked()
        assert "简体中文" in chinese_window.statusBar().currentMessage()
        assert chinese_window.panel.parameters() == parameters
        assert chinese_window.compare.on and chinese_window.compare.second().cost == "cross-entropy"
        assert chinese_window.right_column.view() == "why-slow"
        assert not window.isVisible()  # the English window is closed
        assert qapp.property("dummy") is None
        chinese_window.languages.choose(ENGLISH)
        english_window = holder.window
        qtbot.addWidget(english_window)
        assert [a.text() for a in english_window.menuBar().actions()][0] == "&File"
        assert english_window.panel.parameters() == parameters
    finally:
        install_language(ENGLISH)
        from PySide6.QtCore import QSettings

        QSettings().remove(LANGUAGE_KEY)


def test_every_top_level_widget_of_a_chinese_window_is_chinese(qtbot, chinese) -> None:
    """Also the parts that are not the window's children: its menus and the dialogs it owns."""
    window = make_window(qtbot)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QWidget) and widget.isVisible() and widget is not window:
            assert leftovers(widget_tree_texts(widget)) == [], type(widget).__name__
