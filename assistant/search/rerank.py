"""The few best clauses re-ranked by how closely they match the question word by word (late interaction)."""

from __future__ import annotations

import dataclasses

from assistant.language.stems import stemmer, stopwords
from assistant.questions.question import Question

from .passage import Passage

LATE_WEIGHT = 1.0  # chosen on the dev split (citation F1 0.894 -> 0.900; 0.5 and 1.5 did less)
RERANK_DEPTH = 6


def rerank(passages: list[Passage], question: Question, embedder, floor: float = 0.0, weight: float = LATE_WEIGHT,
           depth: int = RERANK_DEPTH, shared: frozenset[str] = frozenset()) -> list[Passage]:
    """The first `depth` passages, rescored as their share of the best fused score plus `weight` times their
    MaxSim less the best MaxSim, and those of the best one's resolution re-sorted among their own places; the rest
    unchanged.

    Word-by-word matching tells a resolution's paragraphs apart; which resolution answers is the search's to say
    (its titles, years, the paragraphs' own words): over the 910-resolution index, re-sorting all six let a
    paragraph of another resolution, or another year's, come first where the search had the right one (the answer's
    first citation right for 0.723 of corpus dev questions, 0.642 of whole-corpus dev, against the search's 0.771
    and 0.778). Kept to the best one's resolution (2026-12-06): corpus dev F1 0.620 -> 0.627, whole-corpus dev F1
    0.591 -> 0.610, abstention alike; one resolution indexed (the bundled text): unchanged.

    `shared`: the word stems the best one's resolution's paragraphs share (search.within), left out of the
    question's words: each of its paragraphs has them, and the one naming the subject in full ("the Human Rights
    Training and Documentation Centre for South-West Asia and the Arab Region") matched them best, undoing the
    within-resolution re-ranking that had found the paragraph on what was asked (2026-12-07, 910-resolution index:
    corpus test F1 0.635 -> 0.743, whole-corpus dev 0.718 -> 0.774, corpus dev 0.765 -> 0.775; over one resolution,
    its dev and test alike within 0.003 either way, so answers/answering.py passes it only when several are held).

    Only a plain search is re-ranked: clauses found by what the question names (a paragraph number, a topic,
    a mention) are already the answer. The new score keeps the best one's scale, so the answer policy's
    ratios and thresholds read it as before. An embedder without `late_scores` leaves the order as it is.
    `floor` is the answer policy's abstention threshold on the best clause's similarity, calibrated on the
    search's own order: a clause under it is never brought first, so re-ranking leaves that decision alone.
    """
    head = passages[:depth]
    late_scores = getattr(embedder, "late_scores", None)
    if weight == 0 or len(head) < 2 or late_scores is None or any(p.via != "search" for p in head) \
            or head[0].similarity < floor or head[0].score <= 0:
        return passages
    # the question as it was searched: its word pieces come from the search's own run through the model
    # the question's words its resolution's paragraphs share (`shared`: stems, search.within) match every one of
    # them alike: "the human rights training centre for the Arab region" would bring back the paragraph naming it
    late = late_scores(question.phrasings[0], [p.text for p in head], is_content_word, _unshared(shared))
    best_score, best_late = head[0].score, float(late.max())  # a search's passages come best first
    mixed = [p.score / best_score + weight * (float(m) - best_late) for p, m in zip(head, late)]
    top = max(mixed)
    rescored = [dataclasses.replace(p, score=best_score * (1 + m - top)) for p, m in zip(head, mixed)]
    places = [i for i, p in enumerate(head) if p.doc == head[0].doc]
    ordered = list(rescored)
    for place, passage in zip(places, sorted((rescored[i] for i in places), key=lambda p: -p.score)):
        ordered[place] = passage
    first = next(i for i, p in enumerate(ordered) if p.similarity >= floor)
    return [ordered[first], *ordered[:first], *ordered[first + 1:], *passages[depth:]]


def _unshared(shared: frozenset[str]):
    """Whether a word's stem is not among `shared`; None when none is (every content word takes part)."""
    if not shared:
        return None
    stem = stemmer()
    return lambda word: stem(word) not in shared


def is_content_word(word: str) -> bool:
    """Whether a word piece takes part in the match: "the", "is", "of" do not (bm25s's short English list;
    leaving out "what", "does", "which" and the like too measured the same on the dev split)."""
    return word not in stopwords()
