"""Of two years' budgets for one peacekeeping force (78/304, 79/307: the same paragraphs, other figures), the one
for the period asked about answers, over a real index with the real model (search.renewed.dated_copies_first)."""

import pytest

from tests.conftest import CORPUS, assistant_over

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def budgets(tmp_path_factory, embedder):
    files = [CORPUS / "ga-78-80" / f"A_RES_{n}.txt" for n in ("78_304", "79_307")]
    return assistant_over(files, tmp_path_factory.mktemp("undof") / "index", embedder)


@pytest.mark.parametrize("question, first", [
    ("How much was appropriated for the UN Disengagement Observer Force for July 2024 to June 2025?",
     "A/RES/78/304#OP12"),
    ("How much was appropriated for the UN Disengagement Observer Force for July 2025 to June 2026?",
     "A/RES/79/307#OP13"),
])
def test_the_budget_of_the_period_asked_about_comes_first(budgets, question, first):
    assert budgets.retrieve(question, 3)[0].key == first
    assert f"{budgets.answer(question).citations[0].doc}#{budgets.answer(question).citations[0].id}" == first

