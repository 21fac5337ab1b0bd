"""The paragraphs whose opening word is a word of the question rank higher: the act, or the subject, asked about.

A resolution says what it does in the verb that opens each paragraph ("Urges", "Decides", "Recalling"), and a
question asks about an act in the same verb as often as not: "What are Member States urged to hand over?" is
answered by the paragraph opening "Urges all Member States", not by the one opening "Calls upon Member States" on
the same records; "What did the Assembly decide to hold regularly?" by the one opening "Decides". A paragraph that
states rather than acts opens with its subject ("The International Migration Review Forum shall ..."). Keyword
search counts that word as one among forty; here it is what the paragraph does or is about. Of the best
OPENING_DEPTH clauses, each whose opening word has the stem of a word of the question gains OPENING_WEIGHT (fused
scores run from about 0 to 1.2).

Measured on the dev splits (2026-12-06, weights 0.05 / 0.1 / 0.15): over the 910-resolution index, corpus dev hit@1
0.747 -> 0.759, hit@5 0.916 -> 0.928, F1 0.603 -> 0.620; whole-corpus dev hit@1 0.753 -> 0.778, hit@5 0.864 ->
0.889, doc@1 0.889 -> 0.901, F1 0.593 -> 0.591; the bundled resolution's dev hit@1 0.939 -> 0.942, F1 0.885 ->
0.888, abstention 0.911 -> 0.921. 0.05 gained half as much; 0.15 cost the bundled hit@1 (0.935). Only the opening
verb (a word ending in -s, -ing or -ed) gained less on both corpus splits (hit@1 0.747, 0.765).
"""

from __future__ import annotations

import re

import numpy as np

from assistant.language.stems import function_words, stemmer

from .acts import BEFORE_VERB

OPENING_WEIGHT = 0.1
OPENING_DEPTH = 30
_FIRST_WORDS = re.compile(r"[A-Za-z]+")


def opening_word(text: str) -> str | None:
    """The word that opens a paragraph, lowercase, adverbs and function words aside: its verb ("Also urges States
    ..." -> "urges", "We commit to ..." -> "commit", "(a) To halt arrests" -> "halt"), or the subject of a paragraph
    that states rather than acts ("The International Migration Review Forum shall ..." -> "international")."""
    stop = function_words()
    words = [w.lower() for w in _FIRST_WORDS.findall(text[:80])]
    return next((w for w in words if w not in BEFORE_VERB and w not in stop and w != "we"), None)


def opening_stem(text: str) -> str | None:
    """The stem of the paragraph's opening word (None when it has none)."""
    word = opening_word(text)
    return stemmer()(word) if word else None


def with_opening_words(scores: np.ndarray, question_stems: frozenset[str], opening) -> np.ndarray:
    """`scores` with OPENING_WEIGHT added to each of the best OPENING_DEPTH rows whose opening word's stem
    (`opening(row)`, opening_stem of its text) is among `question_stems`; the same array when none is."""
    depth = min(OPENING_DEPTH, len(scores))
    if not depth or not question_stems:
        return scores
    top = np.argpartition(-scores, depth - 1)[:depth]
    agree = [int(i) for i in top if scores[i] > -np.inf and opening(int(i)) in question_stems]
    if not agree:
        return scores
    scores = scores.copy()
    scores[agree] += OPENING_WEIGHT
    return scores
