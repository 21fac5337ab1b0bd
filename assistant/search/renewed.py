"""Renewed paragraphs: the same words in several resolutions of a series (78/x, 79/y, 80/z), newest copy first.

Most General Assembly resolutions are renewals that repeat most of their paragraphs, and the copies of one paragraph
score alike: whichever was indexed first came first. A search lists them newest first (the copy of a year the
question asks about before all), as the answer cites them (answers/renewals.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher

from assistant.documents.metadata import same_series

from .passage import Passage

SAME_WORDS = 0.9  # share of words in common (difflib ratio over words) for two paragraphs to say the same
_SESSION = re.compile(r"/(\d+)/(\d+)")


def newest_copies_first(passages: list[Passage], years: tuple[int, ...] = ()) -> list[Passage]:
    """The passages with each renewed paragraph's copies dealt into the places the copies held, newest first (of
    those adopted in `years` first); the scores stay where they were. Paragraphs asked for by number or listed as
    mentions stay where they are: there each copy is asked for."""
    if len({p.doc for p in passages}) < 2:
        return passages
    return _deal_copies(passages, copies_of, lambda p: (p.year in years, recency(p)))


def dated_copies_first(passages: list[Passage], years: tuple[int, ...], adopted: tuple[int, ...] = ()) -> list[Passage]:
    """The passages with the copies of a paragraph that differ only in their figures (a budget renewed each year:
    "for the period from 1 July 2024 to 30 June 2025") dealt into the places they held: the copy adopted in a year
    of `adopted` (the question's "in 2024", "the 2024 resolution") first, else those writing more of `years` (the
    other years the question writes); the scores stay where they were.

    Dense scores hardly tell "2024" from "2025" apart: the copy for the next period often scores first."""
    years = tuple(y for y in years if y not in adopted)  # "in 2024" dates the resolution, not its figures
    if not years and not adopted or len({p.doc for p in passages}) < 2:
        return passages
    return _deal_copies(passages, lambda a, b, words_a, words_b: a.doc != b.doc and _but_figures(words_a, words_b)
                        and same_series(a.doc_title, b.doc_title),
                        lambda p: (p.year in adopted, years_in(p.text, years)))


def years_in(text: str, years: tuple[int, ...] | list[int]) -> int:
    """How many of `years` the text writes."""
    return sum(str(year) in text for year in years)


YEARS_RATIO = 0.8  # a passage writing more of the question's years comes first if it scores this share of the best...
YEARS_DEPTH = 6  # ...and is among this many best


def written_first(passages: list[Passage], years: tuple[int, ...], adopted: tuple[int, ...] = ()) -> list[Passage]:
    """`passages` with, when the best writes fewer of `years` (those the question writes, less its years of
    adoption) than another close to it (YEARS_RATIO, YEARS_DEPTH), the best of those writing the most first.

    Not only copies: "At what level was the Working Capital Fund established for 2026?" is answered by "The Working
    Capital Fund shall be established for 2026 ...", not by "Cash advances paid ... to the Working Capital Fund for
    2025" that scores a little higher."""
    years = tuple(y for y in years if y not in adopted)
    if not years or not passages or passages[0].via != "search":
        return passages
    close = [n for n, p in enumerate(passages[:YEARS_DEPTH])
             if p.via == "search" and p.score >= YEARS_RATIO * passages[0].score]
    # the title's years count too: "the budget for 2026" is every paragraph of "... programme budget for 2026"
    counts = {n: years_in(f"{passages[n].text} {passages[n].doc_title}", years) for n in close}
    best = max(close, key=lambda n: (counts[n], -n))
    return passages if not best else [passages[best], *passages[:best], *passages[best + 1:]]


def _deal_copies(passages: list[Passage], copies, first) -> list[Passage]:
    """Each group of passages `copies(a, b, a's words, b's words)` holds to be copies of the first of them, dealt
    into the places the group held in the order of `first` (highest first; alike, the search's order stands), each
    at the score of its place. Paragraphs asked for by number or listed as mentions stay where they are."""
    words = [paragraph_words(p.text) for p in passages]
    out, used = list(passages), set()
    for i, passage in enumerate(passages):
        if i in used or passage.via in ("reference", "mention"):
            continue
        group = [i] + [j for j in range(i + 1, len(passages)) if j not in used
                       and passages[j].via not in ("reference", "mention")
                       and copies(passage, passages[j], words[i], words[j])]
        used.update(group)
        order = sorted(group, key=lambda j: first(passages[j]), reverse=True)
        for place, j in zip(group, order):
            out[place] = passages[j] if j == place else replace(passages[j], score=passages[place].score)
    return out


def _but_figures(a: list[str], b: list[str]) -> bool:
    """Whether two paragraphs say the same but for their figures: their words, each holding a digit made one
    placeholder, share SAME_WORDS (an extraction's stray "force,,995,400" for "force 5,801,000" aside)."""
    if not a or not b or abs(len(a) - len(b)) > (1 - SAME_WORDS) * max(len(a), len(b)):
        return False
    masked = [["#" if any(c.isdigit() for c in word) else word for word in words] for words in (a, b)]
    return masked[0] == masked[1] or SequenceMatcher(None, *masked, autojunk=False).ratio() >= SAME_WORDS


def copies_of(a: Passage, b: Passage, words_a: list[str], words_b: list[str]) -> bool:
    """Whether two passages are copies of one paragraph renewed in a series: the same words (`paragraph_words`), in
    resolutions of one series. Another series' words may be the same and mean another thing: "Requests ... to meet
    the costs of the Day from voluntary contributions" is in "World Cleanup Day" and "World Lake Day" alike."""
    return same_words(words_a, words_b, a.doc, b.doc, (a.text, b.text)) and same_series(a.doc_title, b.doc_title)


def say_the_same(doc_a: str, text_a: str, doc_b: str, text_b: str) -> bool:
    """Whether paragraphs of two different resolutions say the same (a renewal)."""
    return same_words(paragraph_words(text_a), paragraph_words(text_b), doc_a, doc_b, (text_a, text_b))


def paragraph_words(text: str) -> list[str]:
    """A paragraph's words, lowercased, punctuation at their ends dropped."""
    normal = " ".join(text.replace("’", "'").split()).strip(" .,;:").lower() if text else ""
    return [word.strip(".,;:()“”\"'") for word in normal.split()]


def same_words(a: list[str], b: list[str], doc_a: str, doc_b: str, cased: tuple[str, str] = ("", "")) -> bool:
    """Whether two paragraphs of different resolutions say the same: the same words, or nearly, where no word that
    differs is a name or a number ("Sao Tome and Principe and Somalia" is not "Bolivia and Sao Tome and Principe")."""
    if doc_a == doc_b or not a or not b:
        return False
    if a == b:
        return True
    if min(len(a), len(b)) < SAME_WORDS * max(len(a), len(b)):  # the ratio cannot reach SAME_WORDS
        return False
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.ratio() < SAME_WORDS:
        return False
    differing = {word for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal" for word in a[i1:i2] + b[j1:j2]}
    named = {w.strip(".,;:()“”\"'").lower() for text in cased for w in text.split() if w[:1].isupper()}
    return not any(word in named or any(c.isdigit() for c in word) for word in differing)


def recency(passage: Passage) -> tuple[str, int, int]:
    """Date of adoption, else the session and number of the symbol (A/RES/80/218 after A/RES/78/217)."""
    match = _SESSION.search(passage.doc)
    session, number = (int(match.group(1)), int(match.group(2))) if match else (0, 0)
    return passage.doc_date or "", session, number
