"""Which questions ask about a topic, and which words of it a paragraph must use (pure functions)."""

import pytest

from assistant.language.stems import function_words, stemmer
from assistant.questions.topics import asked_topic, clause_words, conjuncts, searched_topic, topic_rows, topic_words


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


TEXTS = [t.lower() for t in [
    "expressing concern at the increasing trend of xenophobia and hostility towards migrants",
    "condemns acts of racism, racial discrimination, xenophobia and related intolerance against migrants",
    "the impact of financial and economic crises on migrants",
    "to identify and disrupt financial flows related to the trafficking of migrants",
    "the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
    "arbitrary detention, torture and violations of the right to life",
    "including unaccompanied children and persons with disabilities",
    "migrants, especially women and children, including those unaccompanied",
]]


@pytest.mark.parametrize("topic, rows", [
    ("xenophobia", [0, 1]),  # two paragraphs use it: both
    ("racism and xenophobia", [0, 1]),  # one uses both words; each word's paragraphs are asked for
    ("xenophobia and the Paris Agreement", []),  # a part no paragraph uses: no listing, searched instead
    ("financial and economic crises", [2]),  # a phrase used as written, whose lone word qualifies the next
    ("the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment", [4]),  # a name
    ("unaccompanied children and persons with disabilities", [6, 7]),  # a phrase used as written, of two topics
    ("migrants", []),  # more paragraphs than a listing holds
])
def test_topic_rows(topic, rows):
    assert topic_rows(topic, TEXTS, function_words(), stemmer()) == rows


THEMED_TEXTS = TEXTS + [t.lower() for t in [
    "to protect the human rights of migrant children, particularly unaccompanied migrant children",
    "Calls upon States to consider ratifying the Migrant Workers Convention",
    "Invites States to consider ratifying the Domestic Workers Convention",
]]


@pytest.mark.parametrize("topic, rows", [
    # "migrant" goes without saying in a resolution on migrants: row 6 speaks of unaccompanied children
    ("unaccompanied migrant children", [6, 7, 8]),
    ("xenophobia against migrants", [0, 1]),  # as many rows either way
    ("the Migrant Workers Convention", [9]),  # a capitalised word is part of a name
])
def test_topic_rows_leave_the_resolutions_subject_unsaid(topic, rows):
    stem = stemmer()
    theme = frozenset({stem("protection"), stem("migrants")})
    assert topic_rows(topic, THEMED_TEXTS, function_words(), stem, theme) == rows


def test_topic_rows_without_a_theme_need_every_word():
    assert topic_rows("unaccompanied migrant children", THEMED_TEXTS, function_words(), stemmer()) == [7, 8]


KINDRED_TEXTS = [t.lower() for t in [
    "Calls upon all States to put an end to arbitrary arrest and detention of migrants",
    "Encourages States to work towards ending the detention of migrant children",
    "Expresses its concern about crimes against migrants",
    "Strongly condemns hate crimes against migrants",
    "Welcomes programmes that facilitate family reunification",
    "Calls upon States to protect migrant children, including on family reunification",
    "Takes note of the reports of the Committee",
    "Also takes note of the report of the Secretary-General",
]]


@pytest.mark.parametrize("topic, rows", [
    ("urge States to end the detention of migrants", [0, 1]),  # none urges; one calls upon, one encourages
    ("call on States to protect migrant children", [5]),  # one does as asked: no kindred act is looked for
    ("condemn crimes against migrants", [3]),  # expressing concern is not condemning
    ("welcome family reunification", [4]),  # calling upon States is not welcoming
    ("take note of any reports", [6, 7]),  # "any" names no topic
    ("take note of previous reports", [6, 7]),  # nor does "previous": what the text names came before it
])
def test_topic_rows_of_an_act(topic, rows):
    assert topic_rows(topic, KINDRED_TEXTS, function_words(), stemmer()) == rows
