"""Words and word diffs of two paragraphs (pure functions, table-driven)."""

import pytest

from assistant.compare.diff import word_diff, words


@pytest.mark.parametrize("a, b, same", [
    ("relevant non-governmental organizations", "relevant non\u2011governmental organizations", True),
    ("a well\u2010known text", "a well-known text", True),
    ("all States parties", "all States Parties", True),  # case is not a change of words
    ("the outreach strategy for 2020\u20132024", "the outreach strategy for 2020-2024", False),  # a dash is a word
    ("Urges all States", "Urges States", False),
])
def test_words_read_hyphens_as_one_character(a, b, same):
    assert (words(a) == words(b)) is same


@pytest.mark.parametrize("a, b, diff", [
    ("Urges all States to act", "Urges States to act now",
     (("equal", "Urges"), ("delete", "all"), ("equal", "States to act"), ("insert", "now"))),
    ("other relevant non-governmental organizations to attend the twelfth Meeting",
     "other relevant non\u2011governmental organizations to attend the third Review Conference",
     (("equal", "other relevant non-governmental organizations to attend the"), ("delete", "twelfth Meeting"),
      ("insert", "third Review Conference"))),
])
def test_the_word_diff_marks_insertions_and_deletions_not_typesetting(a, b, diff):
    assert word_diff(a, b) == diff
