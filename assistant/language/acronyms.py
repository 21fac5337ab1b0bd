"""Acronyms: those a text defines in brackets, and United Nations ones whose letters are not the initials of the
words the texts write for them.

The texts spell out most acronyms they use ("the International Labour Organization (ILO)", "artificial intelligence
(AI)"), and search/lexicon.py reads those from the index itself (`defined_acronyms`). Those listed here are the ones
people ask with but the texts never spell out in their own letters: the French-derived names of peacekeeping
missions (MINURSO, "Mission des Nations Unies pour l'organisation d'un référendum au Sahara occidental", is written
"United Nations Mission for the Referendum in Western Sahara"), names whose short words give letters (UNIFIL,
"Interim Force in Lebanon"), and groups of States written in lowercase ("small island developing States"). A budget
resolution names its mission in full only.
"""

from __future__ import annotations

import re

UN_ACRONYMS = {
    # peacekeeping operations and offices financed by the General Assembly
    "unifil": "United Nations Interim Force in Lebanon",
    "unficyp": "United Nations Peacekeeping Force in Cyprus",
    "minurso": "United Nations Mission for the Referendum in Western Sahara",
    "monusco": "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
    "minusca": "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
    "minusma": "United Nations Multidimensional Integrated Stabilization Mission in Mali",
    "unmiss": "United Nations Mission in South Sudan",
    "unisfa": "United Nations Interim Security Force for Abyei",
    "unmik": "United Nations Interim Administration Mission in Kosovo",
    "unamid": "African Union-United Nations Hybrid Operation in Darfur",
    "unmil": "United Nations Mission in Liberia",
    "unoci": "United Nations Operation in Côte d'Ivoire",
    "unsos": "United Nations Support Office in Somalia",
    "unsoh": "United Nations Support Office in Haiti",
    "binuh": "United Nations Integrated Office in Haiti",
    "unama": "United Nations Assistance Mission in Afghanistan",
    "unami": "United Nations Assistance Mission for Iraq",
    "untso": "United Nations Truce Supervision Organization",
    "unmogip": "United Nations Military Observer Group in India and Pakistan",
    "irmct": "International Residual Mechanism for Criminal Tribunals",
    "rsce": "Regional Service Centre in Entebbe",
    "unlb": "United Nations Logistics Base at Brindisi",
    # bodies and instruments
    "unrwa": "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
    "unctad": "United Nations Conference on Trade and Development",
    "unesco": "United Nations Educational, Scientific and Cultural Organization",
    "unicef": "United Nations Children's Fund",
    "unhcr": "Office of the United Nations High Commissioner for Refugees",
    "ohchr": "Office of the United Nations High Commissioner for Human Rights",
    "unodc": "United Nations Office on Drugs and Crime",
    "unfpa": "United Nations Population Fund",
    "unops": "United Nations Office for Project Services",
    "unitar": "United Nations Institute for Training and Research",
    "uncitral": "United Nations Commission on International Trade Law",
    "unscear": "United Nations Scientific Committee on the Effects of Atomic Radiation",
    "unfccc": "United Nations Framework Convention on Climate Change",
    "unclos": "United Nations Convention on the Law of the Sea",
    "ecosoc": "Economic and Social Council",
    "cedaw": "Convention on the Elimination of All Forms of Discrimination against Women",
    "npt": "Treaty on the Non-Proliferation of Nuclear Weapons",
    "ctbt": "Comprehensive Nuclear-Test-Ban Treaty",
    "bbnj": "marine biological diversity of areas beyond national jurisdiction",
    # groups of States and subjects the texts write in lowercase
    "sids": "small island developing States",
    "ldc": "least developed countries",
    "lldc": "landlocked developing countries",
    "ict": "information and communications technologies",
    "idp": "internally displaced persons",
    "ngo": "non-governmental organizations",
    "cop": "Conference of the Parties",
}

# "artificial intelligence (AI)", "least developed countries (LDCs)": an acronym the text defines in brackets
_BRACKETED = re.compile(r"\(([A-Z][A-Z0-9]{1,9})s?\)")
_SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "to", "a", "an", "at", "by", "with", "against"}
_BEFORE = re.compile(r"[A-Za-z][\w’'-]*")


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronym (lowercased) -> the words just before it in brackets whose initials spell it, for each acronym the
    text defines so ("artificial intelligence (AI)"; "Conference of the Parties (COP)": a small word may give a
    letter; "sexual and gender-based violence (SGBV)": each part of a hyphenated word may); the first definition
    stands."""
    found: dict[str, str] = {}
    for match in _BRACKETED.finditer(text):
        acronym = match.group(1).lower()
        if acronym in found:
            continue
        start = max(0, match.start() - 200)
        before = list(_BEFORE.finditer(text, start, match.start()))
        words = [w.group() for w in before]
        for n in range(1, min(len(words), 2 * len(acronym) + 2) + 1):
            if words[-n].lower() not in _SMALL_WORDS and _spells(words[-n:], acronym):
                found[acronym] = " ".join(text[before[-n].start():match.start()].split()).rstrip(" ,;:")
                break
    return found


def _spells(words: list[str], letters: str) -> bool:
    """Whether the words' initials spell `letters` in order: every word but a small one gives its initial (a
    hyphenated one, its own or one per part); a small word gives one or none."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word.lower() in _SMALL_WORDS:
        return _spells(rest, letters) or (letters[:1] == word[0].lower() and _spells(rest, letters[1:]))
    parts = [p for p in word.split("-") if p]
    options = {word[0].lower()} | ({"".join(p[0].lower() for p in parts)} if len(parts) > 1 else set())
    return any(letters.startswith(option) and _spells(rest, letters[len(option):]) for option in options)
