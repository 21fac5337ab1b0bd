"""Sentences after an answer that point to what it does not quote: the rest of the paragraphs that mention what
was asked about, and the sub-paragraphs of a paragraph asked for by number."""

from __future__ import annotations

from assistant.documents.citation import clause_label
from assistant.language.stems import function_words, stemmer
from assistant.questions.question import Question
from assistant.search.finders import mentioning_rows
from assistant.search.mentions import MAX_MENTIONS
from assistant.search.passage import Passage
from assistant.search.searcher import Searcher
from assistant.search.topics import MAX_TOPIC_CLAUSES, topic_words, using_rows

from .listed import item_rows

MAX_POINTED = 12  # more paragraphs than this using a topic's words are counted, not named


def also_in(searcher: Searcher, question: Question, passages: list[Passage]) -> str:
    """For "Where is X mentioned?" with more mentions than an answer cites, a sentence naming the rest, so the
    list is not taken for complete; "" otherwise."""
    listed = [p for p in passages if p.via == "mention"]
    if len(listed) < MAX_MENTIONS:
        return ""
    rows = searcher.newest_first(mentioning_rows(question, searcher.lexicon, set(question.documents), most=None))
    shown = {(p.doc, p.id) for p in listed}
    records = searcher.records
    rest = [records[i] for i in rows if (records[i].doc, records[i].clause.id) not in shown]
    if not rest:
        return ""
    qualify = len({r.doc for r in rest} | {p.doc for p in listed}) > 1
    names = ", ".join(f"{r.doc}#{r.clause.id}" if qualify else r.clause.id for r in rest[:MAX_POINTED])
    names += f" and {len(rest) - MAX_POINTED} more" if len(rest) > MAX_POINTED else ""
    more = f"{len(rest)} more paragraph{'s' * (len(rest) > 1)}"
    return f" {more} also {'mention' if len(rest) > 1 else 'mentions'} it, not quoted here: {names}."


def numbered_elsewhere(searcher: Searcher, question: Question, citations, where: frozenset[str] | None) -> str:
    """For a paragraph asked for by number with no resolution named while several are searched, a sentence
    saying which resolution's paragraph was quoted (the one whose paragraphs answer best) and naming the other
    candidates, latest first, so the choice is not silent; "" otherwise."""
    if question.documents or not citations:
        return ""
    asked = [ref.clause_id for ref in question.references if ref.doc is None]
    cited = {(c.doc, c.id) for c in citations}
    notes = []
    for clause_id in asked:
        quoted = [c for c in citations if c.id == clause_id]
        holding = [d["symbol"] for d in searcher.documents if (where is None or d["symbol"] in where)
                   and (d["symbol"], clause_id) in searcher.rows and (d["symbol"], clause_id) not in cited]
        if not quoted or not holding:
            continue
        holding = sorted(holding, key=lambda doc: (searcher.dates.get(doc) or "", doc), reverse=True)
        named = ", ".join(holding[:MAX_POINTED]) + (f" and {len(holding) - MAX_POINTED} more"
                                                     if len(holding) > MAX_POINTED else "")
        label = clause_label(clause_id)
        notes.append(f" No resolution was named: {label} quoted is {quoted[0].doc}'s, the resolution whose "
                     f"paragraphs answer best; {len(holding)} other resolution{'s' * (len(holding) > 1)} searched "
                     f"{'have' if len(holding) > 1 else 'has'} {'an ' if label[0] in 'aeiou' else 'a '}{label}: "
                     f"{named}. Name one (“{label} of {holding[0]}”) to read it.")
    return "".join(notes)



def goes_on(searcher: Searcher, citations, passages: list[Passage]) -> str:
    """For a paragraph asked for by number whose sub-paragraphs hold what it asks ("What does paragraph 4 say?":
    "... and therefore:"), a sentence naming them, so the answer does not end at the colon; "" otherwise."""
    named = {(p.doc, p.id) for p in passages if p.via == "reference"}
    quoted = {(c.doc, c.id) for c in citations}
    notes = []
    for cited in citations:
        if (cited.doc, cited.id) not in named:  # before the scan of every record: most answers name no paragraph
            continue
        subs = [searcher.records[row].clause.id for row in item_rows(searcher, cited.doc, cited.id)]
        if subs and not all((cited.doc, sub) in quoted for sub in subs):  # quoted with it (answers.listed)
            letters = [sub[len(cited.id) + 1:-1] for sub in subs]
            span = f"({letters[0]}) to ({letters[-1]})" if len(letters) > 1 else f"({letters[0]})"
            label = clause_label(cited.id)
            notes.append(f" {label[0].upper()}{label[1:]} goes on in sub-paragraph{'s' * (len(subs) > 1)} {span}: "
                         f"ask for one (“{clause_label(subs[0])}”) to read it.")
    return "".join(notes)


def also_using(searcher: Searcher, question: Question, citations, passages: list[Passage]) -> str:
    """For "What does it say about X?" where more paragraphs use every word of X than a topic lists (searched,
    so the answer quotes the closest few), a sentence naming the others ("women": PP14 quoted, eleven more),
    or counting them when there are more than MAX_POINTED; "" otherwise."""
    topic = question.topic
    if not topic or any(p.via != "search" for p in passages[:1]):
        return ""
    stem = stemmer()
    rows = using_rows(topic_words(topic, function_words(), stem), searcher.lexicon.lower_texts(set(question.documents)),
                      stem)
    cited = {(c.doc, c.id) for c in citations}
    records = searcher.records
    rest = [records[i] for i in rows if (records[i].doc, records[i].clause.id) not in cited]
    if len(rows) <= MAX_TOPIC_CLAUSES or not rest:
        return ""
    more = f"{len(rest)} more paragraph{'s' * (len(rest) > 1)} also {'use' if len(rest) > 1 else 'uses'} “{topic}”"
    if len(rest) > MAX_POINTED:
        return f" {more}."
    qualify = len({r.doc for r in rest} | {c.doc for c in citations}) > 1
    return f" {more}, not quoted here: {', '.join(f'{r.doc}#{r.clause.id}' if qualify else r.clause.id for r in rest)}."
