"""BM25 built with numpy (embeddings/bm25.py): every score bm25s would give, to the last bit, over real clauses;
and an index's tokens kept and added to give what tokenizing everything again gives."""

from __future__ import annotations

import json

import numpy as np
import pytest

from tests.conftest import CORPUS

TEXTS = ["Migrant children should not be detained", "Remittances matter to families", "", "the of and",
         "children and families of migrants, children first", "Hammarskjöld and Côte d’Ivoire"]


def real_clauses(count: int = 3000) -> list[str]:
    """Clause texts of real resolutions (the parser's output, as the index embeds them)."""
    from assistant.documents.files import load_resolution

    texts: list[str] = []
    for path in sorted((CORPUS / "ga-78-80").glob("*.txt"))[::15]:
        texts += [c.text for c in load_resolution(path).clauses]
        if len(texts) >= count:
            break
    return texts[:count]


def bm25s_scores(texts: list[str]) -> dict[tuple[str, int], np.float32]:
    """(word, text row) -> score, as bm25s builds them."""
    import bm25s
    import Stemmer

    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(texts, stopwords="en", stemmer=Stemmer.Stemmer("english"), show_progress=False),
                    show_progress=False)
    return as_entries(retriever.vocab_dict, retriever.scores["data"], retriever.scores["indices"],
                      retriever.scores["indptr"])


def as_entries(vocab, data, indices, indptr) -> dict:
    entries = {}
    for word, i in vocab.items():
        if i + 1 < len(indptr):
            for j in range(indptr[i], indptr[i + 1]):
                entries[(word, int(indices[j]))] = data[j]
    return entries


@pytest.mark.parametrize("which", ["small", "real"])
def test_every_score_is_the_one_bm25s_gives(which):
    from assistant.embeddings.bm25 import bm25_matrix, tokenized

    texts = TEXTS if which == "small" else real_clauses()
    tokens = tokenized(texts)
    ours = as_entries(tokens.vocab, *bm25_matrix(tokens))
    theirs = bm25s_scores(texts)
    assert ours.keys() == theirs.keys()
    assert all(ours[key] == theirs[key] for key in ours)  # float32 for float32, not merely close
    assert all(v.dtype == np.float32 for v in list(ours.values())[:5])


@pytest.mark.parametrize("kept", [0, 1, 3, len(TEXTS)])
def test_tokens_kept_and_added_to_score_as_all_tokenized_again(kept, tmp_path):
    from assistant.embeddings.keyword import KeywordScorer

    earlier = None
    if kept:
        KeywordScorer.build(TEXTS[:kept]).save(tmp_path / "bm25")
        earlier = KeywordScorer.load(tmp_path / "bm25", kept).tokens()
    grown, fresh = KeywordScorer.build(TEXTS, earlier), KeywordScorer.build(TEXTS)
    for question in ("children of migrants", "remittances families", "Hammarskjold", "nothing"):
        assert np.array_equal(grown.scores(question), fresh.scores(question)), question
    assert json.dumps(sorted(grown.tokens().vocab)) == json.dumps(sorted(fresh.tokens().vocab))
