"""Questions the heading answers (adoption date, title, symbol)."""

from __future__ import annotations

import pytest

from assistant.questions.heading import asked_heading


@pytest.mark.parametrize("question, kind", [
    ("When was the resolution adopted?", "date"),
    ("When was resolution 76/172 adopted?", "date"),
    ("When was it adopted by the General Assembly?", "date"),
    ("When did the General Assembly adopt this resolution?", "date"),
    ("In what year was A/RES/72/179 adopted?", "date"),
    ("What is the date of the resolution?", "date"),
    ("What is its adoption date?", "date"),
    ("What is the title of the resolution?", "title"),
    ("What is resolution 73/195 called?", "title"),
    ("Which resolution is this?", "symbol"),
    ("What is the symbol of this resolution?", "symbol"),
    ("What is its document number?", "symbol"),
    # about something the resolution names, not the resolution
    ("When was the Domestic Workers Convention adopted?", None),
    ("When was the 2030 Agenda for Sustainable Development adopted?", None),
    ("Which country chaired the Third Committee when this was adopted?", None),
    ("What is the title of the Special Rapporteur?", None),
    ("Which resolution is recalled in the first preambular paragraph?", None),
])
def test_asked_heading(question, kind):
    assert asked_heading(question) == kind
