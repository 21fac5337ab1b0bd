"""Questions that ask what the text asks of someone, or who is asked to do something (pure functions)."""

import pytest

from assistant.questions.addressed import asked_of, asked_task


@pytest.mark.parametrize("question, who", [
    ("What does the resolution ask the Secretary-General to do?", "the Secretary-General"),
    ("What does it request of Governments?", "Governments"),
    ("What does the General Assembly ask of civil society and the private sector?", "civil society and the private sector"),
    ("What does it ask of States regarding the return of migrants?", None),  # a subject follows: searched
    ("What does the resolution urge States to ratify?", None),
    ("What does the resolution say about the Secretary-General?", None),
    ("Does it ask the Secretary-General to report?", None),
    # asked whether it asks anything of someone
    ("Does the resolution ask anything of the Secretary-General?", "the Secretary-General"),
    ("Does it request anything from Governments?", "Governments"),
    ("Does it ask the Human Rights Council to do anything?", "the Human Rights Council"),
    ("Is the Special Rapporteur asked to do anything?", "the Special Rapporteur"),
    ("Is anything asked of civil society?", "civil society"),
    ("Does it ask anything about the return of migrants?", None),
    # the paragraphs that do
    ("Which paragraphs ask something of the Secretary-General?", "the Secretary-General"),
    ("Which paragraphs are addressed to the Special Rapporteur?", "the Special Rapporteur"),
    ("Which paragraphs ask for reports?", None),  # what is asked for: asked_task
])
def test_asked_of(question, who):
    assert asked_of(question) == who


@pytest.mark.parametrize("question, task", [
    ("Who is asked to report?", "report"),
    ("Which UN bodies are invited to submit reports?", "submit reports"),
    ("What organizations are being encouraged to cooperate with civil society?", "cooperate with civil society"),
    ("Who does the resolution ask to ratify conventions?", "ratify conventions"),
    ("Whom does it urge to end the detention of children?", "end the detention of children"),
    ("Is the Special Rapporteur asked to do anything?", None),  # asked of someone named: asked_of
    ("What does the resolution ask the Secretary-General to do?", None),
    ("Who chaired the summit?", None),
    # what is asked for, named by a noun
    ("Does the resolution ask for reports?", "reports"),
    ("Does it call for reports to be submitted to the General Assembly?", "reports to be submitted to the General Assembly"),
    ("Which paragraphs ask for reports?", "reports"),
    ("What provisions request a report?", "a report"),
    ("Are any reports requested?", "reports"),
    ("Is a report requested by the resolution?", "report"),
    ("Are States requested to end detention?", None),  # asked of someone named, to do something
    ("Does the resolution ask anything of States?", None),
])
def test_asked_task(question, task):
    assert asked_task(question) == task
