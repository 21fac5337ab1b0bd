"""Acronyms in questions over real indexes: one the indexed text defines in brackets ("artificial intelligence
(AI)") is spelled out by those words where a run of capitals has its initials too ("Arabism and Islamophobia"); a
plural one the texts never write ("IDPs") is no name that no paragraph uses: the model reads it."""

import pytest

from tests.conftest import CORPUS, assistant_over

# 78/264 (measures to combat Islamophobia, naming anti-Arabism), 78/211 (writing "artificial intelligence (AI)")
# and 79/325 (the scientific panel on artificial intelligence, which never writes "AI")
FILES = [CORPUS / "ga-78-80" / f"A_RES_{n}.txt" for n in ("78_264", "78_211", "79_325")]


@pytest.fixture(scope="module")
def two(tmp_path_factory, embedder):
    return assistant_over(FILES, tmp_path_factory.mktemp("ai") / "index", embedder)


def test_the_defined_words_spell_out_the_acronym(two):
    assert two.searcher.lexicon.expansions()["ai"] == "artificial intelligence"


def test_a_question_about_ai_is_searched_and_answered_as_one_about_artificial_intelligence(two):
    question = "How many members will the new panel on AI have?"
    assert "AI (artificial intelligence)" in two.read(question).keywords
    answer = two.answer(question)
    cited = {f"{c.doc}#{c.id}" for c in answer.citations}
    assert not answer.abstained and cited and all(key.startswith("A/RES/79/325#") for key in cited)
    assert cited & {"A/RES/79/325#OP1", "A/RES/79/325#OP3"}


@pytest.fixture(scope="module")
def displaced(tmp_path_factory, embedder):
    files = [CORPUS / "ga-78-80" / f"A_RES_{n}.txt" for n in ("80_211", "78_264")]  # internally displaced persons
    return assistant_over(files, tmp_path_factory.mktemp("idp") / "index", embedder)


def test_a_plural_acronym_the_texts_never_write_is_not_a_missing_name(displaced):
    # "IDPs" was read as a name no paragraph uses, and the question abstained on (2026-12-07)
    answer = displaced.answer("What does the Assembly ask States to do for IDPs?")
    assert not answer.abstained
    assert {c.doc for c in answer.citations} == {"A/RES/80/211"}
