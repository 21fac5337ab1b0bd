"""Repair words split by PDF extraction ("everywher e", "labo ur") and stray spaces before punctuation."""

from __future__ import annotations

import re
from functools import lru_cache

# A token rarer than this (Zipf scale: log10 of uses per billion words) is taken for a fragment.
FRAGMENT_ZIPF = 3.7
# A joined word must be at least this common to be accepted.
WORD_ZIPF = 2.0
JOIN_MARGIN = 1.0
_TOKEN = re.compile(r"[A-Za-z]+")
# The right-hand token is a lookahead so that every adjacent pair is examined.
_PAIR = re.compile(r"(?<![\w-])([A-Za-z]+) (?=([a-z]+)(?![\w-]))")
_SPACE_BEFORE_PUNCT = re.compile(r"(?<=\S) +([,;:.)\]])")
_SPACED_HYPHEN = re.compile(r"(?<=[A-Za-z]) -(?=[a-z])")


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    # Imported lazily: wordfreq loads its frequency tables on first use.
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en")


def is_fragment(token: str) -> bool:
    """True for a piece of a word: a lowercase single letter other than "a", or a rare token."""
    if len(token) == 1:
        return token.islower() and token != "a"
    return zipf(token) < FRAGMENT_ZIPF


def should_join(left: str, right: str) -> bool:
    """Join two tokens when one is a fragment and together they make a common word.

    When one side is a real word, the joined word must be nearly as common as it, so that
    "the rein" stays apart while "an d" becomes "and".
    """
    whole = [t for t in (left, right) if not is_fragment(t)]
    if len(whole) == 2:
        return False
    floor = max([WORD_ZIPF] + [zipf(t) - JOIN_MARGIN for t in whole])
    return zipf(left + right) >= floor


def join_split_words(text: str) -> str:
    """Rejoin words that the extraction split with a space, judged by a word frequency list."""

    def repl(match: re.Match) -> str:
        left, right = match.group(1), match.group(2)
        return left if should_join(left, right) else match.group(0)

    return _PAIR.sub(repl, text)


def repair_text(text: str) -> str:
    """Collapse whitespace, rejoin split words and hyphenated compounds, drop spaces before punctuation."""
    text = re.sub(r"\s+", " ", text).strip()
    text = _SPACED_HYPHEN.sub("-", text)
    text = join_split_words(text)
    return _SPACE_BEFORE_PUNCT.sub(r"\1", text)
