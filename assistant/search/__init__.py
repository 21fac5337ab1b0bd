"""Stage 3, `Question` -> passages: the index built from clauses, searched (hybrid, references, finders)."""
