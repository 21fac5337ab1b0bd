"""Which rows' texts hold a string, found in one lowercase string of every clause with `str.find`, so that a
finder runs its exact, slower test (a regular expression, word stems) only on rows that can pass it.

Over the 44k clauses of the whole corpus, testing every clause's text took a question up to 2 s ("Where is the
Human Rights Council mentioned?": a regular expression and a description test per clause); the rows holding the
name's words are found in a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

SEPARATOR = "\x00"  # between rows: no clause holds it, so no string found spans two rows


class Haystack:
    """Lowercase clause texts, one per row, searched for substrings."""

    KEPT = 512  # strings whose rows are kept, per haystack (a question looks for a few; the same, asked again)

    def __init__(self, texts: Sequence[str]):
        self.text = SEPARATOR.join(texts)
        self.starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]], dtype=np.int64) if len(texts) else \
            np.zeros(0, np.int64)
        # kept here, not in functools.lru_cache: a cache on the method would keep a reloaded index's haystack alive
        self._found: dict[str, np.ndarray] = {}

    def rows_with(self, needle: str) -> np.ndarray:
        """The rows whose text holds `needle` (lowercase), in order; every row for an empty needle."""
        if needle not in self._found:
            if len(self._found) >= self.KEPT:
                self._found.pop(next(iter(self._found)))
            self._found[needle] = self._rows_with(needle)
        return self._found[needle]

    def _rows_with(self, needle: str) -> np.ndarray:
        if not needle:
            return np.arange(len(self.starts))
        found, at = [], self.text.find(needle)
        while at >= 0:
            found.append(at)
            end = self.text.find(SEPARATOR, at)  # one hit a row is enough: go on from the next row
            at = -1 if end < 0 else self.text.find(needle, end)
        rows = np.searchsorted(self.starts, np.array(found, dtype=np.int64), side="right") - 1
        rows.flags.writeable = False
        return rows

    def rows_with_all(self, needles: Iterable[str]) -> np.ndarray:
        """The rows whose text holds every one of `needles`."""
        found = None
        for needle in sorted(set(needles), key=len, reverse=True):  # the longest first: most often the rarest
            rows = self.rows_with(needle)
            found = rows if found is None else np.intersect1d(found, rows, assume_unique=True)
            if not len(found):
                break
        return np.arange(len(self.starts)) if found is None else found

    def rows_with_any(self, ways: Iterable[Iterable[str]]) -> list[int]:
        """The rows whose text holds every string of at least one of `ways`, in order."""
        return sorted({int(i) for needles in ways for i in self.rows_with_all(needles)})


class ScopedTexts(list):
    """Each row's clause text in lowercase, "" for a row out of scope, that can say which rows hold a string
    (search.lexicon.Lexicon.lower_texts); a plain list of texts serves the finders as well, only slower."""

    def __init__(self, texts: list[str], haystack: Haystack):
        super().__init__(texts)
        self.haystack = haystack

    def rows_with_all(self, needles: Iterable[str]) -> Iterable[int]:
        """Rows in scope whose text may hold every one of `needles` (each still to be tested: a row out of scope
        has the text "")."""
        return (int(i) for i in self.haystack.rows_with_all(needles) if self[i])


def rows_holding(texts: Sequence[str], needles: Iterable[str]) -> Iterable[int]:
    """The rows of `texts` that may hold every one of `needles`: found in a ScopedTexts' haystack, else every row."""
    return texts.rows_with_all(needles) if isinstance(texts, ScopedTexts) else range(len(texts))
