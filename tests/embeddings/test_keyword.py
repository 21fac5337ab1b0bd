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
    import bm25s
    import Stemmer
    from assistant.embeddings.keyword import KeywordScorer

    stemmer = Stemmer.Stemmer("english")
    scorer = KeywordScorer.build(["Migrant children should not be detained", "Remittances matter"])
    expected = bm25s.tokenize([question], stopwords="en", stemmer=stemmer, show_progress=False, return_ids=False)[0]
    assert scorer.words(question) == expected


def test_scores_follow_the_words():
    from assistant.embeddings.keyword import KeywordScorer

    scorer = KeywordScorer.build(["Migrant children should not be detained", "Remittances matter to families"])
    scores = scorer.scores("Are children detained?")
    assert scores[0] > 0 and scores[1] == 0
    assert not scorer.scores("the of and").any()


def test_a_word_written_without_its_accents_finds_it():
    """People asking drop accents the text writes ("Hammarskjold", "Cote d'Ivoire"); a word typed with them still
    finds itself."""
    from assistant.embeddings.keyword import KeywordScorer

    scorer = KeywordScorer.build(["the death of Dag Hammarskjöld", "the situation in Côte d’Ivoire", "other words"])
    for question, row in (("Hammarskjold", 0), ("Hammarskjöld", 0), ("Cote d'Ivoire", 1), ("côte", 1)):
        scores = scorer.scores(question)
        assert scores[row] > 0 and scores.argmax() == row, question
    assert not scorer.scores("Niño").any()  # no word of the index, with or without accents


def test_saved_scores_read_back_the_same_and_bm25s_reads_them(tmp_path):
    """A question sums the saved scores with numpy (no bm25s import): the same numbers bm25s gives."""
    import bm25s
    import numpy as np
    from assistant.embeddings.keyword import KeywordScorer

    texts = ["Migrant children should not be detained", "Remittances matter to families", "", "the of and",
             "children and families of migrants"]
    built = KeywordScorer.build(texts)
    built.save(tmp_path / "bm25")
    loaded = KeywordScorer.load(tmp_path / "bm25", len(texts))
    theirs = bm25s.BM25.load(str(tmp_path / "bm25"), mmap=True)
    for question in ("migrant children families", "children children remittances", "nothing here"):
        ours = loaded.scores(question)
        assert np.array_equal(ours, built.scores(question))
        known = [w for w in loaded.words(question) if w in theirs.vocab_dict]
        expected = theirs.get_scores(known) if known else np.zeros(len(texts))
        assert np.array_equal(ours, np.asarray(expected, dtype=np.float32)), question


def test_texts_with_no_word_to_score_by_score_nothing(tmp_path):
    from assistant.embeddings.keyword import KeywordScorer

    scorer = KeywordScorer.build(["", "the", "of and"])
    scorer.save(tmp_path / "bm25")
    assert not KeywordScorer.load(tmp_path / "bm25", 3).scores("the migrants").any()
