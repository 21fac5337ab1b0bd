"""Which retrieved clauses a grounded answer cites (pure: hand-made passages, the default policy)."""

import pytest

from assistant.answers.select import Policy, select, side_by_side
from assistant.search.passage import Passage
from tests.reading import read


def passage(clause_id, score, similarity, keyword, text=None, doc="A/RES/72/179", via="search"):
    return Passage(doc, clause_id, clause_id, f"{doc}, {clause_id}", score, text or f"text of {clause_id}",
                   via=via, similarity=similarity, keyword=keyword)


@pytest.mark.parametrize("passages, cited", [
    # a close runner-up is cited when the best clause shares the question's words...
    ([passage("OP1", 1.0, 0.7, 1.0), passage("OP2", 0.97, 0.6, 0.8), passage("OP3", 0.5, 0.5, 0.2)], ["OP1", "OP2"]),
    # ...not when the question is in other words than the text's
    ([passage("OP1", 1.0, 0.5, 0.1), passage("OP2", 0.97, 0.5, 0.1)], ["OP1"]),
    # the same words in another resolution are the same answer
    ([passage("OP1", 1.0, 0.5, 0.1, "Calls upon States"),
      passage("OP5", 0.99, 0.5, 0.1, "Calls upon  States", doc="A/RES/74/148")], ["OP1", "OP5"]),
    # ...but another resolution's close paragraph in other words is not (one thing asked, one resolution)
    ([passage("OP13", 1.0, 0.7, 1.0, "Decides to appropriate 76 million for 2025/26"),
      passage("OP12", 0.99, 0.7, 1.0, "Decides to appropriate 70 million for 2024/25", doc="A/RES/78/304")],
     ["OP13"]),
    # too far from the question: nothing
    ([passage("OP1", 1.0, 0.2, 1.0)], []),
    # ...unless it is the one paragraph using every word of what is asked for
    ([passage("OP9(f)", 1.0, 0.25, 0.5, via="topic"), passage("OP9(g)", 0.57, 0.19, 0.2)], ["OP9(f)"]),
    # every paragraph using the topic's words
    ([passage("OP5(d)", 1.0, 0.5, 1.0, via="topic"), passage("OP5(h)", 1.0, 0.5, 1.0, via="topic"),
      passage("PP1", 0.9, 0.6, 0.2)], ["OP5(d)", "OP5(h)"]),
])
def test_select(passages, cited):
    assert [p.id for p in select(passages, Policy(), read("What does it say?"))] == cited


@pytest.mark.parametrize("passages, cited", [
    # a runner-up beside the cited sub-paragraph, nearly as close: cited too
    ([passage("OP5(g)", 1.0, 0.7, 0.6), passage("OP5(f)", 0.88, 0.65, 0.7)], ["OP5(g)", "OP5(f)"]),
    # the same score two sub-paragraphs away, or in another paragraph: not
    ([passage("OP5(g)", 1.0, 0.7, 0.6), passage("OP5(e)", 0.88, 0.65, 0.7)], ["OP5(g)"]),
    ([passage("OP5(a)", 1.0, 0.7, 0.6), passage("OP4(o)", 0.88, 0.65, 0.7)], ["OP5(a)"]),
    # a neighbour far below the best: not
    ([passage("OP5(g)", 1.0, 0.7, 0.6), passage("OP5(f)", 0.7, 0.6, 0.7)], ["OP5(g)"]),
    # beside the only paragraph that uses a topic's words
    ([passage("OP5(i)", 1.0, 0.67, 0.7, via="topic"), passage("OP5(j)", 0.86, 0.69, 0.3)], ["OP5(i)", "OP5(j)"]),
])
def test_select_cites_a_close_neighbour_under_the_same_chapeau(passages, cited):
    assert [p.id for p in select(passages, Policy(), read("What does it say?"))] == cited


@pytest.mark.parametrize("a, b, beside", [
    ("OP5(f)", "OP5(g)", True), ("OP5(g)", "OP5(f)", True), ("OP9", "OP9(a)", True),
    ("OP5(e)", "OP5(g)", False), ("OP9", "OP9(b)", False), ("OP4(a)", "OP5(b)", False), ("PP4", "PP5", False),
    ("OP4(a)", "PP4(b)", False), ("OP4(a)(i)", "OP4(a)(ii)", False),
])
def test_side_by_side(a, b, beside):
    assert side_by_side(passage(a, 1, 1, 1), passage(b, 1, 1, 1)) is beside
    assert side_by_side(passage(a, 1, 1, 1), passage(b, 1, 1, 1, doc="A/RES/74/148")) is False


def test_a_neighbour_that_gives_no_figure_does_not_answer_how_many():
    passages = [passage("OP5(g)", 1.0, 0.7, 0.6, "Requests the Secretary-General to submit two reports"),
                passage("OP5(f)", 0.9, 0.65, 0.7, "Requests the Secretary-General to submit a report")]
    question = "How many reports does the Secretary-General submit?"
    assert [p.id for p in select(passages, Policy(), read(question))] == ["OP5(g)"]
    assert [p.id for p in select(passages, Policy(), read("What does it ask?"))] == ["OP5(g)", "OP5(f)"]


def kinded(clause_id, score, similarity=0.7, keyword=1.0):
    from dataclasses import replace
    return replace(passage(clause_id, score, similarity, keyword),
                   kind="preambular" if clause_id.startswith("PP") else "operative")


@pytest.mark.parametrize("passages, cited", [
    # a preambular paragraph as close as an operative one that answers: context, not cited (2026-12-06)
    ([kinded("OP6", 1.0), kinded("PP31", 0.97)], ["OP6"]),
    ([kinded("OP6", 1.0), kinded("PP31", 0.97), kinded("OP7", 0.96)], ["OP6", "OP7"]),
    # the best one preambular: a close preambular one is cited beside it...
    ([kinded("PP14", 1.0), kinded("PP18", 0.97)], ["PP14", "PP18"]),
    # ...a close operative one instead of it (fifteenth session: what it recalls is context for what it does)
    ([kinded("PP3", 1.0), kinded("OP4(f)", 0.97)], ["OP4(f)"]),
    ([kinded("PP3", 1.0), kinded("PP5", 0.98), kinded("OP4(f)", 0.97), kinded("OP2", 0.96)], ["OP4(f)", "OP2"]),
    # ...and not one far from it
    ([kinded("PP3", 1.0), kinded("OP4(f)", 0.8)], ["PP3"]),
])
def test_a_preambular_paragraph_is_not_cited_beside_an_operative_one(passages, cited):
    assert [p.id for p in select(passages, Policy(), read("What does it say?"))] == cited


def dated(clause_id, score, doc, date):
    from dataclasses import replace
    return replace(passage(clause_id, score, 0.7, 1.0, doc=doc), doc_date=date)


@pytest.mark.parametrize("question, cited", [
    # a year asked about: beside the best paragraph of that year's resolution, none of another year (2026-12-06)
    ("What did the 2023 resolution say about the evaluation?", ["A/RES/78/71#OP9"]),
    # one thing asked: one resolution, whatever the year; several asked for: each close one
    ("What did the resolution say about the evaluation?", ["A/RES/78/71#OP9"]),
    ("What did the resolutions say about evaluations?", ["A/RES/78/71#OP9", "A/RES/80/75#OP8"]),
    ("What did the 2023 resolutions say about evaluations?", ["A/RES/78/71#OP9"]),
])
def test_a_year_asked_about_keeps_the_others_cited_to_that_year(question, cited):
    passages = [dated("OP9", 1.0, "A/RES/78/71", "2023-12-07"), dated("OP8", 0.97, "A/RES/80/75", "2025-12-01")]
    assert [p.key for p in select(passages, Policy(), read(question))] == cited


@pytest.mark.parametrize("question, cited", [
    # a period written: the close paragraph on that period first, none on another (2026-12-07)
    ("At what level was the Working Capital Fund established for 2026?", ["OP1"]),
    ("What were the cash advances to the Working Capital Fund for 2025?", ["OP3(b)"]),
    # no period written: the best and the close one, as ever
    ("What does the resolution say about the Working Capital Fund?", ["OP3(b)", "OP1"]),
])
def test_a_period_written_cites_the_paragraph_on_that_period(question, cited):
    passages = [passage("OP3(b)", 1.0, 0.7, 1.0, "Cash advances paid by Member States to the Working Capital Fund "
                        "for 2025", doc="A/RES/80/246"),
                passage("OP1", 0.97, 0.7, 1.0, "The Working Capital Fund shall be established for 2026 in the "
                        "amount of 250 million United States dollars", doc="A/RES/80/246")]
    assert [p.id for p in select(passages, Policy(), read(question))] == cited
