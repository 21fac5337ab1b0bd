"""The best resolutions' paragraphs re-ranked by the question's distinctive words (search.within): the shared and
distinctive words table-driven, the re-ranking over a real index of three unrelated resolutions."""

from types import SimpleNamespace

import numpy as np
import pytest

from assistant.search import within
from tests.conftest import CORPUS, SEED, assistant_over

PARAGRAPHS = ["Decides to establish an international tribunal for the former Yugoslavia;",
              "Decides that all States shall cooperate fully with the International Tribunal;",
              "Decides that the seat of the International Tribunal is subject to arrangements with the Netherlands;",
              "Urges States to contribute funds to the International Tribunal;",
              "Decides to remain actively seized of the matter.",
              "Requests the Secretary-General to report periodically;", "Approves the report;",
              "Reaffirms its earlier resolutions;", "Determines that the situation is a threat to peace;",
              "Acting under Chapter VII of the Charter;"]


def test_words_most_paragraphs_use_and_the_title_s_are_shared():
    shared = within.shared_stems(PARAGRAPHS, "Security Council resolution 827 (1993)")
    assert {"decid", "tribun", "internat", "council"} <= shared
    assert "seat" not in shared and "netherland" not in shared


@pytest.mark.parametrize("keywords, distinctive", [
    ("Where is the seat of the tribunal the Security Council set up?", "seat set up"),
    ("Which country hosts the International Tribunal?", "country hosts"),
    ("Which international tribunal?", ""),  # nothing but shared words: nothing to tell paragraphs apart by
    ("Where is the Netherlands office?", ""),  # nothing shared: the question's own search already ranks by it
    ("Which States must cooperate with the tribunal?", "must cooperate"),  # "States": in two paragraphs of ten
])
def test_the_distinctive_words_are_the_question_s_other_content_words(keywords, distinctive):
    shared = within.shared_stems(PARAGRAPHS, "Security Council resolution 827 (1993)")
    assert within.distinctive(keywords, shared) == distinctive


def test_scores_are_dealt_out_again_in_the_new_order():
    own, local = np.array([1.0, 0.9, 0.5], dtype=np.float32), np.array([0.0, 0.2, 1.0], dtype=np.float32)
    assert within._dealt(own, local).tolist() == pytest.approx([0.5, 0.9, 1.0])  # the third first, the first last


@pytest.fixture(scope="module")
def three(tmp_path_factory, embedder):
    files = [SEED, CORPUS / "curated" / "S_RES_827_1993.txt", CORPUS / "ga-78-80" / "A_RES_80_102.txt"]
    return assistant_over(files, tmp_path_factory.mktemp("within") / "index", embedder)

@pytest.mark.slow
@pytest.mark.parametrize("question, first", [
    # found by "tribunal" and "Yugoslavia", the words of the paragraph establishing it; "seat" says which
    ("Where is the seat of the tribunal the Security Council set up for the former Yugoslavia?",
     "S/RES/827 (1993)#OP6"),
    ("What must States do under their domestic law to work with the Yugoslavia tribunal?", "S/RES/827 (1993)#OP4"),
])
def test_the_paragraph_the_question_s_own_words_point_to_comes_first(three, question, first):
    assert three.retrieve(question, 1)[0].key == first


@pytest.mark.slow
def test_without_the_distinctive_words_the_tribunal_s_founding_paragraph_came_first(three, monkeypatch):
    # the same search with the re-ranking's weight at 0: what the test above guards against
    monkeypatch.setattr(within, "WEIGHT", 0.0)
    found = three.retrieve("Where is the seat of the tribunal the Security Council set up for the former Yugoslavia?", 1)
    assert found[0].key != "S/RES/827 (1993)#OP6"


def test_near_copies_get_one_distinctive_score():
    # a paragraph renewed with another list of countries, and another paragraph: the copies' few-word scores are made
    # one (the best of them), the other paragraph keeps its own
    texts = ["Agrees that the failure of the Comoros, Sao Tome and Principe and Somalia to pay the full minimum amount "
             "was due to conditions beyond their control;",
             "Agrees that the failure of Sao Tome and Principe and Somalia to pay the full minimum amount was due to "
             "conditions beyond their control;",
             "Urges all Member States requesting exemption under Article 19 to submit information;"]
    records = [SimpleNamespace(clause=SimpleNamespace(text=t)) for t in texts]
    local = np.array([0.88, 0.85, 0.40], dtype=np.float32)
    within._copies_alike(SimpleNamespace(records=records), np.arange(3), np.array([1.15, 1.18, 0.8]), local)
    assert local.tolist() == pytest.approx([0.88, 0.88, 0.40])


@pytest.mark.slow
def test_of_near_copies_the_one_naming_the_question_s_countries_comes_first(article_19):
    # 78/2 adds the Comoros, 80/2 has Bolivia for Somalia: the question names 79/3's two countries; the few words left
    # once the shared ones are set aside ("accept ... minimum amount") put 78/2 first by their scores' noise
    found = article_19.retrieve("Which resolution accepted that Sao Tome and Principe and Somalia could not pay the "
                             "minimum amount under Article 19 for reasons beyond their control?", 1)
    assert found[0].key == "A/RES/79/3#OP5"


@pytest.mark.slow
def test_the_words_of_every_resolution_re_ranked_are_encoded_in_one_run(three, monkeypatch):
    # a question near paragraphs of all three resolutions: each has its own distinctive words, one run for all
    runs, scored = [], []
    encode, scores = three.embedder.encode_queries, three.searcher.scores
    monkeypatch.setattr(three.embedder, "encode_queries", lambda texts: runs.append(texts) or encode(texts))
    monkeypatch.setattr(three.searcher, "scores", lambda *a, **k: scored.append(a[0].keywords) or scores(*a, **k))
    three.retrieve("Which States are asked to cooperate and report on migrants and the tribunal?", 5)
    assert len(scored) >= 3  # the question, and the words of two resolutions at least
    assert len(runs) == 2 and len(runs[1]) == len(scored) - 1
