"""The citation guard: every cited id must have been retrieved, every quote must be the clause's words,
and every sentence must carry a valid citation. Applies to every answer mode."""

from __future__ import annotations

import re

from assistant.documents.citation import CLAUSE_ID
from assistant.language.stems import function_words
from assistant.search.passage import Passage

from .answer import Citation, Draft, Removed
from .prose import phrases, trim_end

MARKER = re.compile(rf"\s*\[((?:[AS]/[^\]#\[]+#)?{CLAUSE_ID})\]")
ANY_MARKER = re.compile(r"\s*\[([A-Z][^\]\[]{0,59})\]")
QUOTE = re.compile(r"[“\"]([^”\"]{3,})[”\"]")
ELISION = re.compile(r"\s*(?:…|\.\.\.)\s*")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def normalise(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).strip(" .,;:").lower()


def contains(clause: str, quote: str) -> bool:
    """Is the quote the clause's own words (after whitespace and case normalisation)? A quote elided with "…"
    ("For each State ... ratifying … this Convention shall enter into force") holds when each part is, in order; one
    that opens or closes on "…", when the words between are."""
    # a quote opening or closing on "…" ("“Encourages States to provide …”") says only that the clause goes on
    parts = [normalise(part) for part in ELISION.split(re.sub(r"^\s*(?:…|\.\.\.)|(?:…|\.\.\.)\s*$", "", quote))]
    if not all(parts):
        return False
    text, at = normalise(clause), 0
    for part in parts:
        at = text.find(part, at)
        if at < 0:
            return False
        at += len(part)
    return True


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in function_words()}


def best_span(clause: str, sentence: str) -> str | None:
    """The phrase of the clause sharing most words with the sentence; None when they share none."""
    wanted = _words(sentence)
    scored = [(len(_words(p) & wanted), p) for p in phrases(clause)]
    best = max(scored, key=lambda pair: pair[0], default=(0, ""))
    return trim_end(best[1]) if best[0] >= 2 else None


def guard(draft: Draft, passages: list[Passage]) -> tuple[str, list[Citation], list[Removed]]:
    """Check a draft against the retrieved passages; returns (text, citations, removed)."""
    lookup = _lookup(passages)
    kept, citations, removed = [], {}, []
    for sentence in split_sentences(draft.text):
        cited, sentence = _check_markers(sentence, lookup, removed)
        if not cited:
            if MARKER.sub("", sentence).strip():
                removed.append(Removed("sentence without a valid citation", sentence=sentence.strip()))
            continue
        quotes = _check_quotes(sentence, cited, draft.quotes, removed)
        if quotes is None:
            removed.append(Removed("sentence dropped: its quote is not in the cited clause", sentence=sentence))
            continue
        kept.append(sentence)
        for passage in cited:
            quote = quotes.get(passage.key) or best_span(passage.text, sentence)
            if quote is None:
                quote = passage.text
            citations.setdefault(passage.key, Citation(passage.doc, passage.id, passage.label, passage.citation,
                                                       quote, passage.doc_title, passage.doc_date))
    return " ".join(kept), list(citations.values()), removed


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_END.split(text.strip()) if s.strip()]


def _lookup(passages: list[Passage]) -> dict[str, Passage]:
    table: dict[str, Passage] = {}
    for p in passages:
        table.setdefault(p.id, p)  # an unqualified id means the best-ranked document holding it
        table[p.key] = p
    return table


def _check_markers(sentence: str, lookup: dict[str, Passage], removed: list[Removed]):
    cited = []
    for match in list(ANY_MARKER.finditer(sentence)):
        key = match.group(1).strip()
        passage = lookup.get(key)
        if passage is None:
            removed.append(Removed("cited id is not among the retrieved paragraphs", id=key))
            sentence = sentence.replace(match.group(0), "", 1)
        elif passage not in cited:
            cited.append(passage)
    return cited, sentence


def _check_quotes(sentence: str, cited: list[Passage], claimed: dict[str, list[str]], removed: list[Removed]):
    """Verified quote per cited key; None when a quote in the sentence is in none of the cited clauses."""
    verified: dict[str, str] = {}
    for passage in cited:
        for quote in claimed.get(passage.id, []) + claimed.get(passage.key, []):
            if contains(passage.text, quote):
                verified.setdefault(passage.key, quote)
            else:
                removed.append(Removed("quote is not in the cited clause", id=passage.id, quote=quote))
    for quote in QUOTE.findall(sentence):
        holders = [p for p in cited if contains(p.text, quote)]
        if not holders:
            removed.append(Removed("quote is not in the cited clause", id=cited[0].id, quote=quote))
            return None
        verified.setdefault(holders[0].key, quote)
    if not verified and any(claimed.get(p.id) or claimed.get(p.key) for p in cited):
        return None  # every claimed quote was false
    return verified
