"""Prompt templates as named text files (installed as `assistant.prompts`).

Each template is a `str.format` string; `FIELDS` says exactly which fields it takes, and a test
renders every template to check that it takes exactly those.
"""

from __future__ import annotations

import string
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS: dict[str, frozenset[str]] = {
    "system": frozenset({"no_answer"}),
    "answer": frozenset({"question", "context", "no_answer"}),
    "completion": frozenset({"question", "context", "no_answer"}),
    "no_answer": frozenset(),
}


@cache
def load(name: str) -> str:
    if name not in FIELDS:
        raise KeyError(f"no prompt template named {name!r}")
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def fields(name: str) -> set[str]:
    """The fields a template actually uses."""
    return {field for _, field, _, _ in string.Formatter().parse(load(name)) if field}


def render(name: str, **values: str) -> str:
    """Fill a template; missing or unexpected fields are an error, not a silent blank."""
    expected = FIELDS[name]
    if set(values) != expected:
        raise ValueError(f"template {name!r} takes {sorted(expected)}, got {sorted(values)}")
    return load(name).format(**values)


def no_answer() -> str:
    """The sentinel a model writes when the passages do not answer the question."""
    return load("no_answer").strip()
