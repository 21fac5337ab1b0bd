"""Strip PDF page furniture (headers, footers, footnote blocks) from extracted resolution text."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

JOB_NUMBER = re.compile(r"^\d{2}-\d{5}\b")
BARCODE = re.compile(r"^\*\d{6,}\*$")
# pypdf puts page number and job number on one line: "11/14 23-25999".
PAGE_NUMBER = re.compile(r"^(?:\d{2}-\d{5}\s+)?\d{1,3}/\d{1,3}(?:\s+\d{2}-\d{5})?$")
SYMBOL_LINE = re.compile(r"^[AS]/[\w./()-]*\d[\w./() -]*$")
SYMBOL_TOKEN = re.compile(r"(?:^|\s)([AS]/(?:RES/)?[\w.-]+/[\w.()-]+)(?=\s|$)")
OPERATIVE_START = re.compile(r"^\d{1,3}\.\s+[A-Z]")
FOOTNOTE_RULE = re.compile(r"^_{5,}$")
NOTE_START = re.compile(r"^(\d{1,3})\s+(\S.*)$")
STRUCTURAL = re.compile(r"^(\d{1,3}\.|\([a-z]{1,3}\)|\([ivx]+\))$")
# A running header does not end a clause: a repeated line ending so near a page break is body text that recurs
# ("To realize this commitment, we will draw from the following actions:" in each objective of 73/195), unless it
# is made of the title's words (a wrapped title may end with its own colon: "... Sustainable Development Goal 6:").
CLAUSE_END = re.compile(r"[;:]\s*\d{0,3}$")
RECURRING = 3  # pages a header line beyond the window recurs on
WINDOW = 5  # running titles sit within a few lines of the page number / job number


@dataclass(frozen=True)
class Layout:
    """Body lines without page furniture ("" for blank lines) and the footnote notes found."""

    lines: tuple[str, ...]
    notes: dict[int, str]


def normalise(raw: str) -> str:
    """Unify line ends, form feeds and unusual spaces; the text itself is untouched."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return text.replace("\u00a0", " ").replace("\u2002", " ").replace("\u2009", " ").replace("\u00ad", "")


def strip_layout(raw: str) -> Layout:
    """Remove headers, footers and footnote blocks; keep the notes, keyed by number."""
    lines = [line.strip() for line in normalise(raw).split("\n")]
    furniture = _furniture(lines)
    body: list[str] = []
    notes: dict[int, str] = {}
    i = 0
    while i < len(lines):
        if i in furniture:
            i += 1
        elif FOOTNOTE_RULE.match(lines[i]):
            i = _read_notes(lines, i + 1, furniture, notes)
        else:
            body.append(lines[i])
            i += 1
    return Layout(tuple(body), notes)


def _furniture(lines: list[str]) -> set[int]:
    """Indices of page headers and footers: job numbers, page numbers, repeated symbol and title lines."""
    anchors = [i for i, s in enumerate(lines) if JOB_NUMBER.match(s) or PAGE_NUMBER.match(s) or BARCODE.match(s)]
    counts = Counter(s for s in lines if s)
    found = set(anchors) | {i for i, s in enumerate(lines) if SYMBOL_LINE.match(s) and counts[s] >= 2}
    near = {j for a in anchors for j in range(max(0, a - WINDOW), min(len(lines), a + WINDOW + 1))}
    near_counts = Counter(lines[j] for j in near)
    title = _title_words(lines)
    found |= {j for j in near if _symbol_with_title(lines[j], title)}
    for j in near:
        s = lines[j]
        if not s or STRUCTURAL.match(s) or FOOTNOTE_RULE.match(s):
            continue
        if (near_counts[s] >= 2 and not _ends_clause(s, title)) or _is_running_title(s, title):
            found.add(j)
    # A long running title wraps: its second line ("on mission") is short but sits next to the first.
    for j in sorted(near):
        if j not in found and _title_like(lines[j], title) and ({j - 1, j + 1} & found):
            found.add(j)
    # ... and a four-line one reaches past the window (79/243's "United Nations Convention against Cybercrime;
    # Strengthening International" above three more lines and the symbol): lines next to found ones, recurring on
    # many pages (its title line, "79/243. United Nations Convention against Cybercrime;", names only the start)
    for j in sorted(found):
        for step in (-1, 1):
            k = j + step
            while 0 <= k < len(lines) and k not in found and _recurring(lines[k], counts, title):
                found.add(k)
                k += step
    return found


def _recurring(line: str, counts: Counter, title: set[str]) -> bool:
    return counts[line] >= RECURRING and len(line) > 20 and not STRUCTURAL.match(line) and not _ends_clause(line, title)


def _ends_clause(line: str, title: set[str]) -> bool:
    return bool(CLAUSE_END.search(line)) and (line.rstrip().endswith(";") or not _words(line) <= title)


def _symbol_with_title(line: str, title: set[str]) -> bool:
    """pypdf joins the running header into one line: "Protection of migrants A/RES/78/217"."""
    match = SYMBOL_TOKEN.search(line)
    if not match:
        return False
    rest = (line[:match.start(1)] + line[match.end(1):]).strip()
    return not rest or _title_like(rest, title)


def _title_like(line: str, title: set[str]) -> bool:
    """Made only of title words, and not ending like a line of body text (",", ";")."""
    words = _words(line)
    ending = re.sub(r"\s*\d{1,3}$", "", line)  # a footnote marker may follow the punctuation
    return bool(title and words) and words <= title and not re.search(r"[,;:.]\W?$", ending) and len(line) < 90


def _is_running_title(line: str, title: set[str]) -> bool:
    return _title_like(line, title) and len(_words(line)) >= max(2, len(title) // 2)


def _words(s: str) -> set[str]:
    return set(re.findall(r"[a-z]+", s.lower()))


def _title_words(lines: list[str]) -> set[str]:
    """Words of the "78/217. Protection of migrants" title line, which the running header repeats."""
    for i, s in enumerate(lines[:80]):
        m = re.match(r"^\d+/\d+\.\s+(.+)$", s)
        if m:
            wrapped = [m.group(1)]
            for more in lines[i + 1:i + 4]:
                if not more or more.startswith("The "):
                    break
                wrapped.append(more)
            return _words(" ".join(wrapped))
    return set()


def _read_notes(lines: list[str], i: int, furniture: set[int], notes: dict[int, str]) -> int:
    """Read the notes after a footnote rule; return the index where the body resumes.

    Some extractions keep the rule but drop the notes: then the body resumes right away.
    """
    j = i
    while j < len(lines) and not lines[j] and j not in furniture:
        j += 1
    if j >= len(lines) or not NOTE_START.match(lines[j]):
        return i
    current: int | None = None
    while j < len(lines) and j not in furniture and not FOOTNOTE_RULE.match(lines[j]) \
            and not OPERATIVE_START.match(lines[j]):
        line = lines[j]
        start = NOTE_START.match(line)
        if start and (current is None or int(start.group(1)) == current + 1):
            current = int(start.group(1))
            notes[current] = start.group(2).strip()
        elif line and current is not None:
            notes[current] = _join_note(notes[current], line)
        j += 1
    return j


def _join_note(note: str, line: str) -> str:
    if note.endswith("-") and line[:1].isalpha():
        return note + line
    return f"{note} {line}"
