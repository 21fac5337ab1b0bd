"""Month names and English number words, written once for every stage that reads dates and counts."""

from __future__ import annotations

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
MONTH_PATTERN = "|".join(MONTHS)  # as a regular expression's alternatives, capitals as UN texts write them
CARDINALS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
             "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")
TENS = ("thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
MULTIPLIERS = ("hundred", "thousand", "million", "billion")
NUMBER_WORDS = frozenset(CARDINALS[1:] + TENS + MULTIPLIERS)  # "one" ... "billion": a count written in words


def month_number(name: str) -> int:
    """1 for "January" (any case)."""
    return [m.lower() for m in MONTHS].index(name.lower()) + 1


def month_name(number: int) -> str:
    return MONTHS[number - 1]
