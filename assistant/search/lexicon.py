"""What the indexed text says in words, read from the clauses on first need and kept: how it writes names, the
acronyms it spells out, the word stems each resolution uses, the subject of its title."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.embeddings.store import Record
from assistant.language.acronyms import defined_acronyms
from assistant.language.stems import lower_words, stem_words
from assistant.questions.typed import cased_counts, cased_forms, cased_from_counts

from .haystack import Haystack, ScopedTexts
from .mentions import countries_named, naming_needles

_NAME_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|on|the|and|in)\s+)*[A-Z][\w’'-]*)+")


def words_of(text: str) -> set[str]:
    """The stems of every word of a text, its numbers, and the acronyms of its names ("ilo" for "the
    International Labour Organization"): what answers.absent compares a question's words with."""
    return set(stem_words(lower_words(text))) | set(re.findall(r"\d+(?:\.\d+)?", text)) | acronyms(text)


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
    """Acronym (lowercased) -> the words it abbreviates: those the text defines it by ("artificial intelligence
    (AI)"), else the first run of capitalised words whose initials it is. A guess from initials alone took "AI"
    for "Arabism and Islamophobia" and "UAS" for "Urges the Asia-Pacific States", and a question about AI was
    searched as one about Islamophobia (questions.acronyms puts its own list over the guesses too)."""
    found: dict[str, str] = defined_acronyms(text)
    for run in _NAME_RUN.findall(text):
        for form in (run, re.sub(r"\bUnited Nations\s+", "", run)):
            initials = "".join(w[0].lower() for w in form.split() if w[0].isupper())
            found.setdefault(initials, run)
    return found


ALL = "*"  # the vocabulary of every indexed resolution, in saved_words
# The file the stems are kept in: "stems.json" since accents are folded ("Niño" -> "nino"). An older index's
# "vocabulary.json" (which held "ni" and "o" for it) is still read: stemming a 40k-clause index again at the first
# question took 6 s more; it is replaced when the index is next built
VOCABULARY = "stems.json"
OLD_VOCABULARY = "vocabulary.json"
CASED_COUNTS = "cased-counts.json"  # what cased.json is made of (questions.typed.cased_counts), for rows added later


def saved_words(records: list[Record], known: dict[str, list[str]] | None = None,
                after: tuple[int, dict[str, str], dict | None] | None = None) -> dict[str, object]:
    """What a Lexicon reads from the clauses, read once when the index is built and kept with it (a large
    index would otherwise stem every clause at its first question). `known`: the word stems of resolutions an
    earlier build read that have not changed; `after`: (rows, expansions, cased counts) of an earlier build
    whose rows these records begin with, which hold for those rows (the first run of a name decides, and the
    new rows come after; counts add up): only the new rows are read for them."""
    texts: dict[str, list[str]] = {}
    for r in records:
        texts.setdefault(r.doc, []).append(r.clause.text)
    known = known or {}
    vocabulary = {doc: known[doc] if doc in known else sorted(_document_words(" ".join(clauses)))
                  for doc, clauses in texts.items()}
    vocabulary[ALL] = sorted(set().union(*vocabulary.values()))
    every = [r.clause.text for r in records]
    start, found, counted = after or (0, {}, None)
    spelled = found | {k: v for k, v in expansions(" ".join(every[start:])).items() if k not in found}
    counts = cased_counts(every[start:], counted) if counted else cased_counts(every)
    return {VOCABULARY: vocabulary, "cased.json": cased_from_counts(counts), CASED_COUNTS: counts,
            "expansions.json": spelled}


def _document_words(text: str) -> set[str]:
    return words_of(f"{text} {' '.join(countries_named(text))}")


class Lexicon:
    """The words of an index's clauses, each view made on first need (most questions need few of them), or read
    from what the index kept (`saved`: name -> data, see saved_words).

    It is what reading a question needs of the index (questions.question.Known): the symbols held, the
    capitals of the names the text writes, the acronyms it spells out.
    """

    def __init__(self, records: list[Record], documents: list[dict], saved: Callable[[str], object] | None = None):
        self.records, self.documents = records, documents
        self._saved = saved or (lambda name: None)
        self._cased: dict[str, str] | None = self._saved("cased.json")
        self._expansions: dict[str, str] | None = None
        self._lower: list[str] | None = None
        self._row_docs: list[str] | None = None
        self._haystack: Haystack | None = None
        self._vocabularies: dict[str, frozenset[str]] = {}
        self._unions: dict[frozenset[str], frozenset[str]] = {}  # vocabulary() of a set of documents
        self._themes: dict[frozenset[str], frozenset[str]] = {}
        self._scoped: dict[frozenset[str], ScopedTexts] = {}  # lower_texts() of the last few scopes

    @property
    def symbols(self) -> list[str]:
        return [d["symbol"] for d in self.documents]

    def cased(self) -> dict[str, str]:
        """Lowercase word or title -> as the text writes it (questions.typed.cased_forms)."""
        if self._cased is None:
            self._cased = cased_forms(r.clause.text for r in self.records)
        return self._cased

    def expansions(self) -> dict[str, str]:
        """Acronym (lowercased) -> the words the text spells it out in."""
        if self._expansions is None:
            saved = self._saved("expansions.json")
            self._expansions = saved if saved is not None else expansions(" ".join(r.clause.text for r in self.records))
        return self._expansions

    def lower_texts(self, docs: set[str] | frozenset[str] = frozenset()) -> ScopedTexts:
        """Each row's clause text in lowercase ("" for a row outside `docs`, when given)."""
        lower, row_docs = self._lowercase()
        if not docs:
            return ScopedTexts(lower, self.haystack())
        key = frozenset(docs)
        if key not in self._scoped:  # a filter is asked again and again; over the corpus a scope is 40k rows
            texts = [t if doc in key else "" for t, doc in zip(lower, row_docs)]
            self._scoped = {key: ScopedTexts(texts, self.haystack())} | dict(list(self._scoped.items())[:3])
        return self._scoped[key]

    def haystack(self) -> Haystack:
        """Every row's lowercase text, searched for the rows holding a string."""
        if self._haystack is None:
            # spaces as mentions() reads them: a name is found across a line break the text kept as two spaces
            self._haystack = Haystack([" ".join(text.split()) for text in self._lowercase()[0]])
        return self._haystack

    def _lowercase(self) -> tuple[list[str], list[str]]:
        """Each row's text in lowercase, and its resolution (made once: a 40k-clause index takes 50 ms)."""
        if self._lower is None:
            self._lower = [r.clause.text.lower() for r in self.records]
            self._row_docs = [r.doc for r in self.records]
        return self._lower, self._row_docs

    def rows_with_any(self, words) -> list[int]:
        """The rows whose lowercase text holds one of `words`, in order."""
        return self.haystack().rows_with_any((word,) for word in words)

    def rows_naming(self, name: str) -> list[int]:
        """The rows whose text may name `name` (search.mentions.names still to be asked of each): those holding
        the words its full name, short form, description or State's forms all need."""
        return self.haystack().rows_with_any(naming_needles(name))

    def vocabulary(self, docs: set[str] | None = None) -> frozenset[str]:
        """The word stems and numbers of the paragraphs of `docs` (all indexed resolutions when None; see
        words_of), with the States they name in any form ("Mexican nationals" names Mexico)."""
        saved = self._saved(VOCABULARY) or self._saved(OLD_VOCABULARY)
        if docs is None and saved is not None:
            docs = {ALL}
            if ALL not in self._vocabularies:  # not setdefault: its argument, 100k stems, is made at every call
                self._vocabularies[ALL] = frozenset(saved[ALL])
        docs = set(self.symbols) if docs is None else docs
        missing = docs - self._vocabularies.keys()
        if missing and saved is not None:
            self._vocabularies.update((doc, frozenset(saved.get(doc, ()))) for doc in missing)
        elif missing:
            texts: dict[str, list[str]] = {}
            for r in self.records:
                if r.doc in missing:
                    texts.setdefault(r.doc, []).append(r.clause.text)
            self._vocabularies.update((doc, frozenset(_document_words(" ".join(t)))) for doc, t in texts.items())
        key = frozenset(docs)
        if key not in self._unions:  # every question asks for the whole index's: union it once
            self._unions[key] = frozenset().union(*(self._vocabularies.get(doc, frozenset()) for doc in docs))
        return self._unions[key]

    def theme(self, docs: set[str]) -> frozenset[str]:
        """The word stems of the titles of `docs`: what every question about them is about ("migrants")."""
        key = frozenset(docs)
        if key not in self._themes:
            titles = " ".join(d["title"] or "" for d in self.documents if d["symbol"] in docs)
            self._themes[key] = frozenset(words_of(titles))
        return self._themes[key]

    def subject(self, docs: set[str] | frozenset[str]) -> frozenset[str]:
        """The theme of the resolutions asked about, or of the only one indexed; of many, none: the titles of a
        whole corpus share too many words for any to go without saying."""
        symbols = set(docs) or set(self.symbols)
        return self.theme(symbols) if len(symbols) == 1 else frozenset()
