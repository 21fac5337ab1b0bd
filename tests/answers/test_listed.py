"""A paragraph whose sentence runs on into its sub-paragraphs is cited with them (answers/listed.py): table cases,
then real resolutions in a real index (the Working Capital Fund, 79/261; the Biological Weapons Convention, 79/78;
the bundled 72/179, whose chapeaux link to their sub-paragraphs with "and therefore:")."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answers.listed import is_item_of, items_of, runs_on
from tests.answers.test_select import passage
from tests.conftest import CORPUS, assistant_over


@pytest.mark.parametrize("text, runs", [
    ("The Secretary-General is authorized to advance from the Working Capital Fund:", True),
    ("Encourages ... joint training programmes to enhance the capacity of the Gulf Cooperation Council in:", True),
    ("... and that in this context the Working Group will address the following:", True),
    ("Stresses the importance of international cooperation ..., and therefore:", False),
    ("Emphasizes the importance of protecting persons in vulnerable situations, and in this regard:", False),
    ("Calls upon States, to that end:", False),
    ("Decides to include in the provisional agenda the item;", False),
])
def test_runs_on(text, runs):
    assert runs_on(text) is runs


@pytest.mark.parametrize("item, head, under", [
    ("OP5(a)", "OP5", True), ("OP5(aa)", "OP5", True), ("OP5(a)(i)", "OP5(a)", True),
    ("OP5(a)(i)", "OP5", False), ("OP51(a)", "OP5", False), ("OP5", "OP5", False), ("II.OP3(b)", "II.OP3", True),
])
def test_is_item_of(item, head, under):
    assert is_item_of(item, head) is under


def test_items_come_in_the_resolutions_order_and_only_under_a_head_that_runs_on():
    head = replace(passage("OP5", 1.0, 0.7, 1.0), text="The Secretary-General is authorized to advance:")
    items = [replace(passage(f"OP5({x})", 1.0, 0.7, 1.0), via="item") for x in ("ii", "i", "iv", "iii", "v")]
    assert [p.id for p in items_of(head, [head, *items])] == ["OP5(i)", "OP5(ii)", "OP5(iii)", "OP5(iv)", "OP5(v)"]
    letters = [replace(passage(f"OP5({x})", 1.0, 0.7, 1.0), via="item") for x in ("aa", "b", "i", "a")]
    assert [p.id for p in items_of(head, letters)] == ["OP5(a)", "OP5(b)", "OP5(i)", "OP5(aa)"]
    linked = replace(head, text="Stresses the importance of cooperation, and therefore:")
    assert items_of(linked, [linked, *items]) == []


@pytest.fixture(scope="module")
def funds(tmp_path_factory, embedder):
    files = [CORPUS / "ga-78-80" / f"A_RES_{name}.txt" for name in ("79_261", "79_78")]
    return assistant_over(files, tmp_path_factory.mktemp("listed") / "index", embedder)


@pytest.mark.slow
def test_a_paragraph_ending_at_its_colon_is_answered_with_its_sub_paragraphs(funds):
    answer = funds.answer("For what purposes may the Secretary-General draw on the Working Capital Fund?")
    assert [c.id for c in answer.citations] == ["OP5", "OP5(a)", "OP5(b)", "OP5(c)", "OP5(d)", "OP5(e)"]
    # the paragraph has a subject of its own: not "The General Assembly the Secretary-General is authorized"
    assert answer.answer.startswith("The Secretary-General is authorized to advance from the Working Capital Fund "
                                    "[OP5]: such sums as may be necessary to finance budgetary appropriations")


@pytest.mark.slow
def test_a_long_paragraph_leads_its_list_by_its_first_and_last_phrases(funds):
    answer = funds.answer("Which areas of measures will the working group on strengthening the Biological Weapons "
                          "Convention address?")
    assert [c.id for c in answer.citations][:3] == ["OP4", "OP4(a)", "OP4(b)"]
    assert "the Working Group will address the following [OP4]: measures on international cooperation" \
        in answer.answer


@pytest.mark.slow
def test_a_paragraph_linking_to_its_sub_paragraphs_is_answered_alone(assistant):
    # 72/179 OP9: "Stresses the importance of international, regional and bilateral cooperation ..., and therefore:"
    answer = assistant.answer("Does the resolution stress international, regional and bilateral cooperation in "
                              "protecting the human rights of migrants?")
    assert "OP9" in [c.id for c in answer.citations]
    assert not {"OP9(b)", "OP9(c)", "OP9(d)"} & {c.id for c in answer.citations}


@pytest.mark.slow
def test_a_paragraph_asked_for_by_number_is_quoted_with_its_sub_paragraphs(funds):
    answer = funds.answer("What does paragraph 5 of resolution 79/261 say?")
    assert [c.id for c in answer.citations] == ["OP5", "OP5(a)", "OP5(b)", "OP5(c)", "OP5(d)", "OP5(e)"]
    assert "goes on in" not in answer.answer  # the pointer to its sub-paragraphs is for those not quoted
