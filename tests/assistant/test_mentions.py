"""Where-is-X-mentioned questions and which texts mention X (pure functions)."""

import pytest

from assistant.mentions import mentioned_name, mentions, short_form


@pytest.mark.parametrize("question, name", [
    ("Where is the New York Declaration for Refugees and Migrants mentioned?",
     "New York Declaration for Refugees and Migrants"),
    ("Which paragraphs refer to the 2030 Agenda for Sustainable Development?", "2030 Agenda for Sustainable Development"),
    ("Where does the resolution mention the Vienna Convention on Consular Relations?",
     "Vienna Convention on Consular Relations"),
    ("In which paragraphs is the Global Forum on Migration and Development mentioned?",
     "Global Forum on Migration and Development"),
    ("Where is detention mentioned?", None),  # not a name: searched, not listed
    ("Which paragraphs mention States' obligations?", None),  # one capital is not a name
    ("Where should migrants go?", None),
    ("Which treaties are States urged to ratify?", None),
])
def test_mentioned_name(question, name):
    assert mentioned_name(question) == name


@pytest.mark.parametrize("name, short", [
    ("New York Declaration for Refugees and Migrants", "New York Declaration"),
    ("2030 Agenda for Sustainable Development", "2030 Agenda"),
    ("Convention on the Rights of the Child", None),
    ("Human Rights Council", None),
])
def test_short_form(name, short):
    assert short_form(name) == short


@pytest.mark.parametrize("text, name, found", [
    ("Also takes note of the report on the commitments of the New York Declaration;",
     "New York Declaration for Refugees and Migrants", True),
    ("Welcoming the New York  declaration for refugees and migrants,",
     "New York Declaration for Refugees and Migrants", True),
    ("the preparatory process towards the adoption of a global compact for safe, orderly and regular migration",
     "Global Compact on Refugees", False),
    ("the International Convention on the Protection of the Rights of All Migrant Workers",
     "Convention on the Rights of the Child", False),
])
def test_mentions(text, name, found):
    assert mentions(text, name) is found
