"""Late interaction: MaxSim over word pieces, the cache of clause token vectors, and the real models' scores."""

import numpy as np
import pytest
from assistant.embeddings.encoder import MINILM, PAIR, open_embedder
from assistant.embeddings.late import TokenCache, is_word, kept, maxsim


def unit(*rows):
    m = np.asarray(rows, dtype=np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


@pytest.mark.parametrize("question, clause, expected", [
    (unit([1, 0]), unit([1, 0]), 1.0),                       # the one word matched exactly
    (unit([1, 0], [0, 1]), unit([1, 0]), 0.5),               # one of two words matched, the other orthogonal
    (unit([1, 0], [0, 1]), unit([1, 0], [0, 1]), 1.0),       # each word finds its own match
    (unit([1, 0]), unit([0, 1], [1, 1]), np.sqrt(0.5)),      # the closest of the clause's words counts
    (unit([1, 0]), np.zeros((0, 2), np.float32), 0.0),       # nothing to match
])
def test_maxsim(question, clause, expected):
    assert maxsim(question, clause) == pytest.approx(expected, abs=1e-6)


@pytest.mark.parametrize("piece, word", [
    ("migrants", True), ("▁migrants", True), ("Ġdetention", True), ("##ing", False), ("a", False),
    ("17", False), (",", False), ("[CLS]", False),
])
def test_which_pieces_are_words(piece, word):
    assert is_word(piece) is word


def test_cache_encodes_each_text_once_and_forgets_the_oldest():
    calls = []

    def encode(texts):
        calls.append(list(texts))
        return [np.full((1, 2), len(t), np.float32) for t in texts]

    cache = TokenCache(size=2)
    first = cache.get(["aa", "b", "aa"], encode)
    assert calls == [["aa", "b"]] and [float(v[0, 0]) for v in first] == [2, 1, 2]
    assert first[0].dtype == np.float16  # kept in half precision
    cache.get(["b"], encode)               # "b" is now the newest
    cache.get(["ccc"], encode)             # "aa", the oldest, is forgotten
    cache.get(["b", "aa"], encode)
    assert calls == [["aa", "b"], ["ccc"], ["aa"]]


@pytest.mark.slow
def test_real_token_vectors_keep_the_content_words(embedder):
    pieces = embedder.word_pieces(["Can a State detain migrant children?"])[0]
    everything, content = (kept(*pieces, keep) for keep in (lambda w: True, lambda w: w != "can"))
    assert content.shape == (len(everything) - 1, 384)  # "can" left out; "a" and "?" are no words
    assert np.allclose(np.linalg.norm(content, axis=1), 1, atol=1e-5)


@pytest.mark.slow
@pytest.mark.parametrize("model", [MINILM, PAIR])
def test_real_late_scores_prefer_the_clause_using_the_words_asked_about(model):
    embedder = open_embedder(model)
    question = "Can a State detain migrant children?"
    clauses = ["Also encourages States to review policies that detain migrant children",
               "Takes note with appreciation of the report of the Secretary-General"]
    keep = lambda word: word not in {"can", "a", "the", "of", "to", "that"}
    scores = embedder.late_scores(question, clauses, keep)
    assert scores.shape == (2,) and scores[0] > scores[1] + 0.2
    assert np.allclose(embedder.late_scores(question, clauses, keep), scores)  # the cached clauses score the same
    if model == PAIR:
        members = [m.late_scores(question, clauses, keep) for m in embedder.members]
        assert np.allclose(scores, sum(w * s for w, s in zip(embedder.weights, members)), atol=1e-6)


@pytest.mark.slow
def test_a_question_encoded_as_a_query_is_not_run_again_for_late_scores():
    embedder = open_embedder(MINILM)
    runs = []
    run = embedder._pieces.run
    embedder._pieces.run = lambda texts: runs.append(list(texts)) or run(texts)
    question, clause = "Can a State detain migrant children?", "States shall not detain migrant children"
    keep = lambda word: True  # noqa: E731  (one function: clause pieces are cached by what they keep)
    embedder.encode_queries([question])
    embedder.late_scores(question, [clause], keep)
    assert runs == [[clause]]  # the clause's word pieces were made; the question's came from its encoding
    embedder.late_scores("Another question?", [clause], keep)
    assert runs == [[clause], ["Another question?"]]


@pytest.mark.slow
def test_real_late_scores_over_the_question_words_asked_leave_the_subject_out():
    # the paragraph naming the centre in full matches the question's subject word by word; without those words
    # the one on the liquidity crisis comes first (search/rerank.py passes the resolution's shared words)
    embedder = open_embedder(MINILM)
    question = "How did the human rights training centre for the Arab region cope with the liquidity crisis?"
    clauses = ["Notes with appreciation the assistance that the Human Rights Training and Documentation Centre for "
               "South-West Asia and the Arab Region has provided to Member States",
               "Also notes the Centre's adaptation of its methodology to the challenges linked to the liquidity crisis"]
    keep = lambda word: word not in {"how", "did", "the", "for", "with", "of", "to", "its", "has", "that"}  # noqa: E731
    subject = {"human", "rights", "training", "centre", "arab", "region"}
    whole = embedder.late_scores(question, clauses, keep)
    asked = embedder.late_scores(question, clauses, keep, lambda word: word not in subject)
    assert asked[1] - asked[0] > whole[1] - whole[0]
    assert asked[1] > asked[0]
