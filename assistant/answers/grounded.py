"""Grounded answers (no LLM): the relevant clauses, in their own words, each followed by its citation."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .answer import Draft
from assistant.documents.citation import split_id
from assistant.questions.facts import asked_fact, gives_fact
from .guard import normalise
from assistant.questions.kinds import kind_stems
from assistant.search.passage import Passage
from .prose import (body_name, focused_quote, governing_phrase, lower_first, phrases, predicate, second_verb,
                    trim_end)
from assistant.language.stems import function_words, stemmer, stopwords
from assistant.questions.topics import searched_topic, topic_parts

CHAPEAU_WORDS = 35
NEIGHBOUR_DEPTH = 6  # neighbours are looked for among the five runners-up


@dataclass(frozen=True)
class Policy:
    """When to abstain and which retrieved clauses to cite; calibrated on the dev split
    (scripts/calibrate_answers.py), never on the test split.

    abstain_below: abstain when the best clause's dense similarity is under this (adding BM25 evidence,
        or measuring the best clause against the rest, separated answerable from unanswerable no better).
    keep_ratio: also cite a clause whose fused score is at least this share of the best one...
    keep_similarity: ...and whose similarity is at least this.
    max_citations: never cite more clauses than this.
    list_ratio, list_max_citations: the same, for questions that ask for several things
        ("Which treaties ...?", "List ...", "Where is X mentioned?").
    single_below: cite only the best clause when its keyword score (BM25, scaled to the best) is under this:
        a question in other words than the text's ("Should kids be kept in lockups?") finds its closest
        clause more reliably than the runners-up.
    neighbour_ratio: also cite a clause beside a cited one under the same chapeau (OP5(f) beside OP5(g)) whose
        fused score is at least this share of the best one: a resolution says what it says of one subject in
        consecutive sub-paragraphs, so a neighbour that scores nearly as well is more often part of the answer.
    A question that asks for a figure or a date cites only clauses that give one (assistant.facts).
    """

    abstain_below: float = 0.33
    keep_ratio: float = 0.95
    keep_similarity: float = 0.5
    max_citations: int = 3
    list_ratio: float = 0.9
    list_max_citations: int = 3
    single_below: float = 0.4
    neighbour_ratio: float = 0.85


LIST_QUESTION = re.compile(
    r"^\s*(?:which|what)\s+(?:\w+\s+){0,2}?(?!does\b|is\b|was\b|has\b|this\b|us\b)\w{3,}s\b"
    r"|\b(?:list|compare|all the|each of)\b|^\s*where\b.*\b(?:mention|refer|cite)", re.I)


def asks_for_several(question: str) -> bool:
    """"Which treaties ...?", "What measures ...?", "List ...", "Where is X mentioned?"."""
    return bool(LIST_QUESTION.search(question))


def select(passages: list[Passage], policy: Policy, question: str = "") -> list[Passage]:
    """The clauses to cite: those the question names, else the best and any close to it."""
    named = [p for p in passages if p.via == "reference"]
    if named:
        return named[:policy.list_max_citations]
    mentioning = [p for p in passages if p.via == "mention"]
    if mentioning:  # "Where is X mentioned?": every paragraph that names it
        return mentioning
    topical = [p for p in passages if p.via == "topic"]
    if len(topical) > 1:  # "What does it say about family reunification?": each paragraph that speaks of it
        return topical
    if not passages or passages[0].similarity < policy.abstain_below:
        # one paragraph uses every word of what is asked for ("Does it ask for data collection?": OP9(f)): it
        # speaks of it, however far the question's phrasing is from the paragraph's as a whole
        return topical
    several = asks_for_several(question)
    ratio = policy.list_ratio if several else policy.keep_ratio
    most = policy.list_max_citations if several else policy.max_citations
    top = passages[0]
    close = [p for p in passages[1:] if p.score >= ratio * top.score and p.similarity >= policy.keep_similarity]
    if top.keyword < policy.single_below:  # one clause, and the same words in other resolutions (a renewed text)
        close, most = [p for p in close if normalise(p.text) == normalise(top.text)], 1 + len(close)
    asked = asked_fact(question)  # "How many ...?": a clause without a figure does not answer it
    answers = (lambda p: gives_fact(p.text, asked, question)) if asked else (lambda p: True)
    chosen = [p for p in [top, *close] if answers(p)][:most]
    beside = [p for p in passages[1:NEIGHBOUR_DEPTH] if p not in chosen and p.via == "search" and answers(p)
              and p.score >= policy.neighbour_ratio * top.score and p.similarity >= policy.keep_similarity
              and any(side_by_side(c, p) for c in chosen)]
    return chosen + beside[:max(policy.list_max_citations - len(chosen), 0)]


def side_by_side(a: Passage, b: Passage) -> bool:
    """Whether two clauses are neighbours under one chapeau (OP5(f), OP5(g)), or a chapeau and its first
    sub-paragraph (OP9, OP9(a))."""
    try:
        (prefix_a, number_a, subs_a), (prefix_b, number_b, subs_b) = split_id(a.id), split_id(b.id)
    except ValueError:
        return False
    if a.doc != b.doc or (prefix_a, number_a) != (prefix_b, number_b):
        return False
    if len(subs_a) == len(subs_b) == 1 and len(subs_a[0]) == len(subs_b[0]) == 1:
        return abs(ord(subs_a[0]) - ord(subs_b[0])) == 1
    return {subs_a, subs_b} == {(), ("a",)}


class GroundedGenerator:
    """Composes an answer from clause text; the only words it adds are "The General Assembly" / "It"."""

    mode = "grounded"

    def __init__(self, policy: Policy | None = None):
        self.policy = policy or Policy()

    def draft(self, question: str, passages: list[Passage]) -> Draft:
        chosen = select(passages, self.policy, question)
        if not chosen:
            return Draft("", abstained=True)
        qualify = len({p.doc for p in chosen}) > 1
        stem = stemmer()
        # a question about a kind of document ("Which treaties ...?") is answered by the words naming one
        wanted = {stem(w) for w in re.findall(r"[a-z]+", question.lower()) if w not in stopwords()} \
            | kind_stems(question, stem)
        asked = asked_fact(question)
        holds_fact = (lambda phrase: gives_fact(phrase, asked, question)) if asked else None
        topic = searched_topic(question)
        said: dict[tuple[str, str], list[str]] = {}  # (chapeau lead, what it says) -> markers
        quotes, first_doc = {}, chosen[0].doc
        for passage in chosen:
            quote = _quote(passage, wanted, stem, holds_fact, topic)
            # The same words in several resolutions (a text renewed each session) are written once, cited by each.
            lead = _chapeau_lead(passage.chapeau) if passage.chapeau else ""
            said.setdefault((lead, _body(passage, quote, wanted, stem)), []).append(
                f"[{passage.key if qualify else passage.id}]")
            quotes[passage.key] = [quote]
        return Draft(_prose(list(said.items()), body_name(first_doc)), quotes)


def _quote(passage: Passage, wanted: set[str], stem, holds_fact, topic: str | None) -> str:
    """The words of the clause that bear on the question; a paragraph asked for by name is given whole, and
    one that speaks of two topics asked about together ("racism and xenophobia") is quoted holding both."""
    if passage.via == "reference":
        return trim_end(passage.text)
    parts = topic_parts(topic, [passage.text.lower()], function_words(), stem) if topic else ()
    return focused_quote(passage.text, wanted, stem, holds_fact, parts)


def _prose(said: list[tuple[tuple[str, str], list[str]]], subject: str) -> str:
    """Sentences from (chapeau lead, body) -> markers; sub-paragraphs under one chapeau share one sentence
    ("… and in this regard: urges States … [OP5(k)]; calls upon States … [OP5(h)]")."""
    sentences = []
    for lead, group in itertools.groupby(said, key=lambda item: item[0][0]):
        parts = [f"{lower_first(body) if lead else body} {' '.join(markers)}" for (_, body), markers in group]
        who = subject if not sentences else "It"
        if not lead:
            sentences += [f"{who if i == 0 else 'It'} {part}." for i, part in enumerate(parts)]
        elif len(parts) == 1:
            sentences.append(f"{who} {lead} {parts[0]}.")
        else:
            sentences.append(f"{who} {lead.rstrip(':')}: {'; '.join(parts)}.")
    return " ".join(sentences)


def _body(passage: Passage, quote: str, wanted: set[str], stem) -> str:
    """What the clause says, as a predicate: "urges States to …", or the opening of the phrase that governs the
    quoted words and the quoted words. A quoted preambular phrase with a verb of its own ("and in this regard
    recalling that sanctions ...") is said by itself ("recalls that sanctions ...") unless the phrase before it
    also bears on the question: "expresses concern … and in this regard recalling" mixes verb forms."""
    lead = trim_end(governing_phrase(passage.text, quote))
    own = second_verb(quote) if passage.kind == "preambular" and quote != trim_end(passage.text) else None
    if own and not {stem(w) for w in re.findall(r"[a-z]+", lead.lower())} & wanted:
        return predicate(own, passage.kind)
    if quote == trim_end(passage.text) or quote.startswith(lead):
        return predicate(passage.text if quote == trim_end(passage.text) else quote, passage.kind)
    return f"{predicate(lead, passage.kind)} … {quote}"


def _chapeau_lead(chapeau: str) -> str:
    """"Also reaffirms the duty of States ..., and therefore:" -> "also reaffirms the duty of States ... and therefore"."""
    link = re.search(r",?\s*(and therefore|and in this regard|and in that regard|and accordingly)\s*:\s*$", chapeau)
    # "... the following principles:" introduces the sub-paragraph itself; anything else is joined by "and"
    connector = link.group(1) if link else (":" if chapeau.rstrip().endswith(":") else "and")
    core = chapeau[:link.start()] if link else trim_end(chapeau)
    if len(core.split()) > CHAPEAU_WORDS:
        core = trim_end(phrases(core)[0])
    return f"{lower_first(core)}{connector}" if connector == ":" else f"{lower_first(core)} {connector}"
