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


@pytest.mark.parametrize("text, acronym, words", [
    # the words the text defines it by win over a run of capitals with its initials (2026-12-07: "AI" was taken for
    # "Arabism and Islamophobia" over the corpus, and questions about AI searched as ones about Islamophobia)
    ("Anti-Arabism and Islamophobia are condemned; the use of artificial intelligence (AI), which", "ai",
     "artificial intelligence"),
    ("Urges the Asia-Pacific States to regulate unmanned aerial systems (UAS) in", "uas", "unmanned aerial systems"),
    ("the United Nations Educational, Scientific and Cultural Organization (UNESCO) and", "unesco",
     "United Nations Educational, Scientific and Cultural Organization"),
    ("the needs of small island developing States (SIDS), including", "sids", "small island developing States"),
    ("the least developed countries (LDCs) and", "ldc", "least developed countries"),  # a plural's "s" is no letter
    ("the Conference of the Parties (COP) to", "cop", "Conference of the Parties"),  # "of" gives its letter
    ("to end sexual and\ngender-based violence (SGBV)", "sgbv", "sexual and gender-based violence"),
    ("the Working Capital Fund (see A/78/1) and", "wcf", "Working Capital Fund"),  # a bracket defining nothing
])
def test_expansions_read_an_acronym_the_text_defines(text, acronym, words):
    assert expansions(text)[acronym] == words


def test_defined_acronyms_keep_the_first_definition_and_skip_what_does_not_spell_them():
    from assistant.language.acronyms import defined_acronyms

    text = "artificial intelligence (AI); Amnesty International (AI); the programme (UNDP) and (A/RES/1)"
    assert defined_acronyms(text) == {"ai": "artificial intelligence"}


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
