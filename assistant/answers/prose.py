"""Turn a clause into a sentence of an answer, in the resolution's own words.

"Encourages States to ...;" becomes "The General Assembly encourages States to ...";
"Recalling all its previous resolutions ...," becomes "The General Assembly recalls all its
previous resolutions ...". Only the opening verb is changed; everything quoted stays verbatim.
"""

from __future__ import annotations

import re

from assistant.documents.wordrepair import zipf

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


_ADVERBS = re.compile(r"^(?:(?:also|further|again|once again|[a-z]+ly)\s+)*", re.I)
_NOT_VERBS = {"as", "its", "this", "thus", "his", "us", "various", "numerous", "previous"}  # end in "s"


def opens_with_verb(text: str) -> bool:
    """Whether a paragraph opens with the verb the Assembly is its subject of ("Also requests ...", "Decides");
    not "The Secretary-General is authorized ...", which an answer quotes as a sentence of its own."""
    words = text[_ADVERBS.match(text).end():].split(maxsplit=1)
    first = words[0].lower().strip(",;:") if words else ""
    return first.isalpha() and first.endswith("s") and first not in _NOT_VERBS


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
    """Drop the clause's closing comma, semicolon, colon or "; and", and an "and" cut off before a comma
    ("... those acts and, where appropriate, ...")."""
    return re.sub(r"(?:\s+(?:and|or))?(?:[,;:]\s*(?:and|or)?|\.)\s*$", "", text.strip())


def phrases(text: str) -> list[str]:
    """Contiguous pieces of a clause, split at semicolons and at commas that open a new phrase."""
    pieces = re.split(r"(?<=[;,])\s+(?=(?:and |to |including |in particular |especially |while |as well as )?[a-z])",
                      text)
    return [p.strip() for p in pieces if p.strip()]


# Words that open a phrase of its own after a comma; any other word there goes on a list ("when hate crimes,
# xenophobic or intolerant acts, manifestations or expressions against migrants occur").
_OPENS_PHRASE = re.compile(r"^(?:and|or|but|to|including|in|inter alia|particularly|especially|notably|while|as|"
                           r"where|when|which|who|whose|with|without|within|through|by|if|so|thereby|such|"
                           r"regardless|consistent|taking|bearing|noting|recalling)\b")


def _finished(pieces: list[str], i: int) -> int:
    """The end of the phrase that pieces[i] opens: a phrase that opens with a connecting word ("to reinforce
    existing laws when hate crimes,") runs on over the list items after it, up to the next phrase or the
    quote's length; a list item (which opens with a noun) is a phrase by itself."""
    end, length = i + 1, len(pieces[i].split())
    if not _OPENS_PHRASE.match(pieces[i].lower()) or pieces[i].endswith(";"):
        return end
    while end < len(pieces) and not _OPENS_PHRASE.match(pieces[end].lower()):
        length += len(pieces[end].split())
        if length > MAX_QUOTE_WORDS:
            return i + 1
        end += 1
        if pieces[end - 1].endswith(";"):
            break
    return end


# A second main verb inside a clause: "Strongly condemns acts ..., and urges States to apply ...".
_SECOND_VERB = re.compile(
    r"^and\s+(?:in (?:this|that) regard,?\s+)?(?P<verb>(?:(?:also|further|strongly|emphatically)\s+)?"
    r"(?:urg|call|recall|encourag|invit|request|stress|emphasi[sz]|underlin|reaffirm|recogni[sz]|acknowledg|welcom|"
    r"not|tak|bear|consider|condemn|deplor|express|affirm|reiterat|commend|endors|decid|recommend|appeal|demand)"
    r"(?:es|s|ing)\b.*)",
    re.I | re.S)


def second_verb(phrase: str) -> str | None:
    """A phrase that opens with a main verb of its own, from the verb: "and in this regard recalling that ..." ->
    "recalling that ..."; None for any other phrase."""
    match = _SECOND_VERB.match(phrase)
    return match.group("verb") if match else None


def governing_phrase(text: str, quote: str) -> str:
    """The phrase whose verb governs the quoted words: the clause's opening, or the last main verb after it and
    before the quote ("urges States to apply and," for "in order to eradicate impunity ..." in para. 3 (a))."""
    pieces, start = phrases(text), text.find(quote)
    lead, offset = pieces[0], 0
    for piece in pieces:
        at = text.find(piece, offset)
        if start < 0 or at >= start:
            break
        offset = at + len(piece)
        lead = second_verb(piece) or lead
    return lead


def focused_quote(text: str, question_words: set[str], stem, wanted=None, parts=()) -> str:
    """For a long clause, the phrase (see _finished) that shares most words with the question; if
    `wanted(phrase)` is given (the phrase must hold the figure or name asked for), the best phrase for which it
    is true. Given
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
    ends = [_finished(pieces, i) for i in range(len(pieces))]
    scores = [len(set().union(*held[i:ends[i]]) & question_words) for i in range(len(pieces))]
    candidates = [i for i in range(1, len(pieces)) if wanted is None or wanted(pieces[i])]
    if (wanted is not None and wanted(pieces[0])) or not any(scores[i] for i in candidates):
        return trim_end(" ".join(words[:MAX_QUOTE_WORDS]).rsplit(",", 1)[0])
    best = max(candidates, key=lambda i: scores[i])
    return trim_end(" ".join(pieces[best:ends[best]]))


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
