"""Shared fixtures: the seed and corpus paths, and one real index built once per session."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SHARED_DIR", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
SEED = ROOT / "data" / "A_RES_72_179_protection_of_migrants.txt"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
# Encodings cached by an earlier run would hide what a build encodes: each test session starts with none.
os.environ["ASSISTANT_ENCODINGS"] = tempfile.mkdtemp(prefix="assistant-encodings-")
atexit.register(shutil.rmtree, os.environ["ASSISTANT_ENCODINGS"], ignore_errors=True)  # not left in /tmp each run


@pytest.fixture(scope="session")
def seed_resolution():
    from assistant.documents.files import load_resolution

    return load_resolution(SEED)


@pytest.fixture(scope="session")
def embedder():
    from assistant.embeddings.encoder import open_embedder

    return open_embedder()


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory, embedder) -> Path:
    """A real FAISS index of the bundled resolution, built with the bundled model."""
    from assistant.search.indexing import build_index

    folder = tmp_path_factory.mktemp("index") / "index"
    build_index([SEED], folder, embedder, progress=False)
    return folder


@pytest.fixture(scope="session")
def article_19(tmp_path_factory, embedder):
    """A real index of one series renewed each session in other words: A/RES/78/2, 79/3, 80/2 (the States whose
    arrears the Assembly excuses under Article 19 of the Charter)."""
    files = [CORPUS / "ga-78-80" / f"A_RES_{n}.txt" for n in ("78_2", "79_3", "80_2")]
    return assistant_over(files, tmp_path_factory.mktemp("article-19") / "index", embedder)


def assistant_over(files: list[Path], folder: Path, embedder):
    """An Assistant over a real index of `files` built in `folder` with `embedder` (for a module's fixture)."""
    from assistant.embeddings.store import read_index

    from assistant import Assistant
    from assistant.search.indexing import build_index

    build_index(files, folder, embedder, progress=False)
    return Assistant(read_index(folder), embedder)


@pytest.fixture(scope="session")
def assistant(index_dir, embedder):
    from assistant.embeddings.store import read_index

    from assistant import Assistant

    return Assistant(read_index(index_dir), embedder)


@pytest.fixture(scope="session")
def pair_assistant(tmp_path_factory):
    """The bundled resolution indexed with the pair of models (MiniLM and mpnet at equal weight)."""
    from assistant.embeddings.encoder import PAIR, open_embedder
    from assistant.embeddings.store import read_index

    from assistant import Assistant
    from assistant.search.indexing import build_index

    embedder = open_embedder(PAIR)
    folder = tmp_path_factory.mktemp("pair") / "index"
    build_index([SEED], folder, embedder, progress=False)
    return Assistant(read_index(folder), embedder)
