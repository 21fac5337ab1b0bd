"""The acronyms an indexed text spells out (pure functions)."""

import pytest

from assistant.search.lexicon import acronyms, expansions


@pytest.mark.parametrize("text, acronym, known", [
    ("ratifying conventions of the International Labour Organization", "ilo", True),
    ("the study of the Office of the United Nations High Commissioner for Human Rights", "ohchr", True),
    ("the study of the Office of the United Nations High Commissioner for Human Rights", "hchr", True),
    ("the United Nations High Commissioner for Human Rights", "unhcr", False),
    ("the New York Declaration for Refugees and Migrants", "nyd", True),
])
def test_acronyms_of_the_text_s_names(text, acronym, known):
    assert (acronym in acronyms(text)) is known


def test_expansions_spell_out_an_acronym():
    assert expansions("conventions of the International Labour Organization, and")["ilo"] == \
        "International Labour Organization"


def test_the_stems_kept_with_an_index_are_read_not_made_again():
    """stems.json (accents folded) when the index has it; an older index's vocabulary.json otherwise: stemming every
    clause of a large index again at its first question took seconds."""
    from assistant.embeddings.store import Record

    from assistant.documents.clause import Clause
    from assistant.search.lexicon import ALL, Lexicon

    records = [Record("A/RES/1/1", "T", Clause("OP1", "operative", "operative paragraph 1", "El Niño years"), "x")]
    documents = [{"symbol": "A/RES/1/1", "title": "T"}]
    for name in ("stems.json", "vocabulary.json"):
        kept = {name: {"A/RES/1/1": ["kept"], ALL: ["kept"]}}
        assert Lexicon(records, documents, kept.get).vocabulary() == {"kept"}
    assert "nino" in Lexicon(records, documents).vocabulary()  # made from the clauses, accents folded
