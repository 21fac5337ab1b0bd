"""A paragraph's opening word agreeing with a word of the question (search.openings): the opening word
table-driven, the bonus on an array, and the ranking over a real index of three unrelated resolutions."""

import numpy as np
import pytest

from assistant.language.stems import stemmer
from assistant.search import openings
from tests.conftest import CORPUS, SEED, assistant_over


@pytest.mark.parametrize("text, word", [
    ("Urges all Member States, in particular those referred to in the report, to release", "urges"),
    ("Also requests the Secretary-General to report to the General Assembly", "requests"),
    ("Expresses its deep concern at the continuing violations", "expresses"),
    ("Deeply concerned that large numbers of migrants", "concerned"),
    ("Recalling its resolution 77/252 of 30 December 2022,", "recalling"),
    ("We commit to ensure that our cooperation", "commit"),  # an annexed declaration speaks as "we"
    ("To halt arrests and prosecutions of residents", "halt"),  # a sub-paragraph under "Urges ...:"
    ("The International Migration Review Forum shall serve as", "international"),  # a paragraph that states
    ("", None),
])
def test_the_opening_word_is_the_first_after_adverbs_and_function_words(text, word):
    assert openings.opening_word(text) == word


def test_the_best_rows_opening_with_a_word_of_the_question_gain_the_weight():
    texts = ["Calls upon Member States to encourage private entities to release records",
             "Urges all Member States to release any relevant records", "Decides to include the item",
             "Urges States to contribute funds"]
    scores = np.array([1.0, 0.95, 0.5, -np.inf], dtype=np.float32)
    stem = stemmer()
    asked = frozenset(stem(w) for w in "which records are member states urged to release".split())
    found = openings.with_opening_words(scores, asked, lambda row: openings.opening_stem(texts[row]))
    assert found.tolist() == pytest.approx([1.0, 0.95 + openings.OPENING_WEIGHT, 0.5, -np.inf])
    assert scores[1] == pytest.approx(0.95)  # a new array: the search's own scores are left as they were
    assert openings.with_opening_words(scores, frozenset({"zzz"}), lambda row: openings.opening_stem(texts[row])) \
        is scores


@pytest.fixture(scope="module")
def three(tmp_path_factory, embedder):
    files = [SEED, CORPUS / "curated" / "S_RES_827_1993.txt", CORPUS / "ga-78-80" / "A_RES_79_244.txt"]
    return assistant_over(files, tmp_path_factory.mktemp("openings") / "index", embedder)

QUESTION = "Which private records is the Assembly calling for?"


@pytest.mark.slow
def test_the_paragraph_that_calls_for_what_is_asked_comes_first(three):
    # OP5 "Calls upon Member States to encourage individuals and private entities to ensure that any relevant
    # records ... are made available"; OP2 "Urges all Member States ... to release any relevant records"
    assert three.retrieve(QUESTION, 1)[0].key == "A/RES/79/244#OP5"


@pytest.mark.slow
def test_without_the_opening_word_the_paragraph_that_urges_came_first(three, monkeypatch):
    monkeypatch.setattr(openings, "OPENING_WEIGHT", 0.0)
    assert three.retrieve(QUESTION, 1)[0].key == "A/RES/79/244#OP2"
