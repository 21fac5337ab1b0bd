"""The citation guard, fed answers that cite wrong ids, ids out of range, and misquotes."""

import pytest

from assistant.answers.answer import Draft
from assistant.answers.guard import contains, guard
from assistant.search.passage import Passage

OP4B = Passage("A/RES/72/179", "OP4(b)", "operative paragraph 4 (b)", "A/RES/72/179, para. 4 (b)", 0.9,
               "Encourages States to put in place appropriate systems and procedures, and, when applicable, "
               "to work towards ending the detention of migrant children;", kind="subparagraph")
OP5H = Passage("A/RES/72/179", "OP5(h)", "operative paragraph 5 (h)", "A/RES/72/179, para. 5 (h)", 0.8,
               "Calls upon States to protect the human rights of migrant children, given their vulnerability;",
               kind="subparagraph")
SECTION = Passage("A/RES/78/253", "II.OP3", "section II, operative paragraph 3", "A/RES/78/253, sect. II, para. 3",
                  0.7, "Notes the performance report for 2022;", kind="operative")
RETRIEVED = [OP4B, OP5H, SECTION]

CASES = [
    # draft text, kept text, cited ids, removed reasons
    ("States should work towards ending the detention of migrant children [OP4(b)].",
     "States should work towards ending the detention of migrant children [OP4(b)].", ["OP4(b)"], []),
    ("States must release children [OP21].", "", [],
     ["cited id is not among the retrieved paragraphs", "sentence without a valid citation"]),
    ("Children are protected [OP5(h)] [OP9(z)].", "Children are protected [OP5(h)].", ["OP5(h)"],
     ["cited id is not among the retrieved paragraphs"]),
    ("It calls for detention [PP40].", "", [],
     ["cited id is not among the retrieved paragraphs", "sentence without a valid citation"]),
    ('The Assembly says States "must immediately free every child" [OP4(b)].', "", [],
     ["quote is not in the cited clause", "sentence dropped: its quote is not in the cited clause"]),
    ('States should "work towards ending the detention of migrant children" [OP4(b)]. Unsupported claim.',
     'States should "work towards ending the detention of migrant children" [OP4(b)].', ["OP4(b)"],
     ["sentence without a valid citation"]),
    ("Detention of children is discouraged.", "", [], ["sentence without a valid citation"]),
    ("Both apply [OP4(b)][OP5(h)].", "Both apply [OP4(b)][OP5(h)].", ["OP4(b)", "OP5(h)"], []),
    ("Qualified ids work too [A/RES/72/179#OP5(h)].", "Qualified ids work too [A/RES/72/179#OP5(h)].",
     ["OP5(h)"], []),
    # a resolution numbering each section afresh: "II.OP3" is section II, paragraph 3
    ("It notes the report [A/RES/78/253#II.OP3].", "It notes the report [A/RES/78/253#II.OP3].", ["II.OP3"], []),
    ("It notes the report [III.OP3].", "", [],
     ["cited id is not among the retrieved paragraphs", "sentence without a valid citation"]),
]


@pytest.mark.parametrize("text, kept, ids, reasons", CASES)
def test_guard(text, kept, ids, reasons):
    out, citations, removed = guard(Draft(text), RETRIEVED)
    assert out == kept
    assert [c.id for c in citations] == ids
    assert [r.reason for r in removed] == reasons
    for c in citations:
        assert contains(next(p.text for p in RETRIEVED if p.id == c.id), c.quote)


def test_claimed_quotes_are_checked():
    draft = Draft("Children [OP4(b)].", quotes={"OP4(b)": ["ending the detention of all adults"]})
    out, citations, removed = guard(draft, RETRIEVED)
    assert out == "" and citations == []
    assert removed[0].reason == "quote is not in the cited clause"


def test_quote_matching_ignores_whitespace_and_case_only():
    assert contains(OP4B.text, "work  towards\nending the detention")
    assert contains(OP4B.text, "Work towards ending the detention.")
    assert not contains(OP4B.text, "work toward ending the detention")


@pytest.mark.parametrize("quote, held", [
    ("Encourages States … to work towards ending the detention of migrant children", True),
    ("Encourages States ... ending the detention", True),
    ("ending the detention … Encourages States", False),  # parts out of order
    ("Encourages States … to release every child", False),  # a part that is not there
    ("Encourages States … ", True),  # a quote closing on "…": the clause goes on
    ("… ending the detention of migrant children", True),
    ("Encourages States … … ending", False),  # an empty part
    ("… to release every child …", False),
    ("…", False),
])
def test_an_elided_quote_holds_when_each_part_is_there_in_order(quote, held):
    assert contains(OP4B.text, quote) == held
