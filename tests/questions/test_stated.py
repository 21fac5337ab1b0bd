"""The provision a question asks whether the text makes (questions.stated): table-driven."""

import pytest

from assistant.questions.stated import asked_provision


@pytest.mark.parametrize("question, provision, whether", [
    ("Does it set a date for a referendum on independence?", "a date for a referendum on independence", True),
    ("Are States required to provide legal aid?", "provide legal aid", True),
    # a kind of thing the text would name: asked for, not asked whether (2026-12-06)
    ("What fines does the resolution impose?", "fines", False),
    ("What new name did the Assembly give to the remembrance day?", "new name", False),
    ("What role does the resolution give to civil society?", None, False),  # a noun it asks with
    # one named by its year and subject, and a kind of thing in up to five words (2026-12-07)
    ("What tax on sugary drinks does the 2025 global health and foreign policy resolution set?",
     "tax on sugary drinks", False),
    ("What penalty does the 2025 resolution on a nuclear-weapon-free southern hemisphere impose on States?",
     "penalty", False),
    ("What does the 2025 resolution on cooperatives say about funds?", None, False),
    ("What interest rate cap on sovereign loans does the 2023 external debt resolution impose?", None, False),
    ("How should States treat migrants?", None, False),
])
def test_asked_provision(question, provision, whether):
    assert asked_provision(question) == (provision, whether)


@pytest.mark.parametrize("question, words", [
    ("When is World Chess Day?", ("World", "Chess", "Day")),
    ("What about the International Day of the Snow Leopard?", ("International", "Day", "Snow", "Leopard")),
    ("Has the Inter-American Court ruled?", ("Inter", "American", "Court")),  # a hyphenated word by its parts
    ("Does the General Assembly fund the IDPs Trust?", ("Trust",)),  # not "General Assembly", not "IDPs"
    ("Chess Day: when is it?", ()),  # the question's first word is capitalised whatever it is
    ("What did Australia say?", ()),  # one word is no name of several: unknown_names reads those
])
def test_name_words(question, words):
    from assistant.questions.stated import name_words

    assert name_words(question) == words
