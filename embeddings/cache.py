"""Vectors already encoded, kept on disk by model and text hash, so a build that stops resumes where it stopped.

A folder per model (`$ASSISTANT_CACHE/encodings/MODEL/FORMAT/`, beside the exported models) holds shards: each
`shard-*.npz` is the SHA-1 of each text encoded and its vector, written whole to a temporary name and renamed, so
a build killed at any moment (kill -9 included) leaves only whole shards behind. Nothing in a shard is read back
unless its text is asked for again; a shard that cannot be read is skipped (its texts are encoded again).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from pathlib import Path

import numpy as np

from .assembled import cache_dir

FORMAT = "2"  # 2: int8 texts encoded one a run (before, int8 vectors depended on the batch they were encoded in)


def text_key(text: str) -> bytes:
    return hashlib.sha1(text.encode("utf-8")).digest()


class EncodingCache:
    """The vectors one model has encoded, by text."""

    def __init__(self, model: str, folder: Path | None = None):
        slug = model.removeprefix("bundled:").replace("/", "_").replace(":", "_").strip("_")
        self.folder = Path(folder) if folder else cache_dir() / "encodings" / slug / FORMAT
        self._vectors: dict[bytes, np.ndarray] | None = None

    def _loaded(self) -> dict[bytes, np.ndarray]:
        if self._vectors is None:
            self._vectors = {}
            for stale in self.folder.glob(".shard-*"):  # a write a kill cut short; an hour leaves live writers be
                if stale.stat().st_mtime < time.time() - 3600:
                    stale.unlink(missing_ok=True)
            for shard in sorted(self.folder.glob("shard-*.npz")):
                try:
                    with np.load(shard) as data:
                        self._vectors.update(zip(map(bytes, data["keys"]), data["vectors"]))
                except (OSError, ValueError, KeyError):
                    continue  # half a file from a disk that filled up, or a stranger's: encode those texts again
        return self._vectors

    def get(self, texts: list[str]) -> dict[str, np.ndarray]:
        """The vectors held for any of `texts`, by text."""
        held = self._loaded()
        found = {}
        for text in texts:
            vector = held.get(text_key(text))
            if vector is not None:
                found[text] = vector
        return found

    def put(self, texts: list[str], vectors: np.ndarray) -> None:
        """Keep the vectors of these texts, in one shard written atomically."""
        if not texts:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        keys = np.array([np.frombuffer(text_key(t), dtype=np.uint8) for t in texts])
        name = f"shard-{time.time_ns():020d}-{os.getpid()}.npz"
        with tempfile.NamedTemporaryFile(dir=self.folder, prefix=".shard-", suffix=".npz", delete=False) as out:
            np.savez(out, keys=keys, vectors=np.asarray(vectors, dtype=np.float32))
        os.replace(out.name, self.folder / name)
        held = self._loaded()
        held.update(zip(map(bytes, keys), np.asarray(vectors, dtype=np.float32)))
