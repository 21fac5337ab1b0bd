"""Several sentence encoders used as one, each contributing a share of the similarity."""

from __future__ import annotations

import sys

import numpy as np


class EnsembleEmbedder:
    """Concatenates each member's unit vectors scaled by the square root of its weight.

    The inner product of two such vectors is the weighted mean of the members' cosines, so a FAISS
    inner-product index, the clause windows and every similarity threshold work unchanged, and the
    vectors stay unit length when the weights sum to one.
    """

    def __init__(self, name: str, members: list, weights: list[float]):
        if len(members) != len(weights) or abs(sum(weights) - 1) > 1e-6:
            raise ValueError("an ensemble needs one weight per member, summing to 1")
        self.name, self.members, self.weights = name, members, weights

    @property
    def dimension(self) -> int:
        return sum(member.dimension for member in self.members)

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray:
        parts = []
        for member, weight in zip(self.members, self.weights):
            if progress:  # one progress bar per model: say whose
                print(f"{member.name}:", file=sys.stderr)
            parts.append(np.sqrt(weight) * member.encode(texts, progress))
        return np.ascontiguousarray(np.hstack(parts), dtype=np.float32)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        """encode(), each member keeping the questions' word pieces from that run for late_scores."""
        parts = [np.sqrt(weight) * member.encode_queries(texts) for member, weight in zip(self.members, self.weights)]
        return np.ascontiguousarray(np.hstack(parts), dtype=np.float32)

    def load(self) -> "EnsembleEmbedder":
        for member in self.members:
            member.load()
        return self

    def late_scores(self, question: str, texts: list[str], keep, asked=None) -> np.ndarray:
        """The members' MaxSim scores (embeddings/late.py), weighted as their cosines are."""
        return sum(weight * member.late_scores(question, texts, keep, asked)
                   for member, weight in zip(self.members, self.weights))

    def member_queries(self, queries: np.ndarray) -> list[np.ndarray]:
        """Each member's share of encoded queries, the other members' dimensions zeroed: its inner product with
        an ensemble vector is that member's weighted cosine alone."""
        out, start = [], 0
        for member in self.members:
            part = np.zeros_like(queries)
            end = start + member.dimension
            part[:, start:end] = queries[:, start:end]
            out.append(part)
            start = end
        return out
