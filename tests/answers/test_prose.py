"""Quotes cut from long clauses (pure: the real stemmer, no model)."""

import pytest

from assistant.answers.prose import focused_quote, governing_phrase, opens_with_verb, second_verb, trim_end
from assistant.language.stems import stemmer

OP3A = ("Strongly condemns acts, manifestations and expressions of racism, racial discrimination, xenophobia and "
        "related intolerance against migrants and the stereotypes often applied to them, including on the basis of "
        "religion or belief, and urges States to apply and, where needed, to reinforce existing laws when hate "
        "crimes, xenophobic or intolerant acts, manifestations or expressions against migrants occur, in order to "
        "eradicate impunity for those who commit those acts and, where appropriate, to provide effective remedy to "
        "the victims;")  # A/RES/72/179, para. 3 (a)


def stems(*words):
    stem = stemmer()
    return [frozenset(stem(w) for w in part.split()) for part in words]


@pytest.mark.parametrize("question_words, parts, quote", [
    # one topic: the phrase that shares most words with the question
    ({"racism"}, (), "manifestations and expressions of racism"),
    # two topics asked about together: the shortest run of phrases holding both
    ({"racism", "xenophobia"}, ("racism", "xenophobia"),
     "manifestations and expressions of racism, racial discrimination, xenophobia and related intolerance "
     "against migrants and the stereotypes often applied to them"),
    # a part the clause does not use: as for one topic
    ({"racism", "remitt"}, ("racism", "remittances"), "manifestations and expressions of racism"),
    # a phrase that opens with a connecting word runs on over the list it opens, to the verb that ends it
    ({"hate", "crimes"}, (), "to reinforce existing laws when hate crimes, xenophobic or intolerant acts, "
                            "manifestations or expressions against migrants occur"),
    # ... and stops at the next phrase; an "and" cut off before a comma is not quoted
    ({"impunity"}, (), "in order to eradicate impunity for those who commit those acts"),
])
def test_focused_quote(question_words, parts, quote):
    stem = stemmer()
    assert focused_quote(OP3A, {stem(w) for w in question_words}, stem, parts=stems(*parts)) == quote


@pytest.mark.parametrize("text, trimmed", [
    ("to the victims;", "to the victims"),
    ("in order to eradicate impunity for those who commit those acts and,", "in order to eradicate impunity for "
     "those who commit those acts"),
    ("Requests States to adopt concrete measures; and", "Requests States to adopt concrete measures"),
    ("Recalling its resolution 70/147.", "Recalling its resolution 70/147"),
    ("and therefore:", "and therefore"),
])
def test_trim_end(text, trimmed):
    assert trim_end(text) == trimmed


PP28 = ("Stressing the obligation of States to protect the human rights of migrants regardless of their migration "
        "status, including when implementing their specific migration and border security policies, and expressing "
        "its concern at measures which, including in the context of policies aimed at reducing irregular migration, "
        "treat irregular migration as a criminal rather than an administrative offence,")  # the opening of PP28


@pytest.mark.parametrize("text, quote, lead", [
    # the opening governs what comes before a second main verb...
    (OP3A, "manifestations and expressions of racism", "Strongly condemns acts,"),
    # ...and the second verb what comes after it
    (OP3A, "in order to eradicate impunity for those who commit those acts", "urges States to apply and,"),
    (PP28, "including when implementing their specific migration and border security policies",
     "Stressing the obligation of States to protect the human rights of migrants regardless of their migration "
     "status,"),
    (PP28, "treat irregular migration as a criminal rather than an administrative offence",
     "expressing its concern at measures which,"),
])
def test_governing_phrase(text, quote, lead):
    assert governing_phrase(text, quote) == lead


@pytest.mark.parametrize("phrase, verb", [
    ("and in this regard recalling that sanctions should be commensurate", "recalling that sanctions should be "
     "commensurate"),
    ("and also urges States to act", "also urges States to act"),
    ("and the stereotypes often applied to them", None),
    ("to reinforce existing laws", None),
])
def test_second_verb(phrase, verb):
    assert second_verb(phrase) == verb


@pytest.mark.parametrize("text, verb", [
    ("Decides to include the item", True), ("also requests the Secretary-General", True),
    ("Strongly condemns all acts", True), ("once again calls upon", True), ("has decided", True),
    ("is deeply concerned", True), ("recalls its resolution", True),
    ("The Secretary-General is authorized to advance", False), ("the Secretary-General is authorized", False),
    ("Such sums as may be necessary", False), ("Its members shall", False), ("To exchange views", False),
])
def test_opens_with_verb(text, verb):
    assert opens_with_verb(text) is verb
