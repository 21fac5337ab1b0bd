"""What changed between two versions as a whole: "What changed in the 2025 resolution?", "What did it drop?".

A question about change that names no subject beyond the series ("What changed in the 2025 resolution on sand and
dust storms?") asks for the whole comparison, not for the one pair that scores best on the series' own words: the
answer counts what is new, dropped, changed and kept, and lists the first few of each, cited on their side.
"""

from __future__ import annotations

from assistant.documents.citation import clause_label, long_date
from assistant.language.stems import lower_words, stem_words

SHOWN = 4  # paragraphs listed of each kind (new, dropped, changed); the rest counted...
SHOWN_ALONE = 10  # ...or of the one kind asked for ("Which paragraphs were dropped?")
OPENING = 12  # words quoted of each listed paragraph


def title_stems(a: dict, b: dict) -> set[str]:
    """The word stems of two versions' titles."""
    return set(stem_words(lower_words(f"{a.get('title') or ''} {b.get('title') or ''}")))


def of_the_whole(topic: str, a: dict, b: dict) -> bool:
    """Whether the question's topic says nothing the two versions' titles do not ("sand dust storms" of "Combating
    sand and dust storms", or no topic at all): it asks about the whole text."""
    said = title_stems(a, b)
    return all(stem in said for stem in stem_words(lower_words(topic)))


def overview(kind: str, pairs, a: dict, b: dict) -> tuple[str, list[tuple[str, str]]]:
    """The answer's text with its markers, and the (symbol, id) of every paragraph it cites: for "new" ("dropped")
    the new (dropped) paragraphs, otherwise every kind of change, counted, the first SHOWN of each listed."""
    new = [p for p in pairs if p.status == "new"]
    dropped = [p for p in pairs if p.status == "dropped"]
    changed = sorted((p for p in pairs if p.a and p.b and p.diff), key=lambda p: -_changed_words(p))
    kept = [p for p in pairs if p.a and p.b and not p.diff]
    every = [(name, listed) for name, listed in (("new", new), ("dropped", dropped), ("changed", changed)) if listed]
    # "What did it drop?" with nothing dropped: the count says so, and what did change is listed
    groups = [(name, listed) for name, listed in every if name == kind and kind != "changed"] or every
    if not groups:
        return "", []
    lead = (f"Compared with {named(a)}, {named(b)} has {_count(len(new), 'new paragraph')}, "
            f"{len(dropped)} dropped, {len(changed)} changed in their words and {len(kept)} kept word for word")
    sentences, cited = [], []
    shown = SHOWN_ALONE if len(groups) == 1 else SHOWN
    for n, (name, listed) in enumerate(groups):
        items = [_item(p, name, a, b, cited) for p in listed[:shown]]
        more = f" and {len(listed) - shown} more" if len(listed) > shown else ""
        head = f"{lead}; {name}: " if n == 0 else f"{name[:1].upper()}{name[1:]}: "
        sentences.append(f"{head}{'; '.join(items)}{more}.")
    return " ".join(sentences), cited


def _item(pair, name: str, a: dict, b: dict, cited: list) -> str:
    if name == "changed":
        cited += [(a["symbol"], pair.a), (b["symbol"], pair.b)]
        label = clause_label(pair.a) if pair.a == pair.b else f"{clause_label(pair.a)} (now {clause_label(pair.b)})"
        return f"{label}, now “{_opening(pair.b_text)}” [{a['symbol']}#{pair.a}][{b['symbol']}#{pair.b}]"
    side, cid, text = (b, pair.b, pair.b_text) if name == "new" else (a, pair.a, pair.a_text)
    cited.append((side["symbol"], cid))
    return f"{clause_label(cid)}, “{_opening(text)}” [{side['symbol']}#{cid}]"


def _opening(text: str) -> str:
    """The paragraph's first OPENING words, closed with an ellipsis when it goes on (inside the quote: the guard
    reads "…" as words left out)."""
    words = text.split()
    return " ".join(words[:OPENING]).rstrip(",;:") + (" …" if len(words) > OPENING else "")


def _changed_words(pair) -> int:
    return sum(len(text.split()) for op, text in pair.diff if op != "equal")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' * (n != 1)}"


def named(d: dict) -> str:
    """A version as an answer names it: its symbol and date of adoption."""
    return f"{d['symbol']} ({long_date(d.get('date')) or 'no date'})"
