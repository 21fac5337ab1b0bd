"""Writing an index folder safely: one writer at a time, and the new folder put in place of the old in one step.

A reader that opens the folder during a swap opens the old index or the new one, never neither: on Linux the two
folders are exchanged with renameat2(RENAME_EXCHANGE); where the file system cannot, the old folder is renamed
aside first (a moment without an index). Writers hold an flock on `.NAME.lock` beside the folder, so a second
build refuses at once with a message instead of racing the first; leftovers of a killed build (`.NAME.tmp-*`,
`.NAME.old-*`) are removed by the next writer.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .problems import IndexProblem

_AT_FDCWD, _RENAME_EXCHANGE = -100, 2


@contextmanager
def writing(folder: Path) -> Iterator[None]:
    """Hold the write lock of the index folder `folder`; IndexProblem when another build holds it or the folder
    cannot be written (found here, before any encoding)."""
    folder = Path(folder).absolute()
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        lock = open(folder.parent / f".{folder.name}.lock", "a+")  # noqa: SIM115 - held until the with ends
    except OSError as exc:
        raise IndexProblem(f"cannot write the index at {folder}: {exc.strerror or exc}") from None
    with lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.seek(0)
            holder = lock.read().strip() or "another process"
            raise IndexProblem(f"{folder} is being written by another build ({holder}); try again when it "
                               "finishes") from None
        lock.seek(0)
        lock.truncate()
        lock.write(f"pid {os.getpid()}")
        lock.flush()
        try:
            _check_writable(folder)
            remove_leftovers(folder)
            yield
        finally:
            lock.seek(0)
            lock.truncate()  # no pid left behind once the build is over


def _check_writable(folder: Path) -> None:
    for place in (folder.parent, folder) if folder.is_dir() else (folder.parent,):
        if not os.access(place, os.W_OK | os.X_OK):
            raise IndexProblem(f"cannot write the index at {folder}: {place} is not writable")


def remove_leftovers(folder: Path) -> None:
    """The temporary and moved-aside folders a killed build left beside `folder` (call with the lock held)."""
    for pattern in (f".{folder.name}.tmp-*", f".{folder.name}.old-*"):
        for leftover in folder.parent.glob(pattern):
            shutil.rmtree(leftover, ignore_errors=True)


def swap_in(tmp: Path, folder: Path) -> None:
    """Put `tmp` in place of `folder` (exchanged in one step where the system can), then remove the old one."""
    if folder.exists() and _exchange(tmp, folder):
        shutil.rmtree(tmp, ignore_errors=True)  # tmp now holds the old index
        return
    old = Path(tempfile.mkdtemp(prefix=f".{folder.name}.old-", dir=folder.parent))
    old.rmdir()
    had = folder.exists()
    if had:
        os.rename(folder, old)
    try:
        os.rename(tmp, folder)
    except OSError:
        if had:
            os.rename(old, folder)  # the old index back where it was
        raise
    shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Exchange two folders atomically; False where the C library or the file system cannot."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EXDEV):
        return False
    raise OSError(code, os.strerror(code), str(b))
