"""Write files atomically: into a temporary file beside the target, then rename over it.

A failed or interrupted write leaves no half file and never replaces a good file with a broken
one; the rename is atomic on POSIX and Windows file systems. Every file the app writes goes
through here (CSV, figures, GIFs, experiment files, the speed map's PNG). Plain Python, in the
model's package because every layer of the app writes files and the model is the one they all
may import.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `target`, on error it is removed."""
    target = Path(target)
    with _blaming(target):
        fd, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    os.close(fd)
    try:
        yield Path(temporary)
        with _blaming(target):
            _flush_to_disk(temporary)  # the data is on disk before the rename makes it the file
            os.chmod(temporary, _mode_for(target))
            os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


@contextlib.contextmanager
def _blaming(target: Path) -> Iterator[None]:
    """Report I/O errors against the file the user named, not our hidden temporary file."""
    try:
        yield
    except OSError as error:
        raise OSError(error.errno, error.strerror, os.fspath(target)) from error


def write_text_atomically(target: str | os.PathLike[str], write: Callable[[object], None]) -> None:
    """Call `write(stream)` with a text stream whose content becomes `target` if it succeeds."""
    with (
        atomic_path(target) as temporary,
        open(temporary, "w", encoding="utf-8", newline="\n") as out,
    ):
        write(out)


def _flush_to_disk(path: str) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual 0666 less the umask."""
    try:
        return target.stat().st_mode & 0o777
    except FileNotFoundError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process umask, read without changing it where Linux allows (thread-safe)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    umask = os.umask(0)  # elsewhere: set and restore at once
    os.umask(umask)
    return umask
