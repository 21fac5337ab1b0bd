"""The paragraphs naming a document of a kind asked about (pure: questions read against no index)."""

import pytest

from assistant.language.stems import stemmer
from assistant.search.kinds import kind_rows
from tests.reading import read

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
    asked = read(question)
    found = kind_rows(asked.kind, asked.kind_narrowing, TEXTS) if asked.kind else []
    assert found == rows


def test_kind_rows_leave_the_resolutions_subject_aside():
    # every paragraph is about migrants: "on migrants" does not narrow which treaties
    theme = frozenset({stemmer()("migrants")})
    asked = read("Which treaties on migrants does it mention?")
    assert kind_rows(asked.kind, asked.kind_narrowing, TEXTS,
                     theme) == [0, 1, 2, 3]


def test_a_kind_names_the_words_that_name_its_documents():
    assert read("Which treaties does it mention?").kind.naming_words == ("convention", "covenant", "protocol")
    assert read("How should States treat migrants?").kind is None
