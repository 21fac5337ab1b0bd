"""Which questions ask about a topic, and the things a topic joins (pure functions)."""

import pytest

from assistant.questions.patterns import conjuncts
from assistant.questions.topics import asked_topic, searched_topic


@pytest.mark.parametrize("question, topic", [
    ("What does the resolution say about family reunification?", "family reunification"),
    ("what does it say regarding the best interests of the child", "the best interests of the child"),
    ("Does the resolution mention remittances?", "remittances"),
    ("Does it address trafficking in persons?", "trafficking in persons"),
    ("Does the resolution say anything about xenophobia?", "xenophobia"),
    ("Does it say anything on LGBT migrants?", "LGBT migrants"),
    ("Does the text state something regarding remittances?", "remittances"),
    ("Can migrant children be detained?", None),
    ("What about gangs holding newcomers captive?", None),
    ("Which treaties are States urged to ratify?", None),
    ("Tell me about family reunification", "family reunification"),
    ("Give me the paragraphs on family reunification.", "family reunification"),
    ("Show me the language about remittances", "remittances"),
    ("List all the provisions dealing with child detention", "child detention"),
    ("Quote the paragraph about the Domestic Workers Convention.", "the Domestic Workers Convention"),
    ("what it says about remittances.", "remittances"),  # "Can you tell me what it says about ...", unwrapped
    ("Anything about LGBTI migrants?", "LGBTI migrants"),
    ("Family reunification?", "Family reunification"),  # a bare phrase names a topic
    ("Show me OP 9(a).", None), ("Summarize the preamble", None), ("PP33?", None),  # requests, references
    ("Migrant children held in immigration detention centres?", None),  # long: read as asked
    ("How does the resolution address family reunification?", "family reunification"),
    ("How does it deal with the right to vote?", "the right to vote"),
    ("What is said about the best interests of the child?", "the best interests of the child"),
    ("How does the resolution protect migrants in transit?", None),  # asks how, not what it says of a topic
    ("How do States address remittances?", None),  # States act here, not the text
    ("Is family reunification addressed in the resolution?", "family reunification"),
    ("Are unaccompanied children mentioned?", "unaccompanied children"),
    ("Is the right to vote discussed by the text?", "the right to vote"),
    ("Are migrant children detained?", None),  # asks about the world, not the text
])
def test_asked_topic(question, topic):
    assert asked_topic(question) == topic


@pytest.mark.parametrize("question, topic", [
    ("Does the resolution reaffirm the Universal Declaration of Human Rights?",
     "reaffirm the Universal Declaration of Human Rights"),
    ("Does it also call upon States to end child detention?", "call upon States to end child detention"),
    ("Does the resolution mention remittances?", "remittances"),  # a verb that names no act of the text
    ("Does it say every person has the same worth?", None),
    ("Which reports does the resolution take note of?", "take note of reports"),
    ("What treaties does it urge States to ratify?", "urge treaties States to ratify"),
    ("What does it reaffirm?", None),  # no thing named: searched
    ("Which States does the resolution mention?", None),  # "mention" names no act of the text: a listing
])
def test_searched_topic_keeps_the_verb_that_opens_paragraphs(question, topic):
    assert searched_topic(question) == topic


@pytest.mark.parametrize("topic, parts", [
    ("racism and xenophobia", ["racism", "xenophobia"]),
    ("kidnapping, extortion and forced labour", ["kidnapping", "extortion", "forced labour"]),
    ("both remittances and labour law", ["remittances", "labour law"]),
    ("racism or xenophobia", ["racism", "xenophobia"]),
    ("the Paris Agreement as well as the Kyoto Protocol", ["the Paris Agreement", "the Kyoto Protocol"]),
    ("family reunification", ["family reunification"]),
])
def test_conjuncts(topic, parts):
    assert conjuncts(topic) == parts
