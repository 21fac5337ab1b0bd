import pytest

from assistant.documents.footnotes import FootnoteTracker

# (text, expected text, expected marker numbers); each case starts a fresh tracker that has
# already seen `seen` footnotes (number -> the word the marker followed).
CASES = [
    ("Universal Declaration of Human Rights, 2 which proclaims", {1: "x"},
     "Universal Declaration of Human Rights, which proclaims", [2]),
    ("35/5 of 28 September 2017, 1", {}, "35/5 of 28 September 2017,", [1]),
    ("Rights,4 which proclaims", {1: "a", 2: "b", 3: "c"}, "Rights, which proclaims", [4]),
    ("Avena and Other Mexican Nationals27 and the", {n: "w" for n in range(1, 27)},
     "Avena and Other Mexican Nationals and the", [27]),
    ("of 10 May 200624 and 2009/1", {n: "w" for n in range(1, 24)}, "of 10 May 2006 and 2009/1", [24]),
    ("of 10 May 2006 19 and 2009/1", {n: "w" for n in range(1, 19)}, "of 10 May 2006 and 2009/1", [19]),
    ("Families 11 as a matter of priority", {11: "families"}, "Families as a matter of priority", [11]),
    ("sessions 26 and its twenty-fifth", {n: "w" for n in range(1, 26)}, "sessions and its twenty-fifth", [26]),
    # A number glued after the punctuation that ends a clause marks a footnote, even after a word numbers follow
    # ("Goals") or a date.
    ("implementation of the Sustainable Development Goals;22", {n: "w" for n in range(1, 22)},
     "implementation of the Sustainable Development Goals;", [22]),
    ("for a period of four years, beginning on 1 January 2024;5", {n: "w" for n in range(1, 5)},
     "for a period of four years, beginning on 1 January 2024;", [5]),
    ("the elaboration of a convention on the basis of the draft articles,2", {1: "w"},
     "the elaboration of a convention on the basis of the draft articles,", [2]),
    # Numbers that belong to the text stay.
    ("resolution 70/147 of 17 December 2015", {}, "resolution 70/147 of 17 December 2015", []),
    ("advisory opinion OC 16/99 of 1 October 1999", {}, "advisory opinion OC 16/99 of 1 October 1999", []),
    ("Domestic Workers Convention, 2011 (No. 189), on decent work", {n: "w" for n in range(1, 189)},
     "Domestic Workers Convention, 2011 (No. 189), on decent work", []),
    ("Sustainable Development Goals 8 and 10, including", {n: "w" for n in range(1, 8)},
     "Sustainable Development Goals 8 and 10, including", []),
    ("including its target 10.7 on the facilitation", {n: "w" for n in range(1, 7)},
     "including its target 10.7 on the facilitation", []),
    ("held on 3 and 4 October 2013; 29", {n: "w" for n in range(1, 29)}, "held on 3 and 4 October 2013;", [29]),
    ("from 10 to 12 December 2016", {n: "w" for n in range(1, 10)}, "from 10 to 12 December 2016", []),
    ("the 10 fundamental Conventions", {n: "w" for n in range(1, 10)}, "the 10 fundamental Conventions", []),
    ("the report (S/25704 and Add.1) pursuant", {}, "the report (S/25704 and Add.1) pursuant", []),
    ("the G20 summit", {n: "w" for n in range(1, 20)}, "the G20 summit", []),
    # A repeated marker must follow the same word as the first time.
    ("Human Rights, 3 and in this regard", {3: "rights"}, "Human Rights, and in this regard", [3]),
    ("paragraphs 3, 4 and 5", {1: "a", 2: "b", 3: "c"}, "paragraphs 3, 4 and 5", []),
]


@pytest.mark.parametrize("text, seen, expected, numbers", CASES)
def test_extract(text, seen, expected, numbers):
    tracker = FootnoteTracker(notes={}, anchors=dict(seen))
    clean, notes = tracker.extract(text)
    assert clean == expected
    assert [n.number for n in notes] == numbers


def test_known_notes_are_linked_and_limit_markers():
    tracker = FootnoteTracker(notes={1: "Resolution 217 A (III).", 2: "See resolution 2200 A (XXI), annex."})
    clean, notes = tracker.extract("the Universal Declaration of Human Rights,1 and the Covenants,2 and 3 others")
    assert clean == "the Universal Declaration of Human Rights, and the Covenants, and 3 others"
    assert [(n.number, n.note) for n in notes] == [(1, "Resolution 217 A (III)."), (2, "See resolution 2200 A (XXI), annex.")]
