"""Re-ranking the best clauses by late interaction: a fixed table of MaxSim scores, then the real models."""

import numpy as np
import pytest

from assistant.search.passage import Passage
from assistant.search.rerank import is_content_word, rerank
from tests.reading import read

Q = read("q")


def passage(clause_id, score, similarity=0.6, via="search", doc="A/RES/72/179"):
    return Passage(doc, clause_id, clause_id, clause_id, score, f"text of {clause_id}", None,
                   "Protection of migrants", "operative", via, similarity, 0.5)


class Table:
    """A pure stand-in: each clause's MaxSim from a table, whatever the question."""

    def __init__(self, late):
        self.late, self.asked = late, []

    def late_scores(self, question, texts, keep, asked=None):
        self.asked.append(texts)
        self.filters = getattr(self, "filters", []) + [asked]
        return np.array([self.late[t.removeprefix("text of ")] for t in texts], dtype=np.float32)


def order(passages):
    return [p.id for p in passages]


@pytest.mark.parametrize("late, weight, expected", [
    ({"OP1": 0.5, "OP2": 0.7, "OP3": 0.5}, 1.0, ["OP2", "OP1", "OP3"]),   # 0.9 + 0.2 beats 1.0
    ({"OP1": 0.5, "OP2": 0.55, "OP3": 0.5}, 1.0, ["OP1", "OP2", "OP3"]),  # 0.9 + 0.05 does not
    ({"OP1": 0.5, "OP2": 0.7, "OP3": 0.5}, 0.0, ["OP1", "OP2", "OP3"]),   # weight 0: the search's order
    ({"OP1": 0.2, "OP2": 0.2, "OP3": 0.6}, 1.0, ["OP3", "OP1", "OP2"]),   # 0.8 + 0.4 beats 1.0 and 0.9
])
def test_rerank_mixes_late_interaction_into_the_search_order(late, weight, expected):
    passages = [passage("OP1", 2.0), passage("OP2", 1.8), passage("OP3", 1.6)]
    assert order(rerank(passages, Q, Table(late), weight=weight)) == expected


def test_rescored_passages_keep_the_best_score_and_the_gaps_between_them():
    passages = [passage("OP1", 2.0), passage("OP2", 1.8), passage("OP3", 1.6), passage("OP4", 0.1)]
    out = rerank(passages, Q, Table({"OP1": 0.5, "OP2": 0.7, "OP3": 0.5}), depth=3)
    assert [round(p.score, 6) for p in out] == [2.0, 1.8, 1.4, 0.1]  # OP2 1.1 -> 2.0; OP1 1.0 -> 1.8; OP3 0.8
    assert out[-1] is passages[-1]  # below the depth nothing is touched


def test_only_the_best_resolution_s_paragraphs_change_places():
    # OP9 of another resolution matches word by word best of all: it is rescored, but keeps its place; the best
    # resolution's paragraphs are re-sorted among their own places (OP2 before OP1)
    passages = [passage("OP1", 2.0), passage("OP9", 1.9, doc="A/RES/80/218"), passage("OP2", 1.8)]
    out = rerank(passages, Q, Table({"OP1": 0.5, "OP9": 0.9, "OP2": 0.7}))
    assert order(out) == ["OP2", "OP9", "OP1"] and out[1].doc == "A/RES/80/218"
    assert out[1].score > out[0].score  # rescored like the rest, so the answer policy reads it on one scale


def test_the_resolution_s_shared_words_are_left_out_of_the_question_s():
    # "the human rights training centre for the Arab region": words every paragraph of its resolution uses
    table = Table({"OP1": 0.5, "OP2": 0.7})
    rerank([passage("OP1", 2.0), passage("OP2", 1.8)], Q, table, shared=frozenset({"centr", "region"}))
    asked = table.filters[-1]
    assert not asked("centre") and not asked("regions") and asked("liquidity")
    rerank([passage("OP1", 2.0), passage("OP2", 1.8)], Q, table)
    assert table.filters[-1] is None  # none shared: every content word of the question


def test_only_a_plain_search_is_reranked():
    table = Table({"OP1": 0.1, "OP2": 0.9})
    named = [passage("OP1", 2.0, via="topic"), passage("OP2", 1.9)]
    assert rerank(named, Q, table) is named and table.asked == []
    assert rerank([passage("OP1", 2.0)], Q, table) == [passage("OP1", 2.0)]
    assert order(rerank([passage("OP1", 2.0), passage("OP2", 1.9)], Q, object())) == ["OP1", "OP2"]


def test_a_clause_under_the_abstention_floor_is_never_brought_first():
    table = Table({"OP1": 0.1, "OP2": 0.9, "OP3": 0.8})
    passages = [passage("OP1", 2.0, 0.4), passage("OP2", 1.9, 0.3), passage("OP3", 1.8, 0.35)]
    assert order(rerank(passages, Q, table, floor=0.33)) == ["OP3", "OP2", "OP1"]
    weak = [passage("OP1", 2.0, 0.2), passage("OP2", 1.9, 0.5)]  # the search would abstain: left as it is
    assert rerank(weak, Q, table, floor=0.33) is weak


@pytest.mark.parametrize("word, content", [("detain", True), ("migrants", True), ("the", False), ("is", False),
                                           ("of", False)])
def test_content_words(word, content):
    assert is_content_word(word) is content


@pytest.mark.slow
@pytest.mark.parametrize("question, before, after", [
    # the clause matching both words closely comes first, not the one about the subject at large
    ("Is climate change linked to migration in the text?", "PP20", "OP2"),
])
def test_real_rerank_brings_the_clause_matching_word_by_word_first(assistant, question, before, after, monkeypatch):
    from dataclasses import replace

    from assistant.search import within

    asked = assistant.read(question)
    # the search alone, without the preamble weight and the distinctive words' re-ranking (either puts OP2 first by
    # itself): what re-ranking is given
    with monkeypatch.context() as patched:
        patched.setattr(within, "WEIGHT", 0.0)
        passages = assistant.searcher.search(asked, 10, replace(assistant.searcher.fusion, preamble_weight=1.0,
                                                                   single_preamble_weight=None))
    assert passages[0].id == before
    assert rerank(passages, asked, assistant.embedder)[0].id == after
    assert [c.id for c in assistant.answer(question).citations] == [after]
