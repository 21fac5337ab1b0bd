"""Answer a question: search, find what no paragraph can answer, draft (grounded or LLM), guard the citations."""

from __future__ import annotations

from typing import Protocol

from assistant.questions.question import Question, read_question
from assistant.search.passage import Passage
from assistant.search.rerank import rerank
from assistant.search.searcher import Searcher

from .answer import Answer, Draft, Removed
from .gaps import Gap, find_gap, no_answer, quoted_words, subject, unused_parts
from .grounded import GroundedGenerator
from .guard import guard
from .listed import with_items
from .pointers import also_in, also_using, goes_on, numbered_elsewhere
from .renewals import latest_renewals, said_before

ANSWER_DEPTH = 8


class AnswerGenerator(Protocol):
    """Drafts an answer with inline citation markers from retrieved passages."""

    mode: str

    def draft(self, question: Question, passages: list[Passage]) -> Draft: ...


def answer(searcher: Searcher, question: Question, generator: AnswerGenerator | None = None,
           k: int = ANSWER_DEPTH, where: frozenset[str] | None = None) -> Answer:
    """Answer with citations checked by the guard, from the resolutions `where` holds (all when None); abstain
    when nothing answers."""
    from assistant.search.finders import unasked

    if question.change is not None:
        from .changes import answer_change  # "How did X change between 2017 and 2025?": two versions compared

        return answer_change(searcher, question, where, generator)
    generator = generator or GroundedGenerator()
    passages = searcher.search(question, k, where=where)
    lexicon, asked = searcher.lexicon, question.documents
    documents = [d for d in searcher.documents if where is None or d["symbol"] in where]
    held = [d["symbol"] for d in documents]
    # Words no paragraph uses: of the resolutions asked about, else of every one searched, as the answer will say.
    gap = find_gap(question, passages, held, lexicon.vocabulary(set(asked) or (set(where) if where else None)),
                   lexicon.theme({p.doc for p in passages}), searcher.related(passages))
    who = None if gap else unasked(question, lexicon, set(asked))
    gap = Gap("unasked", (who,)) if who else gap  # "What does it ask the Human Rights Council to do?"
    unused = unused_parts(question, gap)
    if unused:  # "… about remittances and the Paris Agreement?": answer the first, say the text lacks the second
        found = answer(searcher, read_question(unused[0], lexicon), generator, k, where)
        return _with_unused(found, question, unused[1], gap, documents)
    # re-ranked only now: whether anything answers is read off the search's own order
    policy = getattr(generator, "policy", None)
    # one paragraph renewed in 78/x, 79/y, 80/z: cited from 80/z, or from the year the question asks about
    passages, earlier = latest_renewals(passages, question.years)
    passages = passages if gap else rerank(passages, question, searcher.embedder,
                                           policy.abstain_below if policy else 0.0,
                                           shared=_shared(searcher, passages))
    # "... authorized to advance from the Fund:" goes on in (a) to (e): fetched only for a draft
    context = passages if gap else with_items(searcher, passages)
    draft = Draft("", abstained=True) if gap else generator.draft(question, context)
    if draft.abstained:
        return Answer(question.typed, no_answer(documents, passages, gap, asked), (), True, generator.mode)
    text, citations, removed = guard(draft, context)
    if not citations:
        removed.append(Removed("no supported sentence left"))
        message = ("No answer could be verified: every sentence drafted cited a paragraph that was not retrieved, "
                   "or quoted words that are not in it.")
        return Answer(question.typed, message, (), True, generator.mode, tuple(removed))
    notes = goes_on(searcher, citations, passages) + said_before(citations, earlier) \
        + numbered_elsewhere(searcher, question, citations, where) + also_in(searcher, question, passages) \
        + also_using(searcher, question, citations, passages)
    return Answer(question.typed, f"{text}{notes}", tuple(citations), False, generator.mode, tuple(removed))


def _with_unused(found: Answer, question: Question, unused: list[str], gap: Gap, documents: list[dict]) -> Answer:
    """The answer to the parts the text speaks of, then a sentence on those it never names."""
    if found.abstained:
        return Answer(question.typed, no_answer(documents, [], gap, question.documents), (), True, found.mode,
                      found.removed)
    where, one = subject(documents, question.documents)
    unnamed = " or ".join(unused)
    note = f"{where} {'does' if one else 'do'} not mention {unnamed}: no paragraph uses {quoted_words(gap.detail)}."
    return Answer(question.typed, f"{found.answer} {note}", found.citations, False, found.mode, found.removed)


def _shared(searcher: Searcher, passages: list) -> frozenset[str]:
    """The word stems the best passage's resolution shares, which re-ranking leaves out of the question's words
    (search/rerank.py, where the measurements are); only when several resolutions are held: over the one bundled
    resolution its test precision fell under its floor."""
    return searcher.shared_stems(passages[0].doc) if passages and len(searcher.documents) > 1 else frozenset()
