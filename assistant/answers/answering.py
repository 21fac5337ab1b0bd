"""Answer a question: retrieve, draft (grounded or LLM), guard the citations."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from assistant.questions.absent import absent_words, unnamed_nearby
from .answer import Answer, Draft, Removed
from assistant.language.countries import is_country
from assistant.questions.facts import asked_fact, describe, gives_fact
from .grounded import GroundedGenerator, Policy
from .guard import guard
from assistant.questions.heading import MAX_LISTED, asked_heading, describe_heading
from assistant.questions.mentions import asked_if_mentioned, listed_name, names_part_of
from assistant.questions.named_resolutions import asked_documents, without_asked
from assistant.questions.outside_text import ADOPTION, ENFORCEMENT
from assistant.search.passage import Passage
from .pointers import also_in, also_using, goes_on
from assistant.questions.references import find_references
from assistant.search.rerank import rerank
from assistant.questions.topics import conjuncts, searched_topic

ANSWER_DEPTH = 8
FACT_DEPTH = 3  # a figure, date, person or country asked for must be in one of the clauses that could be cited


class AnswerGenerator(Protocol):
    """Drafts an answer with inline citation markers from retrieved passages."""

    mode: str

    def draft(self, question: str, passages: list[Passage]) -> Draft: ...


@dataclass(frozen=True)
class Gap:
    """Why a question cannot be answered, known before drafting.

    kind: "unrecorded" (votes, sponsors), "not_indexed" (detail: the symbols), "heading" (detail: "date" or
    "title", then the symbols it is asked of), "no_paragraph" (detail: the named ids that do not exist),
    "unmentioned" (detail: the name no clause mentions), "enforcement" (how it is enforced, whether it binds),
    "absent" (detail: the words of the provision asked about that no clause uses), "not_nearby" (detail: names
    used somewhere in a large index, but in none of the clauses retrieved), "no_fact" (detail: the kind of
    fact asked for) or, found by `answer`, "unasked" (detail: who the text names but asks nothing of).
    """

    kind: str
    detail: tuple[str, ...] = ()


def find_gap(question: str, passages: list[Passage], documents: list[str] = (),
             vocabulary: frozenset[str] = frozenset(), theme: frozenset[str] = frozenset(),
             related: Callable[[str], bool] | None = None) -> Gap | None:
    """Votes or sponsors, a resolution asked about that is not indexed (`documents`: the indexed symbols),
    what only the heading states, a named paragraph that does not exist, a name no paragraph mentions, a
    provision in words no paragraph uses (`vocabulary`: the stems of the answering resolutions' words; `theme`:
    of their titles; `related`: whether a word has a near-synonym in the passages), how the resolution is
    enforced, or a
    figure, date, person or country asked for that none of the best clauses gives."""
    if ADOPTION.search(question):
        return Gap("unrecorded")
    inside, outside = asked_documents(question, list(documents))
    if outside and not inside:
        return Gap("not_indexed", tuple(outside))
    heading = asked_heading(question)
    if heading:
        return Gap("heading", (heading, *(inside or documents)))
    references = find_references(question)
    if references and not any(p.via == "reference" for p in passages):
        return Gap("no_paragraph", tuple(r.clause_id for r in references))
    searched = without_asked(question)
    name = listed_name(searched)
    if name and not any(p.via == "mention" for p in passages):
        return Gap("unmentioned", (name,))
    name = asked_if_mentioned(searched)  # "Does it mention the Global Compact on Refugees?"
    parts = [part for part in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", name)] if name else []
    if len(parts) > 1 and not all(is_country(part) or asked_if_mentioned(f"Does it mention {part}?") for part in parts):
        parts = [name]  # "the Convention on the Rights of the Child and its Optional Protocols" is one title
    if name and not any(names_part_of(p.text, part) for p in passages for part in parts):
        return Gap("unmentioned", (name,))
    if ENFORCEMENT.search(question):
        return Gap("enforcement")
    asked = asked_fact(question)  # before words: "gives no figures" says more than "no paragraph uses “Europe”"
    if asked and not any(gives_fact(p.text, asked, question) for p in passages[:FACT_DEPTH]):
        return Gap("no_fact", (asked,))
    missing = absent_words(searched, vocabulary, theme, related) if vocabulary and not references else []
    if missing and not any(p.via == "mention" for p in passages):  # a State named in another form: "Mexican"
        return Gap("unmentioned" if len(missing) == 1 and is_country(missing[0]) else "absent", tuple(missing))
    unnamed = unnamed_nearby(searched, [p.text for p in passages]) if len(documents) > 1 and not references else []
    if unnamed and not any(p.via == "mention" for p in passages):
        return Gap("not_nearby", tuple(unnamed))
    return None


def unanswerable(question: str, passages: list[Passage], documents: list[str] = (),
                 vocabulary: frozenset[str] = frozenset(), theme: frozenset[str] = frozenset(),
                 related: Callable[[str], bool] | None = None) -> bool:
    return find_gap(question, passages, documents, vocabulary, theme, related) is not None


def no_answer(documents: list[dict], passages: list[Passage], gap: Gap | None, asked: list[str] = ()) -> str:
    """Why there is no answer, in one sentence (`documents`: the index's; `gap` from find_gap, None when drafting
    found nothing; `asked`: the indexed resolutions the question names as its subject)."""
    indexed = [d["symbol"] for d in documents]
    where, one = _subject(documents, asked)
    if gap and gap.kind == "unrecorded":
        return ("The text of a resolution does not record how it was voted, who sponsored it or what delegations "
                "said of it; see the meeting records of its adoption.")
    if gap and gap.kind == "not_indexed":
        held = ", ".join(indexed) if len(indexed) <= MAX_LISTED else f"{len(indexed)} resolutions"
        verb = "is" if len(gap.detail) == 1 else "are"
        return f"{' and '.join(gap.detail)} {verb} not in the index, which holds {held}."
    if gap and gap.kind == "heading":
        return describe_heading(gap.detail[0], [d for d in documents if d["symbol"] in gap.detail[1:]])
    if gap and gap.kind == "no_paragraph":
        from assistant.documents.citation import clause_label

        names = ", ".join(_label(clause_label, clause_id) for clause_id in gap.detail)
        return f"{where} {'has' if one else 'have'} no {names}."
    if gap and gap.kind == "unmentioned":
        names = re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", gap.detail[0])
        article = "" if all(is_country(name) for name in names) else "the "
        return f"{where} {'does' if one else 'do'} not mention {article}{gap.detail[0]}."
    if gap and gap.kind == "enforcement":
        return (f"{where} {'does' if one else 'do'} not say how {'it is' if one else 'they are'} enforced or what "
                "follows when a State does not comply.")
    if gap and gap.kind == "unasked":
        return f"{where} {'does' if one else 'do'} not ask anything of {gap.detail[0]}."
    if gap and gap.kind == "not_nearby":
        names = " or ".join(f"“{name}”" for name in gap.detail)
        return (f"{where} {'does' if one else 'do'} not answer this: the paragraphs closest to the question do not "
                f"name {names}.")
    if gap and gap.kind == "absent":
        return f"{where} {'does' if one else 'do'} not address this: no paragraph uses {_words(gap.detail)}."
    off_topic = not passages or passages[0].similarity < Policy.abstain_below  # "Who won the World Cup?"
    if gap and gap.kind == "no_fact" and not off_topic:
        return (f"{where} {'gives' if one else 'give'} no {describe(gap.detail[0])} on this: "
                "the paragraphs closest to the question have none.")
    return f"Resolution {where} does not address this question." if one else f"{where} do not address this question."


def _unused_parts(question: str, gap: Gap | None) -> tuple[str, list[str]] | None:
    """For topics joined by "and" some of which use words no paragraph uses: the question asked of the others
    alone, and the parts left out; None otherwise."""
    if not gap or gap.kind != "absent":
        return None
    topic = searched_topic(without_asked(question))
    parts = conjuncts(topic) if topic else []
    missing = {word.lower() for word in gap.detail}
    unused = [part for part in parts if any(w.lower() in missing for w in re.findall(r"[\w'’-]+", part))]
    if not unused or len(unused) == len(parts) or topic not in question:
        return None
    return question.replace(topic, " and ".join(part for part in parts if part not in unused), 1), unused


def _with_unused(found: Answer, typed: str, unused: list[str], gap: Gap, documents: list[dict],
                 asked: list[str]) -> Answer:
    """The answer to the parts the text speaks of, then a sentence on those it never names (`asked`: the
    indexed resolutions the question names as its subject)."""
    if found.abstained:
        return Answer(typed, no_answer(documents, [], gap, asked), (), True, found.mode, found.removed)
    where, one = _subject(documents, asked)
    unnamed = " or ".join(unused)
    note = f"{where} {'does' if one else 'do'} not mention {unnamed}: no paragraph uses {_words(gap.detail)}."
    return Answer(typed, f"{found.answer} {note}", found.citations, False, found.mode, found.removed)


def _subject(documents: list[dict], asked: list[str]) -> tuple[str, bool]:
    """Who a sentence about the text names: the resolution asked about or the only one indexed ("A/RES/72/179"),
    else "The indexed resolutions"; and whether that is one resolution."""
    docs = list(asked) or [d["symbol"] for d in documents]
    if len(docs) == 1:
        return docs[0], True
    return (" and ".join(docs) if asked else "The indexed resolutions"), False


def _words(words) -> str:
    """“Paris” as "the word “Paris”", several as "the words “a”, “b” or “c”"."""
    quoted = [f"“{word}”" for word in words]
    return f"the word {quoted[0]}" if len(quoted) == 1 else f"the words {', '.join(quoted[:-1])} or {quoted[-1]}"


def _label(clause_label, clause_id: str) -> str:
    try:
        return clause_label(clause_id)
    except ValueError:
        return clause_id


def answer(assistant, question: str, generator: AnswerGenerator | None = None, k: int = ANSWER_DEPTH) -> Answer:
    """Answer with citations checked by the guard; abstain when nothing answers."""
    generator = generator or GroundedGenerator()
    typed, question = " ".join(question.split()), assistant.asked(question)  # the record keeps what was typed
    passages = assistant.retrieve(question, k)
    asked = assistant.asked_documents(question)
    # Words no paragraph uses: of the resolutions asked about, else of every indexed one, as the answer will say.
    gap = find_gap(question, passages, [d["symbol"] for d in assistant.documents],
                   assistant.vocabulary(set(asked) or None), assistant.theme({p.doc for p in passages}),
                   assistant.related(passages))
    who = None if gap else assistant.unasked(question, set(asked))
    gap = Gap("unasked", (who,)) if who else gap  # "What does it ask the Human Rights Council to do?"
    unused = _unused_parts(question, gap)
    if unused:  # "… about remittances and the Paris Agreement?": answer the first, say the text lacks the second
        found = answer(assistant, unused[0], generator, k)
        return _with_unused(found, typed, unused[1], gap, assistant.documents, asked)
    # re-ranked only now: whether anything answers is read off the search's own order
    policy = getattr(generator, "policy", None)
    passages = passages if gap else rerank(passages, question, assistant.embedder,
                                           policy.abstain_below if policy else 0.0)
    draft = Draft("", abstained=True) if gap else generator.draft(question, passages)
    if draft.abstained:
        message = no_answer(assistant.documents, passages, gap, asked)
        return Answer(typed, message, (), True, generator.mode)
    text, citations, removed = guard(draft, passages)
    if not citations:
        removed.append(Removed("no supported sentence left"))
        message = ("No answer could be verified: every sentence drafted cited a paragraph that was not retrieved, "
                   "or quoted words that are not in it.")
        return Answer(typed, message, (), True, generator.mode, tuple(removed))
    notes = goes_on(assistant, citations, passages) + also_in(assistant, question, passages) \
        + also_using(assistant, question, citations, passages)
    return Answer(typed, f"{text}{notes}", tuple(citations), False, generator.mode, tuple(removed))
