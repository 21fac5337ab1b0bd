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
