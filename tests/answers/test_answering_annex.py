"""Answers from an annexed text (the Global Compact for Migration, annexed to A/RES/73/195): its paragraphs speak
in their own voice ("We commit to ..."), so they are quoted as they are, one sentence at a time; a question that
names the annexed text by its title is not refused for want of that name in the paragraphs. Real model, real index
of two resolutions."""

from __future__ import annotations

import re

import pytest

from assistant.answers.grounded import _best_sentence
from assistant.language.stems import stemmer
from tests.conftest import CORPUS, assistant_over

pytestmark = pytest.mark.slow
COMPACT = "A/RES/73/195"


@pytest.fixture(scope="module")
def compact(tmp_path_factory, embedder):
    return assistant_over([CORPUS / "curated" / "A_RES_73_195.txt", CORPUS / "curated" / "A_RES_78_217.txt"],
                          tmp_path_factory.mktemp("compact") / "index", embedder)


def test_a_question_naming_the_annexed_text_by_title_is_answered_from_it(compact):
    answer = compact.answer("Under the Global Compact, what conditions must any immigration detention meet?")
    assert not answer.abstained
    assert f"{COMPACT}#ANNEX.29" in {f"{c.doc}#{c.id}" for c in answer.citations}
    assert "The annex to A/RES/73/195 reads: “We commit to ensure that any detention" in answer.answer


def test_annex_quotes_are_single_sentences_of_the_paragraph(compact):
    texts = {(r.doc, r.clause.id): r.clause.text for r in compact.records}
    answer = compact.answer("What does the Global Compact for Migration commit to on search and rescue?")
    cited = [c for c in answer.citations if c.doc == COMPACT]
    assert cited and not answer.abstained
    for citation in cited:
        assert citation.quote in texts[(citation.doc, citation.id)]
        assert not re.search(r"[.;:] [A-Z]", citation.quote)  # one sentence of a paragraph that has several
    assert not answer.removed  # every sentence of the answer kept its citation


@pytest.mark.parametrize("text, question_words, expected", [
    ("We commit to save lives. We further commit to identify the dead. To realize this commitment, we will act:",
     {"identifi", "dead"}, "We further commit to identify the dead."),
    ("We commit to save lives. We further commit to identify the dead.", {"unrelat"},
     "We commit to save lives."),
])
def test_best_sentence(text, question_words, expected):
    stem = stemmer()
    assert _best_sentence(text, {stem(w) for w in question_words}, stem) == expected
