"""Sentence encoders behind one small interface, and which one a model name opens.

The bundled models run through onnxruntime (embeddings/onnx.py), exported once from their installed
sentence-transformers folders (embeddings/export.py); a model folder with no ONNX file runs through torch
(embeddings/sentence.py). $ASSISTANT_BACKEND=torch runs the bundled models through torch too.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Protocol

import numpy as np

from .models import DEFAULT_MODEL, ENSEMBLES, INT8, MINILM, MPNET, PAIR, model_name, resolve_model

__all__ = ["DEFAULT_MODEL", "INT8", "MINILM", "MPNET", "PAIR", "Embedder", "open_embedder", "resolve_model"]

BACKENDS = ("onnx", "torch")


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors."""

    name: str

    @property
    def dimension(self) -> int: ...

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray: ...


class UnknownModel(ValueError):
    """A model name that names no bundled model and no model folder."""


def backend_name(backend: str | None) -> str:
    backend = backend or os.environ.get("ASSISTANT_BACKEND") or "onnx"
    if backend not in BACKENDS:
        raise UnknownModel(f"ASSISTANT_BACKEND must be one of {', '.join(BACKENDS)}, not {backend!r}")
    return backend


def open_embedder(name: str | None = None, backend: str | None = None) -> Embedder:
    """The encoder called `name` (see model_name): a bundled pair, a bundled model (int8 with ":int8") or a model
    folder. Weights load on first encoding; a missing ONNX export is made first (once)."""
    from .ensemble import EnsembleEmbedder

    name, backend = model_name(name), backend_name(backend)
    if name in ENSEMBLES:
        members, weights = zip(*ENSEMBLES[name])
        return EnsembleEmbedder(name, [_single(m, backend) for m in members], list(weights))
    return _single(name, backend)


def _single(name: str, backend: str) -> Embedder:
    from .sentence import SentenceTransformerEmbedder

    quantized = name.endswith(INT8)
    model, folder = resolve_model(name.removesuffix(INT8))
    if quantized and not model.startswith("bundled:"):
        raise UnknownModel(f"{INT8} is for the bundled models, not {model}")
    if backend == "torch" and not quantized:
        return SentenceTransformerEmbedder(model, folder)
    onnx = _onnx_file(model, folder, quantized)
    if onnx is None:  # a model folder with no ONNX file, or not mean-pooled: torch it is
        return SentenceTransformerEmbedder(model, folder)
    from .onnx import OnnxEmbedder

    # int8 activations are scaled per run (dynamic quantization): encoded one text a run, a text's vector does not
    # depend on the texts batched with it (and it is as fast here: 190 texts/s against 169 in batches of 32)
    return OnnxEmbedder(model + (INT8 if quantized else ""), folder, onnx, batch_size=1 if quantized else 32)


def _onnx_file(model: str, folder: Path, quantized: bool) -> Path | None:
    if model.startswith("bundled:"):
        from .export import exported

        return exported(model, folder, quantized)
    pooling = folder / "1_Pooling" / "config.json"
    mean = pooling.is_file() and json.loads(pooling.read_text(encoding="utf-8")).get("pooling_mode_mean_tokens")
    found = next((p for p in (folder / "onnx" / "model.onnx", folder / "model.onnx") if p.is_file()), None)
    return found if found and mean and (folder / "tokenizer.json").is_file() else None
