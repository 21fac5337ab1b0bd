"""A "How many ...?" question is answered by a paragraph giving a figure, over a real index; an article's number
is not one (search.facts)."""

import pytest

from tests.conftest import CORPUS, assistant_over


@pytest.fixture(scope="module")
def two(tmp_path_factory, embedder):
    files = [CORPUS / "curated" / "S_RES_827_1993.txt", CORPUS / "ga-78-80" / "A_RES_79_63.txt"]
    return assistant_over(files, tmp_path_factory.mktemp("counts") / "index", embedder)

@pytest.mark.slow
@pytest.mark.parametrize("question, cited", [
    # 79/63 OP2: "the programme has trained more than 1,100 officials from 172 Member States"
    ("How many officials has the disarmament fellowship programme trained?", "A/RES/79/63#OP2"),
    # S/RES/827 (1993) OP3 names the judges and "Article 15", no number of judges
    ("How many judges sit on the tribunal for the former Yugoslavia?", None),
])
def test_how_many_is_answered_by_a_figure_not_by_a_number_naming_an_article(two, question, cited):
    answer = two.answer(question)
    if cited is None:
        assert answer.abstained and "no figures" in answer.answer
    else:
        assert not answer.abstained and f"{answer.citations[0].doc}#{answer.citations[0].id}" == cited
