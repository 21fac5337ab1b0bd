"""Which words of a topic a paragraph must use, and the rows that use them (pure functions)."""

import pytest

from assistant.language.stems import function_words, stemmer
from assistant.search.topics import clause_words, topic_rows, topic_words


@pytest.mark.parametrize("topic, text, covered", [
    ("unaccompanied children", "including unaccompanied migrant children and persons with disabilities", True),
    ("family reunification", "facilitate family reunification and promote", True),
    ("family reunification", "the family is the natural unit of society", False),
    ("target 10.7 of the 2030 Agenda", "the 2030 Agenda, including its target 10.7 on the facilitation", True),
    ("target 10.7 of the 2030 Agenda", "the 2030 Agenda for Sustainable Development, and its targets", False),
    ("organized crime against migrants", "transnational organized crime, and crimes committed on migrants", True),
    # a relative or question word names nothing (2026-12-06)
    ("children who go missing in armed conflict", "cases of children reported missing in connection with armed "
     "conflict", True),
    ("how States treat detained migrants", "States shall treat detained migrants humanely", True),
])
def test_a_clause_covers_every_word_of_the_topic(topic, text, covered):
    stem = stemmer()
    assert (topic_words(topic, function_words(), stem) <= clause_words(text, stem)) is covered


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
