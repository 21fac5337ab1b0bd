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
