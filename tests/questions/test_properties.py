"""Property tests (Hypothesis) over the question reader and the whole retrieve/answer path, with the real model
and index: whatever is typed, the only exception is the documented QuestionError, with a one-line message."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.questions.typed import MAX_QUESTION_CHARS, QuestionError

pytestmark = pytest.mark.slow
WORDS = ["children", "detention", "migrants", "States", "paragraph", "4", "(b)", "PP5", "OP4(k)", "resolution",
         "What", "does", "say", "about", "the", "Which", "treaties", "Convention", "2017", "and", "or", "not"]
SYMBOLS = st.from_regex(r"(A/RES/)?[0-9]{1,3}/[0-9]{1,3}|resolution [0-9]{2}/[0-9]{3}|S/RES/[0-9]{1,4} \([0-9]{4}\)",
                        fullmatch=True)
PUNCTUATION = st.text(alphabet="-:—–?!.,;()[]/\\\"'«»…*#@&%$", min_size=1, max_size=20)
SCRIPTS = st.text(alphabet=st.characters(codec="utf-8"), max_size=80) | st.text(
    alphabet="移民儿童拘留مهاجرون أطفال Мигранты дети εμπορία ανθρώπων😀\u200b\u202e\x00\x07\ufeff", max_size=60)
LONG_WORD = st.text(alphabet="abcdefghij", min_size=300, max_size=MAX_QUESTION_CHARS + 50)
PIECES = st.one_of(st.sampled_from(WORDS), SYMBOLS, PUNCTUATION, SCRIPTS, st.text(max_size=30))
QUESTIONS = st.one_of(st.text(max_size=200), SYMBOLS, PUNCTUATION, SCRIPTS, LONG_WORD,
                      st.lists(PIECES, min_size=1, max_size=12).map(" ".join))
SETTINGS = dict(deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _documented(error: QuestionError) -> None:
    message = str(error)
    assert message and "\n" not in message
    assert message.startswith(("the question is", "nothing left to search", "k must be"))


@settings(max_examples=1000, **SETTINGS)
@given(text=QUESTIONS)
def test_reading_any_text_gives_a_question_or_the_documented_error(assistant, text):
    try:
        question = assistant.read(text)
    except QuestionError as error:
        _documented(error)
        return
    assert question.phrasings and all(any(c.isalnum() for c in p) for p in question.phrasings)
    assert len(question.typed) <= MAX_QUESTION_CHARS
    assert all(not 0xD800 <= ord(c) <= 0xDFFF for c in question.typed)


@settings(max_examples=300, **SETTINGS)
@given(text=QUESTIONS, k=st.integers(min_value=-2, max_value=120))
def test_retrieve_and_answer_never_fail_otherwise(assistant, text, k):
    try:
        passages = assistant.retrieve(text, k)
    except QuestionError as error:
        _documented(error)
    else:
        assert 1 <= k <= 100 and len(passages) <= k
        assert all(p.citation and p.text for p in passages)
    try:
        answer = assistant.answer(text)
    except QuestionError as error:
        _documented(error)
    else:
        assert answer.abstained or answer.citations
        for citation in answer.citations:  # every citation a real clause, marked in the text it supports
            assert assistant.clause(citation.doc, citation.id) is not None
            assert answer.marker(citation) in answer.answer
