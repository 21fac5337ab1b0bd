"""Where-is-X-mentioned questions and which texts mention X (pure functions)."""

import pytest

from assistant.questions.mentions import (
    asked_if_mentioned,
    listed_name,
    mentioned_name,
    mentioned_phrase,
    mentions,
    names_country,
    names_part_of,
    short_form,
)


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


@pytest.mark.parametrize("question, phrase", [
    ("Where is detention mentioned?", "detention"),
    # asked where the text speaks of it, in any of the ways a user asks
    ("Which paragraphs talk about women?", "women"),
    ("Which paragraph deals with remittances?", "remittances"),
    ("Where does the resolution discuss family reunification?", "family reunification"),
    ("Where are remittances addressed in the resolution?", "remittances"),
    ("Where is the New York Declaration spoken of?", "New York Declaration"),
    ("Which paragraphs concern migrant workers?", "migrant workers"),
    ("Which paragraph relates to remittances?", "remittances"),
    ("Which paragraphs cover family reunification?", "family reunification"),
    ("Where does the resolution invoke the best interests of the child?", "best interests of the child"),
    ("Which paragraphs use the phrase arbitrary detention?", "phrase arbitrary detention"),
    ("Where should migrants go?", None),
    ("Which treaties does it address?", None),
])
def test_mentioned_phrase(question, phrase):
    assert mentioned_phrase(question) == phrase


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
    # described before it had its name: the head in the singular, the rest of the name soon after
    ("the preparatory process towards the adoption of a global compact for safe, orderly and regular migration",
     "Global Compact for Migration", True),
    ("towards the adoption of a global compact for safe, orderly and regular migration",
     "Global Compact for Safe, Orderly and Regular Migration", True),
    ("international organizations and relevant stakeholders to take into account in their policies and "
     "initiatives on the issue of migration", "International Organization for Migration", False),
    ("a global compact on the sharing of responsibility for the protection of those fleeing", "Global Compact on "
     "Refugees", False),
])
def test_mentions(text, name, found):
    assert mentions(text, name) is found


@pytest.mark.parametrize("question, name", [
    ("Does the resolution mention the Global Compact on Refugees?", "Global Compact on Refugees"),
    ("Does it refer to the Rome Statute of the International Criminal Court?",
     "Rome Statute of the International Criminal Court"),
    ("Does mention the Addis Ababa Action Agenda?", "Addis Ababa Action Agenda"),  # "resolution 72/179" taken out
    ("Is the Marrakech Compact mentioned in the resolution?", "Marrakech Compact"),
    ("Does the resolution welcome the Global Compact on Refugees?", "Global Compact on Refugees"),
    ("Is the Universal Declaration of Human Rights reaffirmed?", "Universal Declaration of Human Rights"),
    ("Does the resolution welcome the efforts of States?", None),
    ("What does the resolution say about the Global Compact on Refugees?", "Global Compact on Refugees"),
    ("What does say about Syria?", "Syria"),  # "resolution 78/217" taken out
    ("What does the resolution say about the detention of migrants?", None),
    ("What does the resolution say about target 10.7 of the 2030 Agenda?", None),
    ("Does the resolution mention the Avena judgment of the International Court of Justice?",
     "Avena judgment of the International Court of Justice"),  # four of five words capitalised
    ("Does the resolution mention the Hague tribunal's ruling in a dispute over citizens of Mexico?", None),
    ("Does the resolution mention detention?", None),
    ("Does the resolution mention the COVID-19 pandemic?", None),
    ("Where is the Global Compact on Refugees mentioned?", None),  # a where-question: mentioned_name's
])
def test_asked_if_mentioned(question, name):
    assert asked_if_mentioned(question) == name


@pytest.mark.parametrize("text, name, found", [
    ("Takes note also of the Judgment of the International Court of Justice of 31 March 2004 in the case "
     "concerning Avena and Other Mexican Nationals", "Avena judgment of the International Court of Justice", True),
    ("the preparatory process towards the adoption of a global compact for safe, orderly and regular migration",
     "Global Compact on Refugees", False),
    ("Recalling the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment",
     "Convention against Torture", True),
    ("the Rome Statute", "Rome Statute of the International Criminal Court", True),
    ("Sustainable Development Goals 8 and 10", "Sustainable Development Goal 8", True),
    ("the International Criminal Police Organization", "Rome Statute of the International Criminal Court", False),
])
def test_names_part_of(text, name, found):
    assert names_part_of(text, name) is found


@pytest.mark.parametrize("text, name, found", [
    ("the situation in the Syrian Arab Republic", "Syria", True),
    ("Avena and Other Mexican Nationals", "Mexico", True),
    ("the Government of Türkiye", "Turkey", True),
    ("the Government of Viet Nam", "Vietnam", True),
    ("the French Republic", "France", False),
    ("migrants in transit", "Mexico", False),
    ("the rights of migrant children", "Chile", False),
    ("Chilean nationals", "Chile", True),
    ("Bangladeshi workers", "Bangladesh", True),
])
def test_names_country(text, name, found):
    assert names_country(text, name) is found


@pytest.mark.parametrize("question, name", [
    ("Where is the New York Declaration mentioned?", "New York Declaration"),
    ("What does the resolution say about Mexico?", "Mexico"),
    ("Does the resolution mention Syria?", "Syria"),
    ("What does the resolution say about the Global Compact on Refugees?", None),  # checked, not listed
    ("What does the resolution say about detention?", None),
])
def test_listed_name(question, name):
    assert listed_name(question) == name
