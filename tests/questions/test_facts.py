"""Which questions ask for a figure, a date, a person, a country, an organization or a definition (pure functions)."""

import pytest

from assistant.questions.facts import (
    COUNTRY,
    DATE,
    DEFINITION,
    FUNDING,
    ORGANIZATION,
    PERSON,
    QUANTITY,
    asked_fact,
    counted_words,
)


@pytest.mark.parametrize("question, kind", [
    ("How many migrants crossed the border last year?", QUANTITY),
    ("how much does a visa cost?", QUANTITY),
    ("How long may a child be held?", QUANTITY),
    ("What percentage of migrants are children?", QUANTITY),
    ("What is the number of refugees in camps?", QUANTITY),
    ("When was the Convention adopted?", DATE),
    ("In what year did the Dialogue take place?", DATE),
    ("On what date does the report fall due?", DATE),
    ("Can migrant children be detained?", None),
    ("What does the resolution say about remittances?", None),
    ("Which treaties are States urged to ratify?", None),
    ("Who is asked to report, and when?", None),  # only the opening asks for the kind of fact
    ("What measures should States take?", None),
    ("What is the name of the High Commissioner?", PERSON),
    ("Who is the current Special Rapporteur on the human rights of migrants?", PERSON),
    ("Who chaired the summit?", PERSON),
    ("Who is invited to present an oral report?", None),  # asks for an office, which texts do give
    ("Who is asked to report to the General Assembly?", None),
    ("Which country hosted the Global Forum?", COUNTRY),
    ("Which UN agency should help countries observe the Day?", ORGANIZATION),
    ("Which United Nations agency leads the Decade?", ORGANIZATION),  # an agency asked for, not nations
    ("What organizations are invited to facilitate the Year?", ORGANIZATION),
    ("Which entities of the United Nations system are asked to help?", ORGANIZATION),
    ("By which specialized agency is the Day to be facilitated?", ORGANIZATION),
    ("Which bodies are invited to report?", None),  # a Special Rapporteur is one: named by an office
    ("Which organizational changes are proposed?", None),
    ("In which countries was the summit held?", COUNTRY),
    ("Which two governments offered to co-host the conference?", COUNTRY),
    ("Which two countries may still vote?", COUNTRY),
    ("Which middle-income countries are listed as eligible?", COUNTRY),  # one word qualifying the countries
    ("What are Governments urged to do about sex tourism?", None),  # a verb, not a qualifier
    ("What should Governments do?", None),
    ("Which States are asked to act?", None),  # "nuclear-weapon States": a kind of State, not a country
    ("Which States are urged to ratify the Convention?", None),
    ("What is the annual budget of the organization?", QUANTITY),
    ("What is the unemployment rate among migrants?", QUANTITY),
    ("What is the legal status of migrants in transit?", None),
    ("How does the resolution define a refugee?", DEFINITION),
    ("What does the resolution mean by irregular migration?", DEFINITION),
    ("What is the definition of a migrant worker?", DEFINITION),
    ("Does the resolution call for a definition?", None),
    ("Does the resolution tell States how many refugees to resettle?", QUANTITY),
    ("Does it say how long asylum procedures should take?", QUANTITY),
    ("Does the resolution set a limit on detention?", QUANTITY),
    ("Does it say how States should protect children?", None),
    # who pays asks for a source of money, which texts name without naming a person (2026-12-05)
    ("Who will pay for the alternatives to detention?", FUNDING),
    ("Who funds the International Day of Forests?", FUNDING),
    ("Who finances the special envoy's travel?", FUNDING),
    ("Who is paid by the Trust Fund?", None),
])
def test_asked_fact(question, kind):
    assert asked_fact(question) == kind


@pytest.mark.parametrize("question, counted", [
    ("How many fellows per year does resolution 79/63 allow?", ("fellows",)),
    ("How many snow leopards are left in the wild?", ("snow", "leopards")),
    ("how many States still need to ratify the Treaty?", ("states",)),
    ("How many of the fellowships are for women?", ()),  # "of": what is counted comes later, unread
    ("How much money has been pledged?", ()),
    ("When was it adopted?", ()),
])
def test_counted_words(question, counted):
    assert counted_words(question) == counted
