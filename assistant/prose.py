"""Turn a clause into a sentence of an answer, in the resolution's own words.

"Encourages States to ...;" becomes "The General Assembly encourages States to ...";
"Recalling all its previous resolutions ...," becomes "The General Assembly recalls all its
previous resolutions ...". Only the opening verb is changed; everything quoted stays verbatim.
"""

from __future__ import annotations

import re

from .wordrepair import zipf

ADJECTIVES = {"aware", "mindful", "conscious", "cognizant", "convinced", "concerned", "determined", "alarmed",
              "desirous", "resolved", "confident", "anxious", "appreciative", "grateful", "committed", "keen"}
MAX_QUOTE_WORDS = 70


def body_name(symbol: str) -> str:
    return "The Security Council" if symbol.startswith("S/") else "The General Assembly"


def finite_opening(text: str) -> tuple[str, str]:
    """Split a preambular opening into (finite verb phrase, rest): "Recalling also X" -> ("recalls also", "X")."""
    words = text.split(" ")
    first = words[0].lower()
    if first == "having" and len(words) > 1:
        return f"has {words[1]}", " ".join(words[2:])
    if first.endswith("ing"):
        return third_person(first[:-3]), " ".join(words[1:])
    if first in ADJECTIVES or first.endswith("ed") or (first.endswith("ly") and len(words) > 1):
        return f"is {first}", " ".join(words[1:])
    return first, " ".join(words[1:])


def third_person(stem: str) -> str:
    """"recogniz" -> "recognizes", "recall" -> "recalls", "not" -> "notes": the commoner English word wins."""
    candidates = [stem + "s", stem + "es", stem + "e" + "s"]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] != "s":  # "committ" -> "commits"
        candidates.append(stem[:-1] + "s")
    return max(candidates, key=zipf)


def predicate(text: str, kind: str) -> str:
    """The clause as the predicate of "The General Assembly ...": "encourages States to ..."."""
    words = trim_end(text)
    if kind == "preambular":
        verb, rest = finite_opening(words)
        return f"{verb} {rest}".strip()
    return lower_first(words)


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def trim_end(text: str) -> str:
    """Drop the clause's closing comma, semicolon, colon or "; and"."""
    return re.sub(r"(?:[,;:]\s*(?:and|or)?|\.)\s*$", "", text.strip())


def phrases(text: str) -> list[str]:
    """Contiguous pieces of a clause, split at semicolons and at commas that open a new phrase."""
    pieces = re.split(r"(?<=[;,])\s+(?=(?:and |to |including |in particular |especially |while |as well as )?[a-z])",
                      text)
    return [p.strip() for p in pieces if p.strip()]


def focused_quote(text: str, question_words: set[str], stem, wanted=None, parts=()) -> str:
    """For a long clause, the phrase that shares most words with the question; if `wanted(phrase)` is
    given (the phrase must hold the figure or name asked for), the best phrase for which it is true. Given
    the stems of two or more topics asked about together (`parts`), the shortest run of phrases that holds
    the words of as many of them as any run does, when that is more than one ("racism, racial discrimination,
    xenophobia" for racism and xenophobia)."""
    words = text.split()
    if len(words) <= MAX_QUOTE_WORDS:
        return trim_end(text)
    pieces = phrases(text)
    held = [{stem(w) for w in re.findall(r"[a-z]+", p.lower())} for p in pieces]
    run = _run_holding(pieces, held, parts) if wanted is None and len(parts) > 1 else None
    if run:
        return trim_end(" ".join(pieces[run[0]:run[1]]))
    scores = [len(words & question_words) for words in held]
    candidates = [i for i in range(1, len(pieces)) if wanted is None or wanted(pieces[i])]
    if (wanted is not None and wanted(pieces[0])) or not any(scores[i] for i in candidates):
        return trim_end(" ".join(words[:MAX_QUOTE_WORDS]).rsplit(",", 1)[0])
    return trim_end(pieces[max(candidates, key=lambda i: scores[i])])


def _run_holding(pieces: list[str], held: list[set[str]], parts) -> tuple[int, int] | None:
    """(start, end) of the shortest run of phrases after the opening one, no longer than a quote, that holds
    (`held`: each phrase's stems) every word of the most parts (at least two); None when no run holds two."""
    best, best_key = None, (1, 0)
    for start in range(1, len(pieces)):
        words, length = set(), 0
        for end in range(start, len(pieces)):
            length += len(pieces[end].split())
            if length > MAX_QUOTE_WORDS:
                break
            words |= held[end]
            key = (sum(part <= words for part in parts), -length)
            if key > best_key:
                best, best_key = (start, end + 1), key
    return best
