"""The two versions a question about change compares (answers.changes): the resolutions it names; else those of the
years it names, each the one of its year whose paragraphs answer best; one version named, the other is its neighbour
in its series (the one before it, or after it for "after 78/217"); none named, the earliest and the latest of the
series that answers best."""

from __future__ import annotations

import numpy as np

from assistant.compare.comparison import series
from assistant.questions.question import Question

# how much the words of a series' title count in choosing the versions (a question names its series by them: "the
# operational activities resolution"), as in search (Fusion.title_weight) but more: over the whole corpus the
# versions' best paragraphs alone chose another series' for 1 in 7 dev change questions. Swept on the 49 dev change
# questions over the 909-resolution index (2026-12-06): F1 0 0.714, 0.2 0.714, 0.3 0.756, 0.4 0.772, 0.5 0.733,
# 0.6 0.717, 1.0 0.717; over the 19-resolution index of the eval's six series 0.888 at every weight
SERIES_TITLE_WEIGHT = 0.4
NAMED_SHARE = 0.5  # a title scoring this share of the best title's score for the words naming a series is named
ANCHORS = 10  # the resolutions answering best whose series are looked at for the two versions


def versions(searcher, question: Question, documents: list[dict], scores: np.ndarray):
    """(earlier, later) document entries of one series, or None: of the pairs the question allows, the one whose
    paragraphs answer best on both sides."""
    by_symbol = {d["symbol"]: d for d in documents}
    named = [by_symbol[s] for s in question.documents if s in by_symbol]
    if len(named) > 1:
        return tuple(sorted(named[:2], key=lambda d: d.get("date") or ""))
    change = question.change
    # a year no version was adopted in dates something else ("the 2004 Judgment")
    years = [y for y in dict.fromkeys(change.years) if any(_adopted_in(d, y) for d in documents)]
    years.sort(key=lambda y: y not in change.named_years)  # the years naming the resolutions first
    # the series' own name when the question gives one ("the sand and dust storms resolution's paragraph on the Sendai
    # Framework for Disaster Risk Reduction": not the disaster risk reduction series)
    titled = _titled(searcher, change.series or change.topic or question.keywords)
    best = {d["symbol"]: _best(searcher, d["symbol"], scores) + SERIES_TITLE_WEIGHT * titled[d["symbol"]]
            for d in documents}
    ranked = sorted(named or documents, key=lambda d: -best[d["symbol"]])
    if named or not years:
        anchors = ranked[:ANCHORS]
    else:  # the best of each year named: over hundreds of resolutions one year's best crowded out another's
        anchors = list({d["symbol"]: d for y in years
                        for d in [d for d in ranked if _adopted_in(d, y)][:ANCHORS]}.values())
    pairs = []
    for anchor in anchors:
        family = _family(documents, anchor)
        # the years that name versions are those of the anchor's own series: another series' version may share a
        # year the question gives to something else ("the Group of Governmental Experts convened in 2018 and 2019")
        pair = _pair(family, anchor, _series_years(family, anchor, years), bool(named), change, best)
        if pair:
            pairs.append(pair)
    # a series the question names comes first ("the 2023 trafficking resolution on the work of the 2021 Co-Chairs":
    # not the migrants texts of 2021 and 2023), then the years it names them by ("the 2023 and 2025 atomic radiation
    # resolutions' paragraph on the outreach strategy for 2020-2024"), then a pair adopted in two of the years named
    # beats any pair adopted in one (the other year dating something else)
    top_title = max(titled.values(), default=0.0)
    entitled = lambda pair: not change.series or titled[pair[1]["symbol"]] >= NAMED_SHARE * top_title  # noqa: E731
    dated = lambda pair, years: min(2, sum(any(_adopted_in(d, y) for d in pair) for y in years))  # noqa: E731
    return max(pairs, key=lambda pair: (entitled(pair), dated(pair, change.named_years), dated(pair, years),
                                        best[pair[0]["symbol"]] + best[pair[1]["symbol"]]), default=None)


def _pair(family: list[dict], anchor: dict, years: list[int], named: bool, change, best: dict) -> tuple | None:
    """The anchor and its other version within its series (`family`, oldest first): of the other year named, else its
    neighbour (the one before it, or after it for "after 78/217") when one version is named, else the last two for
    "the latest resolution", else the earliest and the latest."""
    earlier, kind = change.earlier, change.kind
    if len(family) < 2:
        return None
    other_years = [y for y in years if not _adopted_in(anchor, y)]
    if other_years:
        others = [d for d in family if _adopted_in(d, other_years[0])]
        if not others:
            return None
        other = max(others, key=lambda d: best[d["symbol"]])
    elif years or named:
        at = family.index(anchor) + (1 if earlier else -1)
        if not 0 <= at < len(family) and kind != "new":
            # "the paragraph of the 2023 resolution ... dropped", the series' first: the one after it is the other
            at = family.index(anchor) + (-1 if earlier else 1)
        if not 0 <= at < len(family):
            return None
        other = family[at]
    else:
        return (family[-2] if change.latest else family[0]), family[-1]
    return tuple(sorted((anchor, other), key=lambda d: d.get("date") or ""))


def _series_years(family: list[dict], anchor: dict, years: list[int]) -> list[int]:
    """The years of `years` a version of the anchor's series (`family`) was adopted in, the anchor's own first."""
    kept = [y for y in years if any(_adopted_in(d, y) for d in family)]
    return sorted(kept, key=lambda y: not _adopted_in(anchor, y))


def _titled(searcher, words: str) -> dict[str, float]:
    """Each resolution's title's score for the words (Searcher.title_match), by symbol."""
    return {d["symbol"]: float(t) for d, t in zip(searcher.documents, searcher.title_match(words))}


def _adopted_in(document: dict, year: int) -> bool:
    return (document.get("date") or "").startswith(str(year))


def _family(documents: list[dict], member: dict) -> list[dict]:
    """The member's series among `documents`, oldest first (a draft, with no date, before the texts adopted)."""
    symbols = {d["symbol"] for d in series(documents, member["symbol"])}
    return [d for d in sorted(documents, key=lambda d: d.get("date") or "") if d["symbol"] in symbols
            and (d.get("date") or d is member)]


def _best(searcher, symbol: str, scores: np.ndarray) -> float:
    start, end = searcher.doc_rows.get(symbol, (0, 0))
    return float(scores[start:end].max()) if end > start else -np.inf
