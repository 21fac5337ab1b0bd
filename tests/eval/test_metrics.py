import math

import pytest
from assistant.eval.metrics import citation_scores, f1, hit_at, ndcg_at, recall_at, reciprocal_rank, returned_ids

RANKED = ["a", "b", "c", "d", "e", "f"]

CASES = [
    # gold, hit@1, hit@5, recall@5, mrr@10, ndcg@10 (computed by hand)
    ({"a"}, 1.0, 1.0, 1.0, 1.0, 1.0),
    ({"c"}, 0.0, 1.0, 1.0, 1 / 3, 1 / math.log2(4)),
    ({"b", "d"}, 0.0, 1.0, 1.0, 0.5, (1 / math.log2(3) + 1 / math.log2(5)) / (1 + 1 / math.log2(3))),
    ({"f"}, 0.0, 0.0, 0.0, 1 / 6, 1 / math.log2(7)),
    ({"z"}, 0.0, 0.0, 0.0, 0.0, 0.0),
    ({"a", "z"}, 1.0, 1.0, 0.5, 1.0, 1 / (1 + 1 / math.log2(3))),
]


@pytest.mark.parametrize("gold, h1, h5, r5, mrr, ndcg", CASES)
def test_ranking_metrics(gold, h1, h5, r5, mrr, ndcg):
    assert hit_at(RANKED, gold, 1) == h1
    assert hit_at(RANKED, gold, 5) == h5
    assert recall_at(RANKED, gold, 5) == pytest.approx(r5)
    assert reciprocal_rank(RANKED, gold, 10) == pytest.approx(mrr)
    assert ndcg_at(RANKED, gold, 10) == pytest.approx(ndcg)


def test_chunks_cite_every_paragraph_they_contain():
    chunks = [{"OP1", "OP2", "OP3"}, {"OP3", "OP4"}, {"OP9"}]
    assert hit_at(chunks, {"OP2"}, 1) == 1.0
    assert recall_at(chunks, {"OP2", "OP4", "OP9"}, 2) == pytest.approx(2 / 3)
    assert returned_ids(chunks, 2) == {"OP1", "OP2", "OP3", "OP4"}
    # OP3 is credited once: the second chunk adds only OP4
    assert ndcg_at(chunks, {"OP3", "OP4"}, 10) == pytest.approx((1 + 1 / math.log2(3)) / (1 + 1 / math.log2(3)))


@pytest.mark.parametrize("cited, gold, precision, recall", [
    ({"a", "b"}, {"a"}, 0.5, 1.0),
    ({"a"}, {"a", "b"}, 1.0, 0.5),
    (set(), {"a"}, None, 0.0),
    ({"a"}, set(), 0.0, None),
    (set(), set(), None, None),
])
def test_citation_scores(cited, gold, precision, recall):
    assert citation_scores(cited, gold) == (precision, recall)


def test_f1():
    assert f1(0.5, 1.0) == pytest.approx(2 / 3)
    assert f1(0.0, 0.0) == 0.0
