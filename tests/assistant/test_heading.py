"""Questions the heading answers (adoption date, title), and how they are answered."""

from __future__ import annotations

import pytest

from assistant.questions.heading import asked_heading, describe_heading


@pytest.mark.parametrize("question, kind", [
    ("When was the resolution adopted?", "date"),
    ("When was resolution 76/172 adopted?", "date"),
    ("When was it adopted by the General Assembly?", "date"),
    ("When did the General Assembly adopt this resolution?", "date"),
    ("In what year was A/RES/72/179 adopted?", "date"),
    ("What is the date of the resolution?", "date"),
    ("What is its adoption date?", "date"),
    ("What is the title of the resolution?", "title"),
    ("What is resolution 73/195 called?", "title"),
    ("Which resolution is this?", "symbol"),
    ("What is the symbol of this resolution?", "symbol"),
    ("What is its document number?", "symbol"),
    # about something the resolution names, not the resolution
    ("When was the Domestic Workers Convention adopted?", None),
    ("When was the 2030 Agenda for Sustainable Development adopted?", None),
    ("Which country chaired the Third Committee when this was adopted?", None),
    ("What is the title of the Special Rapporteur?", None),
    ("Which resolution is recalled in the first preambular paragraph?", None),
])
def test_asked_heading(question, kind):
    assert asked_heading(question) == kind


DOCS = [{"symbol": "A/RES/72/179", "title": "Protection of migrants", "date": "2017-12-19"},
        {"symbol": "A/RES/74/148", "title": "Protection of migrants", "date": "2019-12-18"}]


def test_describe_heading_gives_the_date_and_says_no_paragraph_is_cited():
    assert describe_heading("date", DOCS[:1]) == ("A/RES/72/179 was adopted on 19 December 2017. This is stated "
                                                  "in its heading, not in a paragraph, so no paragraph is cited.")


def test_describe_heading_of_several_documents():
    text = describe_heading("title", DOCS)
    assert text.startswith("A/RES/72/179 is titled “Protection of migrants”; A/RES/74/148 is titled")
    assert "their headings" in text


def test_describe_heading_without_a_date_or_of_too_many_documents():
    assert describe_heading("date", [{"symbol": "S/RES/1 (1946)", "title": ""}]).startswith(
        "S/RES/1 (1946) states no date of adoption.")
    assert describe_heading("date", DOCS * 3).startswith("The index holds 6 resolutions; name the one you mean")


def test_describe_heading_says_which_resolution_it_is():
    assert describe_heading("symbol", DOCS[:1]).startswith(
        "It is A/RES/72/179, “Protection of migrants”, adopted on 19 December 2017. This is stated in its heading")
    assert describe_heading("symbol", DOCS).startswith(
        "The index holds A/RES/72/179, “Protection of migrants”, adopted on 19 December 2017; A/RES/74/148, ")
