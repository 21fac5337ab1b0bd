"""What a question says about the document itself (pure functions)."""

import pytest

from assistant.questions.scope import focus, phrasings, scope


@pytest.mark.parametrize("question, kinds", [
    ("Which instruments does the resolution recall in its preamble?", {"preambular"}),
    ("What is recalled in the preambular paragraphs?", {"preambular"}),
    ("Which conventions are mentioned in the operative paragraphs?", {"operative", "subparagraph"}),
    ("What does the seventeenth preambular paragraph note?", None),  # a reference, looked up by name
    ("What does the resolution say about remittances?", None),
])
def test_scope(question, kinds):
    assert scope(question) == kinds


@pytest.mark.parametrize("question, focused", [
    ("What does the resolution say about detention?", "What does detention?"),
    ("the resolution", "the resolution"),  # nothing would remain: unchanged
])
def test_focus(question, focused):
    assert focus(question) == focused


@pytest.mark.parametrize("question, texts", [
    ("Does the resolution mention climate change?", ["Does climate change?", "climate change"]),
    ("Is there a provision on consular assistance?", ["Is there a provision on consular assistance?",
                                                     "consular assistance"]),
    ("What is the resolution's position on xenophobia?", ["What is position on xenophobia?", "xenophobia"]),
    ("Can a country detain migrant children?", ["Can a country detain migrant children?"]),  # no topic frame
])
def test_phrasings(question, texts):
    assert phrasings(question) == texts


@pytest.mark.parametrize("question, years", [
    ("In 2023, what did the Assembly say about small arms?", (2023,)),
    ("What did the 2024 resolution on the biological weapons convention regret?", (2024,)),
    ("What do the resolutions of 2025 on torture say?", (2025,)),
    ("What happened in 1990 and in 1994?", (1990, 1994)),
    ("What did the 2023 sustainable fisheries resolution encourage States to do?", (2023,)),
    ("In its 2025 rule of law resolution, what is asked of the Secretary-General?", (2025,)),
    ("What tax does the 2025 global health and foreign policy resolution set?", (2025,)),
    ("When does the 2023 persons living with a rare disease resolution ask for a report?", (2023,)),
    ("What did the 2023 SDG Summit declaration commit to?", ()),  # a year naming an event
    ("What did the 2025 session of the committee say about resolutions?", ()),  # the frame, not a subject
    ("What does the 2030 Agenda for Sustainable Development say about resolutions?", ()),
    ("What does the 2030 Agenda for Sustainable Development say about resolutions?", ()),
    ("What does it say about the 2030 Agenda?", ()),
    ("What does it say for the period in 2019-2020?", ()),  # a span, not a text's year
    ("Can migrant children be detained?", ()),
])
def test_dated(question, years):
    from assistant.questions.scope import dated

    assert dated(question) == years


@pytest.mark.parametrize("question, years", [
    ("How much was appropriated for the Force for July 2024 to June 2025?", (2024, 2025)),
    ("What did the 2023 SDG Summit declaration commit to?", ()),  # a year before a noun names something
    ("Which governments offered to co-host the 2028 ocean conference?", ()),
    ("What balance remains in the contingency fund for 2026?", (2026,)),
    ("What are States urged to ensure by 2030 for reproductive health?", (2030,)),
    ("What was set aside for 2026 and 2027?", (2026, 2027)),
    ("What does it say for the period in 2019-2020?", (2019, 2020)),
    ("Can migrant children be detained under article 37?", ()),
])
def test_years_written(question, years):
    from assistant.questions.scope import years_written

    assert years_written(question) == years
