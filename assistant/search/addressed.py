"""The paragraphs that ask something of someone, or ask someone to do something (questions/addressed.py reads
who or what is asked about).

"What does it ask the Secretary-General to do?" is answered by the paragraphs that request, invite, urge or
call upon the Secretary-General (OP3(e) and OP19 of A/RES/72/179), not by those that only name him.
"""

from __future__ import annotations

import re

from assistant.questions.patterns import conjuncts

from .haystack import rows_holding
from .topics import MAX_TOPIC_CLAUSES

# The verbs by which a resolution asks something of someone, as its paragraphs write them.
_ASKING = re.compile(r"\b(?:requests?|requesting|calls? upon|calling upon|calls? on|urges?|urging|invites?|inviting|"
                     r"encourages?|encouraging|reminds?|reminding)\s+", re.I)
_ARTICLE = re.compile(r"^(?:the|all)\s+", re.I)
MAX_ADDRESSEE_WORDS = 20  # the addressees follow the verb, up to the "to" of what they are asked
MAX_TASK_WORDS = 40  # how far after the one asked what they are asked to do may run


def tasked_rows(task_words: frozenset[str], texts: list[str], stem) -> list[int]:
    """Rows of the few texts (lowercase) that ask someone to do something using every one of the stems (of the
    task asked about); none when no text or more than MAX_TOPIC_CLAUSES do."""
    if not task_words:
        return []
    # a cheap substring pass first (a stem's first letters are in any word it stems from; topics.using_rows)
    prefixes = [w[:min(5, max(len(w) - 1, 2))] for w in task_words]
    rows = [i for i in rows_holding(texts, prefixes) if all(p in texts[i] for p in prefixes)
            and any(task_words <= {stem(w) for w in _asked_to_do(texts[i], m.end())}
                    for m in _ASKING.finditer(texts[i]))]
    return rows if len(rows) <= MAX_TOPIC_CLAUSES else []


def _asked_to_do(text: str, start: int) -> list[str]:
    """The words of what is asked, after the verb at `start`: from the "to" that follows those asked (the Chair of
    a Committee with a long name among them) to a relative clause, which tells of someone else ("... to establish
    mechanisms which allow migrants to report abuse" asks States to establish, not to report)."""
    words = re.findall(r"[\w’'-]+", text[start:].lower())
    begin = next((i for i, w in enumerate(words[:2 * MAX_ADDRESSEE_WORDS]) if w == "to"), None)
    if begin is None:
        return []
    task = words[begin + 1:begin + 1 + MAX_TASK_WORDS]
    return task[:next((i for i, w in enumerate(task) if w in _RELATIVE), len(task))]


_RELATIVE = {"which", "who", "whom", "whose", "where"}


def addressed_rows(who: str, texts: list[str]) -> list[int]:
    """Rows of the few texts that ask something of `who` (of each one, for "the Secretary-General and the Special
    Rapporteur"); none when no text or more than MAX_TOPIC_CLAUSES do (a broad addressee: "States")."""
    whole = _rows_asking(who, texts)
    if whole:
        return whole if len(whole) <= MAX_TOPIC_CLAUSES else []
    each = [_rows_asking(part, texts) for part in conjuncts(who)]
    if len(each) > 1 and all(1 <= len(rows) <= MAX_TOPIC_CLAUSES for rows in each):
        return sorted(set().union(*each))
    return []


def asks_nothing_of(who: str, texts: list[str]) -> bool:
    """Whether the texts name `who` but ask nothing of them ("the Human Rights Council", to which the
    Secretary-General is to report; "employers", whose abuses migrants are to report)."""
    names = [_name(part) for part in (who, *conjuncts(who))]
    named = any(names[0] and names[0] in " ".join(text.lower().split()) for text in texts)
    return named and not any(_rows_asking(name, texts) for name in names)


def _name(who: str) -> str:
    return " ".join(_ARTICLE.sub("", who.strip()).lower().split())


def _rows_asking(who: str, texts: list[str]) -> list[int]:
    """Rows of the texts where an asking verb is followed, within a few words, by `who`."""
    name = _name(who)
    if not name:
        return []
    return [i for i, text in enumerate(texts) if any(_addresses(_following(text, m.end()), name)
                                                     for m in _ASKING.finditer(text))]


def _addresses(asked: str, name: str) -> bool:
    """Whether `name` is among those `asked`, not what one of their titles is on: "the Special Rapporteur on the
    human rights of migrants" asks nothing of migrants ("the Chair of the Committee" asks of the Committee)."""
    at = f" {asked} ".find(f" {name} ")
    return at >= 0 and " on " not in f" {asked} "[:at + 1]


def _following(text: str, start: int) -> str:
    """Who is asked, in the words after the verb at `start` (lowercase, punctuation dropped): up to the "to" or
    "that" of what they are asked ("Requests the Secretary-General to submit to the General Assembly ...")."""
    words = re.findall(r"[\w’'-]+", text[start:].lower())[:MAX_ADDRESSEE_WORDS]
    # "Reminds all States that all persons, including migrants, should ...": what follows "that" is what is asked
    end = min((words.index(w) for w in ("to", "that") if w in words), default=len(words))
    return " ".join(words[:end])
