"""Renewed paragraphs: the same words in several resolutions of a series (78/x, 79/y, 80/z) are answered from the
latest in scope, and the answer says which earlier ones say the same.

Most General Assembly resolutions are renewals that repeat most of their paragraphs; citing the three copies of one
paragraph says nothing three times and buries the other paragraphs that answer. A question that names a resolution,
a year or a session searches that one only (filters, named resolutions), so it never meets the later copies.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.search.passage import Passage
from assistant.search.renewed import copies_of, paragraph_words, recency, say_the_same

__all__ = ["latest_renewals", "said_before", "say_the_same"]

MAX_NAMED = 6  # earlier copies named in an answer; more are counted


def latest_renewals(passages: list[Passage], years: tuple[int, ...] = ()) -> tuple[list[Passage],
                                                                                 dict[str, list[Passage]]]:
    """The passages with each renewed paragraph kept once, from its latest resolution (of those adopted in
    `years`, the years the question asks about, when one is), at the place of the best copy; and, by the key of
    each kept one, the other copies left out. Paragraphs asked for by number or listed as mentions ("Where is X
    mentioned?") are all kept: there each copy is asked for."""
    if len({p.doc for p in passages}) < 2:  # one resolution: nothing renewed (most questions over a small index)
        return passages, {}
    kept: list[Passage] = []
    earlier: dict[str, list[Passage]] = {}
    words = [paragraph_words(p.text) for p in passages]
    used: set[int] = set()
    for i, passage in enumerate(passages):
        if i in used:
            continue
        group = [i] if passage.via in ("reference", "mention") else [
            j for j in range(i, len(passages)) if j not in used and passages[j].via not in ("reference", "mention")
            and (j == i or copies_of(passage, passages[j], words[i], words[j]))]
        used.update(group)
        copies = sorted((passages[j] for j in group), key=lambda p: (p.year in years, recency(p)), reverse=True)
        latest = copies[0]
        kept.append(latest if latest is passage else _at_rank_of(latest, passage))
        if len(copies) > 1:
            earlier[latest.key] = copies[1:]
    return kept, earlier


def said_before(citations, earlier: dict[str, list[Passage]]) -> str:
    """A sentence naming the earlier resolutions whose paragraphs say what a cited one says; "" when none.

    Named, not cited (2026-12-08): citing the copies too raised whole-corpus dev recall 0.721 -> 0.790 but cost
    precision everywhere (corpus test 0.684 -> 0.661), a wrong answer's copies counting as more wrong citations."""
    notes = []
    for cited in citations:
        copies = earlier.get(f"{cited.doc}#{cited.id}", [])
        if not copies:
            continue
        named = [f"{p.doc} ({p.label}{', ' + p.doc_date[:4] if p.doc_date else ''})" for p in copies[:MAX_NAMED]]
        more = len(copies) - len(named)
        listed = ", ".join(named) + (f" and {more} more" if more else "")
        which = "Earlier" if all((p.doc_date or "") <= (cited.date or "") for p in copies) else "Other"
        notes.append(f" {which} resolutions say the same as {cited.doc} {cited.label}: {listed}.")
    return "".join(notes)


def _at_rank_of(latest: Passage, best: Passage) -> Passage:
    """The latest copy, ranked where the best-scoring copy was (its scores: the copies say the same)."""
    return replace(latest, score=best.score, similarity=max(best.similarity, latest.similarity),
                   keyword=max(best.keyword, latest.keyword))
