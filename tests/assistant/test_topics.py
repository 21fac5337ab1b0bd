"""Which questions ask about a topic, and which words of it a paragraph must use (pure functions)."""

import pytest

from assistant.stems import function_words, stemmer
from assistant.topics import asked_topic, clause_words, searched_topic, topic_words


@pytest.mark.parametrize("question, topic", [
    ("What does the resolution say about family reunification?", "family reunification"),
    ("what does it say regarding the best interests of the child", "the best interests of the child"),
    ("Does the resolution mention remittances?", "remittances"),
    ("Does it address trafficking in persons?", "trafficking in persons"),
    ("Does the resolution say anything about xenophobia?", "xenophobia"),
    ("Can migrant children be detained?", None),
    ("What about gangs holding newcomers captive?", None),
    ("Which treaties are States urged to ratify?", None),
    ("Tell me about family reunification", "family reunification"),
    ("what it says about remittances.", "remittances"),  # "Can you tell me what it says about ...", unwrapped
    ("Anything about LGBTI migrants?", "LGBTI migrants"),
    ("Family reunification?", "Family reunification"),  # a bare phrase names a topic
    ("Show me OP 9(a).", None), ("Summarize the preamble", None), ("PP33?", None),  # requests, references
    ("Migrant children held in immigration detention centres?", None),  # long: read as asked
])
def test_asked_topic(question, topic):
    assert asked_topic(question) == topic


@pytest.mark.parametrize("topic, text, covered", [
    ("unaccompanied children", "including unaccompanied migrant children and persons with disabilities", True),
    ("family reunification", "facilitate family reunification and promote", True),
    ("family reunification", "the family is the natural unit of society", False),
    ("target 10.7 of the 2030 Agenda", "the 2030 Agenda, including its target 10.7 on the facilitation", True),
    ("target 10.7 of the 2030 Agenda", "the 2030 Agenda for Sustainable Development, and its targets", False),
    ("organized crime against migrants", "transnational organized crime, and crimes committed on migrants", True),
])
def test_a_clause_covers_every_word_of_the_topic(topic, text, covered):
    stem = stemmer()
    assert (topic_words(topic, function_words(), stem) <= clause_words(text, stem)) is covered


@pytest.mark.parametrize("question, topic", [
    ("Does the resolution reaffirm the Universal Declaration of Human Rights?",
     "reaffirm the Universal Declaration of Human Rights"),
    ("Does it also call upon States to end child detention?", "call upon States to end child detention"),
    ("Does the resolution mention remittances?", "remittances"),  # a verb that names no act of the text
    ("Does it say every person has the same worth?", None),
])
def test_searched_topic_keeps_the_verb_that_opens_paragraphs(question, topic):
    assert searched_topic(question) == topic
