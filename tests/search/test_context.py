"""A clause's vector mixes its own words' with its resolution's title (search.encoding):
the formula, an index built the older way rebuilt rather than grown, and a paragraph that says "the commission"
found for a question naming what commission, over real indexes with the real model."""

from __future__ import annotations

import numpy as np
import pytest
from assistant.embeddings import ann
from assistant.embeddings.cache import EncodingCache
from assistant.embeddings.store import Record, read_index

from assistant.documents.clause import Clause
from assistant.search import encoding
from assistant.search.encoding import in_context, mixed
from assistant.search.indexing import build_index
from tests.conftest import CORPUS, SEED, assistant_over

A74 = CORPUS / "curated" / "A_RES_74_148.txt"
BBNJ = [CORPUS / "ga-78-80" / f"A_RES_{n}.txt" for n in ("78_272", "79_271", "80_107", "80_110", "78_69")]


@pytest.mark.parametrize("title, text, expected", [
    ("Marine biological diversity", "Also decides that the commission shall be chaired by Co-Chairs;", (10, 6)),
    ("Protection of migrants", "Notes;", (1, 6)),
    (None, "Also decides that the commission shall be chaired by Co-Chairs;", (1, 0)),  # no title: its words alone
])
def test_a_clause_in_context_weighs_its_words_and_its_title_s_twice(title, text, expected):
    clause = Clause("OP10", "operative", "10", text)
    own, titles = np.array([[1.0, 0.0]], dtype=np.float32), np.array([[0.0, 1.0]], dtype=np.float32)
    vector = in_context([Record("A/RES/78/272", title, clause, clause.text)], own, titles)[0]
    assert np.allclose(vector, np.array(expected) / np.linalg.norm(expected))


def test_the_mix_is_a_unit_vector_weighted_toward_the_clause_s_own_words():
    own, context = np.array([[1.0, 0.0]], dtype=np.float32), np.array([[0.0, 1.0]], dtype=np.float32)
    vector = mixed(own, context)[0]
    assert np.isclose(np.linalg.norm(vector), 1.0)
    assert np.isclose(vector[1] / vector[0], encoding.CONTEXT_WEIGHT / (1 - encoding.CONTEXT_WEIGHT))


def vectors_of(folder) -> np.ndarray:
    """A copy of an index's clause vectors, made while the index is held (a view outlives its FAISS index)."""
    index = read_index(folder)
    return np.array(ann.matrix(index.vectors), copy=True)


@pytest.mark.slow
def test_an_index_s_clause_vectors_are_the_mix_of_both_encodings(tmp_path, embedder):
    build_index([SEED], tmp_path / "index", embedder, progress=False, cache=EncodingCache(embedder.name, tmp_path))
    records = list(read_index(tmp_path / "index").records)[:5]
    own = embedder.encode([r.embed_text for r in records])
    expected = mixed(own, in_context(records, own, embedder.encode([r.doc_title for r in records])))
    assert np.allclose(vectors_of(tmp_path / "index")[:5], expected, atol=0.02)  # int8: a batch's padding moves a little


@pytest.mark.slow
def test_an_index_built_without_context_is_rebuilt_not_grown(tmp_path, embedder, monkeypatch):
    cache = EncodingCache(embedder.name, tmp_path / "cache")
    monkeypatch.setattr(encoding, "CONTEXT_WEIGHT", 0.0)
    build_index([SEED], tmp_path / "index", embedder, progress=False, cache=cache)
    alone = vectors_of(tmp_path / "index")
    monkeypatch.undo()
    build_index([SEED, A74], tmp_path / "index", embedder, progress=False, cache=cache)
    build_index([SEED, A74], tmp_path / "scratch", embedder, progress=False, cache=cache)
    grown, fresh = vectors_of(tmp_path / "index"), vectors_of(tmp_path / "scratch")
    seed_rows = len(alone)
    assert np.sum(grown * fresh, axis=1).min() > 0.995  # int8: a batch's padding moves a vector a little
    assert np.sum(grown[:seed_rows] * alone, axis=1).min() < 0.99  # the seed's rows were mixed again, in context


@pytest.fixture(scope="module", params=[0.0, encoding.CONTEXT_WEIGHT], ids=["alone", "in context"])
def bbnj(request, tmp_path_factory, embedder):
    patch = pytest.MonkeyPatch()
    patch.setattr(encoding, "CONTEXT_WEIGHT", request.param)
    try:
        yield request.param, assistant_over(BBNJ, tmp_path_factory.mktemp("bbnj") / "index", embedder)
    finally:
        patch.undo()


@pytest.mark.slow
def test_a_paragraph_saying_the_commission_is_found_for_the_commission_named(bbnj):
    # 78/272 OP10: "Also decides that the commission shall be chaired by Co-Chairs, ..."
    weight, assistant = bbnj
    first = assistant.retrieve("Who will chair the commission preparing for the high seas treaty?", 3)[0].key
    assert (first == "A/RES/78/272#OP10") == (weight > 0)
