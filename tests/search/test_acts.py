"""The paragraphs that open with a verb (pure functions)."""

import pytest

from assistant.language.stems import stemmer
from assistant.search.acts import act_rows

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


def test_act_rows_narrowed_to_the_rows_asked_about():
    # finders.py blanks the rows that do not use the words asked about; a blank row opens with nothing
    assert act_rows("take note of", [t if "report" in t else "" for t in TEXTS], stemmer()) == [4]


def test_act_rows_of_a_verb_too_many_paragraphs_open_with_are_left_to_search():
    assert act_rows("encourage", ["Encourages States to act"] * 9, stemmer()) == []
