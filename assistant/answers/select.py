"""Which retrieved clauses an answer cites, and when it cites none: the answer policy, calibrated on the dev split."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.documents.citation import split_id
from assistant.questions.question import Question
from assistant.search.facts import answers_fact
from assistant.search.passage import Passage
from assistant.search.renewed import years_in

from .guard import normalise
from .listed import items_of

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
    A question that does not ask for several things cites one resolution's clauses, or the same words renewed in
    others: a close clause of another resolution in other words (last year's appropriation for another period,
    an earlier session's list of countries) was more often a wrong citation than a second answer (2026-12-06, over
    the 910-resolution index: corpus dev citation precision 0.607 -> 0.617, F1 0.627 -> 0.623; whole-corpus dev
    precision 0.549 -> 0.622, F1 0.610 -> 0.652; one resolution indexed: unchanged).
    neighbour_ratio: also cite a clause beside a cited one under the same chapeau (OP5(f) beside OP5(g)) whose
        fused score is at least this share of the best one: a resolution says what it says of one subject in
        consecutive sub-paragraphs, so a neighbour that scores nearly as well is more often part of the answer.
    A question that asks for a figure or a date cites only clauses that give one (assistant.facts).
    Recalibrated on 2026-12-07 over the bundled, corpus and whole-corpus dev splits at once (abstain_below 0.33 ->
    0.36, max_citations 3 -> 2): dev F1 0.884 -> 0.887 (abstention 0.911 -> 0.921), 0.775 -> 0.782, 0.747 alike.
    The grid's best mean cited one clause only (whole-corpus dev F1 0.773), but cost the corpus dev split recall
    0.819 -> 0.762 where the right paragraph is the second cited: not kept.
    """

    abstain_below: float = 0.36
    keep_ratio: float = 0.95
    keep_similarity: float = 0.5
    max_citations: int = 2
    list_ratio: float = 0.9
    list_max_citations: int = 3
    single_below: float = 0.4
    neighbour_ratio: float = 0.85


def select(passages: list[Passage], policy: Policy, question: Question) -> list[Passage]:
    """The clauses to cite: those the question names, else the best and any close to it; each followed by its
    sub-paragraphs when its sentence runs on into them (answers.listed)."""
    chosen = _chosen([p for p in passages if p.via != "item"], policy, question)
    cited: list[Passage] = []
    for passage in chosen:
        cited += [p for p in [passage, *items_of(passage, passages)] if p not in cited]
    return cited


def _chosen(passages: list[Passage], policy: Policy, question: Question) -> list[Passage]:
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
    several = question.several
    ratio = policy.list_ratio if several else policy.keep_ratio
    most = policy.list_max_citations if several else policy.max_citations
    top = passages[0]
    close = [p for p in passages[1:] if p.score >= ratio * top.score and p.similarity >= policy.keep_similarity]
    if top.keyword < policy.single_below:  # one clause, and the same words in other resolutions (a renewed text)
        close, most = [p for p in close if normalise(p.text) == normalise(top.text)], 1 + len(close)
    # beside an operative paragraph that answers, a preambular one close to it in score recalls or notes the
    # subject the operative one acts on: context, not the answer (over the corpus dev split, citation precision
    # 0.520 -> 0.556, recall unchanged; the bundled resolution's dev F1 0.882 -> 0.881), and so when the
    # preambular one scores best by a little (see _acting_first)
    top, close = _acting_first(top, close)
    close = [p for p in close if not (top.kind != "preambular" and p.kind == "preambular")]
    if question.years and top.year in question.years:  # "according to the 2023 resolution": that year's only
        close = [p for p in close if p.year in question.years]
    top, close = _on_the_period(top, close, question)
    if not several:  # one thing asked: answered from one resolution, or the same words renewed in others
        close = [p for p in close if p.doc == top.doc or normalise(p.text) == normalise(top.text)]
    # "How many ...?": a clause without a figure does not answer it
    chosen = [p for p in [top, *close] if answers_fact(p.text, question)][:most]
    beside = [p for p in passages[1:NEIGHBOUR_DEPTH] if p not in chosen and p.via == "search" and answers_fact(p.text, question)
              and p.score >= policy.neighbour_ratio * top.score and p.similarity >= policy.keep_similarity
              and any(side_by_side(c, p) for c in chosen)]
    return chosen + beside[:max(policy.list_max_citations - len(chosen), 0)]


def _on_the_period(top: Passage, close: list[Passage], question: Question) -> tuple[Passage, list[Passage]]:
    """Of the best resolution's close paragraphs, the one writing most of the years the question writes (not its
    years of adoption) as the best, and none writing fewer: "for July 2025 to June 2026" is the appropriation for
    that period, not the additional one "for 1 July 2023 to 30 June 2024" beside it (2026-12-07)."""
    periods = [y for y in question.written_years if y not in question.years]
    if not periods:
        return top, close
    writes = {id(p): years_in(p.text, periods) for p in [top, *close]}
    first = max([p for p in [top, *close] if p.doc == top.doc], key=lambda p: writes[id(p)])
    return first, [p for p in [top, *close] if p is not first and writes[id(p)] >= writes[id(first)]]


def _acting_first(top: Passage, close: list[Passage]) -> tuple[Passage, list[Passage]]:
    """The best operative paragraph among those close to a preambular best one, as the best.

    "Whose will must the administering Power take into account?" found "Recalling the statement made by the
    Speaker of the Guam legislature ..." a little over "Calls once again upon the administering Power to take into
    consideration the expressed will of the people ...", and cited both. Fifteenth session, 910-resolution index:
    corpus dev citation precision 0.676 -> 0.696 (F1 0.676 -> 0.686), the slice's dev 0.723 -> 0.737, whole-corpus
    dev 0.655 -> 0.661 (abstention 0.70 -> 0.75); recall, the bundled resolution and change questions unchanged.
    """
    if top.kind != "preambular":
        return top, close
    acting = next((p for p in close if p.kind != "preambular"), None)
    return (top, close) if acting is None else (acting, [p for p in close if p is not acting])


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


