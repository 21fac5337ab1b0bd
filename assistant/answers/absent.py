"""Whether a question asks about a provision, a name or a number that the resolution never uses.

"Does the resolution set a deadline for ending child detention?" retrieves the paragraphs on child
detention, and citing them would suggest a deadline exists. If no paragraph contains the word
"deadline", the resolution sets none. The check is lexical on purpose, and narrow on purpose: it reads
questions that ask whether the text *does* something ("Does it create / set / impose / ban X?"), what it
says of a thing ("What does it say about the Rohingya crisis?"), and the names and numbers any question
states ("Is Australia's policy criticized?", "after five years"), because a question in everyday words
("Should kids be kept in lockups?") is answered by paragraphs that share none of its words.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from assistant.language.stems import function_words, stemmer, without_accents
from assistant.questions.question import Question
from assistant.questions.stated import SPELLED_NUMBERS
from assistant.search.lexicon import words_of
from assistant.search.mentions import countries_named

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def absent_words(question: Question, vocabulary: set[str] | frozenset[str], theme: frozenset[str] = frozenset(),
                 related: Callable[[str], bool] | None = None) -> list[str]:
    """The words of what the question asks about that no indexed paragraph uses (`vocabulary`: their
    stems, from search.lexicon.words_of); empty when none is missing or the question is not of a form read here.

    "Does it set a deadline for ...?": any missing word of the provision ("deadline").
    "Does it mention / What does it say about / What is its position on X?": X's capitalised words that are
    missing ("Rohingya"), or every word of X when all are missing ("artificial intelligence"), words of the
    resolution's own subject (`theme`: the stems of its title, "migrants") aside. With `related` (whether a
    word has a near-synonym in the paragraphs found), the missing words count only when none has one ("dual
    citizenship", not "school for kids"); a word ending a compound whose first word the text uses ("climate
    change") never counts.
    Any question: the names it uses when the text uses none of them ("Is Australia's policy criticized?").
    """
    stem = stemmer()
    if question.provision:
        return _missing(_content(question.provision), vocabulary, stem)
    topic = question.about
    if topic:
        words = [w for w in _content(topic) if stem(w.lower()) not in theme]
        missing = _missing(words, vocabulary, stem)
        names = [w for w in missing if w[0].isupper()]
        if names:
            return names
        if related is None:
            if missing and len(missing) == len(words):
                return missing
        else:
            unrelated = [w for w in missing if not _ends_compound(w, topic, missing) and not related(w)]
            if missing and len(unrelated) == len(missing):
                return unrelated
    return unknown_names(question.names, vocabulary, stem) or unknown_in_names(question.name_words, vocabulary, stem) \
        or unknown_numbers(question.numbers, vocabulary)


def unknown_in_names(words: tuple[str, ...], vocabulary, stem) -> list[str]:
    """The words of a name of several words (questions.stated.name_words) that no paragraph uses, nor any longer
    word holding them ("Swahili" is in "Kiswahili"): "World Chess Day" is not named where "World" and "Day" are,
    and the nearest day proclaimed is not its answer.

    unknown_names asks every name of the question to be missing, so that a lay alias beside a name the text uses
    passes ("the Hague tribunal" beside "Mexico"); a word missing from a name the question writes out whole
    says the thing named is not there. Written after "When is World Bee Day?" was answered with World Kiswahili
    Language Day (2026-12-07): every dev split answered as before (bundled, corpus, slice, whole-corpus, change);
    of eight whole-corpus dev questions written after it (c351-c358), the four naming an observance or a body no
    resolution names were abstained on (none before), and it abstained on none of the three answerable ones."""
    missing = _missing(list(words), vocabulary, stem)
    joined = _joined(_frozen(vocabulary)) if missing else ""
    return [word for word in missing if without_accents(word).lower() not in joined]


def unknown_numbers(numbers: tuple[str, ...], vocabulary) -> list[str]:
    """Numbers a question states ("after five years", "under 18") that no paragraph uses: a resolution that
    never writes the number does not say what the question says of it."""
    return [n for n in numbers if n not in vocabulary]


def _ends_compound(word: str, topic: str, missing: list[str]) -> bool:
    """Whether `word` follows another word of the topic that is not missing: "climate change"."""
    before = re.search(rf"([A-Za-z][\w'’-]*)\s+{re.escape(word)}\b", topic)
    return bool(before) and before.group(1) not in missing and before.group(1).lower() not in function_words()


def unknown_names(names: tuple[str, ...], vocabulary, stem) -> list[str]:
    """The names a question uses (questions.stated.names_used) that no paragraph uses, when it uses none that one
    does ("the Hague tribunal's ruling over citizens of Mexico" names Mexico, which the text does: a lay alias)."""
    missing = _missing(list(names), vocabulary, stem)
    return missing if len(missing) == len(names) else []


def _content(phrase: str) -> list[str]:
    """The words that name what a phrase is about; numbers in words are read by unknown_numbers instead."""
    stop = function_words() | SPELLED_NUMBERS
    words = [re.sub(r"['’]s$", "", w).strip("'’") for w in _WORD.findall(without_accents(phrase))]  # "one's"
    return [w for w in words if len(w) > 2 and w.lower() not in stop]


def _missing(words: list[str], vocabulary, stem) -> list[str]:
    return list(dict.fromkeys(w for w in words if not _known(stem(without_accents(w).lower()), vocabulary)))


def _known(stem: str, vocabulary) -> bool:
    """In the vocabulary, sharing its first six letters with a word that is, or, of five letters or more, the
    beginning of one: stemming leaves "smugglers" and "smuggling", "ratification" ("ratif") and "ratifying"
    ("ratifi") apart, and a word wrongly taken as used only makes the check more cautious."""
    if stem in vocabulary:
        return True
    return (len(stem) > 6 and _begins_one(stem[:6], vocabulary)) or (len(stem) >= 5 and _begins_one(stem, vocabulary))


def _begins_one(prefix: str, vocabulary) -> bool:
    """Whether some word of the vocabulary begins with `prefix` (its words sorted once: a scan of the corpus's 85k
    stems took 25 ms a word)."""
    words = _sorted(_frozen(vocabulary))
    at = bisect_left(words, prefix)
    return at < len(words) and words[at].startswith(prefix)


# Kept for the vocabularies a question is checked against (a frozenset keeps its hash): the corpus's 85k stems
# are sorted and joined once, not at every question
@lru_cache(maxsize=4)
def _sorted(vocabulary: frozenset[str]) -> list[str]:
    return sorted(vocabulary)


@lru_cache(maxsize=4)
def _joined(vocabulary: frozenset[str]) -> str:
    """The words one per line, for finding a word inside a longer one at C speed."""
    return "\n".join(vocabulary)


def _frozen(vocabulary) -> frozenset[str]:
    return vocabulary if isinstance(vocabulary, frozenset) else frozenset(vocabulary)


def unnamed_nearby(names: tuple[str, ...], texts: list[str]) -> list[str]:
    """The names a question uses that none of `texts` (the paragraphs retrieved for it) uses, when it uses none of
    them: in an index of many resolutions a name may be used somewhere, yet not where the answer would be."""
    text = " ".join(texts)
    return unknown_names(names, words_of(f"{text} {' '.join(countries_named(text))}"), stemmer())
