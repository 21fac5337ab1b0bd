"""Answers to questions about change (questions.changes): the two versions found in the index, compared
(compare.comparison), and the pair that answers quoted on both sides, cited and guarded like every answer.

Versions: the resolutions the question names; else those of the years it names, each the one of its year whose
paragraphs answer best; one version named, the other is its neighbour in its series (the one before it, or after
it for "after 78/217"); none named, the earliest and the latest of the series that answers best.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from assistant.compare.comparison import compare, series
from assistant.documents.citation import clause_label, long_date
from assistant.questions.question import Question

from .answer import Answer, Draft, Removed
from .guard import guard

LISTED = 10  # new or dropped paragraphs an answer lists at most


def answer_change(searcher, question: Question, where: frozenset[str] | None, generator=None) -> Answer:
    """An answer comparing two versions, or an abstention saying why none could be compared. With a generator
    other than the grounded one (an LLM), it drafts from the paragraphs of both versions the comparison picked."""
    compared = change_context(searcher, question, where)
    if compared is None:
        return Answer(question.typed, "No two versions of a resolution to compare were found in the indexed texts "
                      "for this question.", (), True)
    (a, b), text, passages = compared
    mode = generator.mode if generator is not None else "grounded"
    draft = Draft(text) if mode == "grounded" else generator.draft(question, passages)
    if draft.abstained:
        return Answer(question.typed, f"The model found no answer in the paragraphs compared of {a} and {b}.", (),
                      True, mode)
    found, citations, removed = guard(draft, passages)
    if not citations:
        removed.append(Removed("no supported sentence left"))
        return Answer(question.typed, "No comparison could be verified.", (), True, mode, tuple(removed))
    return Answer(question.typed, found, tuple(citations), False, mode, tuple(removed))


def change_context(searcher, question: Question, where: frozenset[str] | None):
    """((earlier symbol, later symbol), the grounded answer's text, the paragraphs of both it cites), or None
    when no two versions are found."""
    change = question.change
    documents = [d for d in searcher.documents if where is None or d["symbol"] in where]
    # the years name the two versions (change.years), not a preference for the paragraphs of one of them
    about = replace(question, keywords=change.topic or question.keywords,
                    phrasings=(change.topic,) if change.topic else question.phrasings, years=())
    scores = searcher.scores(about, rows=searcher.rows_of({d["symbol"] for d in documents}))[0]
    for reference in question.references:  # "the first preambular paragraph": that paragraph, in each version
        for document in documents:
            row = searcher.rows.get((document["symbol"], reference.clause_id))
            if row is not None:
                scores[row] += 10.0
    sides = _versions(searcher, question, documents, scores)
    if sides is None:
        return None
    a, b = sides
    pairs = compare(searcher.store, a["symbol"], b["symbol"]).pairs
    rows = searcher.rows  # (symbol, clause id) -> row
    score = lambda doc, cid: float(scores[rows[(doc, cid)]]) if cid else -np.inf  # noqa: E731
    text, cited = _drafted(change, pairs, a, b, score)
    return (a["symbol"], b["symbol"]), text, [searcher.passage(rows[key], 1.0, "compare") for key in cited]


def _versions(searcher, question: Question, documents: list[dict], scores: np.ndarray):
    """(earlier, later) document entries, or None."""
    by_symbol = {d["symbol"]: d for d in documents}
    named = [by_symbol[s] for s in question.documents if s in by_symbol]
    for year in question.change.years:
        in_year = [d for d in documents if (d.get("date") or "").startswith(str(year)) and d not in named]
        if in_year:
            named.append(max(in_year, key=lambda d: _best(searcher, d["symbol"], scores)))
    if not named:
        best = max(documents, key=lambda d: _best(searcher, d["symbol"], scores), default=None)
        family = _family(documents, best) if best else []
        return (family[0], family[-1]) if len(family) > 1 else None
    if len(named) == 1:
        family = _family(documents, named[0])
        at = family.index(named[0])
        neighbour = at + 1 if question.change.earlier else at - 1
        if not 0 <= neighbour < len(family):
            return None
        named.append(family[neighbour])
    first, second = sorted(named[:2], key=lambda d: d.get("date") or "")
    return first, second


def _family(documents: list[dict], member: dict) -> list[dict]:
    """The member's series among `documents`, oldest first (a draft, with no date, before the texts adopted)."""
    symbols = {d["symbol"] for d in series(documents, member["symbol"])}
    return [d for d in sorted(documents, key=lambda d: d.get("date") or "") if d["symbol"] in symbols
            and (d.get("date") or d is member)]


def _best(searcher, symbol: str, scores: np.ndarray) -> float:
    start, end = searcher.doc_rows.get(symbol, (0, 0))
    return float(scores[start:end].max()) if end > start else -np.inf


def _drafted(change, pairs, a: dict, b: dict, score) -> tuple[str, list[tuple[str, str]]]:
    """The answer's text with its markers, and the (symbol, id) of every clause it cites."""
    if change.kind == "new" or change.kind == "dropped":
        status, side = ("new", b) if change.kind == "new" else ("dropped", a)
        own = [p for p in pairs if p.status == status]
        ranked = sorted(own, key=lambda p: -score(side["symbol"], p.b if status == "new" else p.a))
        if not change.listing:
            best = max(pairs, key=lambda p: max(score(a["symbol"], p.a), score(b["symbol"], p.b)))
            if best.status != status and best.a and best.b:  # the paragraph asked about is in both: kept
                return _both(best, a, b, kept=True)
            ranked = ranked[:1]
        return _one_side(ranked[:LISTED], status, a, b)
    both = lambda p: score(a["symbol"], p.a) + score(b["symbol"], p.b)  # noqa: E731
    best = max((p for p in pairs if p.a and p.b), key=both, default=None)
    dropped = max((p for p in pairs if p.status == "dropped"), key=lambda p: score(a["symbol"], p.a), default=None)
    new = max((p for p in pairs if p.status == "new"), key=lambda p: score(b["symbol"], p.b), default=None)
    if dropped and new and (best is None or score(a["symbol"], dropped.a) + score(b["symbol"], new.b) > both(best)):
        return _rewritten(dropped, new, a, b)  # the subject's paragraphs differ too much to pair word for word
    return _both(best, a, b) if best else ("", [])


def _rewritten(dropped, new, a: dict, b: dict) -> tuple[str, list[tuple[str, str]]]:
    first, second = f"[{a['symbol']}#{dropped.a}]", f"[{b['symbol']}#{new.b}]"
    return (f"In {_named(a)}, {clause_label(dropped.a)} reads: “{dropped.a_text}” {first}. {b['symbol']} has no "
            f"paragraph close to it word for word; on the same subject, {_named(b)} {clause_label(new.b)} reads: "
            f"“{new.b_text}” {second}.", [(a["symbol"], dropped.a), (b["symbol"], new.b)])


def _named(d: dict) -> str:
    return f"{d['symbol']} ({long_date(d.get('date')) or 'no date'})"


def _both(pair, a: dict, b: dict, kept: bool = False) -> tuple[str, list[tuple[str, str]]]:
    first, second = f"[{a['symbol']}#{pair.a}]", f"[{b['symbol']}#{pair.b}]"
    head = (f"In {_named(a)}, {clause_label(pair.a)} reads: “{pair.a_text}” {first}. In {_named(b)}, its counterpart "
            f"{clause_label(pair.b)} reads: “{pair.b_text}” {second}.")
    if pair.status in ("unchanged", "renumbered") or kept and not pair.diff:
        return f"{head} The words did not change{' (it was renumbered)' if pair.status == 'renumbered' else ''}" \
               f" {first}{second}.", [(a["symbol"], pair.a), (b["symbol"], pair.b)]
    added = [text for op, text in pair.diff if op == "insert"]
    dropped = [text for op, text in pair.diff if op == "delete"]
    said = []
    if added:
        said.append(f"{b['symbol']} adds “{'”, “'.join(added[:4])}”")
    if dropped:
        said.append(f"it no longer has “{'”, “'.join(dropped[:4])}”")
    said = "; ".join(said)
    return f"{head} {said[:1].upper()}{said[1:]} {first}{second}.", [(a["symbol"], pair.a), (b["symbol"], pair.b)]


def _one_side(pairs, status: str, a: dict, b: dict) -> tuple[str, list[tuple[str, str]]]:
    side, other = (b, a) if status == "new" else (a, b)
    if not pairs:
        return "", []
    sentences, cited = [], []
    for pair in pairs:
        cid, text = (pair.b, pair.b_text) if status == "new" else (pair.a, pair.a_text)
        where = "is new in" if status == "new" else "was dropped in"
        sentences.append(f"{clause_label(cid)[:1].upper()}{clause_label(cid)[1:]} of {_named(side)} has no counterpart in {_named(other)}"
                         f" (it {where} the later text): “{text}” [{side['symbol']}#{cid}].")
        cited.append((side["symbol"], cid))
    return " ".join(sentences), cited
