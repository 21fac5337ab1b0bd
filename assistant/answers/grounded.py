"""Grounded answers (no LLM): the relevant clauses, in their own words, each followed by its citation."""

from __future__ import annotations

import itertools
import re

from assistant.language.stems import function_words, stemmer
from assistant.questions.question import Question
from assistant.search.facts import answers_fact
from assistant.search.passage import Passage
from assistant.search.topics import topic_parts

from .answer import Draft
from .listed import items_of
from .prose import (
    body_name,
    focused_quote,
    governing_phrase,
    lower_first,
    opens_with_verb,
    phrases,
    predicate,
    second_verb,
    trim_end,
)
from .select import Policy, select

CHAPEAU_WORDS = 35


class GroundedGenerator:
    """Composes an answer from clause text; the only words it adds are "The General Assembly" / "It"."""

    mode = "grounded"

    def __init__(self, policy: Policy | None = None):
        self.policy = policy or Policy()

    def draft(self, question: Question, passages: list[Passage]) -> Draft:
        chosen = select(passages, self.policy, question)
        if not chosen:
            return Draft("", abstained=True)
        qualify = len({p.doc for p in chosen}) > 1
        stem = stemmer()
        # a question about a kind of document ("Which treaties ...?") is answered by the words naming one
        naming = {stem(word) for word in question.kind.naming_words} if question.kind else set()
        wanted = set(question.words) | naming
        fact = question.fact
        holds_fact = (lambda phrase: answers_fact(phrase, question)) if fact else None
        topic = question.topic
        said: dict[tuple[str, str], list[str]] = {}  # (chapeau lead, what it says) -> markers
        quotes, first_doc = {}, chosen[0].doc
        heads: dict[str, str] = {}  # the lead of sub-paragraphs cited with their paragraph -> its marker
        for passage in chosen:
            quote = _quote(passage, wanted, stem, holds_fact, topic)
            # The same words in several resolutions (a text renewed each session) are written once, cited by each.
            marker = f"[{passage.key if qualify else passage.id}]"
            if items_of(passage, chosen):  # its words lead its sub-paragraphs' sentence, where its marker goes
                heads[_chapeau_lead(passage.text)] = marker
                quotes[passage.key] = [trim_end(passage.text)]
                continue
            if passage.kind == "annex":  # an annexed text speaks for itself ("We commit to ..."): quoted as it is
                sentence = next((s for s in _sentences(passage.text) if quote in s), passage.text)
                lead = trim_end(governing_phrase(sentence, quote))
                words = quote if quote.startswith(lead) else f"{lead} … {quote}"
                said.setdefault((None, f"The annex to {passage.doc} reads: “{words}”"), []).append(marker)
                continue
            lead = _chapeau_lead(passage.chapeau) if passage.chapeau else ""
            said.setdefault((lead, _body(passage, quote, wanted, stem)), []).append(marker)
            quotes[passage.key] = [quote]
        return Draft(_prose(list(said.items()), body_name(first_doc), heads), quotes)


def _quote(passage: Passage, wanted: set[str], stem, holds_fact, topic: str | None) -> str:
    """The words of the clause that bear on the question; a paragraph asked for by name is given whole, and
    one that speaks of two topics asked about together ("racism and xenophobia") is quoted holding both."""
    text = passage.text if passage.kind != "annex" else _best_sentence(passage.text, wanted, stem)
    if passage.via == "reference":
        return trim_end(text)
    parts = topic_parts(topic, [text.lower()], function_words(), stem) if topic else ()
    return focused_quote(text, wanted, stem, holds_fact, parts)


def _best_sentence(text: str, wanted: set[str], stem) -> str:
    """An annexed text's paragraph may hold several sentences ("We commit to ... . We further commit to ... . To
    realize this commitment, ..."); an answer quotes the one sharing most words with the question (the first
    of equals), as a sentence of its own."""
    sentences = _sentences(text)
    shared = [len({stem(w) for w in re.findall(r"[a-z]+", s.lower())} & wanted) for s in sentences]
    return sentences[shared.index(max(shared))]


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.;:])\s+(?=[A-Z])", text.strip())


def _prose(said: list[tuple[tuple[str | None, str], list[str]]], subject: str,
           heads: dict[str, str] | None = None) -> str:
    """Sentences from (chapeau lead, body) -> markers; sub-paragraphs under one chapeau share one sentence
    ("… and in this regard: urges States … [OP5(k)]; calls upon States … [OP5(h)]"), the chapeau's marker after
    its words when it is cited too (`heads`). A lead of None marks a body that is a sentence of its own (an annexed
    text quoted), which does not name the subject; so is a paragraph that does not open with a verb."""
    sentences, named = [], False
    for lead, group in itertools.groupby(said, key=lambda item: item[0][0]):
        parts = [f"{lower_first(body) if lead else body} {' '.join(markers)}" for (_, body), markers in group]
        if lead is None:
            sentences += [f"{part}." for part in parts]
            continue
        if not lead:
            for part in parts:
                sentence, named = _with_subject(part, subject, named)
                sentences.append(f"{sentence}.")
            continue
        head = f"{lead.rstrip(':')} {heads[lead]}:" if heads and lead in heads else lead
        said_all = f"{head} {parts[0]}" if len(parts) == 1 else f"{head.rstrip(':')}: {'; '.join(parts)}"
        sentence, named = _with_subject(said_all, subject, named)
        sentences.append(f"{sentence}.")
    return " ".join(sentences)


def _with_subject(words: str, subject: str, named: bool) -> tuple[str, bool]:
    """`words` after the Assembly ("It" once named), or by themselves, capitalised, when they open with a subject
    of their own ("The Secretary-General is authorized ..."); and whether the Assembly is named now."""
    if opens_with_verb(words):
        return f"{'It' if named else subject} {words}", True
    return words[:1].upper() + words[1:], named


def _body(passage: Passage, quote: str, wanted: set[str], stem) -> str:
    """What the clause says, as a predicate: "urges States to …", or the opening of the phrase that governs the
    quoted words and the quoted words. A quoted preambular phrase with a verb of its own ("and in this regard
    recalling that sanctions ...") is said by itself ("recalls that sanctions ...") unless the phrase before it
    also bears on the question: "expresses concern … and in this regard recalling" mixes verb forms."""
    lead = trim_end(governing_phrase(passage.text, quote))
    own = second_verb(quote) if passage.kind == "preambular" and quote != trim_end(passage.text) else None
    if own and not {stem(w) for w in re.findall(r"[a-z]+", lead.lower())} & wanted:
        return predicate(own, passage.kind)
    if quote == trim_end(passage.text) or quote.startswith(lead):
        return predicate(passage.text if quote == trim_end(passage.text) else quote, passage.kind)
    return f"{predicate(lead, passage.kind)} … {quote}"


def _chapeau_lead(chapeau: str) -> str:
    """"Also reaffirms the duty of States ..., and therefore:" -> "also reaffirms the duty of States ... and therefore"."""
    link = re.search(r",?\s*(and therefore|and in this regard|and in that regard|and accordingly)\s*:\s*$", chapeau)
    # "... the following principles:" introduces the sub-paragraph itself; anything else is joined by "and"
    connector = link.group(1) if link else (":" if chapeau.rstrip().endswith(":") else "and")
    core = chapeau[:link.start()] if link else trim_end(chapeau)
    if len(core.split()) > CHAPEAU_WORDS:
        pieces = phrases(core)
        # a chapeau running on into its list: its last phrase is what the list completes ("... will address the
        # following:")
        ends = connector == ":" and len(pieces) > 1 and len(pieces[-1].split()) <= CHAPEAU_WORDS
        core = f"{trim_end(pieces[0])} … {trim_end(pieces[-1])}" if ends else trim_end(pieces[0])
    return f"{lower_first(core)}{connector}" if connector == ":" else f"{lower_first(core)} {connector}"
