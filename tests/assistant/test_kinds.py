import pytest

from assistant.questions.kinds import asked_kind, kind_rows, kind_stems
from assistant.language.stems import function_words, stemmer


@pytest.mark.parametrize("question, kind", [
    ("Which treaties does it mention?", "treaty"),
    ("Does the resolution mention any treaty?", "treaty"),
    ("Treaties?", "treaty"),
    ("Which conventions are States urged to ratify?", "treaty"),
    ("Does it urge States to ratify the Migrant Workers Convention?", None),  # one title, asked by name
    ("Does it refer to rulings of international courts?", "ruling"),
    ("Are any court decisions cited?", "ruling"),
    ("Does it take note of advisory opinions?", None),  # one kind of ruling, in the text's words
    ("Which judgments does it take note of?", None),
    ("How should States treat migrants?", None),
    ("What does the resolution say about detention?", None),
])
def test_asked_kind(question, kind):
    found = asked_kind(question)
    assert (found.name if found else None) == kind


TEXTS = [
    "Recalling the International Covenant on Civil and Political Rights and the Convention against Torture,",
    "Calls upon States to consider ratifying or acceding to the International Convention on the Protection of the "
    "Rights of All Migrant Workers;",
    "Invites Member States to consider ratifying relevant conventions of the International Labour Organization, "
    "including the Domestic Workers Convention;",
    "Urges States parties to the Convention against Transnational Organized Crime to implement it fully, and calls "
    "upon States that have not done so to consider ratifying it;",
    "Taking note of advisory opinion OC 21/14 issued by the Inter-American Court of Human Rights,",
    "Taking note of the Judgment of the International Court of Justice in the case concerning Avena,",
    "Encourages States to protect migrants from organized crime;",  # names no treaty
]


@pytest.mark.parametrize("question, rows", [
    ("Which treaties does it mention?", [0, 1, 2, 3]),
    ("Which treaties are States urged to ratify?", [1, 2, 3]),  # "urged" asks; "ratify" narrows
    ("Does it call on States to ratify treaties on organized crime and labour?", [2, 3]),  # each thing joined
    ("Which conventions does it urge or invite States to accede to?", [1]),  # "urge", "invite" only ask
    ("Which treaties does it ask States to implement or ratify?", [1, 2, 3]),
    ("Which treaties does it ask States to implement?", [3]),
    ("Which treaties deal with organized crime?", [3]),  # what they are about narrows, not "deal"
    ("Does it urge the ratification of treaties?", [1, 2, 3]),  # "ratif" and "ratifi": one word
    ("Does it urge the implementation of treaties?", [3]),
    ("Does it mention treaties on climate change?", []),  # none speaks of it: searched, not listed
    ("Does it refer to rulings of international courts?", [4, 5]),
    ("What does it say about detention?", []),  # no kind asked
])
def test_kind_rows(question, rows):
    assert kind_rows(question, TEXTS, function_words(), stemmer()) == rows


def test_kind_rows_leave_the_resolutions_subject_aside():
    # every paragraph is about migrants: "on migrants" does not narrow which treaties
    theme = frozenset({stemmer()("migrants")})
    assert kind_rows("Which treaties on migrants does it mention?", TEXTS, function_words(), stemmer(),
                     theme) == [0, 1, 2, 3]


def test_kind_stems_name_the_documents():
    stem = stemmer()
    assert kind_stems("Which treaties does it mention?", stem) == {stem("convention"), stem("covenant"), stem("protocol")}
    assert kind_stems("How should States treat migrants?", stem) == set()
