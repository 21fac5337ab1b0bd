"""Why a question cannot be answered, known before drafting (`find_gap`), and how to say so (`no_answer`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.documents.citation import clause_label
from assistant.language.countries import is_country
from assistant.questions.patterns import conjuncts
from assistant.questions.question import Question
from assistant.search.facts import answers_fact, describe
from assistant.search.lexicon import words_of
from assistant.search.mentions import names_part_of
from assistant.search.passage import Passage

from .absent import absent_words, unnamed_nearby
from .heading import MAX_LISTED, describe_heading
from .select import Policy

PROVISION_DEPTH = 5  # "Does it set a date for a referendum?": the provision's words are looked for in these clauses
FACT_DEPTH = 3  # a figure, date, person or country asked for must be in one of the clauses that could be cited


@dataclass(frozen=True)
class Gap:
    """Why a question cannot be answered, known before drafting.

    kind: "unrecorded" (votes, sponsors), "not_indexed" (detail: the symbols), "heading" (detail: "date" or
    "title", then the symbols it is asked of), "no_paragraph" (detail: the named ids that do not exist),
    "unmentioned" (detail: the name no clause mentions), "enforcement" (how it is enforced, whether it binds),
    "absent" (detail: the words of the provision asked about that no clause uses), "absent_nearby" (the same,
    of the clauses that could answer: PROVISION_DEPTH of them), "not_nearby" (detail: names
    used somewhere in a large index, but in none of the clauses retrieved), "no_fact" (detail: the kind of
    fact asked for) or, found by `answer`, "unasked" (detail: who the text names but asks nothing of).
    """

    kind: str
    detail: tuple[str, ...] = ()


def find_gap(question: Question, passages: list[Passage], documents: list[str] = (),
             vocabulary: frozenset[str] = frozenset(), theme: frozenset[str] = frozenset(),
             related: Callable[[str], bool] | None = None) -> Gap | None:
    """Votes or sponsors, a resolution asked about that is not indexed (`documents`: the indexed symbols),
    what only the heading states, a named paragraph that does not exist, a name no paragraph mentions, a
    provision in words no paragraph uses (`vocabulary`: the stems of the answering resolutions' words; `theme`:
    of their titles; `related`: whether a word has a near-synonym in the passages), how the resolution is
    enforced, or a figure, date, person or country asked for that none of the best clauses gives."""
    if question.outside == "unrecorded":
        return Gap("unrecorded")
    if question.not_indexed and not question.documents:
        return Gap("not_indexed", question.not_indexed)
    if question.heading:
        return Gap("heading", (question.heading, *(question.documents or documents)))
    if question.references and not any(p.via == "reference" for p in passages):
        return Gap("no_paragraph", tuple(r.clause_id for r in question.references))
    if question.listed_name and not any(p.via == "mention" for p in passages):
        return Gap("unmentioned", (question.listed_name,))
    name = question.mentioned  # "Does it mention the Global Compact on Refugees?"
    if name and not any(names_part_of(p.text, part) for p in passages for part in question.mentioned_parts):
        return Gap("unmentioned", (name,))
    if question.outside == "enforcement":
        return Gap("enforcement")
    fact = question.fact  # before words: "gives no figures" says more than "no paragraph uses “Europe”"
    if fact and not any(answers_fact(p.text, question) for p in passages[:FACT_DEPTH]):
        return Gap("no_fact", (fact,))
    missing = absent_words(question, vocabulary, theme, related) if vocabulary and not question.references else []
    nearby = False
    if not missing and (question.whether or question.provision) and passages and not question.references:
        # the provision's words in the paragraphs that could answer too: among hundreds of resolutions some
        # paragraph uses almost any word ("Does it set a date for a referendum?", "What sanctions does it impose?":
        # whole-corpus dev abstention 0.55 -> 0.60 and one answerable question abstained on, c182, 2026-12-06)
        near = frozenset().union(*(words_of(p.text) for p in passages[:PROVISION_DEPTH]))
        missing = absent_words(question, near, theme, related)
        nearby = bool(missing)
    if missing and not any(p.via == "mention" for p in passages):  # a State named in another form: "Mexican"
        kind = "absent_nearby" if nearby else "absent"
        return Gap("unmentioned" if len(missing) == 1 and is_country(missing[0]) else kind, tuple(missing))
    # a name in the title of a resolution found names that resolution ("Under the Global Compact, ...?"), not a
    # thing its paragraphs must name
    titles = list(dict.fromkeys(p.doc_title for p in passages))
    unnamed = unnamed_nearby(question.names, [p.text for p in passages] + titles) \
        if len(documents) > 1 and not question.references else []
    if unnamed and not any(p.via == "mention" for p in passages):
        return Gap("not_nearby", tuple(unnamed))
    return None


def no_answer(documents: list[dict], passages: list[Passage], gap: Gap | None, asked: tuple[str, ...] = ()) -> str:
    """Why there is no answer, in one sentence (`documents`: the index's; `gap` from find_gap, None when drafting
    found nothing; `asked`: the indexed resolutions the question names as its subject)."""
    where, one = subject(documents, asked)
    kind = gap.kind if gap else None
    does, do = ("does", "gives") if one else ("do", "give")
    if kind == "unrecorded":
        return ("The text of a resolution does not record how it was voted, who sponsored it or what delegations "
                "said of it; see the meeting records of its adoption.")
    if kind == "not_indexed":
        indexed = [d["symbol"] for d in documents]
        held = ", ".join(indexed) if len(indexed) <= MAX_LISTED else f"{len(indexed)} resolutions"
        return f"{' and '.join(gap.detail)} {'is' if len(gap.detail) == 1 else 'are'} not in the index, which holds {held}."
    if kind == "heading":
        return describe_heading(gap.detail[0], [d for d in documents if d["symbol"] in gap.detail[1:]])
    if kind == "no_paragraph":
        sections = _sections_holding(documents, asked, gap.detail[0])
        if sections:  # "paragraph 3" of a resolution numbering each section afresh: the candidates, none chosen
            return (f"{where} numbers its paragraphs afresh in each section: {_label(gap.detail[0])} is in sections "
                    f"{', '.join(sections)}; ask for one (“section {sections[-1]}, paragraph "
                    f"{_label(gap.detail[0]).rsplit(' ', 1)[-1]}”).")
        labels = ", ".join(_label(clause_id) for clause_id in gap.detail)
        return f"{where} {'has' if one else 'have'} no {labels}."
    if kind == "unmentioned":
        article = "" if all(is_country(name) for name in conjuncts(gap.detail[0])) else "the "
        return f"{where} {does} not mention {article}{gap.detail[0]}."
    if kind == "enforcement":
        return (f"{where} {does} not say how {'it is' if one else 'they are'} enforced or what "
                "follows when a State does not comply.")
    if kind == "unasked":
        return f"{where} {does} not ask anything of {gap.detail[0]}."
    if kind == "not_nearby":
        names = " or ".join(f"“{name}”" for name in gap.detail)
        return f"{where} {does} not answer this: the paragraphs closest to the question do not name {names}."
    if kind == "absent":
        return f"{where} {does} not address this: no paragraph uses {quoted_words(gap.detail)}."
    if kind == "absent_nearby":
        return (f"{where} {does} not address this: the paragraphs closest to the question do not use "
                f"{quoted_words(gap.detail)}.")
    off_topic = not passages or passages[0].similarity < Policy.abstain_below  # "Who won the World Cup?"
    if kind == "no_fact" and not off_topic:
        return f"{where} {do} no {describe(gap.detail[0])} on this: the paragraphs closest to the question have none."
    return f"Resolution {where} does not address this question." if one else f"{where} do not address this question."


def subject(documents: list[dict], asked: tuple[str, ...]) -> tuple[str, bool]:
    """Who a sentence about the text names: the resolution asked about or the only one indexed ("A/RES/72/179"),
    else "The indexed resolutions"; and whether that is one resolution."""
    docs = list(asked) or [d["symbol"] for d in documents]
    if len(docs) == 1:
        return docs[0], True
    return (" and ".join(docs) if asked else "The indexed resolutions"), False


def quoted_words(words) -> str:
    """“Paris” as "the word “Paris”", several as "the words “a”, “b” or “c”"."""
    quoted = [f"“{word}”" for word in words]
    return f"the word {quoted[0]}" if len(quoted) == 1 else f"the words {', '.join(quoted[:-1])} or {quoted[-1]}"


def _sections_holding(documents: list[dict], asked: tuple[str, ...], clause_id: str) -> list[str]:
    """The sections of the resolutions asked about that hold `clause_id` ("OP3" -> ["I", "II", ...])."""
    named = [d for d in documents if d["symbol"] in asked]
    return [cid.split(".")[0] for d in named for cid in d.get("ids") or () if cid.endswith(f".{clause_id}")
            and cid.split(".")[0][:1] in "IVXL"]


def _label(clause_id: str) -> str:
    try:
        return clause_label(clause_id)
    except ValueError:
        return clause_id


def unused_parts(question: Question, gap: Gap | None) -> tuple[str, list[str]] | None:
    """For topics joined by "and" some of which use words no paragraph uses: the question asked of the others
    alone (its text), and the parts left out; None otherwise."""
    if not gap or gap.kind != "absent":
        return None
    topic = question.topic
    parts = conjuncts(topic) if topic else []
    missing = {word.lower() for word in gap.detail}
    unused = [part for part in parts if any(w.lower() in missing for w in re.findall(r"[\w'’-]+", part))]
    if not unused or len(unused) == len(parts) or topic not in question.text:
        return None
    return question.text.replace(topic, " and ".join(part for part in parts if part not in unused), 1), unused
