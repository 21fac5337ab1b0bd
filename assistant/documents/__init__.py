"""Stage 1, text -> clauses: a resolution file (text or PDF) parsed into a `Resolution` of cited `Clause`s."""
