import pytest

from assistant.language.stems import lower_words, same_word, stemmer


@pytest.mark.parametrize("a, b, same", [
    ("ratification", "ratifying", True),  # "ratif", "ratifi"
    ("ratifying", "ratification", True),  # either way round
    ("implementation", "implementing", True),
    ("detention", "detention", True),
    ("detention", "deportation", False),
    ("return", "returning", True),  # one stem
    ("organ", "organization", True),  # "organ", "organiz": five letters is where the rule starts to conflate
    ("law", "lawyer", False),  # under five letters only the same stem counts ("law", "lawyer")
])
def test_same_word(a, b, same):
    stem = stemmer()
    assert same_word(stem(a), stem(b)) is same


@pytest.mark.parametrize("text, words", [
    ("El Niño years", ["el", "nino", "years"]),
    ("Dag Hammarskjöld's death", ["dag", "hammarskjold's", "death"]),  # the apostrophe of a possessive is kept
    ("Côte d’Ivoire and Türkiye", ["cote", "d’ivoire", "and", "turkiye"]),
    ("plain words", ["plain", "words"]),
])
def test_lower_words_fold_accents(text, words):
    """Texts write names with accents, questions often without: both are read without them."""
    assert lower_words(text) == words
