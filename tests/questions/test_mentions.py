"""Where-is-X-mentioned and does-it-mention-X questions (pure functions)."""

import pytest

from assistant.questions.mentions import asked_if_mentioned, listed_name, mentioned_name, mentioned_phrase


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


@pytest.mark.parametrize("question, name", [
    ("Where is the New York Declaration mentioned?", "New York Declaration"),
    ("What does the resolution say about Mexico?", "Mexico"),
    ("Does the resolution mention Syria?", "Syria"),
    ("What does the resolution say about the Global Compact on Refugees?", None),  # checked, not listed
    ("What does the resolution say about detention?", None),
])
def test_listed_name(question, name):
    assert listed_name(question) == name
