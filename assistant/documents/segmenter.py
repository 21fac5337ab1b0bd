"""The state machine that turns body lines into paragraphs (see structure.py for the rules)."""

from __future__ import annotations

import re

from .headings import HeadingRules, ends
from .structure import (
    ENDED,
    LETTERED,
    NUMBERED,
    RESOLVING,
    Paragraph,
    looks_operative,
    looks_preambular,
    misread_number,
    next_letter,
    next_roman,
    to_roman,
)

BARE_NUMBER = re.compile(r"^(\d{1,3})()$")
OCR_LETTERS = {"6": "b", "5": "b"}


def segment(lines: list[str], prefix: str = "OP", preamble: bool = True) -> list[Paragraph]:
    """Paragraphs of a resolution body (or annex) in document order."""
    seg = _Segmenter(prefix, preamble, numbered=_has_numbering(lines))
    following = _following_numbers(lines)
    for i, line in enumerate(lines):
        if line:
            seg.next_number = following[i]
            seg.feed(line, _ahead(lines, i, 5))
    return seg.paragraphs


def _following_numbers(lines: list[str]) -> list[int | None]:
    """For each line, the number of the next numbered line after it (None after the last)."""
    out: list[int | None] = [None] * len(lines)
    upcoming = None
    for i in range(len(lines) - 1, -1, -1):
        out[i] = upcoming
        match = NUMBERED.match(lines[i])
        upcoming = int(match.group(1)) if match else upcoming
    return out


def _has_numbering(lines: list[str]) -> bool:
    return any(NUMBERED.match(s) and NUMBERED.match(s).group(1) == "1" for s in lines)


def _ahead(lines: list[str], i: int, count: int = 3) -> list[str]:
    """The next few non-blank lines after line i."""
    found = []
    for s in lines[i + 1:]:
        if s:
            found.append(s)
            if len(found) == count:
                break
    return found


def _titles_list(item: list[str]) -> bool:
    """The first item of a numbered list of titles and the next item's number: lines with no closing punctuation."""
    for i, line in enumerate(item[1:], 1):
        match = NUMBERED.match(line)
        if match:
            return match.group(1) == "2" and not any(ends(text) for text in item[:i] if text)
    return False


def _starts_upper(rest: str | None) -> bool:
    return not rest or bool(re.match(r"[\W_]*[A-Z]", rest))


class _Segmenter(HeadingRules):
    def __init__(self, prefix: str, preamble: bool, numbered: bool):
        self.prefix, self.preamble, self.numbered = prefix, preamble, numbered
        self.paragraphs: list[Paragraph] = []
        self.pp = 0
        self.op = 0
        self.path: tuple[str, ...] = ()
        self.roman_top = False  # sub-paragraphs of the current paragraph are (i), (ii) directly
        self.listed = 0  # the last number of a list numbered from 1 inside the current paragraph
        self.labelled = False  # inside a heading like "Action 1. We will ...", until the next number
        self.next_number: int | None = None  # of the next numbered line in the text (segment sets it per line)

    @property
    def current(self) -> Paragraph | None:
        return self.paragraphs[-1] if self.paragraphs else None

    def feed(self, line: str, ahead: list[str]) -> None:
        for rule in (self._numbered, self._lettered, self._heading, self._preambular, self._unnumbered):
            if rule(line, ahead):
                return
        if self.current is None:
            self._start(self.prefix if not self.preamble else "PP", line)
        else:
            self.current.lines.append(line)

    def _ended(self) -> bool:
        return self.current is None or bool(ENDED.search(self.current.tail))

    def _start(self, prefix: str, text: str | None, subs: tuple[str, ...] = ()) -> bool:
        if prefix == "PP":
            self.pp += 1
            number = self.pp
        else:
            if not subs:
                self.op += 1
                self.path, self.roman_top, self.listed, self.labelled = (), False, 0, False
            number = self.op
        self.paragraphs.append(Paragraph(prefix, number, subs, [text] if text else [], self.numbered))
        return True

    def _numbered(self, line: str, ahead: list[str]) -> bool:
        match = NUMBERED.match(line) or self._bare_number(line, ahead) or (self.prefix == "OP" and misread_number(line))
        if match and self._listed(int(match.group(1)), [match.group(2) or "", *ahead[:3]]):
            self.current.lines.append(line)
            return True
        # "12. (a)": a paragraph opening with its first sub-paragraph keeps them as its text (79/243, article 40);
        # "5. further fully endorses": an operative verb the OCR lowercased (S/RES/407 (1977))
        opening = match.group(2) if match else None
        if not (match and int(match.group(1)) == self.op + 1 and (_starts_upper(opening) or LETTERED.match(opening)
                                                                   or (self.op and looks_operative(opening)))):
            return False
        text = match.group(2)
        if self.listed or self._ended() or self._heading_dropped() or self._acts(text or (ahead[0] if ahead else "")):
            return self._start(self.prefix, text)
        return False

    def _listed(self, number: int, item: list[str]) -> bool:
        """A number of a list of titles numbered from 1 inside a paragraph (the 23 objectives listed in annex
        paragraph 16 of 73/195): text of that paragraph. Such a list opens with an unpunctuated item "2." follows
        within three lines; numbered sentences ("1. Each State Party shall ...") are not one. The next paragraph's
        number starts it whatever ends the list."""
        if number == 1 and self.op >= 2 and self.current is not None and _titles_list(item):
            self.listed = 1
        elif self.listed and number == self.listed + 1:
            self.listed = number
        else:
            return False
        return True

    def _bare_number(self, line: str, ahead: list[str]) -> re.Match | None:
        """"26" with its period lost, alone on a line before an operative verb (79/160)."""
        match = BARE_NUMBER.match(line)
        return match if match and self.op and ahead and self._acts(ahead[0]) else None

    def _acts(self, text: str) -> bool:
        """The next operative number opening with an operative verb starts a paragraph even when the one
        before it lost its final semicolon to the PDF ("... in the high-level meeting" / "11. Encourages") or
        the preamble ends unpunctuated ("Therefore" / "1. The Security Council requests", S/RES/1 (1946))."""
        return self.prefix == "OP" and looks_operative(text)

    def _lettered(self, line: str, _ahead: list[str]) -> bool:
        match = LETTERED.match(line)
        if not match or self.op == 0 or not (self._ended() or _starts_upper(match.group(2))):
            return False
        label = match.group(1)
        # OCR reads (i) as (1), and (b) as (6) or (5): a digit is the numeral, else the letter next in order
        path = self._next_path(to_roman(int(label))) if label.isdigit() else self._next_path(label)
        if path is None and label in OCR_LETTERS:
            path = self._next_path(OCR_LETTERS[label])
        return path is not None and self._start(self.prefix, match.group(2), path)

    def _next_path(self, label: str) -> tuple[str, ...] | None:
        colon = self.current.tail.endswith(":")
        path = self.path
        if not path:
            if label == "a" or (label == "i" and colon):
                self.roman_top = label == "i"
                return self._set((label,))
            return None
        if self.roman_top:
            return self._set((label,)) if label == next_roman(path[0]) else None
        if len(path) == 1:
            if label == "i" and colon:
                return self._set((path[0], "i"))
            return self._set((label,)) if label == next_letter(path[0]) else None
        if label == next_roman(path[1]):
            return self._set((path[0], label))
        return self._set((label,)) if label == next_letter(path[0]) else None

    def _set(self, path: tuple[str, ...]) -> tuple[str, ...]:
        self.path = path
        return path

    def _preambular(self, line: str, _ahead: list[str]) -> bool:
        if not self.preamble or self.op or not looks_preambular(line):
            return False
        # "Whereas ... ; and" / "Whereas ...": the old recitals end in a semicolon (S/RES/21 (1947))
        ends = (",", ";", "; and") if line.startswith("Whereas") else (",",)
        if self.current is not None and not self.current.tail.endswith(ends):
            return False
        if not self.numbered and self.pp and looks_operative(line):
            return False
        return self._start("PP", line)

    def _unnumbered(self, line: str, _ahead: list[str]) -> bool:
        """Operative paragraphs without numbers: "Takes note of the report ...", one or several; in a numbered
        text, one whose number the OCR lost: an operative verb after a finished paragraph when the next number
        in the text skips one ("1. Reaffirms ...;" / "Calls upon Israel ..." / "3. Declares", S/RES/484 (1980))."""
        if not line[:1].isupper() or not looks_operative(line) or not self._ended():
            return False
        if self.numbered and not (self.op == 0 and RESOLVING.match(line)):  # its terms may be numbered: S/RES/21
            lost = self.prefix == "OP" and self.op and self.next_number == self.op + 2
            return bool(lost and self.current.tail.endswith((";", "."))) and self._start(self.prefix, line)
        opens = (",", ";") if RESOLVING.match(line) else (",",)  # "... islands ;" / "Now, therefore, ..."
        if self.op == 0 and self.current is not None and not self.current.tail.endswith(opens):
            return False
        return self._start(self.prefix, line)
