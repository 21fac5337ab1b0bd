import pytest

from assistant.acts import act_rows, asked_act
from assistant.stems import stemmer


@pytest.mark.parametrize("question, verb", [
    ("What does the resolution welcome?", "welcome"),
    ("What does the General Assembly decide?", "decide"),
    ("What does it take note of?", "take note of"),
    ("What else does the resolution condemn?", "condemn"),
    ("What does the resolution express concern about?", "express concern"),
    ("What does the resolution welcome about family reunification?", None),  # a topic: topics.py
    ("Does the resolution welcome the New York Declaration?", None),
    ("What does the resolution say?", None),
])
def test_asked_act(question, verb):
    assert asked_act(question) == verb


TEXTS = [t.lower() for t in [
    "Welcoming the New York Declaration for Refugees and Migrants,",
    "Also welcomes the consideration afforded to the issues of migration,",
    "Calls upon States to welcome migrants",  # welcoming is not what it does
    "Taking note of advisory opinion OC 16/99,",
    "Also takes note of the report of the Secretary-General;",
    "Expresses its deep concern about the impact of financial and economic crises;",
    "Deeply concerned at the large and growing number of migrants,",
    "Decides to remain seized of the matter.",
]]


@pytest.mark.parametrize("verb, rows", [
    ("welcome", [0, 1]),
    ("take note of", [3, 4]),
    ("express concern", [5]),
    ("decide", [7]),
    ("call upon", [2]),
    ("condemn", []),
])
def test_act_rows(verb, rows):
    assert act_rows(verb, TEXTS, stemmer()) == rows


def test_act_rows_of_a_verb_too_many_paragraphs_open_with_are_left_to_search():
    assert act_rows("encourage", ["Encourages States to act"] * 9, stemmer()) == []
