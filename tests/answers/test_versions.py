"""Which two versions a question about change compares (answers.versions): pure unit cases on a stand-in searcher
whose resolutions' best paragraphs score as given (the real index's cases are in test_changes.py)."""

from types import SimpleNamespace

import numpy as np
from assistant.embeddings.keyword import KeywordScorer

from assistant.answers.versions import versions
from assistant.questions.changes import Change
from assistant.search.fusion import Fusion
from assistant.search.searcher import Searcher


def versions_chosen(documents: list[dict], best: dict[str, float], years: tuple[int, ...], series: str = "",
                    named_years: tuple[int, ...] = (), latest: bool = False) -> tuple[str, str]:
    """The two versions `versions` picks when each resolution's best paragraph scores `best` (a stand-in searcher)."""
    searcher = SimpleNamespace(doc_rows={d["symbol"]: (n, n + 1) for n, d in enumerate(documents)}, fusion=Fusion(),
                               titles=KeywordScorer.build([d["title"] for d in documents]), documents=documents)
    searcher.title_match = lambda words: Searcher.title_match(searcher, words)  # the real scaling, on this stand-in
    question = SimpleNamespace(documents=(), keywords="the Forum", change=Change("changed", years, series=series,
                                                                              named_years=named_years, topic="Forum",
                                                                              latest=latest))
    earlier, later = versions(searcher, question, documents, np.array([best[d["symbol"]] for d in documents]))
    return earlier["symbol"], later["symbol"]


MIGRANTS = [{"symbol": f"A/RES/{s}/1", "title": "Protection of migrants", "date": f"{y}-12-19"}
            for s, y in ((74, 2019), (76, 2021), (78, 2023), (80, 2025))]
DEVELOPMENT = [{"symbol": f"A/RES/{s}/2", "title": "International migration and development", "date": f"{y}-12-15"}
               for s, y in ((78, 2023), (80, 2025))]


def test_both_versions_come_from_one_series():
    # each year's version was once the resolution of that year with the best paragraph, whatever its series: over
    # the whole corpus two unrelated resolutions were compared. Here 2023's best is in series A, 2025's in B.
    best = {"A/RES/74/1": 0.1, "A/RES/76/1": 0.1, "A/RES/78/1": 0.9, "A/RES/80/1": 0.7, "A/RES/78/2": 0.6,
            "A/RES/80/2": 0.8}
    assert versions_chosen(MIGRANTS + DEVELOPMENT, best, (2023, 2025)) == ("A/RES/78/1", "A/RES/80/1")  # 1.6 > 1.4


def test_a_year_only_another_series_has_a_version_of_dates_something_else():
    # "the paragraph on the Group of Experts convened in 2018 and 2019 ... between 2023 and 2025": 2019 is a version
    # year of series A only; series B, answering best, is compared between 2023 and 2025 (it was A's 2019 and 2023)
    best = {"A/RES/74/1": 0.4, "A/RES/76/1": 0.4, "A/RES/78/1": 0.4, "A/RES/80/1": 0.4, "A/RES/78/2": 0.9,
            "A/RES/80/2": 0.9}
    chosen = versions_chosen(MIGRANTS + DEVELOPMENT, best, (2018, 2019, 2023, 2025))
    assert chosen == ("A/RES/78/2", "A/RES/80/2")


def test_a_pair_adopted_in_both_years_named_beats_a_closer_neighbour():
    # series A has no 2025 version here: its 2023 one and its neighbour answer best but leave 2025 unexplained
    best = {"A/RES/74/1": 0.9, "A/RES/76/1": 0.9, "A/RES/78/1": 0.9, "A/RES/78/2": 0.5, "A/RES/80/2": 0.5}
    assert versions_chosen(MIGRANTS[:3] + DEVELOPMENT, best, (2023, 2025)) == ("A/RES/78/2", "A/RES/80/2")


def test_each_year_named_has_its_own_best_resolutions_looked_at():
    # twelve other series answer better in 2025 (and have no 2023 version): they filled every place among the
    # resolutions looked at, and the series with both years named was never considered
    others = [{"symbol": f"A/RES/{s}/{n}", "title": f"Question of territory {n}", "date": f"{y}-12-10"}
              for n in range(3, 15) for s, y in ((79, 2024), (80, 2025))]
    best = {d["symbol"]: 0.8 for d in others} | {d["symbol"]: 0.7 for d in MIGRANTS}
    assert versions_chosen(others + MIGRANTS, best, (2023, 2025)) == ("A/RES/78/1", "A/RES/80/1")


def test_the_series_the_question_names_beats_one_adopted_in_more_of_its_years():
    # "the 2023 trafficking resolution on the work of the 2021 Co-Chairs": the migrants texts of 2021 and 2023 were
    # compared (two years named), not the trafficking texts
    trafficking = [{"symbol": f"A/RES/{s}/3", "title": "Improving the coordination of efforts against trafficking in "
                    "persons", "date": f"{y}-12-22"} for s, y in ((78, 2023), (80, 2025))]
    best = {d["symbol"]: 0.6 for d in trafficking} | {d["symbol"]: 0.8 for d in MIGRANTS}
    assert versions_chosen(MIGRANTS + trafficking, best, (2023, 2021), series="trafficking") == (
        "A/RES/78/3", "A/RES/80/3")
    assert versions_chosen(MIGRANTS + trafficking, best, (2023, 2021)) == ("A/RES/76/1", "A/RES/78/1")


def test_the_years_naming_the_resolutions_beat_the_years_of_what_they_speak_of():
    # "the outreach strategy for 2020-2024 ... between the 2023 and 2025 atomic radiation resolutions"
    best = {d["symbol"]: 0.5 for d in MIGRANTS}
    years = (2019, 2021, 2023, 2025)
    assert versions_chosen(MIGRANTS, best, years, "migrants", named_years=(2023, 2025)) == ("A/RES/78/1", "A/RES/80/1")


def test_with_no_year_the_series_is_compared_from_its_first_version_or_the_latest_against_the_one_before():
    best = {d["symbol"]: 0.5 for d in MIGRANTS}
    assert versions_chosen(MIGRANTS, best, ()) == ("A/RES/74/1", "A/RES/80/1")  # "How did the resolution change?"
    assert versions_chosen(MIGRANTS, best, (), latest=True) == ("A/RES/78/1", "A/RES/80/1")  # "the latest resolution"
