"""The parser is general: the official PDF-to-text format, PDFs and Security Council texts parse too."""

import re

import pytest

from assistant.documents.files import load_resolution
from assistant.documents.parser import NotAResolution, parse_resolution
from tests.conftest import CORPUS


def ids(resolution, kind=None):
    return [c.id for c in resolution.clauses if kind is None or c.kind == kind]


def contiguous(resolution) -> bool:
    numbers = [int(c.id[2:]) for c in resolution.clauses if c.kind == "operative"]
    return numbers == list(range(1, len(numbers) + 1))


# symbol, file, preambular, operative, a sub-paragraph that must exist
CURATED = [
    ("A/RES/74/148", "curated/A_RES_74_148.txt", None, None, "OP4(a)"),
    ("A/RES/76/172", "curated/A_RES_76_172.txt", None, None, "OP5(b)"),
    ("A/RES/78/217", "curated/A_RES_78_217.txt", 46, 33, "OP6(n)"),
    ("S/RES/242 (1967)", "curated/S_RES_242_1967.txt", 3, 4, "OP1(ii)"),
    ("S/RES/678 (1990)", "curated/S_RES_678_1990.txt", 5, 5, None),
    ("S/RES/827 (1993)", "curated/S_RES_827_1993.txt", 11, 9, None),
]


@pytest.mark.parametrize("symbol, name, pps, ops, sub", CURATED)
def test_curated(symbol, name, pps, ops, sub):
    resolution = load_resolution(CORPUS / name)
    assert resolution.symbol == symbol
    assert contiguous(resolution)
    if pps is not None:
        assert len(ids(resolution, "preambular")) == pps
        assert len(ids(resolution, "operative")) == ops
    if sub:
        assert sub in ids(resolution)
    assert resolution.clauses[-1].text.endswith((".", ":"))


def test_official_format_masthead_headers_and_notes():
    r = load_resolution(CORPUS / "curated/A_RES_78_217.txt")
    assert (r.title, r.date) == ("Protection of migrants", "2023-12-19")
    assert r.clause("PP2").text.startswith("Reaffirming the Universal Declaration of Human Rights, which proclaims")
    note = r.clause("PP2").footnotes[0]
    assert (note.number, note.note) == (6, "Resolution 217 A (III).")
    assert all("23-25999" not in c.text and "A/RES/78/217" not in c.text for c in r.clauses)
    # OP5(b) runs across a page break with a footnote block and running header in between
    assert r.clause("OP5(b)").text.endswith("regardless of their migration status, and to work towards ending the "
                                           "detention of migrant children;")


def test_pdf_parses_like_its_text():
    from_pdf = load_resolution(CORPUS / "curated/pdf/A_RES_78_217.pdf")
    from_text = load_resolution(CORPUS / "curated/A_RES_78_217.txt")
    assert ids(from_pdf) == ids(from_text)
    same = sum(a.text == b.text for a, b in zip(from_pdf.clauses, from_text.clauses))
    assert same >= 0.95 * len(from_text.clauses)


def test_security_council_roman_subparagraphs():
    r = load_resolution(CORPUS / "curated/S_RES_242_1967.txt")
    assert ids(r) == ["PP1", "PP2", "PP3", "OP1", "OP1(i)", "OP1(ii)", "OP2", "OP2(a)", "OP2(b)", "OP2(c)",
                      "OP3", "OP4"]
    assert r.clause("OP1(i)").text == "Withdrawal of Israel armed forces from territories occupied in the recent conflict;"
    assert r.date == "1967-11-22"


def test_section_headings_are_not_paragraph_text():
    r = load_resolution(CORPUS / "ga-78-80/A_RES_78_234.txt")
    assert contiguous(r)
    assert r.clause("PP31").text.endswith("a matter of priority for the international community,")
    assert r.clause("OP1").text.startswith("Reaffirms the paramount importance")


# A resolution whose next numbered paragraph was once swallowed into the one before: a section heading of more lines
# than the heading rule looks ahead (78/68, 79/257; 79/161's wraps at a comma), a paragraph that lost its final ";" ("11." then "Encourages",
# 79/333), a number that lost its period ("26" alone on a line, 79/160), a body line ending in ";" taken for a running header near a page break (78/184's "refugees;"),
# and a wrapped line ending in a closing quote (S/RES/30). file, the paragraph, how it ends, the next one's opening
BROKEN_BEFORE = [
    ("ga-78-80/A_RES_78_68.txt", "OP50", "ecosystem approaches, as appropriate;", "Welcomes the most recent accession"),
    ("ga-78-80/A_RES_79_161.txt", "OP38", "initiatives to encourage contributions;", "Takes note of the report"),
    ("ga-78-80/A_RES_79_257.txt", "OP33", None, "Requests the Secretary-General to explore synergies"),
    ("ga-78-80/A_RES_79_333.txt", "OP10", "on participation in the high-level meeting", "Encourages Member States"),
    ("ga-78-80/A_RES_79_160.txt", "OP25", "ethnically “pure” nations;", "Condemns without reservation any denial"),
    ("ga-78-80/A_RES_78_184.txt", "OP4", "a generous approach to hosting refugees;", "Urges States that are parties"),
    ("sc-1946-1994/S_RES_0030_1947_EN_GOLD.txt", "OP2", "purposes of the Linggadjati Agreement;’",
     "Notes that the Netherlands Government"),
]


@pytest.mark.parametrize("name, clause_id, ending, next_opening", BROKEN_BEFORE)
def test_each_numbered_paragraph_starts_its_own_clause(name, clause_id, ending, next_opening):
    r = load_resolution(CORPUS / name)
    assert contiguous(r)
    assert max(len(c.text) for c in r.clauses) < 6000
    if ending:
        assert r.clause(clause_id).text.endswith(ending)
    following = f"OP{int(clause_id[2:]) + 1}"
    assert r.clause(following).text.startswith(next_opening)


def test_a_recurring_body_line_near_page_breaks_is_kept():
    r = load_resolution(CORPUS / "curated/A_RES_73_195.txt")
    chapeaus = sum(c.text.count("we will draw from the following actions:") for c in r.clauses)
    assert chapeaus == 23  # one in each objective; eight near a page break were dropped before


def test_a_list_of_titles_numbered_inside_a_paragraph_is_its_text():
    # annex paragraph 16 of the Global Compact lists its 23 objectives "1." to "23.": they once swallowed the
    # annex from paragraph 17 on (80,000 characters in one clause)
    r = load_resolution(CORPUS / "curated/A_RES_73_195.txt")
    annex = [c.id for c in r.clauses if c.kind == "annex" and c.parent is None]
    assert annex == [f"ANNEX.{n}" for n in range(1, 55)]
    assert "13. Use migration detention only as a measure of last resort" in r.clause("ANNEX.16").text
    assert r.clause("ANNEX.29(a)").text.startswith("Use existing relevant human rights mechanisms")
    assert max(len(c.text) for c in r.clauses) < 3000


def test_a_text_adopted_in_the_resolution_itself_is_numbered_as_its_paragraphs():
    # "Adopts the following Pact for the Future and its annexes:", a heading, then the Pact's 84 paragraphs, cited
    # "paragraph 42 of resolution 79/1" (as 79/92 does); they were once one preambular paragraph of 124,000 characters
    r = load_resolution(CORPUS / "ga-78-80/A_RES_79_1.txt")
    assert r.clause("PP1").text == "Adopts the following Pact for the Future and its annexes:"
    assert [c.id for c in r.clauses if c.kind == "operative"] == [f"OP{n}" for n in range(1, 85)]
    assert r.clause("OP42").text.startswith("United Nations peace operations, understood as peacekeeping operations")
    # its 56 action headings ("Action 1. We will take bold, ... leave no one behind.") are headings, not the end
    # of the paragraph before them
    assert r.clause("OP19").text.endswith("we will place people at the centre of all our actions.")
    assert not any(re.search(r"\bAction \d+\. We will", c.text) for c in r.clauses)


# Security Council texts once refused or cut short: a line of body text starting "1606th meeting, as contained in"
# read as the closing line; headings "Resolution 462 (1980)" / "RESOLUTION 768 (1992)" / "Adopted by the Security
# Council at its 3102nd meeting ..." with no opening line; "Therefore" / "1. The Security Council requests ...".
# file, clause count, the first clause's opening (no heading or date left before it), the last clause's opening
SECURITY_COUNCIL = [
    ("S_RES_0001_1946_EN_GOLD.txt", 4, "By Article 47 of the Charter", "The Security Council directs the Military"),
    ("S_RES_0303_1971_EN_GOLD.txt", 2, "Having considered", "Decides to refer the question contained in document"),
    ("S_RES_0462_1980_EN_GOLD.txt", 2, "Having considered", "Decides to call an emergency special session"),
    ("S_RES_0768_1992_EN_GOLD.txt", 9, "Recalling its resolutions 425", "Requests the Secretary-General to continue"),
    ("S_RES_0590_1986_EN_GOLD.txt", 5, "Having considered the report", None),
    # "Whereas ..." recitals and a resolving formula, no opening line and no operative verb (refused before)
    ("S_RES_0017_1947_EN_GOLD.txt", 2, "Whereas the Commission of Investigation", "It is resolved that the Security"),
]


@pytest.mark.parametrize("name, count, first_opening, last_opening", SECURITY_COUNCIL)
def test_security_council_headings_and_meetings_in_the_text(name, count, first_opening, last_opening):
    r = load_resolution(CORPUS / "sc-1946-1994" / name)
    assert len(r.clauses) == count
    assert r.clauses[0].text.startswith(first_opening)
    if last_opening:
        assert r.clauses[-1].text.startswith(last_opening)


@pytest.mark.parametrize("name, title", [
    ("S_RES_0001_1946_EN_GOLD.txt", "MILITARY STAFF COMMITTEE"),  # the heading above the text
    ("S_RES_0026_1947_EN_GOLD.txt", "Security Council resolution 26 (1947)"),  # not "26 (1947). Resolution of ..."
    ("S_RES_0014_1946_EN_GOLD.txt", "Security Council resolution 14 (1946)"),  # not "To this end," before the opening
    ("S_RES_0030_1947_EN_GOLD.txt", "Security Council resolution 30 (1947)"),  # not a line of the preamble
    ("S_RES_0206_1965_EN_GOLD.txt", "Security Council resolution 206 (1965)"),  # not its date line, "ef 15 June 1965"
])
def test_security_council_titles(name, title):
    assert load_resolution(CORPUS / "sc-1946-1994" / name).title == title


def test_recitals_ending_in_semicolons_and_now_therefore_resolves():
    r = load_resolution(CORPUS / "sc-1946-1994" / "S_RES_0021_1947_EN_GOLD.txt")  # the Pacific Islands trusteeship
    assert [c.text[:12] for c in r.clauses if c.kind == "preambular"] == ["Whereas Arti", "Whereas unde",
                                                                          "Whereas on 1", "Whereas Japa"]
    assert r.clause("OP1").text.startswith("Now, therefore, the Security Council of the United Nations")


def test_a_title_wrapping_after_a_semicolon_and_blank_lines_is_whole():
    title = load_resolution(CORPUS / "ga-78-80" / "A_RES_79_243.txt").title
    assert title.startswith("United Nations Convention against Cybercrime; Strengthening International Cooperation")
    assert title.endswith("Sharing of Evidence in Electronic Form of Serious Crimes")


MISREAD_NUMBERS = [
    # Security Council text, the paragraph its OCR misnumbered, how that paragraph opens (before: text of the one
    # before it, or of the last preambular paragraph when "1." itself was misread)
    ("S_RES_0277_1970_EN_GOLD.txt", "OP1", "Condemns the illegal proclamation"),  # "i. Condemns"
    ("S_RES_0273_1969_EN_GOLD.txt", "OP1", "Strongly condemns the Portuguese authorities"),  # "L. Strongly"
    ("S_RES_0767_1992_EN_GOLD.txt", "OP4", "Calls upon all parties, movements and factions"),  # "4, Calls upon"
    ("S_RES_0713_1991_EN_GOLD.txt", "OP5", "Appeals urgently to and encourages all parties"),  # "S. Appeals"
    ("S_RES_0871_1993_EN_GOLD.txt", "OP6", "Calls for an immediate cease-fire agreement"),  # "6.Calls for"
    ("S_RES_0407_1977_EN_GOLD.txt", "OP5", "further fully endorses the appeal"),  # "5. further fully endorses"
    ("S_RES_0470_1980_EN_GOLD.txt", "OP1(b)", "To renew the mandate of the United Nations"),  # "(6) To renew"
    ("S_RES_0470_1980_EN_GOLD.txt", "OP1(c)", "To request the Secretary-General"),  # after it, (c) follows (b)
    ("S_RES_0232_1966_EN_GOLD.txt", "OP2(b)", "Any activities by their nationals"),  # "(6) Any activities"
    ("S_RES_0865_1993_EN_GOLD.txt", "OP11", "Further requests the Secretary-General to undertake"),  # "ll."
    ("S_RES_0593_1986_EN_GOLD.txt", "OP2", "Requests the Secretary -General to continue"),  # "2 Requests"
    ("S_RES_0484_1980_EN_GOLD.txt", "OP2", "Calls upon Israel, the occupying Power"),  # no number at all; "3." next
]


@pytest.mark.parametrize("name, clause_id, opening", MISREAD_NUMBERS)
def test_an_operative_number_the_ocr_misread_starts_its_paragraph(name, clause_id, opening):
    r = load_resolution(CORPUS / "sc-1946-1994" / name)
    assert r.clause(clause_id).text.startswith(opening)


@pytest.mark.parametrize("line, read", [
    ("i. Condemns the proclamation", ("1", "Condemns the proclamation")),
    ("4, Calls upon all parties", ("4", "Calls upon all parties")),
    ("S. Appeals urgently", ("5", "Appeals urgently")),
    ("6.Calls for a cease-fire", ("6", "Calls for a cease-fire")),
    ("ll. Further requests", ("11", "Further requests")),
    ("2 Requests the Secretary-General", ("2", "Requests the Secretary-General")),
    ("1O. Decides", ("10", "Decides")),
    ("In accordance with the Charter", None),
    ("4. Calls upon all parties", None),  # a true number is NUMBERED's
    ("i. the territory of the State", None),  # no operative verb: not a number
    ("1,5 million people", None),
])
def test_misread_number(line, read):
    from assistant.documents.structure import misread_number

    match = misread_number(line)
    assert (match and (match.group(1), match.group(2))) == read or (match is None and read is None)


def test_unnumbered_operative_paragraph():
    r = load_resolution(CORPUS / "curated/A_RES_78_186.txt")
    assert ids(r) == ["PP1", "PP2", "PP3", "OP1"]
    assert r.clause("OP1").label == "first operative paragraph"
    assert r.clause("OP1").text.startswith("Takes note of the report of the Human Rights Council")


@pytest.mark.parametrize("text", [
    "",
    "Just a shopping list:\nmilk\neggs\nbread\n",
    "Dear colleagues,\nThe meeting is moved to Tuesday.\nBest regards,\nAnna\n",
])
def test_not_a_resolution(text):
    with pytest.raises(NotAResolution) as error:
        parse_resolution(text, symbol="X/1")
    assert "\n" not in str(error.value)
