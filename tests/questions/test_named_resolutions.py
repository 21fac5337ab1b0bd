"""Which resolutions a question names, and whether it asks about them or about their being cited."""

from __future__ import annotations

import pytest

from assistant.questions.named_resolutions import (
    NamedResolution,
    asked_documents,
    named_resolutions,
    same_resolution,
    without_asked,
)

A72, A74 = "A/RES/72/179", "A/RES/74/148"


@pytest.mark.parametrize("question, expected", [
    ("What does resolution 74/148 say about detention?", [(A74, True)]),
    ("According to A/RES/74/148, should States end child detention?", [(A74, True)]),
    ("What does paragraph 4 of S/RES/678 (1990) authorize?", [("S/RES/678 (1990)", True)]),
    ("What does Security Council resolution 242 say?", [("S/RES/242", True)]),
    ("Does Human Rights Council resolution 35/17 address migrants?", [("A/HRC/RES/35/17", True)]),
    ("Where is the Global Compact mentioned in resolution 74/148?", [(A74, True)]),
    ("Which paragraphs of resolution 74/148 mention the Global Compact?", [(A74, True)]),
    ("What does 74/148 say about detention?", [(A74, True)]),
    ("Does 72/179 mention the Global Compact on Refugees?", [(A72, True)]),
    # named as something the text refers to
    ("Does the resolution recall resolution 70/147?", [("A/RES/70/147", False)]),
    ("Is resolution 70/147 the most recent one recalled?", [("A/RES/70/147", False)]),
    ("Where is resolution 70/147 mentioned?", [("A/RES/70/147", False)]),
    ("Does resolution 72/179 recall resolution 70/147?", [(A72, True), ("A/RES/70/147", False)]),
    # no resolution named
    ("Can a country detain migrant children?", []),
    ("What does the resolution say in paragraph 4?", []),
    ("Is the resolution 4 pages long?", []),
    ("Does it mention the 24/7 hotline or 1/3 of migrants?", []),
])
def test_named_resolutions(question, expected):
    assert named_resolutions(question) == [NamedResolution(symbol, subject) for symbol, subject in expected]


@pytest.mark.parametrize("question, expected", [
    ("What does resolution 74/148 say about detention?", "What does it say about detention?"),
    ("Where is the Global Compact mentioned in resolution 74/148?", "Where is the Global Compact mentioned?"),
    ("Which paragraphs of A/RES/74/148 mention the Global Compact?", "Which paragraphs mention the Global Compact?"),
    ("Does the resolution recall resolution 70/147?", "Does the resolution recall resolution 70/147?"),
    ("In resolution 74/148, which paragraphs ask something of the Secretary-General?",
     "which paragraphs ask something of the Secretary-General?"),
    ("For resolution 74/148, what does it say about remittances?", "what does it say about remittances?"),
    ("Resolution 74/148 - which paragraphs take note of reports?", "which paragraphs take note of reports?"),
])
def test_without_asked_keeps_only_what_is_searched_for(question, expected):
    assert without_asked(question) == expected


@pytest.mark.parametrize("named, indexed, same", [
    ("A/RES/74/148", "A/RES/74/148", True),
    ("a/res/74/148", "A/RES/74/148", True),
    ("S/RES/678", "S/RES/678 (1990)", True),
    ("S/RES/678 (1991)", "S/RES/678 (1990)", False),
    ("A/RES/74/14", "A/RES/74/148", False),
])
def test_same_resolution(named, indexed, same):
    assert same_resolution(named, indexed) is same


@pytest.mark.parametrize("question, inside, outside", [
    ("What does resolution 74/148 say about detention?", [A74], []),
    ("What does resolution 70/147 say about detention?", [], ["A/RES/70/147"]),
    ("Compare what resolutions 72/179 and A/RES/74/148 say about detention", [A72, A74], []),
    ("Does the resolution recall resolution 70/147?", [], []),
])
def test_asked_documents(question, inside, outside):
    assert asked_documents(question, [A72, A74]) == (inside, outside)
