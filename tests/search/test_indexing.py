"""Rebuilding an index re-encodes only texts it does not hold yet; files that are not resolutions can be
skipped. Real model and FAISS, except the pure unit test of the lookup."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from assistant.embeddings.cache import EncodingCache

from assistant.documents.parser import NotAResolution
from assistant.search.encoding import encode_reusing
from assistant.search.indexing import build_index, known_vectors
from tests.conftest import CORPUS, SEED

A74 = CORPUS / "curated" / "A_RES_74_148.txt"


class Counting:
    """Wraps an embedder and records every text it is asked to encode."""

    def __init__(self, inner):
        self.inner, self.name, self.encoded = inner, inner.name, []

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    def encode(self, texts, progress=False):
        self.encoded += list(texts)
        return self.inner.encode(texts, progress)


class Fake:
    name, dimension = "fake", 2

    def encode(self, texts, progress=False):
        return np.array([[len(t), 1.0] for t in texts], dtype=np.float32)


def test_encode_reusing_looks_up_known_texts_and_encodes_each_new_one_once():
    embedder = Counting(Fake())
    known = {"kept": np.array([9.0, 9.0], dtype=np.float32)}
    vectors = encode_reusing(["new", "kept", "new", "newer"], known, embedder)
    assert embedder.encoded == ["new", "newer"]
    assert vectors.tolist() == [[3, 1], [9, 9], [3, 1], [5, 1]]
    assert encode_reusing([], known, embedder).shape == (0, 2)


@pytest.mark.slow
def test_adding_a_resolution_encodes_only_its_texts(tmp_path, index_dir, embedder):
    folder = tmp_path / "index"
    shutil.copytree(index_dir, folder)
    held = set(known_vectors(folder, embedder.name))
    counting = Counting(embedder)
    result = build_index([SEED, A74], folder, counting, progress=False, cache=EncodingCache(embedder.name, tmp_path / "c"))
    assert result.documents == 2 and counting.encoded
    assert not set(counting.encoded) & held  # nothing the index held was encoded again
    assert len(counting.encoded) == len(set(counting.encoded))
    scratch = build_index([SEED, A74], tmp_path / "scratch", embedder, progress=False)
    assert scratch.clauses == result.clauses
    from assistant.embeddings.store import read_index

    reused, fresh = read_index(folder).vectors, read_index(tmp_path / "scratch").vectors
    assert np.abs(reused.reconstruct_n(0, reused.ntotal) - fresh.reconstruct_n(0, fresh.ntotal)).max() < 1e-5


def test_nothing_is_reused_from_a_corrupt_index_or_another_model(tmp_path, index_dir, embedder):
    assert known_vectors(index_dir, "another-model") == {}
    broken = tmp_path / "broken"
    shutil.copytree(index_dir, broken)
    (broken / "segments.faiss").write_bytes(b"not faiss")
    assert known_vectors(broken, embedder.name) == {}
    assert known_vectors(tmp_path / "missing", embedder.name) == {}


def test_skip_invalid_leaves_out_what_is_not_a_resolution(tmp_path, embedder):
    bad = tmp_path / "notes.txt"
    bad.write_text("Minutes of a meeting\n\nNothing here is a resolution.\n")
    with pytest.raises(NotAResolution):
        build_index([SEED, bad], tmp_path / "strict", embedder, progress=False)
    assert not (tmp_path / "strict").exists()
    result = build_index([SEED, bad], tmp_path / "index", embedder, progress=False, skip_invalid=True)
    assert result.documents == 1 and len(result.skipped) == 1 and result.skipped[0].startswith("notes.txt: ")
    with pytest.raises(NotAResolution, match="no resolution among the files given"):
        build_index([bad], tmp_path / "none", embedder, progress=False, skip_invalid=True)


class Stopping(Counting):
    """Encodes `allowed` batches, then dies as a killed build would."""

    def __init__(self, inner, allowed):
        super().__init__(inner)
        self.allowed = allowed

    def encode(self, texts, progress=False):
        if self.allowed == 0:
            raise KeyboardInterrupt
        self.allowed -= 1
        return super().encode(texts, progress)


@pytest.mark.slow
def test_a_build_stopped_midway_resumes_where_it_stopped(tmp_path, embedder, monkeypatch):
    from assistant.search import encoding

    monkeypatch.setattr(encoding, "CHUNK_TEXTS", 100)
    cache = EncodingCache(embedder.name, tmp_path / "cache")
    stopping = Stopping(embedder, allowed=2)
    with pytest.raises(KeyboardInterrupt):
        build_index([SEED, A74], tmp_path / "index", stopping, progress=False, cache=cache)
    assert not (tmp_path / "index").exists() and len(stopping.encoded) == 200
    resumed = Counting(embedder)
    build_index([SEED, A74], tmp_path / "index", resumed, progress=False, cache=EncodingCache(embedder.name, tmp_path / "cache"))
    assert resumed.encoded and not set(resumed.encoded) & set(stopping.encoded)  # the 200 were not encoded again
