"""Stage 4, passages -> `Answer`: cited clauses chosen and drafted (grounded or LLM), then guarded."""
