"""Over a real index of one series renewed each session in other words (A/RES/78/2, 79/3, 80/2: the States whose
arrears the Assembly excuses under Article 19 of the Charter), a question asking for one thing is answered from
one resolution, and a question on who may vote is not taken for one on how the text was voted."""

import pytest


@pytest.mark.slow
def test_one_thing_asked_is_cited_from_one_resolution(article_19):
    # 78/2 OP5 names the Comoros, Sao Tome and Principe and Somalia; 79/3 OP5 the last two: close, in other words
    answer = article_19.answer("Why were Sao Tome and Principe and Somalia excused from paying the minimum under "
                           "Article 19?")
    assert not answer.abstained
    assert len({c.doc for c in answer.citations}) == 1
    assert "conditions beyond their control" in answer.answer


@pytest.mark.slow
def test_several_asked_for_may_be_cited_from_several(article_19):
    answer = article_19.answer("List the paragraphs on failures to pay due to conditions beyond their control.")
    assert len({c.doc for c in answer.citations}) > 1


@pytest.mark.slow
def test_who_may_keep_voting_is_answered_from_the_text(article_19):
    answer = article_19.answer("Which countries may keep voting although they are behind on their dues?")
    assert not answer.abstained and "permitted to vote" in answer.answer
