"""Paragraph alignment: table-driven cases on small texts (vectors from their words, a stand-in for the model in
these pure unit tests), then the real migrants series indexed with the real model."""

import json

import numpy as np
import pytest
from assistant.embeddings.store import read_index

from assistant.compare.alignment import Paragraph, _merges_by_opening, _moved_with, align
from assistant.compare.comparison import compare, series
from assistant.search.filters import FilterError
from assistant.search.indexing import build_index
from tests.conftest import CORPUS, ROOT, SEED

LONG = "Calls upon all States to protect the human rights of migrants regardless of their migration status"
OTHER = "Requests the Secretary-General to submit a report on the implementation of the present resolution"
THIRD = "Decides to include in the provisional agenda of its next session the item on migration"
EXTRA = "Encourages States to cooperate with civil society organizations working with migrants"


def paragraphs(*texts, prefix="OP"):
    return [Paragraph(f"{prefix}{n}", "operative", t) for n, t in enumerate(texts, start=1)]


def vectors(items):
    vocabulary = sorted({w for p in items for w in p.text.lower().split()})
    out = np.array([[p.text.lower().split().count(w) for w in vocabulary] for p in items], dtype=np.float32)
    return out / np.linalg.norm(out, axis=1, keepdims=True)


def aligned(a, b):
    both = vectors(a + b)
    return [(p.a, p.b, p.status) for p in align(a, b, both[:len(a)], both[len(a):])]


@pytest.mark.parametrize("a, b, expected", [
    ((LONG, OTHER), (LONG, OTHER), [("OP1", "OP1", "unchanged"), ("OP2", "OP2", "unchanged")]),
    ((LONG, OTHER), (EXTRA, LONG, OTHER),
     [(None, "OP1", "new"), ("OP1", "OP2", "renumbered"), ("OP2", "OP3", "renumbered")]),
    ((LONG, EXTRA, OTHER), (LONG, OTHER), [("OP1", "OP1", "unchanged"), ("OP2", None, "dropped"),
                                           ("OP3", "OP2", "renumbered")]),
    ((LONG,), (LONG.replace("all States", "all Member States"),), [("OP1", "OP1", "changed")]),
    ((LONG, OTHER), (THIRD,), [("OP1", None, "dropped"), ("OP2", None, "dropped"), (None, "OP1", "new")]),
])
def test_alignment(a, b, expected):
    assert sorted(aligned(paragraphs(*a), paragraphs(*b)), key=str) == sorted(expected, key=str)


def test_a_paragraph_split_in_two_is_said_so():
    whole = LONG + " and to combat racism and xenophobia against migrants in all their forms and manifestations"
    first, second = LONG, "Also calls upon States to combat racism and xenophobia against migrants in all their forms"
    statuses = {(a, b): s for a, b, s in aligned(paragraphs(whole, OTHER), paragraphs(first, second, OTHER))}
    assert statuses[("OP1", "OP1")] == "split" and statuses[("OP1", "OP2")] == "split"


def test_every_paragraph_of_both_sides_is_in_one_pair():
    a, b = paragraphs(LONG, EXTRA, OTHER), paragraphs(OTHER, THIRD, LONG)
    pairs = aligned(a, b)
    assert sorted(x for x, _, _ in pairs if x) == ["OP1", "OP2", "OP3"]
    assert sorted(y for _, y, _ in pairs if y) == ["OP1", "OP2", "OP3"]


def test_two_paragraphs_merged_pair_with_the_one_whose_words_open_the_merge():
    witnesses = "Further encourages States to cooperate effectively in protecting witnesses in cases of smuggling"
    victims = "Encourages States to cooperate effectively in protecting victims in cases of trafficking in persons"
    merged = witnesses + " and victims in cases of trafficking in persons"
    a, b = paragraphs(OTHER, witnesses, victims), paragraphs(OTHER, merged)
    sim = np.zeros((3, 2), dtype=np.float32)
    sim[0, 0], sim[1, 1], sim[2, 1] = 1.0, 0.89, 0.91  # the second merged-in paragraph scores a little higher
    assert _merges_by_opening(a, b, sim, {0: 0, 2: 1}) == {0: 0, 1: 1}
    assert _merges_by_opening(a, b, sim, {0: 0, 1: 1}) == {0: 0, 1: 1}  # already the opening one: kept


def test_the_neighbours_of_a_moved_paragraph_pair_near_where_it_went():
    a, b = paragraphs(*"abcdef"), paragraphs(*"uvwxyz")
    sim = np.zeros((6, 6), dtype=np.float32)
    sim[0, 5] = 0.95  # A's OP1 moved to B's end...
    sim[1, 3], sim[2, 4] = 0.6, 0.55  # ...its neighbours went with it, rewritten
    sim[5, 0] = 0.55  # too far from where it went
    assert _moved_with(a, b, sim, {0: 5}, {0: 5}) == {1: 3, 2: 4}


@pytest.fixture(scope="module")
def series_index(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("series") / "index"
    files = [SEED, CORPUS / "curated" / "A_RES_78_217.txt", CORPUS / "curated" / "A_RES_80_218.txt",
             CORPUS / "drafts" / "A_C.3_80_L.52.txt", CORPUS / "ga-78-80" / "A_RES_79_291.txt",
             CORPUS / "ga-78-80" / "A_RES_78_158.txt", CORPUS / "ga-78-80" / "A_RES_80_143.txt",
             CORPUS / "curated" / "A_RES_74_148.txt", CORPUS / "ga-78-80" / "A_RES_78_32.txt",
             CORPUS / "ga-78-80" / "A_RES_80_52.txt"]
    build_index(files, folder, embedder, progress=False)
    return read_index(folder)


@pytest.mark.slow
def test_the_2023_and_2025_texts_pair_as_a_reader_would(series_index):
    result = compare(series_index, "78/217", "80/218")
    pairs = {(p.a, p.b): p for p in result.pairs}
    assert pairs[("PP2", "PP2")].status == "unchanged"
    changed = pairs[("PP1", "PP1")]
    assert changed.status == "changed"
    assert ("delete", "the most recent of which is resolution 76/172 of 16 December 2021,") in changed.diff
    assert result.summary.startswith("They share most paragraphs")
    data = json.loads(json.dumps(result.to_dict()))
    ids_a = {p["a"] for p in data["pairs"] if p["a"]}
    assert len(ids_a) == len([p for p in data["pairs"] if p["a"]])  # each paragraph of A in one pair


@pytest.mark.slow
def test_a_draft_and_its_adopted_text_are_nearly_the_same(series_index):
    result = compare(series_index, "A/C.3/80/L.52", "A/RES/80/218")
    unchanged = result.counts.get("unchanged", 0)
    assert unchanged / len(result.pairs) > 0.8 and not result.counts.get("new") and not result.counts.get("dropped")


@pytest.mark.slow
def test_itself_is_all_unchanged_and_unrelated_texts_share_little(series_index):
    same = compare(series_index, "80/218", "80/218")
    assert same.counts == {"unchanged": len(same.pairs)} and "same text" in same.summary
    unrelated = compare(series_index, "80/218", "79/291")
    assert unrelated.summary.startswith("They share little")


@pytest.mark.slow
def test_series_and_unknown_symbols(series_index):
    assert [d["symbol"] for d in series(series_index.documents, "Protection of migrants")] == [
        "A/C.3/80/L.52", "A/RES/72/179", "A/RES/74/148", "A/RES/78/217", "A/RES/80/218"]
    assert [d["symbol"] for d in series(series_index.documents, "80/218")][-1] == "A/RES/80/218"
    with pytest.raises(FilterError, match="80/219 is not in the index; closest: A/RES/80/218"):
        compare(series_index, "80/218", "80/219")


# Floors on the hand-made gold (eval/compare/): measured 2026-12-05 at MATCH 0.5, minus about two pairs.
# 78_217-80_218 is the pair the threshold was chosen on (precision 0.991, recall 1.000); 72_179-80_218 is only
# scored (precision 0.944, recall 0.944). 78_158-80_143 (sand and dust storms, written 2026-12-06 as a second dev
# pair, scored with MATCH as it was): precision 1.000, recall 0.977 (one pair of 43 missed: 2023 OP23, a decade to
# be considered, and 2025 OP23, the decade proclaimed). 74_148-80_218 (written 2026-12-06, eighth session, a third dev
# pair six years apart): precision 0.973, recall 0.961 (its misses: two paragraphs moved and rewritten, the Global
# Forum's and the Review Forum's, and one of a merge). Thirteenth session, with moved blocks and merges read by their
# opening: 74_148-80_218 0.974 / 1.000 (its extras: two merged-in paragraphs, which the gold pairs with none);
# 72_179-80_218 0.944 / 0.958. 78_32-80_52 (cluster munitions, written the same session as a fourth dev pair, scored
# once as it was): 1.000 / 1.000.
ALIGNMENT_FLOORS = {"78_217-80_218": (0.97, 0.97), "72_179-80_218": (0.91, 0.91), "78_158-80_143": (0.95, 0.95),
                    "74_148-80_218": (0.95, 0.97), "78_32-80_52": (0.96, 0.96)}


@pytest.mark.slow
@pytest.mark.parametrize("gold_name", sorted(ALIGNMENT_FLOORS))
def test_alignment_against_the_hand_made_gold(series_index, gold_name):
    gold_data = json.loads((ROOT / "eval" / "compare" / f"{gold_name}.json").read_text())
    gold = {tuple(p) for p in gold_data["pairs"]}
    found = {(p.a, p.b) for p in compare(series_index, gold_data["a"], gold_data["b"]).pairs if p.a and p.b}
    precision, recall = len(gold & found) / len(found), len(gold & found) / len(gold)
    floor_p, floor_r = ALIGNMENT_FLOORS[gold_name]
    assert precision >= floor_p and recall >= floor_r, (precision, recall, sorted(gold - found))
