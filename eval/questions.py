"""Question files: one JSON object a line, {"id", "question", "gold": [...], "kind"?}."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

EVAL_DIR = Path(__file__).resolve().parent
KINDS = ("direct", "paraphrase", "multi", "reference", "listing", "unanswerable")


class QuestionFileError(ValueError):
    """A question file that cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class Question:
    """One line of a question file; `filters` (optional) restricts the search as a user's filter would
    (`{"session": 79}`, `{"symbols": ["A/RES/80/218"]}`: search.filters.Filter's fields)."""

    id: str
    question: str
    gold: tuple[str, ...]
    kind: str = "unknown"
    filters: tuple[tuple[str, object], ...] = ()

    @property
    def answerable(self) -> bool:
        return bool(self.gold)

    def where(self, base=None):
        """The filter to search with: the question's own when it has one, else `base`."""
        from assistant.search.filters import Filter

        if not self.filters:
            return base
        given = dict(self.filters)
        return Filter(tuple(given.get("symbols", ())), given.get("body"), given.get("session"), given.get("year"),
                      given.get("title"))


def load_questions(path: str | Path) -> list[Question]:
    path = Path(path)
    if not path.is_file():
        raise QuestionFileError(f"{path}: no such question file")
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            filters = tuple(sorted((key, tuple(v) if isinstance(v, list) else v)
                                   for key, v in (row.get("filters") or {}).items()))
            questions.append(Question(str(row["id"]), str(row["question"]), tuple(row["gold"]),
                                      row.get("kind", "unknown"), filters))
        except (ValueError, KeyError, TypeError) as exc:
            raise QuestionFileError(f"{path}:{number}: not a question line ({exc})") from None
    if not questions:
        raise QuestionFileError(f"{path}: no questions")
    return questions


def qualify(gold_id: str, documents: list[str]) -> str:
    """"OP4(b)" -> "A/RES/72/179#OP4(b)" when the corpus has one document; qualified ids pass through."""
    if "#" in gold_id:
        return gold_id
    if len(documents) != 1:
        raise QuestionFileError(f"gold id {gold_id!r} names no document, and the index holds {len(documents)}; "
                                "write it as SYMBOL#ID")
    return f"{documents[0]}#{gold_id}"
