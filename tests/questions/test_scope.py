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
