import pytest

from assistant.questions.acts import act_rows, asked_act, listed_act
from assistant.language.stems import stemmer


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


@pytest.mark.parametrize("question, listed", [
    ("Which paragraphs take note of reports?", ("take note of", "reports")),
    ("List the paragraphs in which the General Assembly takes note of reports.", ("takes note of", "reports")),
    ("Where does the resolution welcome the New York Declaration?", ("welcome", "the New York Declaration")),
    ("In which paragraphs does it express concern?", ("express concern", "")),
    ("In which paragraphs the resolution recalls its earlier resolutions?", ("recalls", "its earlier resolutions")),
    ("Which paragraphs urge States to ratify?", None),  # asking verbs: addressed.py
    ("What does the resolution welcome?", None),  # asked_act
])
def test_listed_act(question, listed):
    assert listed_act(question) == listed


def test_act_rows_narrowed_to_the_rows_asked_about():
    # finders.py blanks the rows that do not use the words asked about; a blank row opens with nothing
    assert act_rows("take note of", [t if "report" in t else "" for t in TEXTS], stemmer()) == [4]


def test_act_rows_of_a_verb_too_many_paragraphs_open_with_are_left_to_search():
    assert act_rows("encourage", ["Encourages States to act"] * 9, stemmer()) == []
