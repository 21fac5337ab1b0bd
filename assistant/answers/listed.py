"""A paragraph whose sentence runs on into its sub-paragraphs is answered with them.

"The Secretary-General is authorized to advance from the Working Capital Fund:" says nothing until its
sub-paragraphs say what for; "... the Working Group will address the following:" names no area until (a) to (g)
do. Cited alone, such a paragraph left the answer ending at a colon. A paragraph that is a statement of its own
and then links to further acts ("Stresses the importance of cooperation ..., and therefore:") is not one of them:
its sub-paragraphs are answers in their own right, found by search like any other. Nor is a paragraph of an
annexed text ("We commit to ... . To realize this commitment, we will draw from the following actions:"): it states
its commitment in a sentence of its own before its list.
"""

from __future__ import annotations

import re

from assistant.search.passage import Passage

LEADING = 3  # the best passages whose sub-paragraphs are fetched...
MAX_ITEMS = 8  # ...at most this many of each

_LINK = re.compile(r"\b(?:and|,)?\s*(?:therefore|in this regard|in that regard|accordingly|to this end|to that end)"
                   r"\s*:\s*$", re.I)


def runs_on(text: str) -> bool:
    """Whether a paragraph's sentence goes on into its sub-paragraphs: it ends with a colon that no linking
    words ("and therefore:", "and in this regard:") come before."""
    stripped = text.rstrip()
    return stripped.endswith(":") and not _LINK.search(stripped)


def is_item_of(item_id: str, head_id: str) -> bool:
    """Whether `item_id` is a sub-paragraph directly under `head_id` (OP5(a) under OP5, not OP5(a)(i))."""
    return item_id.startswith(f"{head_id}(") and item_id.count("(") == head_id.count("(") + 1


def item_rows(searcher, doc: str, clause_id: str) -> list[int]:
    """The rows of the sub-paragraphs directly under a paragraph, in order (its resolution's rows only)."""
    start, end = searcher.doc_rows.get(doc, (0, 0))
    return [row for row in range(start, end) if is_item_of(searcher.records[row].clause.id, clause_id)]


def with_items(searcher, passages: list[Passage]) -> list[Passage]:
    """`passages`, then the sub-paragraphs (via "item", scored as their paragraph) of the first LEADING found by
    search or named whose sentence runs on into them, those not among `passages` already."""
    have = {p.key for p in passages}
    items = []
    for head in passages[:LEADING]:
        if head.via not in ("search", "reference") or head.kind == "annex" or not runs_on(head.text):
            continue
        for row in item_rows(searcher, head.doc, head.id)[:MAX_ITEMS]:
            item = searcher.passage(row, head.score, "item", head.similarity, head.keyword)
            if item.key not in have:
                items.append(item)
                have.add(item.key)
    return passages + items


def items_of(head: Passage, passages: list[Passage]) -> list[Passage]:
    """The sub-paragraphs under `head` among `passages`, in the resolution's order, when its sentence runs on into
    them."""
    if head.kind == "annex" or not runs_on(head.text):
        return []
    return _in_order([p for p in passages if p.doc == head.doc and is_item_of(p.id, head.id)])[:MAX_ITEMS]


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def _in_order(items: list[Passage]) -> list[Passage]:
    """Sub-paragraphs by their letters: (a) ... (z), (aa) ..., or (i), (ii), (iii), (iv) ..."""
    letters = {p.id: p.id[p.id.rfind("(") + 1:-1] for p in items}
    if "ii" in letters.values() or list(letters.values()) == ["i"]:
        return sorted(items, key=lambda p: _roman(letters[p.id]))
    return sorted(items, key=lambda p: (len(letters[p.id]), letters[p.id]))


def _roman(numeral: str) -> int:
    values = [_ROMAN.get(c, 0) for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
