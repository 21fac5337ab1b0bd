"""Rows holding a string (search.haystack), and the names the finders look for found through it as by testing
every row."""

import pytest

from assistant.questions.kinds import KINDS
from assistant.search.haystack import Haystack, ScopedTexts, rows_holding
from assistant.search.mentions import names, naming_needles

from . import test_mentions as tables

TEXTS = ["the global compact for migration", "", "migrants and refugees", "the rights of migrant children",
         "compact"]


@pytest.mark.parametrize("needles, rows", [
    (["migra"], [0, 2, 3]),
    (["migrant"], [2, 3]),
    (["migrant", "children"], [3]),
    (["compact"], [0, 4]),
    (["migration", "refugees"], []),
    (["n\x00mig"], []),  # no string spans two rows
    (["migration m"], []),
    ([""], [0, 1, 2, 3, 4]),
    ([], [0, 1, 2, 3, 4]),
])
def test_rows_with_all(needles, rows):
    assert Haystack(TEXTS).rows_with_all(needles).tolist() == rows


def test_scoped_texts_leave_out_the_rows_out_of_scope():
    scoped = ScopedTexts(["", "migrants", "", "migrant workers"], Haystack(["migrants", "migrants", "x",
                                                                           "migrant workers"]))
    assert list(rows_holding(scoped, ["migrant"])) == [1, 3]
    assert list(rows_holding(["a", "b"], ["migrant"])) == [0, 1]  # a plain list: every row, to be tested


def _cases(test) -> list[tuple[str, str]]:
    """The (text, name) pairs of a table-driven test of search/mentions.py."""
    return [tuple(getattr(case, "values", case))[:2] for case in test.pytestmark[0].args[1]]


# and a description found by its words alone: not the name's full form, and no short form
CASES = _cases(tables.test_mentions) + _cases(tables.test_names_part_of) + _cases(tables.test_names_country) + \
    [("towards a global compact on migration", "the Global Compact")]


@pytest.mark.parametrize("name", sorted({name for _, name in CASES}))
def test_the_rows_naming_a_thing_are_those_every_row_tested_finds(name):
    """naming_needles may only narrow the rows tested: a row that names the thing holds one of its needle sets."""
    texts = [text for text, _ in CASES]
    haystack = Haystack([" ".join(t.lower().split()) for t in texts])
    narrowed = haystack.rows_with_any(naming_needles(name))
    assert [i for i in narrowed if names(texts[i], name)] == [i for i, t in enumerate(texts) if names(t, name)]


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.name)
def test_a_paragraph_naming_a_kind_of_document_holds_one_of_its_naming_words(kind):
    """search.finders narrows "Which treaties ...?" to the rows holding a naming word before its pattern is tried."""
    from assistant.documents.files import BUNDLED, load_resolution

    texts = [c.text for c in load_resolution(BUNDLED).clauses] + ["the Judgement of the Court", "an advisory opinion"]
    haystack = Haystack([t.lower() for t in texts])
    held = set(haystack.rows_with_any((word,) for word in kind.naming_words))
    named = {i for i, text in enumerate(texts) if kind.named.search(text)}
    assert named and named <= held
