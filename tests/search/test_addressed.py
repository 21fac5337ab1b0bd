"""The paragraphs that ask something of someone (pure functions)."""

import pytest

from assistant.language.stems import stemmer
from assistant.search.addressed import addressed_rows, asks_nothing_of, tasked_rows

TEXTS = [
    "Requests the Secretary-General to submit to the General Assembly and the Human Rights Council a report;",
    "Takes note of the reports of the Secretary-General on the human rights of migrants;",
    "Calls upon the United Nations system and other relevant international organizations and multilateral "
    "institutions to enhance their cooperation;",
    "Invites the Special Rapporteur on the human rights of migrants to submit his report;",
    "Encourages States, relevant international organizations, civil society and the private sector to continue;",
    "Reminds all States that all persons, including migrants, should have access to lifelong learning;",
]


@pytest.mark.parametrize("who, rows", [
    ("the Secretary-General", [0]),  # asked of; merely named in row 1
    ("the Human Rights Council", []),  # named after the "to" of what is asked: not asked anything
    ("international organizations", [2, 4]),
    ("the Secretary-General and the Special Rapporteur", [0, 3]),  # each one's paragraphs
    ("the Secretary-General and the Pope", []),  # one of them is asked nothing: searched instead
    ("the private sector", [4]),
    ("migrants", []),  # what the Special Rapporteur is on, and who States are reminded of: never asked
    ("all States", [4, 5]),  # "all" aside, as an article is
])
def test_addressed_rows(who, rows):
    assert addressed_rows(who, TEXTS) == rows


def test_an_addressee_asked_in_many_paragraphs_is_searched_instead():
    assert addressed_rows("States", [f"Urges States to act on matter {i};" for i in range(6)]) == []


@pytest.mark.parametrize("who, nothing", [
    ("the Human Rights Council", True),  # named, after the "to" of what the Secretary-General is asked
    ("the Secretary-General", False),
    ("the Pope", False),  # not named at all: the absent-words check answers that
    ("the Secretary-General and the Human Rights Council", False),  # one of them is asked
    ("migrants", True),
])
def test_asks_nothing_of(who, nothing):
    assert asks_nothing_of(who, TEXTS) is nothing


ASKING = [
    "Invites the Chair of the Committee on the Protection of the Rights of All Migrant Workers and Members of Their "
    "Families to present an oral report on the work of the Committee;",  # the "to" after twenty words
    "Encourages States to establish mechanisms which allow migrants to report alleged cases of abuse;",  # States
    # are asked to establish; migrants, in a relative clause, to report
    "Takes note of the reports of the Secretary-General;",  # asks nothing
    "Requests the Secretary-General to submit to the General Assembly a comprehensive report;",
]


@pytest.mark.parametrize("words, rows", [
    ({"report"}, [0, 3]),
    ({"submit", "report"}, [3]),
    ({"establish", "mechan"}, [1]),
    ({"ratifi"}, []),
    (set(), []),
])
def test_tasked_rows(words, rows):
    stem = stemmer()
    texts = [t.lower() for t in ASKING]
    assert tasked_rows(frozenset(stem(w) for w in words), texts, stem) == rows
