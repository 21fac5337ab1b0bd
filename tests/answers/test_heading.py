"""How the heading's answers are said, without citing a paragraph."""

from __future__ import annotations

from assistant.answers.heading import describe_heading

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
