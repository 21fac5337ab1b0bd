"""Sentence encoders and the on-disk FAISS index (installed as `assistant.embeddings`)."""
