"""Evaluation of retrieval and answers against question files (installed as `assistant.eval`)."""
