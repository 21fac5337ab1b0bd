"""Putting a freshly written index folder in place of the old one."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def swap_in(tmp: Path, folder: Path) -> None:
    """Rename `tmp` into place as `folder`; the folder it replaces is moved aside under a name of its own, then
    removed."""
    old = Path(tempfile.mkdtemp(prefix=f".{folder.name}.old-", dir=folder.parent))
    old.rmdir()
    if folder.exists():
        os.rename(folder, old)
    os.rename(tmp, folder)
    shutil.rmtree(old, ignore_errors=True)
