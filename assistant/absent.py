"""Questions about a provision whose words the resolution never uses.

"Does the resolution set a deadline for ending child detention?" retrieves the paragraphs on child
detention, and citing them would suggest a deadline exists. If no paragraph contains the word
"deadline", the resolution sets none. The check is lexical on purpose, and narrow on purpose: it only
reads questions that ask whether the text *does* something ("Does it create / set / impose / ban X?")
or what it says of a named thing ("What does it say about the Rohingya crisis?"), because a question in
everyday words ("Should kids be kept in lockups?") is answered by paragraphs that share none of its words.
"""

from __future__ import annotations

import re

from .stems import function_words, stemmer

# How a question names the resolution as the one acting: "Does the resolution / it / the General Assembly ...".
SUBJECT = r"(?:the resolution|the text|it|this resolution|the general assembly|the assembly)"
# Verbs of a provision the text would have to spell out: what it creates, sets, funds or forbids.
_ACTIONS = (r"create|establish|set(?: up)?|impose|authori[sz]e|require|regulate|ban|prohibit|outlaw|forbid|grant|"
            r"allocate|fund|finance|define|criminali[sz]e|decriminali[sz]e|legali[sz]e|mandate|oblige|abolish|"
            r"introduce|launch|cap|tax|guarantee|compel|order")
_DOES_IT_ACT = re.compile(rf"^\s*(?:does|do|did|will|would)\s+{SUBJECT}\s+(?:\w+ly\s+)?(?:{_ACTIONS})s?\s+"
                          r"(?P<what>.+?)\s*\??\s*$", re.I)
# What it says of a thing: the thing's names must be in the text for it to say anything of it.
_SAYS_OF = re.compile(rf"^\s*(?:does|do|did)\s+{SUBJECT}\s+(?:mention|discuss|address|cover|deal with|"
                      r"talk about|say anything about|refer to|speak (?:of|about))\s+(?P<what>.+?)\s*\??\s*$"
                      rf"|^\s*what\s+(?:does|do|did)\s+{SUBJECT}\s+(?:say|state)\s+(?:about|on|regarding)\s+"
                      r"(?P<what2>.+?)\s*\??\s*$"
                      r"|^\s*(?:is|are)\s+there\s+(?:an?\s+|any\s+)?(?:provisions?|paragraphs?|clauses?|anything|"
                      r"mention|references?|language|wording)\s+(?:on|about|regarding|concerning|of|to|for)\s+"
                      r"(?P<what3>.+?)\s*\??\s*$", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def words_of(text: str) -> set[str]:
    """The stems of every word of a text, as `absent_words` compares them."""
    import Stemmer

    return set(Stemmer.Stemmer("english").stemWords(_lower_words(text)))


def absent_words(question: str, vocabulary: set[str] | frozenset[str]) -> list[str]:
    """The words of what the question asks about that no indexed paragraph uses (`vocabulary`: their
    stems, from `words_of`); empty when none is missing or the question is not of a form read here.

    "Does it set a deadline for ...?": any missing word of the provision ("deadline").
    "Does it mention / What does it say about X?": X's capitalised words that are missing ("Rohingya"),
    or every word of X when all are missing ("artificial intelligence").
    """
    act = _DOES_IT_ACT.match(question)
    stem = stemmer()
    if act:
        return _missing(_content(act.group("what")), vocabulary, stem)
    says = _SAYS_OF.match(question)
    if not says:
        return []
    words = _content(says.group("what") or says.group("what2") or says.group("what3"))
    missing = _missing(words, vocabulary, stem)
    names = [w for w in missing if w[0].isupper()]
    return names or (missing if missing and len(missing) == len(words) else [])


def _content(phrase: str) -> list[str]:
    stop = function_words()
    return [w.strip("'’") for w in _WORD.findall(phrase) if len(w) > 2 and w.lower() not in stop]


def _missing(words: list[str], vocabulary, stem) -> list[str]:
    return list(dict.fromkeys(w for w in words if not _known(stem(w.lower()), vocabulary)))


def _known(stem: str, vocabulary) -> bool:
    """In the vocabulary, or sharing its first six letters with a word that is: stemming leaves "smugglers" and
    "smuggling" apart, and a word wrongly taken as used only makes the check more cautious."""
    if stem in vocabulary:
        return True
    return len(stem) > 6 and any(known.startswith(stem[:6]) for known in vocabulary)


def _lower_words(text: str) -> list[str]:
    return [w.lower().strip("'’") for w in _WORD.findall(text)]
