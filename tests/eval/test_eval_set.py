"""The eval set itself: every clause is gold somewhere, kinds are as described, paraphrases share no words."""

import re
from collections import Counter

import pytest
from assistant.eval.questions import EVAL_DIR, KINDS, load_questions

DEV = load_questions(EVAL_DIR / "dev.jsonl")
TEST = load_questions(EVAL_DIR / "test.jsonl")
ALL = DEV + TEST
# Function words; a paraphrase may share these with its gold clause, and nothing else.
STOP = set("""a an the of to in on for and or is are be been do does did it its this that these those with by at
from as about what which who whom whose when where why how can could should would must may might will shall any all
some their there they them his her he she we you your our not no yes so if than then into out up down over under
again once here more most other such only own same too very just also has have had having being was were say says
said tell without through between within across towards while during before after""".split())


def content_stems(text: str) -> set[str]:
    import Stemmer

    stem = Stemmer.Stemmer("english").stemWord
    return {stem(w) for w in re.findall(r"[a-z]+", text.lower()) if w not in STOP and len(w) > 1}


def test_size_and_split():
    assert len(ALL) >= 150
    assert {q.id for q in DEV}.isdisjoint({q.id for q in TEST})
    assert len({q.question for q in ALL}) == len(ALL)
    for kind in KINDS:
        assert any(q.kind == kind for q in DEV) and any(q.kind == kind for q in TEST), kind


def test_every_clause_is_gold_somewhere(seed_resolution):
    gold = Counter(g for q in ALL for g in q.gold)
    ids = {c.id for c in seed_resolution.clauses}
    assert set(gold) <= ids
    assert ids <= set(gold), sorted(ids - set(gold))


def test_kinds():
    assert {q.kind for q in ALL} == set(KINDS)
    assert sum(not q.answerable for q in ALL) >= 0.10 * len(ALL)
    for q in ALL:
        assert (q.kind == "unanswerable") == (not q.gold), q.id
        if q.kind == "multi":
            assert 2 <= len(q.gold) <= 4, q.id


@pytest.mark.parametrize("question", [q for q in ALL if q.kind == "paraphrase"], ids=lambda q: q.id)
def test_paraphrases_share_no_content_word_with_gold(question, seed_resolution):
    clause_words = set().union(*(content_stems(seed_resolution.clause(g).text) for g in question.gold))
    assert content_stems(question.question).isdisjoint(clause_words)
