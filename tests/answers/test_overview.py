"""The whole comparison as an answer (answers/overview.py): what is new, dropped and changed, counted and listed."""

import pytest

from assistant.answers.overview import of_the_whole, overview
from assistant.compare.alignment import Pair

EARLIER = {"symbol": "A/RES/78/1", "date": "2023-12-19", "title": "Combating sand and dust storms"}
LATER = {"symbol": "A/RES/80/1", "date": "2025-12-18", "title": "Combating sand and dust storms"}
PAIRS = [
    Pair("PP1", "PP1", "unchanged", a_text="Recalling its resolutions", b_text="Recalling its resolutions"),
    Pair("OP1", "OP1", "changed", diff=(("equal", "Welcomes the"), ("delete", "second"), ("insert", "third"),
                                        ("equal", "forum")), a_text="Welcomes the second forum",
         b_text="Welcomes the third forum"),
    Pair(None, "OP2", "new", b_text="Decides to convene a high-level meeting on sand and dust storms in 2027, and "
                                    "requests the President of the General Assembly to organize it"),
    Pair("OP3", "OP4", "renumbered", a_text="Requests a report", b_text="Requests a report"),
]


@pytest.mark.parametrize("topic, whole", [
    ("sand dust storms", True),  # the series' own words
    ("", True),
    ("Combating storms", True),
    ("interregional forum Beirut", False),
    ("sand dust storms health", False),
])
def test_a_topic_the_titles_say_all_of_asks_about_the_whole_text(topic, whole):
    assert of_the_whole(topic, EARLIER, LATER) is whole


def test_what_changed_is_counted_and_each_kind_listed_on_its_side():
    text, cited = overview("changed", PAIRS, EARLIER, LATER)
    assert text.startswith("Compared with A/RES/78/1 (19 December 2023), A/RES/80/1 (18 December 2025) has 1 new "
                           "paragraph, 0 dropped, 1 changed in their words and 2 kept word for word; new: ")
    assert "new: operative paragraph 2, “Decides to convene a high-level meeting on sand and dust storms in …” " \
           "[A/RES/80/1#OP2]. Changed: operative paragraph 1, now “Welcomes the third forum” [A/RES/78/1#OP1]" \
           "[A/RES/80/1#OP1]." in text
    assert cited == [("A/RES/80/1", "OP2"), ("A/RES/78/1", "OP1"), ("A/RES/80/1", "OP1")]


@pytest.mark.parametrize("kind, cited", [
    ("new", [("A/RES/80/1", "OP2")]),  # only what was asked for
    ("dropped", [("A/RES/80/1", "OP2"), ("A/RES/78/1", "OP1"), ("A/RES/80/1", "OP1")]),  # none: what did change
])
def test_what_is_new_or_dropped_lists_that_kind_when_there_is_any(kind, cited):
    assert overview(kind, PAIRS, EARLIER, LATER)[1] == cited


def test_two_identical_texts_have_nothing_to_list():
    assert overview("changed", PAIRS[:1], EARLIER, LATER) == ("", [])
