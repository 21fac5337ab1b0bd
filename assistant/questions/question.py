"""The `Question` record: a question read once, by `read_question`, into what every later stage needs.

Search and answering read the record's fields, never the text again: the resolutions a question names are taken
out once, its form is recognised once, and every stage agrees on what was asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from assistant.language.stems import function_words, stemmer, stopwords

from .acronyms import spelled_out
from .acts import asked_act, listed_act
from .addressed import asked_of, asked_task
from .changes import Change, asked_change
from .facts import asked_fact, counted_words, instruments_named
from .heading import asked_heading
from .kinds import Kind, asked_kind, kind_narrowing
from .listing import asks_for_several
from .mentions import asked_if_mentioned, asked_title, listed_name, mentioned_phrase, title_parts
from .named_resolutions import asked_documents, without_asked
from .outside_text import outside_text
from .references import Reference, find_references
from .scope import dated, focus, phrasings, scope, years_written
from .stated import asked_provision, name_words, names_used, numbers_stated
from .topics import asked_topic, searched_topic
from .typed import QuestionError, as_asked, check_question, truecased, without_pleasantries


class Known(Protocol):
    """What reading a question needs of the index (search.lexicon.Lexicon): the resolutions it holds, how its
    text writes names, and the acronyms it spells out."""

    @property
    def symbols(self) -> list[str]: ...

    def cased(self) -> dict[str, str]: ...

    def expansions(self) -> dict[str, str]: ...


@dataclass(frozen=True)
class Question:
    """A question as read. Fields a reader did not find are empty (None, (), False).

    typed: as typed, whitespace made single (what an answer repeats).
    text: as read: greetings and thanks off, the question mark back, names' capitals back (questions.typed).
    searched: the text without the resolutions it asks about ("What does resolution 74/148 say about X?" ->
        "What does it say about X?"): what every form is read from.
    keywords, phrasings: what keyword search scores, and the texts dense search encodes (the question, and a topic
        alone), acronyms spelled out.
    documents, not_indexed: the resolutions it asks about that the index holds, and those it does not.
    references: paragraphs it names ("para. 4 (k)"). scope: the clause kinds it confines itself to, or None.
    topic: the words every paragraph answering must use ("family reunification", "reaffirm X");
    about: the X of "What does it say about X?" forms, checked against the words the text uses.
    outside: "unrecorded" (votes, sponsors) or "enforcement": what no paragraph says. heading: "date", "title" or
        "symbol", which the heading states. fact: the kind of fact asked for (questions.facts), the
        instruments it names, and what "How many ...?" counts (`counted`).
    listed_name / mentioned_phrase: what "Where is X mentioned?" lists; title: what "Does it mention X?" looks
        for (a title), mentioned / mentioned_parts: a title checked for absence, and each title it joins.
    kind, kind_narrowing: a kind of document asked for ("treaties") and the stems that narrow it.
    act / listed_act: a verb it asks about ("What does it welcome?"; "Which paragraphs take note of X?").
    addressee / task: whom it asks about ("What does it ask the Secretary-General to do?") and what they are
        asked ("Who is asked to report?").
    provision, names, numbers: what the text would have to state (questions.stated); name_words: the words of
        each name of several words it writes out ("World Chess Day"), every one of which the text would use.
        whether: the provision is asked of as a yes or no ("Does it set a date for a referendum?"), not as a kind
        of thing it would name ("What fines does it impose?").
    several: it asks for several things. words: the stems of its words, stopwords aside.
    change: how the text changed between versions (questions.changes), answered by comparing them.
    years: the years of adoption it asks about ("the 2024 resolution"): of a renewed paragraph, that year's copy.
    written_years: every year it writes ("for July 2024 to June 2025"): of copies differing in figures, theirs.
    """

    typed: str
    text: str
    searched: str
    keywords: str
    phrasings: tuple[str, ...]
    documents: tuple[str, ...] = ()
    not_indexed: tuple[str, ...] = ()
    references: tuple[Reference, ...] = ()
    scope: frozenset[str] | None = None
    topic: str | None = None
    about: str | None = None
    outside: str | None = None
    heading: str | None = None
    fact: str | None = None
    instruments: frozenset[str] = frozenset()
    counted: tuple[str, ...] = ()
    listed_name: str | None = None
    mentioned_phrase: str | None = None
    title: str | None = None
    mentioned: str | None = None
    mentioned_parts: tuple[str, ...] = ()
    kind: Kind | None = None
    kind_narrowing: tuple[frozenset[str], ...] = ()
    act: str | None = None
    listed_act: tuple[str, str] | None = None
    addressee: str | None = None
    task: str | None = None
    provision: str | None = None
    whether: bool = False
    names: tuple[str, ...] = ()
    name_words: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()
    several: bool = False
    words: frozenset[str] = field(default_factory=frozenset)
    change: Change | None = None
    years: tuple[int, ...] = ()
    written_years: tuple[int, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        """The names of the readers that found something in it (see READERS), for explaining an answer."""
        return tuple(name for name, fields in READ_FIELDS.items() if any(getattr(self, f) for f in fields))


def _kind(searched: str) -> dict:
    kind = asked_kind(searched)
    return {"kind": kind, "kind_narrowing": kind_narrowing(searched, kind, function_words(), stemmer()) if kind else ()}


def _title(searched: str) -> dict:
    mentioned = asked_if_mentioned(searched)
    return {"title": asked_title(searched), "mentioned": mentioned,
            "mentioned_parts": title_parts(mentioned) if mentioned else ()}


# Each question reader: what it reads a question's text (as read, and without the resolutions named) into. One
# switched off (read_question's `off`) leaves its fields empty: how docs/question-forms.md measures what each earns.
READERS: dict[str, Callable[[str, str], dict]] = {
    "references": lambda text, _: {"references": tuple(find_references(text))},
    "scope": lambda text, _: {"scope": scope(text)},
    "outside": lambda text, _: {"outside": outside_text(text)},
    "heading": lambda text, _: {"heading": asked_heading(text)},
    "fact": lambda text, _: {"fact": asked_fact(text), "instruments": instruments_named(text),
                             "counted": counted_words(text)},
    "several": lambda text, _: {"several": asks_for_several(text)},
    "topic": lambda _, searched: {"topic": searched_topic(searched)},
    "about": lambda _, searched: {"about": asked_topic(searched)},
    "mention": lambda _, searched: {"listed_name": listed_name(searched),
                                    "mentioned_phrase": mentioned_phrase(searched)},
    "title": lambda _, searched: _title(searched),
    "kind": lambda _, searched: _kind(searched),
    "act": lambda _, searched: {"act": asked_act(searched), "listed_act": listed_act(searched)},
    "addressee": lambda _, searched: {"addressee": asked_of(searched)},
    "task": lambda _, searched: {"task": asked_task(searched)},
    "provision": lambda _, searched: dict(zip(("provision", "whether"), asked_provision(searched))),
    "names": lambda text, searched: {"names": names_used(searched), "name_words": name_words(text)},
    "numbers": lambda _, searched: {"numbers": numbers_stated(searched)},
    "change": lambda text, _: {"change": asked_change(text)},
    "years": lambda text, _: {"years": dated(text), "written_years": years_written(text)},
}
# Readers of the text's preparation rather than its form, also switchable: greetings, thanks and lost capitals
# ("typed"), the resolutions named ("named"), acronyms spelled out ("acronyms"), a topic searched alone ("phrasing").
PREPARATION = ("typed", "named", "acronyms", "phrasing")
READ_FIELDS = {"references": ("references",), "scope": ("scope",), "outside": ("outside",), "heading": ("heading",),
               "fact": ("fact", "counted"), "several": ("several",), "topic": ("topic",), "about": ("about",),
               "mention": ("listed_name", "mentioned_phrase"), "title": ("title", "mentioned"), "kind": ("kind",),
               "act": ("act", "listed_act"), "addressee": ("addressee",), "task": ("task",),
               "provision": ("provision", "whether"), "names": ("names", "name_words"), "numbers": ("numbers",),
               "change": ("change",),
               "years": ("years", "written_years")}


_NOTHING_LEFT = "nothing left to search: the question names a resolution but asks nothing about it"
_NO_WORDS = "nothing left to search: the question has no words"


def read_question(text: str, known: Known, off: frozenset[str] = frozenset()) -> Question:
    """Read a question once; raises QuestionError when it is empty or too long. `off` names readers (READERS,
    PREPARATION) to leave out, for measuring what each one changes."""
    typed = check_question(text)
    cleaned = _as_read(typed, known, "typed" not in off)
    inside, outside = asked_documents(cleaned, known.symbols) if "named" not in off else ([], [])
    searched = without_asked(cleaned) if "named" not in off else cleaned
    spelled = spelled_out(searched, known.expansions) if "acronyms" not in off else searched
    found: dict = {}
    for name, read in READERS.items():
        if name not in off:
            found |= read(cleaned, searched)
    stem = stemmer()
    words = frozenset(stem(w) for w in re.findall(r"[a-z]+", cleaned.lower()) if w not in stopwords())
    searches = tuple(phrasings(spelled)) if "phrasing" not in off else (focus(spelled),)
    if not any(c.isalnum() for c in searched) or not searches:
        raise QuestionError(_NOTHING_LEFT if inside or outside else _NO_WORDS)
    return Question(typed, cleaned, searched, focus(spelled), searches, tuple(inside), tuple(outside),
                    words=words, **found)


def _as_read(text: str, known: Known, typed: bool) -> str:
    """The question (checked already) without greetings and thanks, with its question mark, and, typed all in
    lowercase, with the capitals of the names the indexed text writes put back (questions.typed)."""
    question = text
    if not typed:
        return question
    question = as_asked(without_pleasantries(question))
    return question if any(c.isupper() for c in question) else truecased(question, known.cased())
