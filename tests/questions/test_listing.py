"""Which questions ask for several things (questions/listing.py)."""

import pytest

from assistant.questions.listing import asks_for_several


@pytest.mark.parametrize("question, several", [
    ("Which treaties does the resolution mention?", True),
    ("What measures should States take?", True),
    ("What rights do migrant workers have?", True),
    ("List the conventions it recalls.", True),
    ("Compare the 2023 and 2025 texts.", True),
    ("Where is the Global Compact mentioned?", True),
    ("What are the titles of the four panel discussions?", True),
    # an auxiliary after "What": the plural acts, one thing is asked for (fifteenth session)
    ("What are countries invited to set up at home?", False),
    ("What are Member States urged to hand over?", False),
    ("What should States do to protect migrant women?", False),
    ("What must victims of torture receive as redress?", False),
    ("What does the resolution say about children?", False),
    ("Can a country detain migrant children?", False),
])
def test_asks_for_several(question, several):
    assert asks_for_several(question) is several
