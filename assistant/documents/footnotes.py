"""Take footnote markers out of clause text without touching numbers that belong to it.

A marker is a bare number after a word or punctuation ("Rights, 2 which", "Rights,4 which",
"Nationals27", "10 May 200624"). Footnotes are numbered in order through a resolution, so a new
marker must be the next number; a repeated marker must follow the same word as the first time
("Human Rights, 3" ... "Human Rights, 3").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.language.words import MONTHS

from .clause import Footnote

# Words after which a number is a day or a share, not a footnote marker: "10 May", "5 per cent".
_NOT_A_MARKER_BEFORE = {m.lower() for m in MONTHS} | {"per", "percent", "years"}

# Words after which a number is part of the text: "No. 189", "Goals 8 and 10", "the 10 fundamental".
NUMBERING_WORDS = {
    "no", "nos", "para", "paras", "paragraph", "paragraphs", "resolution", "resolutions", "article",
    "articles", "art", "goal", "goals", "target", "targets", "chapter", "chap", "section", "sect",
    "item", "items", "page", "pages", "vol", "vols", "rule", "rules", "principle",
    "principles", "annex", "annexes", "phase", "level", "group", "rev", "add", "corr", "supplement",
    "decision", "decisions", "recommendation", "recommendations", "objective", "objectives",
    "action", "step", "part", "stage", "appendix", "table", "figure", "protocol", "convention",
    "the", "a", "an", "of", "to", "and", "or", "by", "at", "in", "on", "for", "with", "from", "than",
    "between", "some", "all", "its", "their", "about", "over", "under", "least", "nearly", "approximately",
    "per", "every", "each", "these", "those", "first", "last", "next", "past", "additional", "only",
    "another", "within", "after", "before", "since", "until", "during", "around", "up", "almost",
    "more", "less", "fewer", "top", "her", "his", "our", "my", "were", "was", "is", "are", "be",
}
_CANDIDATE = re.compile(
    r"(?P<year>(?<![\d/])(?:1[89]|20)\d\d)(?P<yglued>\d{1,3})(?=[\s,;:.)]|$)"
    r"|(?<=[A-Za-z])(?P<lglued>\d{1,3})(?=[\s,;:.)]|$)"
    r"|(?<=[,;:.)\u201d\u2019\"])(?P<pglued>\d{1,3})(?=[\s,;:.)]|$)"
    r"|(?<=[A-Za-z,;:.)\u201d\u2019\"]) (?P<spaced>\d{1,3})(?=[\s,;:.)]|$)"
    r"|(?<=(?<!\d)(?:1[89]|20)\d\d) (?P<yspaced>\d{1,3})(?=[\s,;:.)]|$)"
)


@dataclass
class FootnoteTracker:
    """Walks a resolution's clauses in order, remembering which footnote numbers were seen where."""

    notes: dict[int, str]
    anchors: dict[int, str] | None = None

    def __post_init__(self):
        self.anchors = {} if self.anchors is None else self.anchors

    def expected(self) -> int:
        """The number the next new footnote must carry."""
        last = max(self.anchors, default=0)
        later = [n for n in self.notes if n > last]
        return min(later) if later else last + 1

    def extract(self, text: str) -> tuple[str, tuple[Footnote, ...]]:
        """Return the text without markers and the footnotes it referred to, in order."""
        kept, found, cursor = [], [], 0
        for match in _CANDIDATE.finditer(text):
            number = self._accept(text, match)
            if number is None:
                continue
            start = match.start("yglued") if match.group("yglued") else match.start()
            kept.append(text[cursor:start])
            cursor = match.end()
            found.append(Footnote(number, self.notes.get(number)))
        kept.append(text[cursor:])
        clean = re.sub(r" {2,}", " ", "".join(kept)).strip()
        return clean, tuple(found)

    def _accept(self, text: str, match: re.Match) -> int | None:
        kind = match.lastgroup
        number = int(match.group(kind))
        if number == 0 or (self.notes and number not in self.notes):
            return None
        before = text[:match.start(kind)].rstrip()
        anchor = _last_word(before)
        trailing = not text[match.end():].strip()
        if kind in ("spaced", "yspaced") and not self._spaced_ok(before, text[match.end():], trailing):
            return None
        if kind == "lglued" and not _glued_word_ok(before):
            return None
        # "10.7", "3,4", "Add.1", "No.5"; but a number after the ";" or "," that ends a clause marks a footnote
        # ("... Sustainable Development Goals;22", "... beginning on 1 January 2024;5")
        ends_clause = trailing and before.endswith((";", ",", ":"))
        if kind == "pglued" and (_after_number(before) or _number_word(before)) and not ends_clause:
            return None
        is_new = number == self.expected() or (trailing and number not in self.anchors)
        is_repeat = number in self.anchors and kind != "yspaced" and (
            kind != "spaced" or self.anchors[number] == anchor or trailing)
        if not (is_new or is_repeat):
            return None
        self.anchors.setdefault(number, anchor)
        return number

    @staticmethod
    def _spaced_ok(before: str, after: str, trailing: bool) -> bool:
        if trailing and re.search(r"[,;:.]$", before):
            return True
        if _number_word(before):
            return False
        if _after_number(before):
            return False
        following = re.match(r"\s*([A-Za-z]+)", after)
        return not (following and following.group(1).lower() in _NOT_A_MARKER_BEFORE)


def _after_number(before: str) -> bool:
    """"paragraphs 3, 4 and 5" and "10.7" go on a number; "September 2017, 1" ends a date and may carry a marker."""
    return bool(re.search(r"\d[,;:.)]$", before)) and not re.search(r"(?<!\d)(?:1[89]|20)\d\d,$", before)


def _number_word(before: str) -> bool:
    """The word before is one that numbers follow ("No.", "paragraph", "Add.")."""
    token = before.rsplit(" ", 1)[-1] if before else ""
    return token.strip("(.,;:").lower() in NUMBERING_WORDS


def _last_word(text: str) -> str:
    words = re.findall(r"[A-Za-z]+", text[-60:])
    return words[-1].lower() if words else ""


def _glued_word_ok(before: str) -> bool:
    """"Rights5" is a marker; "G20", "CO2" and "H5N1" are not."""
    word = re.search(r"[\w-]*$", before).group(0)
    letters = re.sub(r"[^A-Za-z]", "", word)
    return len(letters) >= 2 and not any(ch.isdigit() for ch in word) and not (word.isupper() and len(word) <= 6)
