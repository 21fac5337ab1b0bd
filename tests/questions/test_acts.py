"""Questions that ask what the resolution does by one of its verbs (pure functions)."""

import pytest

from assistant.questions.acts import asked_act, listed_act


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
