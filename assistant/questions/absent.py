"""Questions about a provision, a name or a number that the resolution never uses.

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
from collections.abc import Callable

from assistant.language.stems import function_words, stemmer
from .topics import SUBJECT, asked_topic

# Verbs of a provision the text would have to spell out: what it creates, sets, funds or forbids.
_ACTIONS = (r"create|establish|set(?: up)?|impose|authori[sz]e|require|regulate|ban|prohibit|outlaw|forbid|grant|"
            r"allocate|fund|finance|define|criminali[sz]e|decriminali[sz]e|legali[sz]e|mandate|oblige|abolish|"
            r"introduce|launch|cap|tax|guarantee|compel|order|call for|recommend|propose|demand|give")
_DOES_IT_ACT = re.compile(rf"^\s*(?:does|do|did|will|would)\s+{SUBJECT}\s+(?:\w+ly\s+)?(?:{_ACTIONS})s?\s+"
                          r"(?P<what>.+?)\s*\??\s*$"
                          rf"|^\s*(?:what|which)\s+(?P<what2>\w+(?:\s+\w+)?)\s+(?:does|do|did|will|would)\s+"
                          rf"{SUBJECT}\s+(?:{_ACTIONS})\b"
                          r"|^\s*(?:are|is|must)\s+(?:states|countries|governments|member states|a state|a country)\s+"
                          r"(?:required|obliged|obligated|bound|forced|compelled)\s+to\s+(?P<what3>.+?)\s*\??\s*$",
                          re.I)
# Capitalised words that name no particular thing ("the United Nations", "Member States").
_GENERIC_NAMES = {"united", "nations", "general", "assembly", "member", "members", "states", "state", "secretary",
                  "resolution", "resolutions", "council", "committee", "human", "rights", "government", "governments"}
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
                 "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion"}
# A number in words is a specific claim when it measures time or a share ("after five years"); otherwise it
# often counts what the text names one by one ("the two Covenants").
_DURATION_WORDS = re.compile(rf"\b({'|'.join(sorted(_NUMBER_WORDS))})\s+(?:years?|months?|weeks?|days?|hours?|"
                             r"per ?cent|percent)\b", re.I)
# A number the question states, not a paragraph, resolution, session or year it names.
_STATED_NUMBER = re.compile(r"(?<![\w/.])(?<!paragraph )(?<!para\. )(?<!resolution )(?<!article )(?<!session )"
                            r"(?<!PP)(?<!OP)(\d{1,3}(?:\.\d+)?)(?![\w/]|\.\d| ?\()")


def words_of(text: str) -> set[str]:
    """The stems of every word of a text, as `absent_words` compares them, its numbers, and the acronyms of
    its names ("ilo" for "the International Labour Organization")."""
    import Stemmer

    stems = set(Stemmer.Stemmer("english").stemWords(_lower_words(text)))
    return stems | set(re.findall(r"\d+(?:\.\d+)?", text)) | acronyms(text)


_NAME_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|on|the|and|in)\s+)*[A-Z][\w’'-]*)+")


def acronyms(text: str) -> set[str]:
    """The initials of every run of capitalised words and of each part of it, lowercased: "International
    Labour Organization" gives "ilo", "United Nations High Commissioner for Refugees" "unhcr" and "hcr"."""
    found = set()
    for run in _NAME_RUN.findall(text):
        # "Office of the United Nations High Commissioner for Human Rights" is OHCHR: "United Nations" is often left out
        for form in {run, re.sub(r"\bUnited Nations\s+", "", run)}:
            initials = [w[0].lower() for w in form.split() if w[0].isupper()]
            found |= {"".join(initials[i:j]) for i in range(len(initials)) for j in range(i + 2, len(initials) + 1)}
    return found


def expansions(text: str) -> dict[str, str]:
    """Acronym (lowercased) -> the run of capitalised words it abbreviates, for the longest runs of the text."""
    found: dict[str, str] = {}
    for run in _NAME_RUN.findall(text):
        for form in (run, re.sub(r"\bUnited Nations\s+", "", run)):
            initials = "".join(w[0].lower() for w in form.split() if w[0].isupper())
            found.setdefault(initials, run)
    return found


def absent_words(question: str, vocabulary: set[str] | frozenset[str], theme: frozenset[str] = frozenset(),
                 related: Callable[[str], bool] | None = None) -> list[str]:
    """The words of what the question asks about that no indexed paragraph uses (`vocabulary`: their
    stems, from `words_of`); empty when none is missing or the question is not of a form read here.

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
    act = _DOES_IT_ACT.match(question)
    if act:
        # "required to fight xenophobia": the provision is xenophobia; the verb is the asker's own word
        what = re.sub(r"\bto\s+\w+\s+", "to ", act.group("what") or act.group("what2") or act.group("what3"))
        what = re.sub(r"^(?:fight|combat|tackle|stop|end|protect|help|support)\s+", "", what, flags=re.I)
        return _missing(_content(what), vocabulary, stem)
    topic = asked_topic(question)
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
    return unknown_names(question, vocabulary, stem) or unknown_numbers(question, vocabulary)


def unknown_numbers(question: str, vocabulary) -> list[str]:
    """Numbers the question states ("after five years", "under 18") that no paragraph uses: a resolution that
    never writes the number does not say what the question says of it. Years are dates (facts.py), not read here."""
    stated = _STATED_NUMBER.findall(question) + _DURATION_WORDS.findall(question)
    return [n for n in dict.fromkeys(stated) if n not in vocabulary]


def _ends_compound(word: str, topic: str, missing: list[str]) -> bool:
    """Whether `word` follows another word of the topic that is not missing: "climate change"."""
    before = re.search(rf"([A-Za-z][\w'’-]*)\s+{re.escape(word)}\b", topic)
    return bool(before) and before.group(1) not in missing and before.group(1).lower() not in function_words()


def unnamed_nearby(question: str, texts: list[str]) -> list[str]:
    """The question's names that none of `texts` (the paragraphs retrieved for it) uses, when it uses none of
    them: in an index of many resolutions a name may be used somewhere, yet not where the answer would be."""
    from .mentions import countries_named

    text = " ".join(texts)
    return unknown_names(question, words_of(f"{text} {' '.join(countries_named(text))}"), stemmer())


def unknown_names(question: str, vocabulary, stem) -> list[str]:
    """Capitalised words past the first that no paragraph uses, when the question uses no name the text does
    ("the Hague tribunal's ruling over citizens of Mexico" names Mexico, which the text does: a lay alias)."""
    names = [re.sub(r"['’]s?$", "", w) for w in _WORD.findall(question)[1:]]
    names = [w for w in names if w[0].isupper() and not w.isupper() and len(w) > 2 and w.lower() not in _GENERIC_NAMES]
    missing = _missing(names, vocabulary, stem)
    return missing if len(missing) == len(names) else []


def content_words(text: str) -> set[str]:
    """A text's words that can carry a topic: lowercased, function words and short words aside."""
    stop = function_words()
    return {w for w in _lower_words(text) if len(w) > 2 and w not in stop}


def _content(phrase: str) -> list[str]:
    """The words that name what a phrase is about; numbers in words are read by unknown_numbers instead."""
    stop = function_words() | _NUMBER_WORDS
    words = [re.sub(r"['’]s$", "", w).strip("'’") for w in _WORD.findall(phrase)]  # "one's", "country's"
    return [w for w in words if len(w) > 2 and w.lower() not in stop]


def _missing(words: list[str], vocabulary, stem) -> list[str]:
    return list(dict.fromkeys(w for w in words if not _known(stem(w.lower()), vocabulary)))


def _known(stem: str, vocabulary) -> bool:
    """In the vocabulary, sharing its first six letters with a word that is, or, of five letters or more, the
    beginning of one: stemming leaves "smugglers" and "smuggling", "ratification" ("ratif") and "ratifying"
    ("ratifi") apart, and a word wrongly taken as used only makes the check more cautious."""
    if stem in vocabulary:
        return True
    return (len(stem) > 6 and any(known.startswith(stem[:6]) for known in vocabulary)) or \
        (len(stem) >= 5 and any(known.startswith(stem) for known in vocabulary))


def _lower_words(text: str) -> list[str]:
    return [w.lower().strip("'’") for w in _WORD.findall(text)]
