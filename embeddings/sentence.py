"""Sentence encoders run by torch through sentence-transformers: a `--model FOLDER` with no ONNX file, and the
bundled models when $ASSISTANT_BACKEND is "torch" (to compare the two paths)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import numpy as np

from .late import Keep, Pieces, WordPieces


class SentenceTransformerEmbedder:
    """A sentence-transformers model loaded from a local folder, never from a hub."""

    def __init__(self, name: str, folder: Path, batch_size: int = 32):
        self.name, self.path, self.batch_size = name, Path(folder), batch_size
        self._model = None
        # The fast tokenizer is not safe to share between threads ("Already borrowed"); the server is threaded.
        self._lock = threading.Lock()
        self._pieces = WordPieces(self.word_pieces)

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

    def load(self) -> "SentenceTransformerEmbedder":
        self.model
        return self

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

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        """encode(), keeping each text's word-piece vectors from the same run for late_scores."""
        vectors, pieces = self._both(list(texts))
        self._pieces.remember(list(texts), pieces)
        return vectors

    def late_scores(self, question: str, texts: list[str], keep: Keep, asked: Keep | None = None) -> np.ndarray:
        """MaxSim of the question against each text over the word pieces `keep` accepts (embeddings/late.py)."""
        return self._pieces.late_scores(question, texts, keep, asked)

    def word_pieces(self, texts: list[str]) -> list[Pieces]:
        """Each text's word pieces: their unit vectors (one row each) and the pieces."""
        return self._both(list(texts))[1]

    def _both(self, texts: list[str]) -> tuple[np.ndarray, list[Pieces]]:
        """Sentence vectors and word pieces of the texts, from one run through the model."""
        model = self.model
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32), []
        with self._lock:
            outputs = model.encode(texts, output_value=None, batch_size=16, convert_to_numpy=False,
                                   normalize_embeddings=True)
            tokenizer, longest = model.tokenizer, model.max_seq_length
            ids = [tokenizer(t, truncation=True, max_length=longest)["input_ids"] for t in texts]
        vectors = np.stack([o["sentence_embedding"].float().cpu().numpy() for o in outputs]).astype(np.float32)
        pieces = []
        for output, row_ids in zip(outputs, ids):
            matrix = output["token_embeddings"].float().cpu().numpy()
            matrix = matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
            pieces.append((matrix, tokenizer.convert_ids_to_tokens(row_ids)))
        return np.ascontiguousarray(vectors), pieces
