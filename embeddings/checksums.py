"""Each index file's SHA-256, written in the manifest and checked on open: changed bytes are a clear error, not
NaN scores. A file is hashed again only when its size, time or inode changed since it was last found sound; what
was found sound is remembered outside the index (reading an index never writes to it)."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from .assembled import cache_dir
from .digest import sha256


def file_digests(folder: Path) -> dict[str, str]:
    """Every file under `folder` but the manifest, by path relative to it."""
    return {p.relative_to(folder).as_posix(): sha256(p) for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "manifest.json"}


def verify(folder: Path, expected: dict[str, str], key: Path | None = None) -> str | None:
    """The first file that is missing or whose bytes do not match `expected`; None when all match. `key`: the
    folder's own path, where `folder` is another way to it (a pinned handle's), for what is remembered."""
    stamps_path = cache_dir() / "verified" / (hashlib.sha1(str(key or folder).encode()).hexdigest() + ".json")
    try:
        stamps = json.loads(stamps_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        stamps = {}
    fresh = {}
    for name, digest in expected.items():
        path = folder / name
        try:
            status = path.stat()
        except OSError:
            return name
        seen = [status.st_size, status.st_mtime_ns, status.st_ino, digest]
        if stamps.get(name) != seen:
            if sha256(path) != digest:
                return name
        fresh[name] = seen
    if fresh != stamps:
        _remember(stamps_path, fresh)
    return None


def _remember(path: Path, stamps: dict) -> None:
    """Best effort: without a writable cache every open hashes again, which is only slower."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, suffix=".tmp") as out:
            json.dump(stamps, out)
        os.replace(out.name, path)
    except OSError:
        pass
