"""A search lists the copies of a renewed paragraph newest first (search.renewed): table-driven on hand-made
passages; tests/search/test_searcher.py and the corpus evals search real renewals."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.search.passage import Passage
from assistant.search.renewed import dated_copies_first, newest_copies_first

DETENTION = "Encourages States to work towards ending the detention of migrant children"
REMITTANCES = "Calls upon States to reduce the transaction costs of migrant remittances to less than 3 per cent"


def passage(doc: str, cid: str, text: str, score: float, date: str | None, via: str = "search") -> Passage:
    return Passage(doc, cid, cid, f"{doc}, {cid}", score, text, via=via, doc_date=date, similarity=score)


@pytest.mark.parametrize("passages, years, order", [
    # three copies, the oldest scored best: newest first, every copy kept, the other paragraph where it was
    ([passage("A/RES/76/172", "OP4(b)", DETENTION, 0.9, "2021-12-16"),
      passage("A/RES/80/218", "OP9", REMITTANCES, 0.85, "2025-12-18"),
      passage("A/RES/78/217", "OP5(b)", DETENTION, 0.8, "2023-12-19"),
      passage("A/RES/80/218", "OP5(b)", DETENTION, 0.7, "2025-12-18")], (),
     ["A/RES/80/218#OP5(b)", "A/RES/80/218#OP9", "A/RES/78/217#OP5(b)", "A/RES/76/172#OP4(b)"]),
    # a year asked about: its copy first
    ([passage("A/RES/78/217", "OP5(b)", DETENTION, 0.9, "2023-12-19"),
      passage("A/RES/80/218", "OP5(b)", DETENTION, 0.8, "2025-12-18")], (2023,),
     ["A/RES/78/217#OP5(b)", "A/RES/80/218#OP5(b)"]),
    # asked for by number: each copy where it was
    ([passage("A/RES/78/217", "OP5(b)", DETENTION, 1.0, "2023-12-19", via="reference"),
      passage("A/RES/80/218", "OP5(b)", DETENTION, 1.0, "2025-12-18", via="reference")], (),
     ["A/RES/78/217#OP5(b)", "A/RES/80/218#OP5(b)"]),
    # different words: nothing moves
    ([passage("A/RES/78/217", "OP5(b)", DETENTION, 0.9, "2023-12-19"),
      passage("A/RES/80/218", "OP9", REMITTANCES, 0.8, "2025-12-18")], (),
     ["A/RES/78/217#OP5(b)", "A/RES/80/218#OP9"]),
])
def test_copies_newest_first(passages, years, order):
    found = newest_copies_first(passages, years)
    assert [p.key for p in found] == order
    assert [p.score for p in found] == [p.score for p in passages]  # the scores stay in their places


UNDOF = ("Decides to appropriate to the special account for the Force the amount of {} dollars for the period from "
         "1 July {} to 30 June {}, inclusive of {} dollars for the maintenance of the Force")
UNDOF_2024 = UNDOF.format("74,611,100", 2024, 2025, "68,743,800")
UNDOF_2025 = UNDOF.format("76,183,400", 2025, 2026, "69,576,400")


@pytest.mark.parametrize("passages, written, adopted, order", [
    # copies differing in their figures: the one that writes the years asked about first, in the first's place
    ([passage("A/RES/79/307", "OP13", UNDOF_2025, 1.18, "2025-06-30"),
      passage("A/RES/79/307", "OP2", REMITTANCES, 1.1, "2025-06-30"),
      passage("A/RES/78/304", "OP12", UNDOF_2024, 1.0, "2024-06-28")], (2024, 2025), (),
     ["A/RES/78/304#OP12", "A/RES/79/307#OP2", "A/RES/79/307#OP13"]),
    # the years of the first copy: nothing moves
    ([passage("A/RES/79/307", "OP13", UNDOF_2025, 1.18, "2025-06-30"),
      passage("A/RES/78/304", "OP12", UNDOF_2024, 1.0, "2024-06-28")], (2025, 2026), (),
     ["A/RES/79/307#OP13", "A/RES/78/304#OP12"]),
    # "in 2025" dates the resolution: the copy adopted that year first, though the other writes 2025 too
    ([passage("A/RES/78/304", "OP12", UNDOF_2024, 1.18, "2024-06-28"),
      passage("A/RES/79/307", "OP13", UNDOF_2025, 1.0, "2025-06-30")], (2025,), (2025,),
     ["A/RES/79/307#OP13", "A/RES/78/304#OP12"]),
    # no year written: nothing moves
    ([passage("A/RES/79/307", "OP13", UNDOF_2025, 1.18, "2025-06-30"),
      passage("A/RES/78/304", "OP12", UNDOF_2024, 1.0, "2024-06-28")], (), (),
     ["A/RES/79/307#OP13", "A/RES/78/304#OP12"]),
    # words that differ beyond figures: not copies, nothing moves
    ([passage("A/RES/79/307", "OP13", UNDOF_2025, 1.18, "2025-06-30"),
      passage("A/RES/78/217", "OP9", REMITTANCES + " by 2030", 1.0, "2023-12-19")], (2030,), (),
     ["A/RES/79/307#OP13", "A/RES/78/217#OP9"]),
])
def test_copies_differing_in_figures_that_write_the_years_asked_first(passages, written, adopted, order):
    found = dated_copies_first(passages, written, adopted)
    assert [p.key for p in found] == order
    assert [p.score for p in found] == [p.score for p in passages]


FUND_2026 = "The Working Capital Fund shall be established for 2026 in the amount of 250 million United States dollars"
ADVANCES_2025 = "Cash advances paid by Member States to the Working Capital Fund for 2025"


def titled(doc: str, cid: str, text: str, score: float, title: str = "", via: str = "search") -> Passage:
    return Passage(doc, cid, cid, f"{doc}, {cid}", score, text, doc_title=title, via=via, similarity=score)


@pytest.mark.parametrize("passages, written, adopted, order", [
    # the best writes none of the years asked, one close to it writes them: that one first
    ([titled("A/RES/80/246", "OP3(b)", ADVANCES_2025, 1.06), titled("A/RES/80/246", "OP1", FUND_2026, 1.0)],
     (2026,), (), ["A/RES/80/246#OP1", "A/RES/80/246#OP3(b)"]),
    # too far below the best (under YEARS_RATIO): nothing moves
    ([titled("A/RES/80/246", "OP3(b)", ADVANCES_2025, 1.3), titled("A/RES/80/246", "OP1", FUND_2026, 1.0)],
     (2026,), (), ["A/RES/80/246#OP3(b)", "A/RES/80/246#OP1"]),
    # the best's resolution's title writes the year ("... programme budget for 2026"): as good as the text
    ([titled("A/RES/80/242", "OP70", "Decides to abolish two posts", 1.1, "Proposed programme budget for 2026"),
      titled("A/RES/80/229", "OP77", "Requests a report in 2026", 1.0)], (2026,), (),
     ["A/RES/80/242#OP70", "A/RES/80/229#OP77"]),
    # a year of adoption ("in 2026") is not a period written: nothing moves
    ([titled("A/RES/80/246", "OP3(b)", ADVANCES_2025, 1.06), titled("A/RES/80/246", "OP1", FUND_2026, 1.0)],
     (2026,), (2026,), ["A/RES/80/246#OP3(b)", "A/RES/80/246#OP1"]),
    # a paragraph asked for by number stays first
    ([titled("A/RES/80/246", "OP3(b)", ADVANCES_2025, 1.0, via="reference"), titled("A/RES/80/246", "OP1", FUND_2026, 1.0)],
     (2026,), (), ["A/RES/80/246#OP3(b)", "A/RES/80/246#OP1"]),
])
def test_the_paragraph_writing_the_years_asked_first(passages, written, adopted, order):
    from assistant.search.renewed import written_first

    assert [p.key for p in written_first(passages, written, adopted)] == order


def test_the_same_words_in_another_series_stay_where_they_are():
    day = "Stresses that the cost of all activities should be met from voluntary contributions"
    cleanup = replace(passage("A/RES/78/122", "OP5", day, 0.9, "2023-12-18"), doc_title="World Cleanup Day")
    lake = replace(passage("A/RES/79/142", "OP4", day, 0.8, "2024-12-17"), doc_title="World Lake Day")
    assert [p.doc for p in newest_copies_first([cleanup, lake])] == ["A/RES/78/122", "A/RES/79/142"]
    renewed = replace(lake, doc="A/RES/80/122", doc_title="World Cleanup Day", doc_date="2025-12-18")
    assert [p.doc for p in newest_copies_first([cleanup, renewed])] == ["A/RES/80/122", "A/RES/78/122"]
