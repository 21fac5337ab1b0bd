"""Resolutions whose sections number their paragraphs afresh: ids carry the section ("II.OP3")."""

import pytest

from assistant.documents.files import load_resolution
from assistant.documents.sections import split_sections
from tests.conftest import CORPUS

SECTIONED = [
    # file, sections, a clause id, how its text opens, clauses
    ("ga-78-80/A_RES_78_253.txt", 26, "II.OP3", "Notes the performance report for 2022", 261),
    ("ga-78-80/A_RES_79_258.txt", 25, "XX.OP1", "Approves the gross budget for the Joint Inspection Unit", 278),
    ("ga-78-80/A_RES_80_243.txt", 24, "XXIV.OP2", "Decides that the contingency fund for the year 2027", 224),
    ("ga-78-80/A_RES_78_247.txt", 2, "II.OP1", "Notes with appreciation the work of the Independent Audit Advisory", 16),
    ("ga-78-80/A_RES_79_298.txt", 2, "II.PP1", "Recalling its resolution 77/304", 27),
    ("ga-78-80/A_RES_80_237.txt", 2, "II.PP1", "Recalling its resolutions 61/275 of 29 June 2007", 30),
]


@pytest.mark.parametrize("name, sections, clause_id, opening, count", SECTIONED)
def test_each_section_numbers_its_own_paragraphs(name, sections, clause_id, opening, count):
    r = load_resolution(CORPUS / name)
    assert len({c.id.split(".")[0] for c in r.clauses}) == sections
    assert r.clause(clause_id).text.startswith(opening)
    assert len(r.clauses) == count
    # before, every section after the first was text of the first section's last paragraph (up to 40,049 characters)
    assert max(len(c.text) for c in r.clauses) < 2000
    assert not any(c.text.endswith((" II", " III")) for c in r.clauses)  # no section numeral left in a clause


def test_a_section_title_is_not_a_paragraph():
    r = load_resolution(CORPUS / "ga-78-80/A_RES_78_253.txt")
    assert r.clause("IV.PP1").text.startswith("Recalling section I of its resolution 68/247 B")
    assert not any("Request for a subvention" in c.text for c in r.clauses if c.id.startswith("IV."))
    assert r.clause("XIV.OP1").label == "section XIV, operative paragraph 1"


def test_sections_numbered_straight_through_keep_plain_ids():
    r = load_resolution(CORPUS / "ga-78-80/A_RES_78_68.txt")  # "II" before paragraph 14, not before a new 1.
    assert all(c.id[:2] in ("PP", "OP") for c in r.clauses)


SPLITS = [
    # lines, sections found
    (["I", "Title one", "", "Recalling x,", "1.", "Decides y;", "II", "Title two", "", "1.", "Notes z;"], ["I", "II"]),
    (["I", "Title one", "", "1.", "Decides y;", "II", "Title two", "", "2.", "Notes z;"], [""]),  # numbered through
    (["1.", "Decides y;", "II", "", "1.", "Notes z;"], [""]),  # no "I": "II" alone is not a run of sections
    (["Recalling x,", "I", "Title", "", "1. Decides;", "II", "Other", "", "1. Notes;"], ["", "I", "II"]),
]


@pytest.mark.parametrize("lines, sections", SPLITS)
def test_split_sections(lines, sections):
    assert [section for section, _ in split_sections(lines)] == sections


def test_a_section_loses_its_title_and_keeps_its_paragraphs():
    parts = split_sections(["I", "A title", "on two lines", "", "1.", "Decides;", "II", "B", "", "1.", "Notes;"])
    assert parts == [("I", ["", "1.", "Decides;"]), ("II", ["", "1.", "Notes;"])]


# what a part is: an article or rule of an annex ("Art6" of "ANNEX.Art6.2"), or a numbered annex ("ANNEXII")
PARTS = {"articles": lambda cid: cid.split(".")[1] if ".Art" in cid or ".Rule" in cid else None,
         "annexes": lambda cid: cid.split(".")[0] if cid.startswith("ANNEX") else None}
NUMBERED_PARTS = [
    # file, what is counted, how many, a clause id, how its text opens, its citation
    ("ga-78-80/A_RES_79_243.txt", "articles", 68, "ANNEX.Art6.2", "Nothing in this Convention shall be interpreted",
     "A/RES/79/243, annex, art. 6, para. 2"),
    ("ga-78-80/A_RES_79_243.txt", "articles", 68, "ANNEX.Art1.1(a)", "Promote and strengthen measures to prevent",
     "A/RES/79/243, annex, art. 1 (a)"),
    ("ga-78-80/A_RES_79_243.txt", "articles", 68, "ANNEX.Art40.12", "(a) Each State Party shall designate a central",
     "A/RES/79/243, annex, art. 40, para. 12"),  # "12. (a)" on one line: before, text of paragraph 11
    ("ga-78-80/A_RES_78_128.txt", "articles", 68, "ANNEXIII.Rule20.2", "Debate shall be confined to the question",
     "A/RES/78/128, annex III, rule 20, para. 2"),  # rules of procedure: before, 22,107 characters in one clause
    ("ga-78-80/A_RES_78_327.txt", "articles", 68, "ANNEXIII.Rule1.1", "The delegation of each State participating",
     "A/RES/78/327, annex III, rule 1"),
    ("ga-78-80/A_RES_80_162.txt", "articles", 27, "ANNEX.Art3.1", "If so agreed between the transport operator",
     "A/RES/80/162, annex, art. 3, para. 1"),
    ("ga-78-80/A_RES_79_1.txt", "annexes", 2, "ANNEXII.3", "The opportunity for future generations to thrive",
     "A/RES/79/1, annex II, para. 3"),  # before, text of annex I's last paragraph (15,541 characters)
    ("ga-78-80/A_RES_79_1.txt", "annexes", 2, "ANNEXI.74", "The cross-cutting nature of digital technologies",
     "A/RES/79/1, annex I, para. 74"),
    ("ga-78-80/A_RES_78_128.txt", "annexes", 3, "ANNEXII.3", "The plenary meetings will be devoted to statements",
     "A/RES/78/128, annex II, para. 3"),
]


@pytest.mark.parametrize("name, counted, count, clause_id, opening, cited", NUMBERED_PARTS)
def test_annexed_articles_rules_and_annexes_number_their_own_paragraphs(name, counted, count, clause_id, opening,
                                                                         cited):
    from assistant.documents.citation import citation

    r = load_resolution(CORPUS / name)
    assert len({PARTS[counted](c.id) for c in r.clauses} - {None}) == count
    assert r.clause(clause_id).text.startswith(opening)
    assert citation(r.symbol, r.clause(clause_id)) == cited


def test_article_titles_and_chapter_headings_are_not_text():
    r = load_resolution(CORPUS / "ga-78-80/A_RES_79_243.txt")
    articles = [c for c in r.clauses if c.id.startswith("ANNEX.Art")]
    assert not any(c.text.startswith(("Statement of purpose", "Use of terms")) for c in articles)
    assert not any(c.text.endswith(("Chapter II", "Criminalization")) for c in articles)
    # the four-line running title of its pages, once left in a dozen articles (68.2 runs on into the annexed
    # interpretative notes, whose heading names the Convention)
    assert [c.id for c in articles if "Cybercrime; Strengthening International" in c.text] == ["ANNEX.Art68.2"]


SPLIT_ARTICLES = [
    # lines, parts found
    (["Preamble,", "Article 1", "", "Scope", "", "1.", "Applies;", "Article 2", "Text.", "Article 3", "", "More."],
     [("", ["Preamble,"]), ("Art1", ["", "1.", "Applies;"]), ("Art2", ["Text."]), ("Art3", ["More."])]),
    (["Article 1.", "", "All human beings are born free.", "", "Article 2.", "", "Everyone is entitled.", "",
      "Article 3.", "", "Everyone has the right to life.", "Chapter II", "", "Final"],
     [("Art1", ["All human beings are born free.", ""]), ("Art2", ["Everyone is entitled.", ""]),
      ("Art3", ["Everyone has the right to life."])]),
    (["Rule 1", "Credentials", "", "Text.", "Rule 2", "More.", "V.", "Opening", "", "Rule 3", "Last."],
     [("Rule1", ["", "Text."]), ("Rule2", ["More."]), ("Rule3", ["Last."])]),
    (["Recalling article 5,", "Article 1", "x", "Article 2", "y"], [("", ["Recalling article 5,", "Article 1", "x",
                                                                         "Article 2", "y"])]),  # two: not a convention
]


@pytest.mark.parametrize("lines, parts", SPLIT_ARTICLES)
def test_split_articles(lines, parts):
    from assistant.documents.sections import split_articles

    assert split_articles(lines) == parts
