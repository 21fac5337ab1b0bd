"""Section headings between paragraphs, dropped as the segmenter reads (segmenter.py): "I" / "General provisions"
before the next number, a heading of up to six lines found when the next number comes, "Action 1. We will ..."."""

from __future__ import annotations

import re

from .structure import ENDED, LETTERED, NUMBERED, TRAILING_MARKER

HEADING_MAX = 90
# A numbered heading that is a sentence itself: the Pact for the Future's "Action 1. We will take bold, ... and
# leave no one behind." before its paragraph 20
LABELLED = re.compile(r"^(?:Action|Objective|Commitment|Goal|Chapter)\s+\d{1,3}[.:]\s")
SECTION = re.compile(r"^(?:[IVXL]+|[A-Z]|Part [IVXL]+|Section \d+)\.?$")
HEADING_LINES = 6  # "II" and a four-line section title ("Implementation of the 1995 Agreement ...") in 78/68


def ends(line: str) -> bool:
    """Whether a line ends as a clause does (",", ";", ":", "."), a footnote marker after it aside."""
    return bool(ENDED.search(TRAILING_MARKER.sub("", line)))


class HeadingRules:
    """The segmenter's two views of a heading: `_heading` drops a line before the next number it can see;
    `_heading_dropped` takes a longer heading off the paragraph it joined when that number comes. Both read the
    segmenter's state (current paragraph, operative number, inside a labelled heading)."""

    def _heading(self, line: str, ahead: list[str]) -> bool:
        """Drop section headings between operative paragraphs ("I", "General provisions").

        A heading is a short unpunctuated line after a finished paragraph, followed (after at
        most two more such lines) by the next operative number.
        """
        if self.current is None or not self._ended():
            return False
        if self.labelled:
            return True
        if self.current.tail.endswith(",") != (self.op == 0):
            return False  # headings come after a finished operative paragraph, or before the first
        labelled = bool(self.op and LABELLED.match(line))  # a sentence of its own, punctuated
        for candidate in [line, *(ahead if labelled else ahead[:3])]:
            match = NUMBERED.match(candidate)
            if match:
                self.labelled = labelled and int(match.group(1)) == self.op + 1
                return int(match.group(1)) == self.op + 1
            bare = TRAILING_MARKER.sub("", candidate)
            if len(candidate) > HEADING_MAX or (ENDED.search(bare) and not labelled) or LETTERED.match(candidate):
                return False
        return False

    def _heading_dropped(self) -> bool:
        """Drop a section heading too long for `_heading` to see the number after it: short lines, the first
        capitalised, after an operative paragraph's closing ";", ":" or "." (a comma is mid-sentence), none ending
        a clause unless the heading opens with a section number ("VI" / "Special Rapporteur on ... racism," / ...)."""
        lines = self.current.lines
        if len(lines) < 2:
            return False
        for count in range(1, min(HEADING_LINES, len(lines) - 1) + 1):
            line = lines[-count]
            if len(line) > HEADING_MAX or LETTERED.match(line):
                return False
            before = TRAILING_MARKER.sub("", lines[-count - 1])
            if not ENDED.search(before) or before.endswith(",") or not (self.op or before.endswith(":")):
                continue  # before the first number, only after an opening that announces a text: 79/1's
                # "Adopts the following Pact for the Future and its annexes:" / "The Pact for the Future" / "1."
            block = lines[-count:]
            if not re.match(r"[A-Z0-9]", line) or not (SECTION.match(line) or not any(ends(b) for b in block)):
                return False
            del lines[-count:]
            return True
        return False
