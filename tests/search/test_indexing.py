"""Rebuilding an index re-encodes only texts it does not hold yet; files that are not resolutions can be
skipped. Real model and FAISS, except the pure unit test of the lookup."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from assistant.embeddings import ann
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
    # the same texts' vectors, whatever else was encoded with them (int8 encodes one text a run for that)
    assert same_vectors(ann.matrix(reused), ann.matrix(fresh))


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


@pytest.mark.slow
def test_a_rebuild_parses_only_new_or_changed_files_and_grows_the_index(tmp_path, embedder, monkeypatch):
    from assistant.documents import files
    from assistant.search import indexing

    seed, other = tmp_path / "A_RES_72_179.txt", tmp_path / "A_RES_74_148.txt"
    shutil.copy(SEED, seed)
    shutil.copy(A74, other)
    cache = EncodingCache(embedder.name, tmp_path / "cache")
    build_index([seed], tmp_path / "index", embedder, progress=False, cache=cache)
    parsed = []
    real = files.load_resolution
    monkeypatch.setattr(indexing, "load_resolution", lambda path: parsed.append(Path(path).name) or real(path))
    grown = build_index([other, seed], tmp_path / "index", embedder, progress=False, cache=cache)
    assert parsed == ["A_RES_74_148.txt"] and grown.documents == 2  # the seed was not parsed again
    from assistant.embeddings.store import read_index

    index = read_index(tmp_path / "index")
    assert [d["symbol"] for d in index.documents] == ["A/RES/72/179", "A/RES/74/148"]  # the new one appended
    scratch = build_index([seed, other], tmp_path / "scratch", embedder, progress=False, cache=cache)
    fresh = read_index(tmp_path / "scratch")
    assert scratch.clauses == grown.clauses and list(index.records) == list(fresh.records)
    assert same_vectors(ann.matrix(index.vectors), ann.matrix(fresh.vectors))
    # what is kept of the old rows rather than read again (their lines, their counts) is what reading gives
    for name in ("clauses.jsonl", "cased.json", "cased-counts.json", "expansions.json", "stems.json"):
        assert (tmp_path / "index" / name).read_bytes() == (tmp_path / "scratch" / name).read_bytes(), name
    other.write_text(other.read_text() + "\n")  # changed since it was parsed: parsed again
    parsed.clear()
    build_index([seed, other], tmp_path / "index", embedder, progress=False, cache=cache)
    assert parsed == ["A_RES_74_148.txt"]


def test_a_second_file_of_one_resolution_is_left_out_and_named(tmp_path, embedder):
    twin = tmp_path / "copy" / SEED.name
    twin.parent.mkdir()
    shutil.copy(SEED, twin)
    shutil.copy(SEED.with_name(SEED.stem + ".meta.json"), twin.with_name(SEED.stem + ".meta.json"))
    result = build_index([SEED, twin], tmp_path / "index", embedder, progress=False)
    assert result.documents == 1 and len(result.skipped) == 1
    assert "A/RES/72/179 is already indexed from data/A_RES_72_179_protection_of_migrants.txt" in result.skipped[0]


def same_vectors(a: np.ndarray, b: np.ndarray) -> bool:
    return a.shape == b.shape and float(np.sum(a * b, axis=1).min()) >= 0.99999
