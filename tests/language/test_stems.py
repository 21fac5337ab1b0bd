import pytest

from assistant.language.stems import lower_words, same_word, stem_words, stemmer, without_accents


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


@pytest.mark.parametrize("text, plain", [
    ("Niño", "Nino"),
    ("Hammarskjöld", "Hammarskjold"),
    ("Nin\u0303o", "Nino"),  # already decomposed: the combining tilde alone is dropped
    ("Côte d’Ivoire", "Cote d’Ivoire"),  # the curly apostrophe is not an accent
    ("São Tomé and Príncipe", "Sao Tome and Principe"),
    ("migrants", "migrants"),
])
def test_accents_are_dropped_and_nothing_else(text, plain):
    assert without_accents(text) == plain


def test_stemming_in_another_thread_uses_its_own_stemmer():
    import threading

    found = []
    worker = threading.Thread(target=lambda: found.append(stem_words(["detained", "children"])))
    worker.start()
    worker.join()
    assert found == [stem_words(["detained", "children"])] == [["detain", "children"]]
