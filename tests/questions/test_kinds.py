"""Questions about a kind of document (pure functions)."""

import pytest

from assistant.questions.kinds import asked_kind


@pytest.mark.parametrize("question, kind", [
    ("Which treaties does it mention?", "treaty"),
    ("Does the resolution mention any treaty?", "treaty"),
    ("Treaties?", "treaty"),
    ("Is there a treaty on it?", "treaty"),
    # "treaty" qualifying another word names a field or a body (2026-12-06)
    ("Why could workshops on treaty law not be held?", None),
    ("What does it ask of the human rights treaty bodies?", None),
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
