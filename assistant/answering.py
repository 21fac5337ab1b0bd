"""Answer a question: retrieve, draft (grounded or LLM), guard the citations."""

from __future__ import annotations

import re
from typing import Protocol

from .answer import Answer, Draft, Removed
from .facts import asked_fact, describe, gives_fact
from .grounded import GroundedGenerator, Policy
from .guard import guard
from .mentions import mentioned_name
from .passage import Passage
from .references import find_references

ANSWER_DEPTH = 8
FACT_DEPTH = 3  # a figure or date asked for must be in one of the clauses that could be cited
# How a resolution was voted and who sponsored it are in the meeting records, never in its text.
UNRECORDED = re.compile(r"\b(?:vot(?:e|es|ed|ing)|sponsor(?:s|ed|ing|ship)?|co-?sponsor\w*|abstain(?:ed|ing)?|"
                        r"abstentions?|in favou?r of (?:it|the resolution))\b", re.I)


class AnswerGenerator(Protocol):
    """Drafts an answer with inline citation markers from retrieved passages."""

    mode: str

    def draft(self, question: str, passages: list[Passage]) -> Draft: ...


def unanswerable(question: str, passages: list[Passage]) -> bool:
    """Known before drafting: votes or sponsors, a named paragraph that does not exist, or a figure or date
    asked for that none of the best clauses gives."""
    named_but_missing = find_references(question) and not any(p.via == "reference" for p in passages)
    return bool(named_but_missing or UNRECORDED.search(question) or missing_fact(question, passages)
                or unmentioned(question, passages))


def unmentioned(question: str, passages: list[Passage]) -> str | None:
    """The name in "Where is X mentioned?" when no clause mentions it."""
    name = mentioned_name(question)
    return name if name and not any(p.via == "mention" for p in passages) else None


def missing_fact(question: str, passages: list[Passage]) -> str | None:
    """The kind of fact (figure, date) the question asks for, if none of the best clauses gives one."""
    asked = asked_fact(question)
    return asked if asked and not any(gives_fact(p.text, asked) for p in passages[:FACT_DEPTH]) else None


def no_answer(assistant, question: str, passages: list[Passage]) -> str:
    """Why there is no answer: votes, a named paragraph that does not exist, no figure or date, or no subject."""
    docs = [d["symbol"] for d in assistant.documents]
    missing = [r for r in find_references(question) if not any(p.id == r.clause_id for p in passages)]
    where = docs[0] if len(docs) == 1 else "The indexed resolutions"
    if UNRECORDED.search(question):
        return ("The text of a resolution does not record how it was voted or who sponsored it; "
                "see the meeting records of its adoption.")
    if missing and not any(p.via == "reference" for p in passages):
        from .citation import clause_label

        names = ", ".join(_label(clause_label, r.clause_id) for r in missing)
        return f"{where} {'has' if len(docs) == 1 else 'have'} no {names}."
    if name := unmentioned(question, passages):
        return f"{where} {'does' if len(docs) == 1 else 'do'} not mention the {name}."
    off_topic = not passages or passages[0].similarity < Policy.abstain_below  # "Who won the World Cup?"
    if (fact := missing_fact(question, passages)) and not off_topic:
        gives = "gives" if len(docs) == 1 else "give"
        return f"{where} {gives} no {describe(fact)} on this: the paragraphs closest to the question have none."
    subject = f"Resolution {docs[0]}" if len(docs) == 1 else where
    return f"{subject} does not address this question." if len(docs) == 1 else f"{subject} do not address this question."


def _label(clause_label, clause_id: str) -> str:
    try:
        return clause_label(clause_id)
    except ValueError:
        return clause_id


def answer(assistant, question: str, generator: AnswerGenerator | None = None, k: int = ANSWER_DEPTH) -> Answer:
    """Answer with citations checked by the guard; abstain when nothing answers."""
    generator = generator or GroundedGenerator()
    passages = assistant.retrieve(question, k)
    question = " ".join(question.split())
    draft = Draft("", abstained=True) if unanswerable(question, passages) else generator.draft(question, passages)
    if draft.abstained:
        return Answer(question, no_answer(assistant, question, passages), (), True, generator.mode)
    text, citations, removed = guard(draft, passages)
    if not citations:
        removed.append(Removed("no supported sentence left"))
        message = ("No answer could be verified: every sentence drafted cited a paragraph that was not retrieved, "
                   "or quoted words that are not in it.")
        return Answer(question, message, (), True, generator.mode, tuple(removed))
    return Answer(question, text, tuple(citations), False, generator.mode, tuple(removed))
