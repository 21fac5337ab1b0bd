"""Answers over several indexed resolutions: a question that names one is answered from it alone, one that
names a resolution not indexed says so, the heading answers when and what, and a text renewed in several
resolutions is cited from the latest, the earlier ones named. Real model, real index of three resolutions."""

from __future__ import annotations

import re

import pytest

from tests.conftest import CORPUS, SEED

pytestmark = pytest.mark.slow
A72, A74, A76 = "A/RES/72/179", "A/RES/74/148", "A/RES/76/172"


@pytest.fixture(scope="module")
def three_folder(tmp_path_factory, embedder):
    from assistant.search.indexing import build_index

    folder = tmp_path_factory.mktemp("three") / "index"
    build_index([SEED, CORPUS / "curated" / "A_RES_74_148.txt", CORPUS / "curated" / "A_RES_76_172.txt"],
                folder, embedder, progress=False)
    return folder


@pytest.fixture(scope="module")
def three(three_folder, embedder):
    from assistant.embeddings.store import read_index

    from assistant import Assistant

    return Assistant(read_index(three_folder), embedder)


@pytest.mark.parametrize("question, doc", [
    ("What does resolution 76/172 say about the COVID-19 pandemic?", A76),
    ("What does resolution 74/148 say about the detention of migrant children?", A74),
    ("According to A/RES/72/179, should States end the detention of migrant children?", A72),
])
def test_a_question_naming_a_resolution_is_answered_from_it_alone(three, question, doc):
    assert {p.doc for p in three.retrieve(question, 8)} == {doc}
    answer = three.answer(question)
    assert not answer.abstained and {c.doc for c in answer.citations} == {doc}


def test_mentions_are_looked_up_in_the_named_resolution_only(three):
    answer = three.answer("Where is the Global Compact for Migration mentioned in resolution 76/172?")
    assert len(answer.citations) >= 2 and {c.doc for c in answer.citations} == {A76}


def test_a_resolution_that_is_not_indexed_is_named_not_answered_for(three):
    answer = three.answer("What does resolution 70/147 say about detention?")
    assert answer.abstained and not answer.citations
    assert answer.answer == f"A/RES/70/147 is not in the index, which holds {A72}, {A74}, {A76}."


def test_a_resolution_named_as_recalled_is_searched_for(assistant):
    answer = assistant.answer("Does resolution 72/179 recall resolution 70/147?")
    assert [c.id for c in answer.citations] == ["PP1"]


def test_a_topic_the_named_resolution_does_not_address(three):
    # 74/148 was adopted in December 2019, before the pandemic; 76/172 speaks of it, but was not asked about.
    answer = three.answer("What does resolution 74/148 say about the COVID-19 pandemic?")
    assert answer.abstained and answer.answer == f"{A74} does not address this: no paragraph uses the word “COVID”."


def test_a_missing_paragraph_is_missing_from_the_named_resolution(three):
    answer = three.answer("What does paragraph 40 of resolution 74/148 say?")
    assert answer.abstained and answer.answer == f"{A74} has no operative paragraph 40."


@pytest.mark.parametrize("question, expected", [
    ("When was resolution 76/172 adopted?", f"{A76} was adopted on 16 December 2021."),
    ("What is the title of A/RES/74/148?", f"{A74} is titled “Protection of migrants”."),
])
def test_the_heading_answers_when_and_what(three, question, expected):
    answer = three.answer(question)
    assert answer.abstained and not answer.citations
    assert answer.answer.startswith(expected) and "no paragraph is cited" in answer.answer


def test_adoption_date_of_the_bundled_resolution(assistant):
    answer = assistant.answer("When was the resolution adopted?")
    assert answer.answer.startswith(f"{A72} was adopted on 19 December 2017.")


def test_a_renewed_paragraph_is_cited_from_the_latest_resolution_and_the_earlier_ones_named(three):
    answer = three.answer("Can a country detain migrant children?")
    assert {c.doc for c in answer.citations} == {A76}
    assert answer.answer.count("work towards ending the detention of migrant children") == 1
    assert re.search(rf"Earlier resolutions say the same as {A76} operative paragraph 5 \(b\): "
                     rf"{A74} \(operative paragraph 5 \(b\), 2019\), {A72} \(operative paragraph 4 \(b\), 2017\)\.",
                     answer.answer), answer.answer
    for citation in answer.citations:
        assert answer.marker(citation) in answer.answer


def test_a_renewed_paragraph_asked_of_a_year_is_cited_from_that_year(three):
    answer = three.answer("What did the 2019 resolution say about ending the detention of migrant children?")
    assert {c.doc for c in answer.citations} == {A74}
    assert f"Other resolutions say the same as {A74} operative paragraph 5 (b): {A76}" in answer.answer


def test_a_paragraph_number_with_no_resolution_named_lists_the_others_holding_it(three):
    answer = three.answer("What does operative paragraph 4 say?")
    quoted = answer.citations[0].doc
    others = [doc for doc in (A76, A74, A72) if doc != quoted]
    assert (f"No resolution was named: operative paragraph 4 quoted is {quoted}'s, the resolution whose paragraphs "
            f"answer best; 2 other resolutions searched have an operative paragraph 4: {', '.join(others)}.") \
        in answer.answer
    named = three.answer(f"What does operative paragraph 4 of {A74} say?")
    assert "No resolution was named" not in named.answer and named.citations[0].doc == A74


def test_the_sources_listed_under_an_answer_carry_the_markers_of_its_text(three_folder):
    """`assistant ask` prints each source under the marker the text uses, so a reader can match them."""
    from tests.cli.test_cli import run

    out = run("ask", "Where is the Global Compact mentioned?", index=three_folder).stdout  # cited in several
    text, sources = out.split("\n\n", 1)
    markers = re.findall(r"\[[^\]]+\]", text)
    assert len(markers) >= 2 and all("#" in m for m in markers)
    assert [line.split(" ", 1)[0] for line in sources.splitlines() if line.startswith("[")] == markers


def test_words_no_paragraph_uses_are_checked_against_every_indexed_resolution(three):
    answer = three.answer("Is Australia's offshore detention policy criticized?")
    assert answer.abstained and answer.answer == "The indexed resolutions do not mention Australia."
    answer = three.answer("Does the resolution regulate cryptocurrency remittances?")
    assert answer.answer == "The indexed resolutions do not address this: no paragraph uses the word “cryptocurrency”."
    answer = three.answer("What does the text say about the COVID-19 pandemic?")  # only 76/172 speaks of it
    assert not answer.abstained and A76 in {c.doc for c in answer.citations}


def test_a_name_used_elsewhere_in_the_index_but_not_in_the_paragraphs_found(three):
    # "Mexican" is in each resolution (the Avena judgment), but not in the paragraphs on training border officials
    answer = three.answer("Are Mexican border guards trained to treat migrants respectfully?")
    assert answer.abstained and not answer.citations
    assert answer.answer == ("The indexed resolutions do not answer this: the paragraphs closest to the question "
                             "do not name “Mexican”.")


def test_a_part_no_paragraph_names_is_said_of_the_resolution_asked_about(three):
    answer = three.answer("What does resolution 74/148 say about remittances and the Paris Agreement?")
    assert not answer.abstained and {c.doc for c in answer.citations} == {A74}
    assert answer.answer.endswith(f"{A74} does not mention the Paris Agreement: no paragraph uses the words “Paris” "
                                  "or “Agreement”.")


def test_a_topic_asked_of_a_named_resolution_cites_each_of_its_paragraphs(three):
    answer = three.answer("What does resolution 74/148 say about family reunification?")
    assert [(c.doc, c.id) for c in sorted(answer.citations, key=lambda c: c.id)] == [
        (A74, "OP6(e)"), (A74, "OP6(i)"), (A74, "OP6(l)")]


def test_a_resolution_named_outside_the_filter_is_a_clear_error(three, three_folder):
    from assistant.search.filters import Filter, FilterError
    from tests.cli.test_cli import run

    question = "What does resolution 74/148 say about the detention of migrant children?"
    for call in (three.retrieve, three.answer):
        with pytest.raises(FilterError, match=f"the question names {A74}, which the filter leaves out"):
            call(question, where=Filter(("76/172",)))
    result = run("ask", question, "--doc", "76/172", index=three_folder, check=False)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "which the filter leaves out (1 resolution searched)" in result.stderr
    inside = three.answer(question, where=Filter(("74/148", "76/172")))  # named and in scope: answered from it
    assert {c.doc for c in inside.citations} == {A74}


def test_a_provision_asked_for_that_the_paragraphs_found_do_not_use(three):
    # "sanctions" is a word of these texts, not of the paragraphs on detaining children: "What X does it impose?" is
    # checked there, as "Does it impose X?" is
    answer = three.answer("What sanctions does the Assembly impose on States that detain migrant children?")
    assert answer.abstained and not answer.citations
    assert "do not use the word “sanctions”" in answer.answer
