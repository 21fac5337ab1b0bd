"""Questions as people type them: checked, without the pleasantries around them, and with the question mark
and the capitals they left off put back.

A chat user types "Hi, can you tell me: …? Thanks!", "is entering without papers a crime" or "does it
mention germany". Checks that read how a question opens miss one that opens with "Hi,", and "Thanks" reads
as a name the text never uses. The models read a question without its question mark as another sentence
(five dev answers changed with it). Names are found by their capitals ("Germany", "the New York
Declaration"): without them a question is searched as if it named nothing, and a State the text never names
is not noticed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator

from assistant.language.countries import country_names

from .patterns import QUESTION_WORDS

MAX_QUESTION_CHARS = 1000
CAPITAL_SHARE = 0.9  # of a word's uses past a sentence's first word: a word written this often with a capital is a name
_INTERROGATIVE = re.compile(rf"^\s*(?:{QUESTION_WORDS})\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# Capitalised words with the small words titles hold between them: "Convention on the Rights of the Child"
_TITLE_RUN = re.compile(r"[A-Z][A-Za-z]*(?:-[A-Za-z]+)*(?:\s+(?:(?:of|on|for|and|the|against|to|in)\s+)*"
                        r"[A-Z][A-Za-z]*(?:-[A-Za-z]+)*)+")
MAX_TITLE_WORDS = 12


class QuestionError(ValueError):
    """The question cannot be answered as given (empty, too long)."""


def normalised(text: str) -> str:
    """Text as every later stage reads it: compatibility forms folded (NFKC: ligatures, full-width letters), lone
    surrogates and control or invisible format characters taken out, whitespace made single."""
    text = text or ""
    if text.isascii() and text.isprintable():  # most questions: nothing to fold or take out
        return " ".join(text.split())
    text = text.encode("utf-8", "replace").decode("utf-8")  # a lone surrogate (JSON "\ud800") becomes "?"
    text = unicodedata.normalize("NFKC", text)
    kept = (" " if c.isspace() else "" if unicodedata.category(c) in _INVISIBLE else c for c in text)
    return " ".join("".join(kept).split())


_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn"}  # control, format (zero-width), surrogate, private use, unassigned


def check_question(question: str) -> str:
    """The question normalised (`normalised`); an error if it is empty or too long."""
    text = normalised(question)
    if not text:
        raise QuestionError("the question is empty")
    if len(text) > MAX_QUESTION_CHARS:
        raise QuestionError(f"the question is too long ({len(text)} characters; the limit is {MAX_QUESTION_CHARS})")
    return text


_WH = rf"(?:(?:in|on|at|for|to|by|from|under|with) (?=what|which|whom|whose))?(?:{QUESTION_WORDS})\b"
# "Hi, ...", "Hello! ...", "Good morning, ..."
_GREETING = re.compile(r"^(?:\s*(?:hi|hello|hey|greetings|good (?:morning|afternoon|evening))\b[\s,!.:;-]*)+", re.IGNORECASE)
# "Can you tell me: does ...?", "Please tell me which ...", "I'd like to know what ...": a question inside a request
_REQUEST = re.compile(r"^\s*(?:please\s*,?\s*)?(?:(?:can|could|would|will) you (?:please )?tell me|(?:please )?tell me|"
                      r"i(?:'d| would) like to know|i want to know|i(?:'m| am) wondering|do you know|quick question)"
                      rf"\s*[:,-]?\s*(?={_WH})", re.IGNORECASE)
# "... Thanks!", "..., thank you very much.", "... please?"
_THANKS = re.compile(r"(?<=[?.!,])\s*\b(?:(?:many )?thanks(?: (?:a lot|in advance|so much))?|thank you(?: (?:very much|"
                     r"so much|in advance))?|thx|cheers|please)[\s.!?]*$", re.IGNORECASE)


def without_pleasantries(question: str) -> str:
    """The question without the greeting, request or thanks around it ("Hi, can you tell me: does it mention
    Germany? Thanks!" -> "does it mention Germany?"): checks that read how a question opens, and names found by
    their capitals ("Thanks" is none), would otherwise misread it. Unchanged if nothing would remain."""
    bare = _THANKS.sub("", _REQUEST.sub("", _GREETING.sub("", question))).strip().rstrip(",;:- ")
    return bare if re.search(r"[A-Za-z]{3}", bare) else question


def as_asked(question: str) -> str:
    """The question with the question mark its asker left off ("Is entering without papers a crime")."""
    text = question.rstrip()
    return f"{text}?" if _INTERROGATIVE.match(text) and not text.endswith(("?", ".", "!")) else text


def cased_forms(texts: Iterable[str]) -> dict[str, str]:
    """Lowercase word -> the form the texts write it in, for the words they capitalise nearly always past a
    sentence's first word ("declaration" is often lowercase, "ILO" and "Avena" never), and the words of
    every State's name ("germany" -> "Germany"), named in the text or not."""
    return cased_from_counts(cased_counts(texts))


def cased_counts(texts: Iterable[str], since: dict | None = None) -> dict:
    """What cased_forms reads of the texts, JSON-ready: {"written": each word as written -> its uses past a
    sentence's first word, "runs": the runs of capitalised words past one, in the order written}; `since`: the
    counts of the texts before these (an index keeps its counts, so that rows added later are counted alone)."""
    written = Counter(since["written"]) if since else Counter()
    runs = dict.fromkeys(since["runs"]) if since else {}
    for text in texts:
        for sentence in re.split(r"(?<=[.;:])\s+", text):
            written.update(_WORD.findall(sentence)[1:])
            runs.update(dict.fromkeys(_TITLE_RUN.findall(sentence.split(" ", 1)[-1])))
    return {"written": dict(written), "runs": list(runs)}


def cased_from_counts(counts: dict) -> dict[str, str]:
    """cased_forms of the texts `counts` counted (cased_counts)."""
    written, runs = counts["written"], counts["runs"]
    uses: dict[str, dict[str, int]] = {}
    for word, n in written.items():
        uses.setdefault(word.lower(), {})[word] = n
    cased = {}
    for lower, counts in uses.items():
        capitalised = {form: n for form, n in counts.items() if form[0].isupper()}
        if capitalised and sum(capitalised.values()) >= CAPITAL_SHARE * sum(counts.values()):
            cased[lower] = max(capitalised, key=capitalised.get)
    for name in country_names():
        for word in _WORD.findall(name):
            if word[0].isupper():
                cased.setdefault(word.lower(), word)
    return cased | _cased_titles(runs, cased)


def _cased_titles(runs: Iterable[str], cased: dict[str, str]) -> dict[str, str]:
    """Lowercase title -> as written, for the parts of the runs of capitalised words the texts write ("Human
    Rights Council") that hold a word they always capitalise ("Council"): "human rights" alone is often lowercase."""
    titles = {}
    for run in runs:
        words = run.split()
        upper = [w[0].isupper() for w in words]
        # counted once a run, not once a span: a corpus's runs have some 40k words, each in up to 66 spans
        capitals, always = [0], [0]
        for word, capital in zip(words, upper):
            capitals.append(capitals[-1] + capital)
            always.append(always[-1] + (capital and word.lower() in cased))
        for i, j in _spans(len(words)):
            if upper[i] and upper[j - 1] and capitals[j] - capitals[i] >= 2 and always[j] > always[i]:
                part = " ".join(words[i:j])
                titles.setdefault(part.lower(), part)
    return titles


def _spans(count: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of two to MAX_TITLE_WORDS of `count` words: the titles written and looked up."""
    return ((i, j) for i in range(count) for j in range(i + 2, min(i + MAX_TITLE_WORDS, count) + 1))


def truecased(question: str, cased: dict[str, str]) -> str:
    """A question typed without a single capital, with those of `cased` put back (a title's as the texts write
    it: "human rights council" -> "Human Rights Council"); any other unchanged."""
    if any(c.isupper() for c in question):
        return question
    words = _WORD.findall(question)
    runs = {" ".join(words[i:j]) for i, j in _spans(len(words))}
    titles = sorted((run for run in runs if run in cased), key=len, reverse=True)
    pattern = "|".join(r"\s+".join(map(re.escape, title.split())) for title in titles)
    if pattern:  # longest first: a title inside a longer one is written as the longer one writes it
        question = re.sub(rf"(?<![\w-])(?:{pattern})(?![\w-])", lambda m: cased[" ".join(m.group().split())],
                          question)
    return _WORD.sub(lambda m: cased.get(m.group(), m.group()), question)
