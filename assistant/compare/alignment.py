"""Two resolutions' paragraphs paired: each with its counterpart in the other, or with none.

Paragraphs are paired by a similarity that mixes their words (the share of word sequence two texts have in
common, difflib) and their meaning (the cosine of their stored vectors), within the same part of the text
(preamble with preamble, operative paragraphs and sub-paragraphs with their own kind). The pairing keeps the
texts' order (a dynamic programme, as a word processor's compare does); paragraphs left over are then paired when
they are near-identical elsewhere (moved), or when one paragraph's words are mostly inside another's (split or
merged). What is left is new (only in B) or dropped (only in A).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

import numpy as np

from assistant.documents.citation import split_id

from .diff import word_diff, words

MATCH = 0.5  # below this two paragraphs are different ones (dev pair 78/217 <-> 80/218: 0.40-0.50 best, recall 1.0)
MOVED = 0.8  # a paragraph out of order is paired only when this close
CONTAINED = 0.8  # share of a short paragraph's words inside a longer one for a split or a merge
WORDS_WEIGHT = 0.5  # the rest is the embedding cosine
NEIGHBOURS = 2  # a moved paragraph's neighbours this near may have moved with it...
OPENING = 12  # a merged paragraph's opening words, read for which of the merged ones it goes on from


@dataclass(frozen=True)
class Paragraph:
    """One side's paragraph as the alignment reads it."""

    id: str
    kind: str
    text: str


@dataclass(frozen=True)
class Pair:
    """A paragraph of A and its counterpart in B (either may be None), how they differ, and the word diff."""

    a: str | None
    b: str | None
    status: str  # unchanged | changed | renumbered | split | merged | new | dropped
    similarity: float = 0.0
    diff: tuple[tuple[str, str], ...] = ()  # ("equal" | "insert" | "delete", words)
    a_text: str = ""  # each side's words, for showing a pair with no diff (unchanged, new, dropped)
    b_text: str = ""

    def to_dict(self) -> dict:
        return {"a": self.a, "b": self.b, "status": self.status, "similarity": round(self.similarity, 3),
                "diff": [{"op": op, "text": text} for op, text in self.diff]}


def similarity_matrix(a: list[Paragraph], b: list[Paragraph], vectors_a: np.ndarray,
                      vectors_b: np.ndarray) -> np.ndarray:
    """Similarity of every paragraph of A to every paragraph of B; paragraphs of different parts score 0, and so do
    pairs that cannot reach MATCH."""
    cosine = np.clip(vectors_a @ vectors_b.T, 0.0, 1.0) if len(a) and len(b) else np.zeros((len(a), len(b)))
    out = np.zeros((len(a), len(b)), dtype=np.float32)
    words_b = [words(p.text) for p in b]
    for i, pa in enumerate(a):
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(words(pa.text))
        for j, pb in enumerate(b):
            if _part(pa) != _part(pb) or cosine[i, j] < MATCH - WORDS_WEIGHT:
                continue  # cannot reach MATCH: words add at most WORDS_WEIGHT
            matcher.set_seq1(words_b[j])
            # only similarities of MATCH and above are read: the quick upper bounds of the words' ratio first
            if any(WORDS_WEIGHT * bound() + (1 - WORDS_WEIGHT) * cosine[i, j] < MATCH
                   for bound in (matcher.real_quick_ratio, matcher.quick_ratio)):
                continue
            out[i, j] = WORDS_WEIGHT * matcher.ratio() + (1 - WORDS_WEIGHT) * cosine[i, j]
    return out


def align(a: list[Paragraph], b: list[Paragraph], vectors_a: np.ndarray, vectors_b: np.ndarray) -> list[Pair]:
    """Every paragraph of A and of B in exactly one pair, in B's order with dropped paragraphs where they stood."""
    sim = similarity_matrix(a, b, vectors_a, vectors_b)
    matched = dict(_in_order(sim))
    moved = _moved(sim, matched)
    matched |= moved
    matched |= _moved_with(a, b, sim, matched, moved)
    matched = _merges_by_opening(a, b, sim, matched)
    pairs = {i: _pair(a[i], b[j], float(sim[i, j])) for i, j in matched.items()}
    extra = _split_or_merged(a, b, matched)
    index_of = {p.id: i for i, p in enumerate(a)}
    for part in extra:  # the paragraph that kept the text is part of the split (or the merge) too
        i = index_of[part.a] if part.status == "split" else next(k for k, j in matched.items()
                                                                 if b[j].id == part.b)
        pairs[i] = Pair(pairs[i].a, pairs[i].b, part.status, pairs[i].similarity, pairs[i].diff, pairs[i].a_text,
                        pairs[i].b_text)
    return _ordered(a, b, pairs, extra)


def _part(p: Paragraph) -> str:
    return "preamble" if p.kind == "preambular" else "annex" if p.id.startswith("ANNEX") else "operative"


def _in_order(sim: np.ndarray) -> list[tuple[int, int]]:
    """The order-keeping pairing with the most similarity above MATCH (Needleman-Wunsch with free gaps)."""
    n, m = sim.shape
    gain = np.where(sim >= MATCH, sim - MATCH + 1e-3, -np.inf)
    best = np.zeros((n + 1, m + 1), dtype=np.float64)
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            best[i, j] = max(best[i - 1, j], best[i, j - 1], best[i - 1, j - 1] + gain[i - 1, j - 1])
    pairs, i, j = [], n, m
    while i and j:
        if best[i, j] == best[i - 1, j]:
            i -= 1
        elif best[i, j] == best[i, j - 1]:
            j -= 1
        else:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
    return pairs[::-1]


def _merges_by_opening(a: list[Paragraph], b: list[Paragraph], sim: np.ndarray,
                       matched: dict[int, int]) -> dict[int, int]:
    """Each pair whose B paragraph also matches an unpaired neighbour of its A paragraph (two paragraphs merged
    into one) given to the one whose opening words B's opening keeps: the merged text goes on from where that one
    began ("Further encourages States to ... protect witnesses in cases of smuggling ... and victims in cases of
    trafficking" merged two paragraphs; their similarities differ by 0.01)."""
    out = dict(matched)
    for i, j in matched.items():
        rivals = [k for k in (i - 1, i + 1) if 0 <= k < len(a) and k not in out and sim[k, j] >= MATCH]
        if not rivals:
            continue
        opening = words(b[j].text)[:OPENING]
        best = max([i] + rivals, key=lambda k: (_opening_ratio(words(a[k].text)[:OPENING], opening), k == i))
        if best != i:
            del out[i]
            out[best] = j
    return out


def _opening_ratio(first: list[str], second: list[str]) -> float:
    return difflib.SequenceMatcher(None, first, second, autojunk=False).ratio()


def _moved(sim: np.ndarray, matched: dict[int, int]) -> dict[int, int]:
    """Near-identical paragraphs the order-keeping pass left unpaired (a paragraph moved elsewhere)."""
    taken, found = set(matched.values()), {}
    for i in np.argsort(-sim.max(axis=1, initial=0)):
        if int(i) in matched:
            continue
        for j in np.argsort(-sim[i]):
            if sim[i, j] < MOVED:
                break
            if int(j) not in taken:
                found[int(i)], taken = int(j), taken | {int(j)}
                break
    return found


def _moved_with(a: list[Paragraph], b: list[Paragraph], sim: np.ndarray, matched: dict[int, int],
                moved: dict[int, int]) -> dict[int, int]:
    """Unpaired neighbours of a moved paragraph paired with unpaired paragraphs near where it went, at MATCH as the
    order-keeping pass pairs: a block of the preamble moves together (2019's paragraphs on the 2030 Agenda, the
    Review Forum and the Global Forum came up as 2025's PP9-PP13), while each of its paragraphs changes its news."""
    taken, found = set(matched.values()), {}
    for i, j in moved.items():
        near = [(float(sim[k, m]), k, m) for k in range(i - NEIGHBOURS, i + NEIGHBOURS + 1)
                for m in range(j - NEIGHBOURS - 1, j + NEIGHBOURS + 2)
                if 0 <= k < len(a) and 0 <= m < len(b) and sim[k, m] >= MATCH]
        for _, k, m in sorted(near, reverse=True):
            if k not in matched and k not in found and m not in taken:
                found[k], taken = m, taken | {m}
    return found


def _pair(pa: Paragraph, pb: Paragraph, similarity: float) -> Pair:
    wa, wb = words(pa.text), words(pb.text)
    if wa == wb:
        return Pair(pa.id, pb.id, "unchanged" if _same_place(pa.id, pb.id) else "renumbered", similarity,
                    a_text=pa.text, b_text=pb.text)
    return Pair(pa.id, pb.id, "changed", similarity, word_diff(pa.text, pb.text), pa.text, pb.text)


def _same_place(a: str, b: str) -> bool:
    return split_id(a) == split_id(b)


def _split_or_merged(a: list[Paragraph], b: list[Paragraph], matched: dict[int, int]) -> list[Pair]:
    """Unpaired paragraphs whose words lie mostly inside a paragraph of the other side it sits next to."""
    extra, paired_b = [], set(matched.values())
    for j, pb in enumerate(b):
        if j in paired_b:
            continue
        for i, k in matched.items():
            if abs(k - j) <= 2 and _inside(pb.text, a[i].text) and _part(pb) == _part(a[i]):
                extra.append(Pair(a[i].id, pb.id, "split", 0.0, word_diff(a[i].text, pb.text)))
                break
    paired_a = set(matched)
    for i, pa in enumerate(a):
        if i in paired_a:
            continue
        for k, j in matched.items():
            if abs(k - i) <= 2 and _inside(pa.text, b[j].text) and _part(pa) == _part(b[j]):
                extra.append(Pair(pa.id, b[j].id, "merged", 0.0, word_diff(pa.text, b[j].text)))
                break
    return extra


def _inside(short: str, long: str) -> bool:
    ws, wl = words(short), words(long)
    if len(ws) < 5 or len(ws) >= len(wl):
        return False
    matcher = difflib.SequenceMatcher(None, ws, wl, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(ws) >= CONTAINED


def _ordered(a: list[Paragraph], b: list[Paragraph], pairs: dict[int, Pair], extra: list[Pair]) -> list[Pair]:
    """Pairs in B's order; A's unpaired paragraphs (dropped) after the B paragraph their predecessor went to."""
    by_b = {p.b: p for p in pairs.values()} | {p.b: p for p in extra if p.status == "split"}
    merged = {p.a: p for p in extra if p.status == "merged"}
    out, placed = [], set()
    for pb in b:
        pair = by_b.get(pb.id) or Pair(None, pb.id, "new", b_text=pb.text)
        out.append(pair)
        placed.add(pair.a)
    position = {p.a: n for n, p in enumerate(out) if p.a}
    for i, pa in enumerate(a):
        if pa.id in placed:
            continue
        pair = merged.get(pa.id) or Pair(pa.id, None, "dropped", a_text=pa.text)
        before = next((position[a[k].id] for k in range(i - 1, -1, -1) if a[k].id in position), -1)
        out.insert(before + 1, pair)
        position = {p.a: n for n, p in enumerate(out) if p.a}
    return out
