"""Quotes cut from long clauses (pure: the real stemmer, no model)."""

import pytest

from assistant.prose import focused_quote
from assistant.stems import stemmer

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
])
def test_focused_quote(question_words, parts, quote):
    stem = stemmer()
    assert focused_quote(OP3A, {stem(w) for w in question_words}, stem, parts=stems(*parts)) == quote
