"""Each prompt template renders and takes exactly its expected fields."""

import pytest

from assistant import prompts


@pytest.mark.parametrize("name", sorted(prompts.FIELDS))
def test_template_takes_exactly_its_fields(name):
    assert prompts.fields(name) == set(prompts.FIELDS[name])
    values = {field: f"<{field}>" for field in prompts.FIELDS[name]}
    text = prompts.render(name, **values)
    for field in prompts.FIELDS[name]:
        assert f"<{field}>" in text
    assert "{" not in text.replace("{{", "")


@pytest.mark.parametrize("name", ["answer", "completion"])
def test_missing_or_extra_fields_are_errors(name):
    with pytest.raises(ValueError):
        prompts.render(name, question="q", context="c")
    with pytest.raises(ValueError):
        prompts.render(name, question="q", context="c", no_answer="N", extra="x")


def test_answer_prompt_shows_valid_and_invalid_citations():
    text = prompts.load("answer")
    assert "Valid:" in text and text.count("Invalid:") >= 2


def test_no_answer_sentinel():
    assert prompts.no_answer() == "NO_ANSWER"
