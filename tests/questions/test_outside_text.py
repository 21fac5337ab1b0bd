"""Questions the text of a resolution never answers: adoption, reception, enforcement (pure regular expressions)."""

import pytest

from assistant.questions.outside_text import outside_text


@pytest.mark.parametrize("question, adoption, enforcement", [
    ("Which States voted against it?", True, False),
    ("Who sponsored the resolution?", True, False),
    ("What did the United States delegation say about the resolution?", True, False),
    ("How did the European Union react to the resolution?", True, False),
    ("Was the resolution opposed by any Member State?", True, False),
    ("Is this resolution legally binding?", False, True),
    ("Who enforces the resolution?", False, True),
    ("What happens if a State does not comply with the resolution?", False, True),
    ("Can a migrant sue a State under this resolution?", False, True),
    ("Is the resolution part of international law?", False, True),
    # what the text itself says, asked in the same words
    ("What does the resolution say about the right to vote?", False, False),
    ("Does it give migrants voting rights?", False, False),
    # a right to vote the text grants ("shall be permitted to vote"), asked as a permission (2026-12-05)
    ("Which Member States may vote in the Assembly despite their arrears?", False, False),
    ("Can Somalia vote in the General Assembly this session?", False, False),
    ("Which countries are permitted to vote although they have not paid?", False, False),
    ("Who is allowed to vote under Article 19 this year?", False, False),
    # words between the permission and the vote (issue 21: "may keep voting" was read as the vote on the text)
    ("Which countries may keep voting although they are behind on their dues?", False, False),
    ("Which States can still vote in the Assembly despite arrears?", False, False),
    ("Which countries are allowed to continue voting this session?", False, False),
    ("Could France still vote against it?", True, False),
    ("Which States may have voted against the resolution?", True, False),
    ("How did France vote on it?", True, False),
    ("How many countries voted for the resolution?", True, False),
    ("Was it adopted without a vote?", True, False),
    ("Can you tell me the vote count?", True, False),
    ("What does the resolution say about consular assistance?", False, False),
    ("Does the resolution ask States to enforce labour law?", False, False),
    ("Does it call on States to comply with the Vienna Convention?", False, False),
])
def test_outside_text(question, adoption, enforcement):
    assert outside_text(question) == ("unrecorded" if adoption else "enforcement" if enforcement else None)
