"""A name the question writes out whole, one of whose words no indexed paragraph uses (answers/absent.py
`unknown_in_names`), over a real index of three resolutions proclaiming days."""

import pytest

from tests.conftest import CORPUS, assistant_over

DAYS = [CORPUS / "ga-78-80" / name for name in ("A_RES_78_312.txt", "A_RES_79_143.txt", "A_RES_78_122.txt")]


@pytest.fixture(scope="module")
def days(tmp_path_factory, embedder):
    return assistant_over(DAYS, tmp_path_factory.mktemp("days") / "index", embedder)


@pytest.mark.parametrize("question, word", [
    ("When is World Chess Day?", "Chess"),  # "World" and "Day" are used; the nearest day proclaimed is no answer
    ("Which date did the Assembly choose for the International Day of the Cheetah?", "Cheetah"),
])
def test_a_name_with_a_word_no_paragraph_uses_is_not_answered(days, question, word):
    answer = days.answer(question)
    assert answer.abstained and not answer.citations
    assert f"“{word}”" in answer.answer


@pytest.mark.parametrize("question, cited", [
    ("Which date did the General Assembly set for the International Day of the Snow Leopard?", "A/RES/79/143#OP1"),
    ("What did the Assembly decide about World Swahili Language Day?", "A/RES/78/312#OP1"),  # "Kiswahili" holds it
])
def test_a_name_the_paragraphs_use_is_answered(days, question, cited):
    answer = days.answer(question)
    assert not answer.abstained
    assert cited in {f"{c.doc}#{c.id}" for c in answer.citations}
