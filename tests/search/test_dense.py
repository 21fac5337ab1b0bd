"""Dense search over an approximate index (IVF-PQ + refine, as embeddings/ann.py builds above APPROXIMATE_ABOVE
vectors) finds what the exact index finds. Real model, real FAISS."""

from __future__ import annotations

import pytest

from tests.conftest import SEED

QUESTIONS = [
    "Can migrant children be detained?",
    "What does it say about remittances?",
    "Which treaties does it ask States to ratify?",
    "What is asked of the Secretary-General?",
]


@pytest.mark.slow
def test_approximate_index_ranks_as_the_exact_one(tmp_path, monkeypatch, embedder, assistant):
    from assistant.embeddings import ann
    from assistant.embeddings.store import read_index

    from assistant import Assistant
    from assistant.search.indexing import build_index

    monkeypatch.setattr(ann, "APPROXIMATE_ABOVE", 50)  # the 92 clauses' ~400 word windows go approximate
    build_index([SEED], tmp_path / "index", embedder, progress=False)
    store = read_index(tmp_path / "index")
    assert ann.is_approximate(store.segments)
    approximate = Assistant(store, embedder)
    for question in QUESTIONS:
        exact = [p.key for p in assistant.retrieve(question, k=3)]
        assert [p.key for p in approximate.retrieve(question, k=3)][:1] == exact[:1], question


@pytest.mark.parametrize("rows", [[0], [3, 4, 5, 9, 10, 40], list(range(92)), [1, 91], list(range(10, 60, 3))])
def test_scores_of_rows_in_scope_are_their_scores_among_all(assistant, rows):
    """A filter's rows are scored run by run; each gets exactly the score it has when every row is scored."""
    import numpy as np

    dense = assistant.searcher.dense
    query = assistant.searcher.embedder.encode(["Can migrant children be detained?"])[0]
    whole, window = dense.similarities(query)
    some_whole, some_window = dense.similarities(query, np.array(rows, dtype=np.int64))
    assert np.allclose(some_whole, whole[rows], atol=1e-6) and np.allclose(some_window, window[rows], atol=1e-6)


@pytest.mark.slow
def test_a_broad_filter_is_searched_within_and_ranks_as_the_exact_search(tmp_path, monkeypatch, embedder, assistant):
    """Above dense.EXACT_SCOPE rows in scope, an approximate index is searched within them (ann.search_within)."""
    import numpy as np
    from assistant.embeddings import ann
    from assistant.embeddings.store import read_index

    from assistant import Assistant
    from assistant.search import dense
    from assistant.search.filters import Filter
    from assistant.search.indexing import build_index

    monkeypatch.setattr(ann, "APPROXIMATE_ABOVE", 50)
    monkeypatch.setattr(dense, "EXACT_SCOPE", 10)
    build_index([SEED], tmp_path / "index", embedder, progress=False)
    approximate = Assistant(read_index(tmp_path / "index"), embedder)
    where = Filter(("A/RES/72/179",))
    for question in QUESTIONS:
        exact = [p.key for p in assistant.retrieve(question, k=3)]
        assert [p.key for p in approximate.retrieve(question, k=3, where=where)][:1] == exact[:1], question
    query = embedder.encode(["Can migrant children be detained?"])[0]
    rows = np.arange(40, 92)
    whole, _ = approximate.searcher.dense.similarities(query, rows)
    assert len(whole) == len(rows) and np.allclose(whole, approximate.searcher.dense.vectors[rows] @ query, atol=1e-5)


@pytest.mark.slow
def test_rows_in_scope_of_an_approximate_index_are_scored_from_its_copies(tmp_path, monkeypatch, embedder, assistant):
    """Under dense.EXACT_SCOPE rows, an approximate index scores the rows in scope from the copies it keeps (above
    ann.QUANTIZE_ABOVE vectors: clauses in half precision, windows in 8 bits): within 0.003 of the float scores of
    an exact index."""
    import numpy as np
    from assistant.embeddings import ann
    from assistant.embeddings.store import read_index

    from assistant import Assistant
    from assistant.search.indexing import build_index

    monkeypatch.setattr(ann, "APPROXIMATE_ABOVE", 50)
    monkeypatch.setattr(ann, "QUANTIZE_ABOVE", 50)
    build_index([SEED], tmp_path / "index", embedder, progress=False)
    approximate = Assistant(read_index(tmp_path / "index"), embedder)
    assert isinstance(approximate.searcher.dense.windows, ann.Quantized)
    assert approximate.searcher.dense.windows.span is not None  # 8 bits (92 clauses are too few to be approximate)
    query = embedder.encode(["Can migrant children be detained?"])[0]
    whole, window = assistant.searcher.dense.similarities(query)
    rows = np.array([3, 4, 5, 9, 10, 40, 77], dtype=np.int64)
    some_whole, some_window = approximate.searcher.dense.similarities(query, rows)
    assert np.abs(some_whole - whole[rows]).max() < 1e-3 and np.abs(some_window - window[rows]).max() < 3e-3


@pytest.mark.slow
@pytest.mark.parametrize("depth", [92, 10])
def test_approximate_windows_are_scored_exactly_for_the_nearest_clauses(tmp_path, monkeypatch, embedder, assistant,
                                                                       depth):
    """With approximate word windows, no window is searched for: the windows of the DENSE_DEPTH clauses nearest as
    wholes are scored from the index's copy (each clause its exact best window, as the exact index scores it), the
    others count as least similar."""
    import numpy as np
    from assistant.embeddings import ann
    from assistant.embeddings.store import read_index

    from assistant import Assistant
    from assistant.search import dense as dense_module
    from assistant.search.indexing import build_index

    monkeypatch.setattr(ann, "APPROXIMATE_ABOVE", 200)  # the 296 windows go approximate, the 92 clauses stay exact
    build_index([SEED], tmp_path / "index", embedder, progress=False)
    store = read_index(tmp_path / "index")
    assert ann.is_approximate(store.segments) and not ann.is_approximate(store.vectors)
    monkeypatch.setattr(dense_module, "DENSE_DEPTH", depth)
    query = embedder.encode(["Can migrant children be detained?"])[0]
    exact_whole, exact_window = assistant.searcher.dense.similarities(query)
    whole, window = Assistant(store, embedder).searcher.dense.similarities(query)
    nearest = np.argsort(-exact_whole)[:depth]
    others = np.setdiff1d(np.arange(92), nearest)
    assert np.allclose(whole, exact_whole, atol=1e-5)
    assert np.allclose(window[nearest], exact_window[nearest], atol=1e-5)
    assert len(others) == 0 or window[others].max() < window[nearest].min()


@pytest.mark.slow
def test_a_scope_wider_than_the_depth_reads_the_windows_of_its_nearest_clauses(tmp_path, monkeypatch, embedder,
                                                                               assistant):
    """With approximate word windows, a scope of more than DENSE_DEPTH clauses (a year's: 14k of the corpus's 44k)
    scores every clause in it whole, and the windows of its DENSE_DEPTH nearest, as the whole index is read; the
    others count as least similar."""
    import numpy as np
    from assistant.embeddings import ann
    from assistant.embeddings.store import read_index

    from assistant import Assistant
    from assistant.search import dense as dense_module
    from assistant.search.indexing import build_index

    monkeypatch.setattr(ann, "APPROXIMATE_ABOVE", 200)  # the 296 windows go approximate, the 92 clauses stay exact
    build_index([SEED], tmp_path / "index", embedder, progress=False)
    approximate = Assistant(read_index(tmp_path / "index"), embedder).searcher.dense
    monkeypatch.setattr(dense_module, "DENSE_DEPTH", 10)
    query = embedder.encode(["Can migrant children be detained?"])[0]
    exact_whole, exact_window = assistant.searcher.dense.similarities(query)
    rows = np.array([*range(5, 30), *range(50, 70)], dtype=np.int64)
    whole, window = approximate.similarities(query, rows)
    nearest = np.argsort(-exact_whole[rows])[:10]
    others = np.setdiff1d(np.arange(len(rows)), nearest)
    assert np.allclose(whole, exact_whole[rows], atol=1e-5)
    assert np.allclose(window[nearest], exact_window[rows][nearest], atol=1e-5)
    assert window[others].max() < window[nearest].min()
