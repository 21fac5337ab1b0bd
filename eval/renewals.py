"""Scoring a corpus where resolutions renew each other: a paragraph with the same words as a gold paragraph, in
another resolution (78/x OP5 renewed as 80/z OP5), answers the question as well; answers cite the latest renewal
(answers.renewals), while gold written against one resolution names that one.

Used by `assistant eval --renewals`; reported beside the strict scores, never instead of them.
"""

from __future__ import annotations

from collections.abc import Callable


def renewal_of_gold(assistant) -> Callable[[str, set[str]], str]:
    """key, gold -> the gold key whose words `key` repeats in another resolution, else `key` itself."""
    from assistant.answers.renewals import say_the_same

    texts: dict[str, str] = {}

    def text(key: str) -> str:
        if key not in texts:
            doc, _, clause_id = key.partition("#")
            passage = assistant.clause(doc, clause_id)
            texts[key] = passage.text if passage else ""
        return texts[key]

    def as_gold(key: str, gold: set[str]) -> str:
        if not isinstance(key, str) or key in gold:
            return key
        same = [g for g in sorted(gold) if say_the_same(key.split("#")[0], text(key), g.split("#")[0], text(g))]
        return same[0] if same else key

    return as_gold
