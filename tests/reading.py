"""Questions read against a small, real lexicon (no model, no index) for the readers' pure tests."""

from __future__ import annotations

from assistant.questions.question import Question, read_question
from assistant.search.lexicon import Lexicon


def read(text: str, symbols: tuple[str, ...] = ()) -> Question:
    """`text` read as by an index holding `symbols` and no clauses."""
    return read_question(text, Lexicon([], [{"symbol": s, "title": "", "date": None} for s in symbols]))
