"""A renewed paragraph is cited from its latest resolution, the earlier copies named after the answer. Pure unit
tests on hand-made passages; tests/answers/test_answering.py asks the renewals indexed together."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answers.answer import Citation
from assistant.answers.renewals import latest_renewals, said_before
from tests.search.test_renewed import DETENTION, REMITTANCES, passage


@pytest.mark.parametrize("passages, kept, earlier", [
    # the same words in three sessions: the latest kept, at the best copy's place
    ([passage("A/RES/78/217", "OP5(b)", DETENTION, 0.9, "2023-12-19"),
      passage("A/RES/80/218", "OP5(b)", DETENTION, 0.8, "2025-12-18"),
      passage("A/RES/76/172", "OP4(b)", DETENTION, 0.7, "2021-12-16"),
      passage("A/RES/80/218", "OP9", REMITTANCES, 0.6, "2025-12-18")],
     ["A/RES/80/218#OP5(b)", "A/RES/80/218#OP9"], {"A/RES/80/218#OP5(b)": ["A/RES/78/217", "A/RES/76/172"]}),
    # nearly the same words (one changed): still a renewal
    ([passage("A/RES/78/217", "OP3", DETENTION + " and adults", 0.9, "2023-12-19"),
      passage("A/RES/80/218", "OP3", DETENTION + " and families", 0.8, "2025-12-18")],
     ["A/RES/80/218#OP3"], {"A/RES/80/218#OP3": ["A/RES/78/217"]}),
    # different words: both kept
    ([passage("A/RES/78/217", "OP5(b)", DETENTION, 0.9, "2023-12-19"),
      passage("A/RES/80/218", "OP9", REMITTANCES, 0.8, "2025-12-18")],
     ["A/RES/78/217#OP5(b)", "A/RES/80/218#OP9"], {}),
    # two paragraphs of one resolution with the same words are not renewals of each other
    ([passage("A/RES/80/218", "OP5(b)", DETENTION, 0.9, "2025-12-18"),
      passage("A/RES/80/218", "OP7", DETENTION, 0.8, "2025-12-18")],
     ["A/RES/80/218#OP5(b)", "A/RES/80/218#OP7"], {}),
    # asked for by number: every copy is what was asked for
    ([passage("A/RES/78/217", "OP5(b)", DETENTION, 1.0, "2023-12-19", via="reference"),
      passage("A/RES/80/218", "OP5(b)", DETENTION, 1.0, "2025-12-18", via="reference")],
     ["A/RES/78/217#OP5(b)", "A/RES/80/218#OP5(b)"], {}),
    # no date: the symbol's session decides
    ([passage("A/RES/78/217", "OP5(b)", DETENTION, 0.9, None),
      passage("A/RES/80/218", "OP5(b)", DETENTION, 0.8, None)],
     ["A/RES/80/218#OP5(b)"], {"A/RES/80/218#OP5(b)": ["A/RES/78/217"]}),
])
def test_latest_renewals(passages, kept, earlier):
    found, before = latest_renewals(passages)
    assert [p.key for p in found] == kept
    assert {key: [p.doc for p in copies] for key, copies in before.items()} == earlier
    if earlier:  # the kept copy takes the best copy's score: renewals do not lose rank
        assert found[0].score == passages[0].score


def test_said_before_names_the_earlier_copies():
    _, earlier = latest_renewals([passage("A/RES/78/217", "OP5(b)", DETENTION, 0.9, "2023-12-19"),
                                  passage("A/RES/80/218", "OP5(b)", DETENTION, 0.8, "2025-12-18")])
    cited = Citation("A/RES/80/218", "OP5(b)", "operative paragraph 5 (b)", "A/RES/80/218, para. 5 (b)", DETENTION,
                     date="2025-12-18")
    note = said_before([cited], earlier)
    assert note == (" Earlier resolutions say the same as A/RES/80/218 operative paragraph 5 (b): "
                    "A/RES/78/217 (OP5(b), 2023).")
    assert said_before([], earlier) == ""


@pytest.mark.parametrize("a, b, same", [
    ("Agrees that the failure of Sao Tome and Principe and Somalia to pay was due to conditions beyond their control",
     "Agrees that the failure of Bolivia and Sao Tome and Principe to pay was due to conditions beyond their control",
     False),  # other States named
    ("Requests the Secretary-General to report to it at its seventy-ninth session on the implementation of this",
     "Requests the Secretary-General to report to it at its eighty-first session on the implementation of this",
     True),  # the session reported to: a renewal's usual change
    ("Decides to include in the provisional agenda of its eightieth session the item entitled Protection of migrants",
     "Decides to include in the provisional agenda of its 2025 session the item entitled Protection of migrants",
     False),  # a number differs
])
def test_renewed_words(a, b, same):
    found, _ = latest_renewals([passage("A/RES/78/1", "OP1", a, 0.9, "2023-12-19"),
                                passage("A/RES/80/1", "OP1", b, 0.8, "2025-12-18")])
    assert (len(found) == 1) is same


def test_the_copy_of_the_year_asked_about_is_kept():
    passages = [passage("A/RES/80/218", "OP5(b)", DETENTION, 0.9, "2025-12-18"),
                passage("A/RES/78/217", "OP5(b)", DETENTION, 0.8, "2023-12-19"),
                passage("A/RES/76/172", "OP4(b)", DETENTION, 0.7, "2021-12-16")]
    found, other = latest_renewals(passages, years=(2023,))
    assert [p.key for p in found] == ["A/RES/78/217#OP5(b)"]
    cited = Citation("A/RES/78/217", "OP5(b)", "operative paragraph 5 (b)", "A/RES/78/217, para. 5 (b)", DETENTION,
                     date="2023-12-19")
    assert said_before([cited], other).startswith(" Other resolutions say the same as A/RES/78/217")
    assert [p.key for p in latest_renewals(passages, years=(2019,))[0]] == ["A/RES/80/218#OP5(b)"]  # none of 2019


def test_the_same_words_in_another_series_are_not_a_renewal():
    day = "Stresses that the cost of all activities that may arise from the implementation of the present resolution"\
          " should be met from voluntary contributions"
    cleanup = replace(passage("A/RES/78/122", "OP5", day, 0.9, "2023-12-18"), doc_title="World Cleanup Day")
    lake = replace(passage("A/RES/79/142", "OP4", day, 0.8, "2024-12-17"), doc_title="World Lake Day")
    renewed = replace(passage("A/RES/80/122", "OP5", day, 0.7, "2025-12-18"), doc_title="World Cleanup Day")
    found, earlier = latest_renewals([cleanup, lake, renewed])
    assert [p.key for p in found] == ["A/RES/80/122#OP5", "A/RES/79/142#OP4"]
    assert {key: [p.doc for p in copies] for key, copies in earlier.items()} == {"A/RES/80/122#OP5": ["A/RES/78/122"]}
