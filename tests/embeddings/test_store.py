"""The index folder: plain files, atomic replacement, clear errors for corrupt or mismatched indexes."""

import json

import numpy as np
import pytest
from assistant.embeddings.store import IndexProblem, Manifest, Record, read_index, write_index

from assistant.documents.clause import Clause


def tiny(folder, n=3, dim=4, text="words"):
    records = [Record("A/RES/1/1", "T", Clause(f"OP{i + 1}", "operative", f"operative paragraph {i + 1}", text), text)
               for i in range(n)]
    vectors = np.eye(n, dim, dtype=np.float32)
    manifest = Manifest(1, "test-model", dim, "hash", n, n)
    write_index(folder, manifest, records, vectors, (vectors, np.arange(n)), [{"symbol": "A/RES/1/1"}])
    return records


def test_round_trip_plain_files(tmp_path):
    folder = tmp_path / "index"
    records = tiny(folder)
    assert sorted(p.name for p in folder.iterdir()) == ["bm25", "bm25-titles", "clauses.jsonl", "documents.json",
                                                        "manifest.json", "segments.faiss", "vectors.faiss"]
    files = json.loads((folder / "manifest.json").read_text())["files"]
    assert {"vectors.faiss", "clauses.jsonl", "bm25/vocab.index.json"} <= set(files)  # each file's SHA-256
    lines = (folder / "clauses.jsonl").read_text().splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["OP1", "OP2", "OP3"]  # row = FAISS id
    loaded = read_index(folder)
    assert loaded.records == records
    assert loaded.vectors.ntotal == 3 and loaded.segments.ntotal == 3
    assert loaded.titles.size == 1 and not loaded.titles.scores("words").any()  # one document, with no title
    assert len(loaded.keyword.tokens()) == 3  # each clause's word ids, kept for the rows added later


def test_rewrite_replaces_the_folder_atomically(tmp_path):
    folder = tmp_path / "index"
    tiny(folder, n=3)
    tiny(folder, n=2, text="new")
    assert [r.clause.text for r in read_index(folder).records] == ["new", "new"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index"]  # no temp or old folders left behind


def test_failed_write_leaves_the_old_index(tmp_path):
    folder = tmp_path / "index"
    tiny(folder)
    with pytest.raises(Exception):
        write_index(folder, Manifest(1, "m", 4, "h", 1, 1), [], np.zeros((1, 5), dtype=np.float32),
                    (np.zeros((1, 5), dtype=np.float32), np.arange(1)), [])
    assert len(read_index(folder).records) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index"]


@pytest.mark.parametrize("damage, message", [
    (lambda f: (f / "manifest.json").unlink(), "no index"),
    (lambda f: (f / "manifest.json").write_text("{not json"), "corrupt index manifest"),
    (lambda f: (f / "vectors.faiss").write_bytes(b"garbage"), "corrupt index"),
    (lambda f: (f / "clauses.jsonl").write_text('{"doc": 1}\n'), "corrupt index"),
    (lambda f: (f / "clauses.jsonl").write_text((f / "clauses.jsonl").read_text().splitlines()[0] + "\n"),
     "clauses.jsonl does not match its checksum"),
    (lambda f: (f / "bm25" / "params.index.json").unlink(), "bm25/params.index.json does not match its checksum"),
    # bytes changed inside the vectors, the size unchanged: NaN scores, before checksums
    (lambda f: _flip(f / "vectors.faiss", -5), "vectors.faiss does not match its checksum"),
])
def test_corrupt_index_gives_one_line_error(tmp_path, damage, message):
    folder = tmp_path / "index"
    tiny(folder)
    damage(folder)
    with pytest.raises(IndexProblem) as error:
        read_index(folder)
    assert message in str(error.value) and "\n" not in str(error.value)


def _flip(path, at):
    data = bytearray(path.read_bytes())
    data[at] ^= 0xFF
    path.write_bytes(data)


def test_a_checked_file_is_hashed_again_only_when_it_changes(tmp_path, monkeypatch):
    from assistant.embeddings import checksums

    folder = tmp_path / "index"
    tiny(folder)
    read_index(folder)
    hashed = []
    monkeypatch.setattr(checksums, "sha256", lambda path: hashed.append(path.name) or "")
    read_index(folder)
    assert hashed == []  # size, time and inode as when last found sound: not read again


def test_extras_are_kept_with_the_index_and_read_on_first_need(tmp_path):
    records = [Record("A/RES/1/1", "T", Clause("OP1", "operative", "operative paragraph 1", "words"), "words")]
    vectors = np.eye(1, 4, dtype=np.float32)
    write_index(tmp_path / "i", Manifest(1, "m", 4, "h", 1, 1), records, vectors, (vectors, np.arange(1)),
                [{"symbol": "A/RES/1/1"}], {"words.json": {"A/RES/1/1": ["w"]}})
    loaded = read_index(tmp_path / "i")
    assert loaded.extra("words.json") == {"A/RES/1/1": ["w"]} and loaded.extra("absent.json") is None


@pytest.mark.parametrize("approximate", [False, True])
def test_vector_indexes_exact_or_approximate_give_the_vectors_back(approximate):
    from assistant.embeddings import ann

    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(500, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = ann.vector_index(vectors, np.arange(500) // 2, approximate=approximate)
    ann.prepare(index)
    assert ann.is_approximate(index) is approximate
    held = np.asarray(ann.matrix(index))  # an approximate index keeps an 8-bit copy: within half a step of 1/255
    assert np.allclose(held, vectors, atol=0 if not approximate else 0.6 / 255 * 1.2 * np.ptp(vectors, axis=0).max())
    assert list(ann.ids_of(index)[:4]) == [0, 0, 1, 1]
    scores, ids = index.search(vectors[:1], 1)
    assert ids[0][0] == 0 and scores[0][0] == pytest.approx(1.0, abs=0.005 if approximate else 1e-5)


def test_approximate_index_finds_what_exact_search_finds_after_saving_and_growing(tmp_path, monkeypatch):
    """IVF-PQ + refine, searched as the dense search does (DENSE_DEPTH deep), read back from disk and grown."""
    import faiss
    from assistant.embeddings import ann

    monkeypatch.setattr(ann, "APPROXIMATE_ABOVE", 1000)
    from assistant.search.dense import DENSE_DEPTH

    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(6000, 32)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = ann.vector_index(vectors[:5000], np.arange(5000), approximate=True)
    faiss.write_index(index, str(tmp_path / "v.faiss"))
    index = ann.grown(faiss.read_index(str(tmp_path / "v.faiss")), vectors[5000:], np.arange(5000, 6000))
    ann.prepare(index)
    assert ann.is_approximate(index) and index.ntotal == 6000
    assert np.abs(ann.matrix(index) @ vectors[0] - vectors @ vectors[0]).max() < 0.01
    queries = vectors[rng.choice(6000, 50, replace=False)] + rng.normal(scale=0.05, size=(50, 32)).astype(np.float32)
    _, found = index.search(queries, DENSE_DEPTH)
    exact = np.argsort(-(queries @ vectors.T), axis=1)[:, :10]
    recall = np.mean([len(set(f[:10]) & set(e)) / 10 for f, e in zip(found, exact)])
    assert recall >= 0.95


def test_an_index_grown_past_quantize_above_is_rebuilt_with_a_compact_copy(monkeypatch):
    """Float vectors while there are few; past ann.QUANTIZE_ABOVE the index is made again keeping the compact copy
    asked for, ids kept."""
    from assistant.embeddings import ann

    monkeypatch.setattr(ann, "QUANTIZE_ABOVE", 2500)
    monkeypatch.setattr(ann, "APPROXIMATE_ABOVE", 1000)
    rng = np.random.default_rng(5)
    vectors = rng.normal(size=(3000, 32)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = ann.vector_index(vectors[:2000], np.arange(2000) // 2, approximate=True, compact="8bit")
    assert not isinstance(ann.matrix(index), ann.Quantized)
    index = ann.grown(index, vectors[2000:], np.arange(2000, 3000) // 2, compact="8bit")
    held = ann.matrix(index)
    assert isinstance(held, ann.Quantized) and held.span is not None and index.ntotal == 3000
    assert list(ann.ids_of(index)[-2:]) == [1499, 1499]
    assert np.abs(held @ vectors[0] - vectors @ vectors[0]).max() < 0.02


@pytest.mark.parametrize("copy, error", [("float16", 1e-3), ("8bit", 0.003)])
def test_quantized_vectors_score_and_decode_as_faiss_does(copy, error, monkeypatch):
    """The copy an approximate index keeps (half precision for clauses, 8 bits for windows, scored without decoding
    each vector) scores as FAISS's own decoding does, sliced or whole, and near the float scores."""
    import faiss
    from assistant.embeddings import ann

    rng = np.random.default_rng(4)
    vectors = rng.normal(size=(3000, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    monkeypatch.setattr(ann, "QUANTIZE_ABOVE", 1000)
    index = ann.vector_index(vectors, approximate=True, compact=copy)
    held = ann.matrix(index)
    assert isinstance(held, ann.Quantized) and len(held) == 3000 and held.shape == (3000, 384)
    copy = faiss.downcast_index(faiss.downcast_index(index).refine_index)
    decoded = copy.sa_decode(held.codes.view(np.uint8))  # its bytes, as FAISS keeps them
    assert np.allclose(np.asarray(held), decoded, atol=1e-6)
    query = vectors[7]
    for part in (slice(None), slice(100, 2900), slice(5, 5)):
        assert np.allclose(held[part] @ query, decoded[part] @ query, atol=1e-4)
    assert np.abs(held @ query - vectors @ query).max() < error


@pytest.mark.parametrize("approximate", [False, True])
def test_search_within_finds_only_what_is_allowed(approximate):
    """A filter searched within an index: every result allowed, and the best allowed ones found."""
    from assistant.embeddings import ann

    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(4000, 32)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = ann.vector_index(vectors, np.arange(4000) // 4, approximate=approximate)  # 4 vectors an id, as windows
    ann.prepare(index)
    allowed = np.zeros(4000, dtype=bool)
    allowed[1000:1400] = allowed[3000:3200] = True
    queries = vectors[[5, 1100, 3100]]
    _, found = ann.search_within(index, queries, 50, allowed)
    assert np.all(np.isin(found[found >= 0], np.flatnonzero(allowed) // 4))
    best = [np.flatnonzero(allowed)[np.argmax(vectors[allowed] @ q)] // 4 for q in queries]
    assert [row[0] for row in found] == best
