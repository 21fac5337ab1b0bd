"""The keyword scorer splits a question exactly as bm25s.tokenize does (it writes the steps out for speed)."""

from __future__ import annotations

import pytest

QUESTIONS = [
    "Can migrant children be detained?",
    "What does the resolution say about remittances and the Paris Agreement?",
    "ÉLAN d'État 3.5% UN-Women's e-mail",
    "the the the migrants migrants",
    "",
    "a",
    "Which resolution proclaims the International Day of Women in Multilateralism?",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_words_are_bm25s_tokens(question):
    from assistant.embeddings.keyword import KeywordScorer, _bm25s

    bm25s, stemmer = _bm25s()
    scorer = KeywordScorer.build(["Migrant children should not be detained", "Remittances matter"])
    expected = bm25s.tokenize([question], stopwords="en", stemmer=stemmer, show_progress=False, return_ids=False)[0]
    assert scorer.words(question) == expected


def test_scores_follow_the_words():
    from assistant.embeddings.keyword import KeywordScorer

    scorer = KeywordScorer.build(["Migrant children should not be detained", "Remittances matter to families"])
    scores = scorer.scores("Are children detained?")
    assert scores[0] > 0 and scores[1] == 0
    assert not scorer.scores("the of and").any()
