"""Questions as people type them: the question mark and the capitals they leave off (pure functions, then
the real model and index)."""

import pytest

from assistant.questions.typed import (
    as_asked,
    cased_counts,
    cased_forms,
    cased_from_counts,
    truecased,
    without_pleasantries,
)

TEXTS = ["Welcoming the New York Declaration for Refugees and Migrants, and the work of the ILO;",
         "Urges States to ratify the Convention, and recalls the New York Declaration.",
         "Calls upon States to protect migrants; the convention on domestic workers is noted by the General Assembly."]


@pytest.mark.parametrize("typed, asked", [
    ("Is entering without papers a crime", "Is entering without papers a crime?"),
    ("what does paragraph 4 say", "what does paragraph 4 say?"),
    ("Does it say X.", "Does it say X."),  # ended already
    ("List the treaties it recalls", "List the treaties it recalls"),  # not a question in form: left alone
    ("Can migrant children be detained?", "Can migrant children be detained?"),
])
def test_as_asked(typed, asked):
    assert as_asked(typed) == asked


@pytest.mark.parametrize("typed, bare", [
    ("Hi, does the resolution mention Germany? Thanks!", "does the resolution mention Germany?"),
    ("Hello! Good morning, what does PP5 say?", "what does PP5 say?"),
    ("Can you tell me: in what year was the ILO founded?", "in what year was the ILO founded?"),
    ("Please tell me which conventions it recalls", "which conventions it recalls"),
    ("Is there anything on remittances, please?", "Is there anything on remittances"),
    ("Does it mention the Global Compact, thank you very much.", "Does it mention the Global Compact"),
    ("What does it say about thanks?", "What does it say about thanks?"),  # the topic, not a thank-you
    ("Tell me about family reunification", "Tell me about family reunification"),  # no question inside: kept
    ("Hi!", "Hi!"),  # nothing would remain
])
def test_without_pleasantries(typed, bare):
    assert without_pleasantries(typed) == bare


@pytest.mark.parametrize("word, form", [
    ("york", "York"), ("declaration", "Declaration"), ("ilo", "ILO"),  # always capitalised in the texts
    ("germany", "Germany"), ("turkey", "Turkey"),  # a State's name, in the texts or not
    ("convention", None),  # "the Convention" but also "the convention on ...": half the time lowercase
    ("migrants", None), ("urges", None),  # "Urges" opens a sentence: not a name
])
def test_cased_forms(word, form):
    assert cased_forms(TEXTS).get(word) == form


@pytest.mark.parametrize("split", range(len(TEXTS) + 1))
def test_counts_kept_and_added_to_give_the_forms_of_all_the_texts(split):
    """An index keeps its counts; rows added later are counted alone and added (search.lexicon.saved_words)."""
    import json

    kept = json.loads(json.dumps(cased_counts(TEXTS[:split])))  # as the index file holds them
    assert cased_from_counts(cased_counts(TEXTS[split:], kept)) == cased_forms(TEXTS)
    assert cased_counts(TEXTS[split:], kept) == cased_counts(TEXTS)  # the same order, so ties break alike


@pytest.mark.parametrize("typed, cased", [
    ("where is the new york declaration mentioned?", "where is the New York Declaration mentioned?"),
    ("does it mention germany's policy?", "does it mention Germany's policy?"),
    ("Does it mention germany?", "Does it mention germany?"),  # a capital typed: the asker's casing is kept
    # a title holding a word the texts always capitalise ("Declaration"), its other words ("new") not always
    ("does it refer to the new york declaration for refugees and migrants",
     "does it refer to the New York Declaration for Refugees and Migrants"),
    ("do migrants have rights?", "do migrants have rights?"),  # "Migrants" only in a title: not restored alone
])
def test_truecased(typed, cased):
    assert truecased(typed, cased_forms(TEXTS)) == cased


@pytest.mark.parametrize("question", [
    "Is entering without papers supposed to be a crime?",
    "Where is the New York Declaration for Refugees and Migrants mentioned?",
    "Does the resolution condemn Libya for its treatment of migrants?",
])
def test_a_question_typed_in_lowercase_without_its_question_mark_gets_the_same_answer(assistant, question):
    written = assistant.answer(question)
    typed = assistant.answer(question.lower().rstrip("?"))
    assert [c.id for c in typed.citations] == [c.id for c in written.citations]
    assert typed.abstained == written.abstained
    assert typed.question == question.lower().rstrip("?")  # the record keeps what was typed


@pytest.mark.parametrize("question", [
    "What does the resolution say about family reunification?",
    "What is the name of the Secretary-General?",  # abstained on, as written or wrapped
    "Does the resolution mention the Domestic Workers Convention?",
])
@pytest.mark.parametrize("wrap", ["Hi, {}", "Can you tell me: {}", "{} Thanks!"])
def test_a_question_wrapped_in_greetings_or_thanks_gets_the_same_answer(assistant, question, wrap):
    written = assistant.answer(question)
    wrapped = assistant.answer(wrap.format(question[0].lower() + question[1:] if wrap[0] != "{" else question))
    assert [c.id for c in wrapped.citations] == [c.id for c in written.citations]
    assert wrapped.abstained == written.abstained


@pytest.mark.parametrize("typed, read", [
    ("ﬁnancing of migrants", "financing of migrants"),  # ligature folded
    ("Ｍｉｇｒａｎｔｓ?", "Migrants?"),  # full-width letters
    ("detention\x00 of\u200b children", "detention of children"),  # control and zero-width characters
    ("\ud800 detention", "? detention"),  # a lone surrogate, as JSON "\ud800" gives it
    ("  many\t\nspaces  ", "many spaces"),
])
def test_text_is_normalised_once_before_any_model_sees_it(typed, read):
    from assistant.questions.typed import normalised

    assert normalised(typed) == read


@pytest.mark.parametrize("typed, message", [
    ("A/RES/72/179", "names a resolution but asks nothing about it"),
    ("resolution 72/179", "names a resolution but asks nothing about it"),
    ("72/179?", "names a resolution but asks nothing about it"),
    ("-", "the question has no words"),
    (":", "the question has no words"),
    ("—", "the question has no words"),
    ("?!", "the question has no words"),
    ("😀", "the question has no words"),
    ("\u200b\u200b", "the question is empty"),
])
def test_nothing_left_to_search_is_a_question_error(assistant, typed, message):
    from assistant.questions.typed import QuestionError

    with pytest.raises(QuestionError, match=message):
        assistant.read(typed)
    with pytest.raises(QuestionError, match=message):
        assistant.answer(typed)
