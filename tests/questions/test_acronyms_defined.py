"""An acronym the indexed text defines in brackets ("artificial intelligence (AI)") is spelled out in a question
by those words, over a real index where a run of capitals has its initials too ("Arabism and Islamophobia")."""

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
