"""English stemming and function words, shared by the checks that compare a question's words with a text's."""

from __future__ import annotations

import importlib.util
import re
import threading
import unicodedata
from functools import cache
from pathlib import Path

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
_local = threading.local()  # a PyStemmer object per thread: one is not safe to share, and making one costs


def stemmer():
    """A fresh PyStemmer stemWord: one per call, since a PyStemmer object is not safe to share between threads."""
    import Stemmer  # imported lazily with the rest of retrieval

    return Stemmer.Stemmer("english").stemWord


@cache
def stopwords() -> frozenset[str]:
    """The words keyword search drops (bm25s's English list)."""
    # read from bm25s's module file: importing it as bm25s.stopwords would run the package's __init__, which
    # imports scipy (0.3 s of a cold question)
    path = Path(importlib.util.find_spec("bm25s").origin).parent / "stopwords.py"
    spec = importlib.util.spec_from_file_location("_bm25s_stopwords", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOPWORDS_EN)


@cache
def function_words() -> frozenset[str]:
    """Stopwords, plus the prepositions, fillers and quantifiers that bm25s keeps but that name no topic
    ("Does it take note of any reports?" asks about reports), and the words that place what is named before the
    text ("Does it recall earlier resolutions?" asks about the resolutions it recalls, all of them earlier), the
    pronoun "one" ("the right to return to one's own country" asks about return), and question and relative words
    ("children who go missing")."""
    return stopwords() | {"anything", "something", "against", "upon", "towards", "toward", "within", "among",
                          # prepositions bm25s keeps ("call for information from Member States" asks no "from")
                          "from", "onto", "over", "under", "about", "after", "before", "between", "through", "during",
                          "without", "via", "across", "behind", "beyond", "since", "until", "per", "near", "beside",
                          "besides", "despite", "throughout", "along", "around",
                          "whether", "also", "still", "any", "some", "all", "every", "each", "other", "several",
                          "many", "various", "certain", "earlier", "previous", "prior", "one", "ones", "own", "oneself",
                          # question and relative words bm25s keeps ("children who go missing" asks no "who")
                          "who", "whom", "whose", "which", "what", "when", "where", "why", "how"}


def same_word(a: str, b: str) -> bool:
    """Whether two stems are one word in two forms: stemming leaves "ratification" ("ratif") and "ratifying"
    ("ratifi") apart, so stems of five letters or more count as one where one begins the other."""
    return a == b or (len(a) >= 5 and len(b) >= 5 and (a.startswith(b) or b.startswith(a)))


def stem_words(words: list[str]) -> list[str]:
    """Each word's stem, as `stemmer` stems one (PyStemmer's batch call, for whole texts)."""
    if not hasattr(_local, "stemmer"):
        import Stemmer  # imported lazily with the rest of retrieval

        _local.stemmer = Stemmer.Stemmer("english")
    return _local.stemmer.stemWords(words)


def lower_words(text: str) -> list[str]:
    """A text's words, lowercased, accents folded, apostrophes at their ends dropped ("migrants'" -> "migrants")."""
    return [w.lower().strip("'’") for w in _WORD.findall(without_accents(text))]


def without_accents(text: str) -> str:
    """The text with accents dropped ("Niño" -> "Nino", "Hammarskjöld" -> "Hammarskjold"): texts write the names
    of people and places with them, people asking often do not."""
    if text.isascii():
        return text
    # character by character (and each character once): the same as the whole text decomposed and its combining
    # marks dropped, at a fraction of the cost for a paragraph whose only other character is a curly apostrophe
    return _NOT_ASCII.sub(lambda match: _plain(match.group()), text)


@cache
def _plain(character: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", character) if not unicodedata.combining(c))


def content_words(text: str) -> set[str]:
    """A text's words that can carry a topic: lowercased, function words and short words aside."""
    stop = function_words()
    return {w for w in lower_words(text) if len(w) > 2 and w not in stop}
