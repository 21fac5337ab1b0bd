"""Split the body lines of a resolution into paragraphs: preambular, operative, sub-paragraphs.

Paragraph starts are recognised by structure, not by position on the page: a preambular
paragraph follows a line ending in a comma and opens with a participle or adjective
("Recalling", "Deeply concerned"); operative paragraphs carry the next number in sequence;
sub-paragraphs carry the next letter (or roman numeral) in sequence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

NUMBERED = re.compile(r"^(\d{1,3})\.(?:\s+(.*))?$")
LETTERED = re.compile(r"^\(([a-z]{1,2}|[ivxl]{1,6}|\d{1,2})\)(?:\s+(.*))?$")
# an operative number as OCR misreads it in older Security Council texts: "i. Condemns", "L. Strongly condemns" (1.),
# "S. Appeals" (5.), "ll. Further requests" (11.), "4, Calls upon", "6.Calls for", "2 Requests" (4., 6., 2.)
MISREAD_NUMBER = re.compile(r"^([\dilILOS]{1,3})(?:[,.]\s*|\s+)(.+)$")
_MISREAD_DIGITS = str.maketrans({"i": "1", "l": "1", "I": "1", "L": "1", "O": "0", "S": "5"})
TRAILING_MARKER = re.compile(r"(?<=[,;:.A-Za-z])\s*\d{1,3}$")
ENDED = re.compile(r"(?:[,;:.]|[;,] (?:and|or))$")

RESOLVING = re.compile(r"^(?:It is (?:hereby )?resolved\b|Now,? therefore\b)")
PREAMBULAR_WORDS = {
    "Aware", "Mindful", "Conscious", "Cognizant", "Convinced", "Concerned", "Determined", "Alarmed",
    "Desirous", "Resolved", "Confident", "Whereas", "Anxious", "Appreciative", "Grateful", "Further", "Also",
    "Once", "Again", "Keen", "Believing", "Sharing", "Committed", "Encouraged", "Heartened", "Dismayed",
}
NOT_PREAMBULAR = {"United", "Beijing", "Kingdom", "Everything", "Nothing", "Something", "Wedding"}
OPERATIVE_VERBS = {
    "Accepts", "Acknowledges", "Adopts", "Affirms", "Agrees", "Appeals", "Appoints", "Approves",
    "Authorizes", "Calls", "Commends", "Condemns", "Confirms", "Considers", "Decides", "Declares",
    "Demands", "Deplores", "Designates", "Determines", "Directs", "Elects", "Emphasizes", "Encourages",
    "Endorses", "Establishes", "Expresses", "Extends", "Invites", "Notes", "Proclaims", "Reaffirms",
    "Recalls", "Recognizes", "Recommends", "Regrets", "Reiterates", "Rejects", "Reminds", "Renews",
    "Requests", "Resolves", "Stresses", "Supports", "Takes", "Underlines", "Urges", "Welcomes",
    "Admits", "Instructs", "Insists", "Warns", "Strongly", "Also", "Further", "Hereby", "Once", "Again",
    "Highlights", "Underscores",
}


@dataclass
class Paragraph:
    """A paragraph while it is being assembled: its id parts and its raw lines."""

    prefix: str
    number: int
    subs: tuple[str, ...] = ()
    lines: list[str] = field(default_factory=list)
    numbered: bool = True
    section: str = ""  # "II" in a resolution whose sections number their paragraphs afresh (sections.py)

    @property
    def tail(self) -> str:
        """The last line without a trailing footnote marker, to judge whether the paragraph ended."""
        last = self.lines[-1].rstrip() if self.lines else ""
        return TRAILING_MARKER.sub("", last)


def first_word(line: str) -> str:
    match = re.match(r"[^\w]*([A-Za-z]+)", line)
    return match.group(1) if match else ""


def looks_preambular(line: str) -> bool:
    word = first_word(line)
    if not word or not word[0].isupper() or word in NOT_PREAMBULAR:
        return False
    if word.endswith("ly") and len(word) > 4:  # "Deeply concerned", "Strongly condemning", not "Orderly and"
        second = re.match(r"[^\w]*[A-Za-z]+\s+([A-Za-z]+)", line)
        return bool(second) and (second.group(1).endswith(("ed", "ing")) or second.group(1).capitalize() in PREAMBULAR_WORDS)
    return word in PREAMBULAR_WORDS or word.endswith(("ing", "ed"))


def looks_operative(line: str) -> bool:
    """Opens with an operative verb; older Security Council texts say "The Security Council requests", or resolve
    in a formula of their own ("It is resolved that ...", "Now, therefore, the Security Council ... resolves")."""
    if RESOLVING.match(line):
        return True
    line = re.sub(r"^The (?:Security Council|General Assembly)\s+", "", line)
    return first_word(line).capitalize() in OPERATIVE_VERBS


def misread_number(line: str) -> re.Match | None:
    """"i. Condemns ..." read as "1. Condemns ...", "4, Calls upon ..." as "4. Calls upon ...": an OCR misreading of
    an operative number, known by the operative verb after it; None for any other line (a true "4." included)."""
    match = MISREAD_NUMBER.match(line)
    if not match or NUMBERED.match(line) or not looks_operative(match.group(2)):
        return None
    number = match.group(1).translate(_MISREAD_DIGITS).lstrip("0")
    return NUMBERED.match(f"{number}. {match.group(2)}") if number else None


def to_roman(n: int) -> str:
    pairs = ((40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, numeral in pairs:
        while n >= value:
            out, n = out + numeral, n - value
    return out


def next_letter(label: str) -> str:
    """a -> b, z -> aa, aa -> bb (the UN continues after z with doubled letters)."""
    if label == "z":
        return "aa"
    if len(label) == 2:
        return chr(ord(label[0]) + 1) * 2
    return chr(ord(label) + 1)


def next_roman(label: str) -> str:
    romans = [to_roman(n) for n in range(1, 40)]
    return romans[romans.index(label) + 1] if label in romans else ""
