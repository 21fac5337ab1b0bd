"""Explicit paragraph references in a question ("para. 4 (k)", "PP10", "the tenth preambular paragraph")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.documents.citation import ordinal
from assistant.language.words import CARDINALS

from .named_resolutions import first_symbol

_ORDINALS = {ordinal(n): n for n in range(1, 120)}
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_CARDINALS = {word: n for n, word in enumerate(CARDINALS)}
_SUB = r"(?:\s*\(\s*([a-z]{1,2})\s*\)|(?<=\d)([a-z])\b)?(?:\s*\(\s*([ivx]{1,5})\s*\))?"
_PARA = r"(?:paragraphs?|paras?\.?|§)"
_SECTION = r"\bsect(?:ion|\.)\s+([IVXL]+)\b"
_PATTERNS = (
    # "section II, paragraph 3", "paragraph 3 of section II" (a resolution numbering each section afresh)
    ("sect_para", re.compile(_SECTION + rf"\s*,?\s+(?:operative\s+)?{_PARA}\s*(\d{{1,3}})" + _SUB, re.I)),
    ("para_sect", re.compile(rf"\b(?:operative\s+)?{_PARA}\s*(\d{{1,3}})" + _SUB + r",?\s+of\s+" + _SECTION[2:],
                             re.I)),
    # "sub-paragraph (b) of paragraph 4"
    ("sub_of", re.compile(rf"\bsub-?\s?paragraph\s*\(?([a-z]{{1,2}})\)?\s+of\s+(?:operative\s+)?{_PARA}\s*(\d{{1,3}})", re.I)),
    # "paragraph 4, sub-paragraph (b)"
    ("para_sub", re.compile(rf"\b{_PARA}\s*(\d{{1,3}})\s*,?\s+sub-?\s?paragraph\s*\(?([a-z]{{1,2}})\)?", re.I)),
    ("preambular", re.compile(rf"\bpreambular\s+{_PARA}\s*(\d{{1,3}})", re.I)),
    ("pp_ordinal", re.compile(rf"\b({_ORDINAL})\s+preambular\s+(?:paragraph|para\.?)", re.I)),
    ("op_ordinal", re.compile(rf"\b({_ORDINAL})\s+operative\s+(?:paragraph|para\.?)", re.I)),
    ("pp", re.compile(r"\bPP\s?(\d{1,3})\b", re.I)),
    ("op", re.compile(r"\bOP\s?(\d{1,3})(?:\s*\(\s*([a-z]{1,2})\s*\)|\s?([a-z])\b)?(?:\s*\(\s*([ivx]{1,5})\s*\))?", re.I)),
    ("annex_n", re.compile(rf"\bannex\s+([IVX]+),?\s+{_PARA}\s*(\d{{1,3}})" + _SUB, re.I)),  # "annex II, para. 3"
    ("annex", re.compile(rf"\bannex,?\s+{_PARA}\s*(\d{{1,3}})" + _SUB, re.I)),
    ("sub_num", re.compile(r"\bsub-?\s?paragraph\s+(\d{1,3})\s*\(\s*([a-z]{1,2})\s*\)", re.I)),
    ("para", re.compile(rf"\b(?:operative\s+)?{_PARA}\s*(\d{{1,3}})" + _SUB, re.I)),
)
# a word every pattern above needs (and "PP"/"OP" before a number or a cardinal): a cheap test before them all
_MAY_REFER = re.compile(r"para|§|preambular|operative|\b(?:pp|op)", re.I)
_MORE = re.compile(r"^\s*(?:,|and|&|or|to|-|–)\s*(\d{1,3})" + _SUB, re.I)


@dataclass(frozen=True)
class Reference:
    """A clause named in a question; `doc` when the question names the resolution too."""

    clause_id: str
    doc: str | None = None


def find_references(question: str) -> list[Reference]:
    """Clause references in order of appearance, without duplicates."""
    if not _MAY_REFER.search(question):  # most questions: no pattern below can match
        return []
    text = _cardinals_to_digits(question)
    found: list[tuple[int, str]] = []
    taken: list[range] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() in span for span in taken):
                continue
            taken.append(range(match.start(), match.end()))
            found += [(match.start(), cid) for cid in _ids(kind, match, text)]
    doc = first_symbol(text)
    ids = list(dict.fromkeys(cid for _, cid in sorted(found)))
    return [Reference(cid, doc) for cid in ids]


def _ids(kind: str, match: re.Match, text: str) -> list[str]:
    g = match.groups()
    if kind == "sect_para":
        return [_compose(f"{g[0].upper()}.OP", g[1], g[2] or g[3], g[4])]
    if kind == "annex_n":
        return [_compose(f"ANNEX{g[0].upper()}.", g[1], g[2] or g[3], g[4])]
    if kind == "para_sect":
        return [_compose(f"{g[4].upper()}.OP", g[0], g[1] or g[2], g[3])]
    if kind == "sub_of":
        return [f"OP{int(g[1])}({g[0].lower()})"]
    if kind in ("para_sub", "sub_num"):
        return [f"OP{int(g[0])}({g[1].lower()})"]
    if kind == "preambular" or kind == "pp":
        return [f"PP{int(g[0])}"]
    if kind == "pp_ordinal":
        return [f"PP{_ORDINALS[g[0].lower()]}"]
    if kind == "op_ordinal":
        return [f"OP{_ORDINALS[g[0].lower()]}"]
    prefix = "ANNEX." if kind == "annex" else "OP"
    ids = [_compose(prefix, g[0], g[1] or g[2], g[3])]
    if kind == "para" and match.group(0).lower().startswith(("paragraphs", "paras")):
        ids += _more(prefix, text[match.end():])
    return ids


def _more(prefix: str, rest: str) -> list[str]:
    """"paragraphs 4 and 5", "paras. 3, 4 and 6"."""
    ids = []
    while (m := _MORE.match(rest)):
        ids.append(_compose(prefix, m.group(1), m.group(2) or m.group(3), m.group(4)))
        rest = rest[m.end():]
    return ids


def _compose(prefix: str, number: str, letter: str | None, roman: str | None) -> str:
    clause_id = f"{prefix}{int(number)}"
    if letter:
        clause_id += f"({letter.lower()})"
    if roman:
        clause_id += f"({roman.lower()})"
    return clause_id


def _cardinals_to_digits(text: str) -> str:
    pattern = r"\b(paragraphs?|paras?\.?|PP|OP)\s+(" + "|".join(_CARDINALS) + r")\b"
    return re.sub(pattern, lambda m: f"{m.group(1)} {_CARDINALS[m.group(2).lower()]}", text, flags=re.I)
