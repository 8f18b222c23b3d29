"""Atomic writes: a file is replaced whole on success, and untouched (with no temp left) on failure.

Proves that `atomic_path` and `write_text_atomically` replace the target only when the writer
succeeds, that a writer raising midway (any exception, even KeyboardInterrupt) leaves the old
content and no `.part` file, that new files get 0o666 & ~umask and existing files keep their mode,
and that `save_png` raises OSError and leaves nothing when it cannot write.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QImage

from desktop.export.figure_files import save_png
from model.atomic_file import atomic_path, write_text_atomically


class WriterFailed(Exception):
    pass


def listing(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask(request):
    """Run the test under the umask given by indirect parametrisation (default 0o022)."""
    value = getattr(request, "param", 0o022)
    previous = os.umask(value)
    yield value
    os.umask(previous)


def test_atomic_path_replaces_the_file_only_when_the_block_ends(tmp_path) -> None:
    target = tmp_path / "data.txt"
    target.write_text("old")
    with atomic_path(target) as temporary:
        assert temporary.parent == tmp_path and temporary.name.endswith(".part")
        assert temporary.name.startswith(".data.txt.")
        temporary.write_text("new")
        assert target.read_text() == "old"  # not replaced before the block succeeds
    assert target.read_text() == "new"
    assert listing(tmp_path) == ["data.txt"]


def test_write_text_atomically_writes_utf8_with_lf_newlines(tmp_path) -> None:
    target = tmp_path / "t.csv"
    target.write_text("old content that is longer than the new one\n" * 10)
    write_text_atomically(target, lambda out: out.write("η = 0.15\nσ'(z)\n"))
    assert target.read_bytes() == "η = 0.15\nσ'(z)\n".encode()
    assert listing(tmp_path) == ["t.csv"]


def test_relative_target_is_written_in_the_working_directory(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_text_atomically("plain.txt", lambda out: out.write("x"))
    assert (tmp_path / "plain.txt").read_text() == "x"
    assert listing(tmp_path) == ["plain.txt"]


@pytest.mark.parametrize("error", [WriterFailed, OSError, KeyboardInterrupt])
def test_failing_writer_keeps_the_old_file_and_leaves_no_temp(tmp_path, error) -> None:
    target = tmp_path / "t.csv"
    target.write_text("good old content\n")
    target.chmod(0o640)

    def half_then_fail(out) -> None:
        out.write("half a new fi")
        out.flush()
        raise error("writer broke")

    with pytest.raises(error, match="writer broke"):
        write_text_atomically(target, half_then_fail)
    assert target.read_text() == "good old content\n"
    assert mode(target) == 0o640
    assert listing(tmp_path) == ["t.csv"]


def test_failing_block_creates_no_file_at_all(tmp_path) -> None:
    target = tmp_path / "new.png"
    with pytest.raises(WriterFailed), atomic_path(target) as temporary:
        temporary.write_bytes(b"\x89PNG partial")
        raise WriterFailed
    assert listing(tmp_path) == []


def test_directory_as_target_raises_and_leaves_it_alone(tmp_path) -> None:
    target = tmp_path / "folder"
    target.mkdir()
    (target / "inside.txt").write_text("keep")
    with pytest.raises(OSError):
        write_text_atomically(target, lambda out: out.write("x"))
    assert listing(tmp_path) == ["folder"] and listing(target) == ["inside.txt"]


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077, 0o000], indirect=True, ids=oct)
def test_new_file_gets_0666_less_the_umask(tmp_path, umask) -> None:
    target = tmp_path / "new.csv"
    write_text_atomically(target, lambda out: out.write("x"))
    assert mode(target) == 0o666 & ~umask  # not mkstemp's private 0o600
    assert os.umask(umask) == umask  # reading the umask did not change it


@pytest.mark.parametrize("existing", [0o600, 0o640, 0o755, 0o444], ids=oct)
def test_existing_file_keeps_its_mode(tmp_path, umask, existing) -> None:
    target = tmp_path / "kept.csv"
    target.write_text("old")
    target.chmod(existing)
    write_text_atomically(target, lambda out: out.write("new"))
    assert target.read_text() == "new"
    assert mode(target) == existing


@settings(max_examples=40, deadline=None)
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_any_text_reads_back_exactly(text: str) -> None:
    with tempfile.TemporaryDirectory() as directory:
        target = Path(directory) / "round.txt"
        write_text_atomically(target, lambda out: out.write(text))
        with open(target, encoding="utf-8", newline="") as back:
            assert back.read() == text
        assert os.listdir(directory) == ["round.txt"]


def small_image() -> QImage:
    image = QImage(32, 16, QImage.Format.Format_RGB32)
    image.fill(QColor("#0b3d91"))
    return image


def test_save_png_writes_a_readable_png(tmp_path, umask) -> None:
    target = tmp_path / "out.png"
    save_png(small_image(), target)
    back = QImage(str(target))
    assert (back.width(), back.height()) == (32, 16)
    assert back.pixelColor(5, 5) == QColor("#0b3d91")
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert mode(target) == 0o644
    assert listing(tmp_path) == ["out.png"]


def test_save_png_into_a_missing_directory_raises_oserror_and_leaves_nothing(tmp_path) -> None:
    with pytest.raises(OSError):
        save_png(small_image(), tmp_path / "missing" / "out.png")
    assert listing(tmp_path) == []


def test_save_png_below_a_regular_file_raises_oserror(tmp_path) -> None:
    (tmp_path / "afile").write_text("keep")
    with pytest.raises(OSError):
        save_png(small_image(), tmp_path / "afile" / "out.png")
    assert listing(tmp_path) == ["afile"] and (tmp_path / "afile").read_text() == "keep"


def test_save_png_of_an_unencodable_image_keeps_the_old_file(tmp_path) -> None:
    target = tmp_path / "out.png"
    target.write_bytes(b"old png")
    with pytest.raises(OSError, match="could not write PNG"):
        save_png(QImage(), target)  # a null image cannot be saved
    assert target.read_bytes() == b"old png"
    assert listing(tmp_path) == ["out.png"]
