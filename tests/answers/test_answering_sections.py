"""Answers from a resolution whose sections number their paragraphs afresh (the budget's "Special subjects",
A/RES/78/253: 26 sections): cited by section and paragraph, asked by section and paragraph. Real model, real index."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS, assistant_over

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def budget(tmp_path_factory, embedder):
    return assistant_over([CORPUS / "ga-78-80" / "A_RES_78_253.txt", CORPUS / "curated" / "A_RES_78_217.txt"],
                          tmp_path_factory.mktemp("sections") / "index", embedder)


def test_a_paragraph_asked_by_section_is_cited_by_section(budget):
    answer = budget.answer("What does section II, paragraph 3 of resolution 78/253 say?")
    assert [(c.doc, c.id) for c in answer.citations][:1] == [("A/RES/78/253", "II.OP3")]
    assert answer.citations[0].citation == "A/RES/78/253, sect. II, para. 3"
    assert answer.citations[0].quote.startswith("Notes the performance report for 2022")


def test_a_question_in_plain_words_finds_the_section_paragraph(budget):
    passages = budget.retrieve("What budget did the Assembly approve for the Joint Inspection Unit for 2024?", 3)
    assert passages[0].id == "XXI.OP1" and "8,727,500 dollars" in passages[0].text
    assert passages[0].citation == "A/RES/78/253, sect. XXI, first operative paragraph"


def test_a_paragraph_number_without_its_section_lists_the_sections_holding_it(budget):
    answer = budget.answer("What does paragraph 3 of resolution 78/253 say?")
    assert answer.abstained and not answer.citations
    assert answer.answer.startswith("A/RES/78/253 numbers its paragraphs afresh in each section: operative "
                                    "paragraph 3 is in sections II, III, IV,")
    assert "ask for one (“section" in answer.answer
    # a resolution numbered straight through still says it has no such paragraph
    assert budget.answer("What does paragraph 60 of resolution 78/217 say?").answer == \
        "A/RES/78/217 has no operative paragraph 60."
