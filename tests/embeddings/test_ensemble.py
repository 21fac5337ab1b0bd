"""Two encoders as one: inner products are the weighted mean of the members' cosines."""

import numpy as np
import pytest
from assistant.embeddings.encoder import PAIR, open_embedder
from assistant.embeddings.ensemble import EnsembleEmbedder


class Fixed:
    """A pure stand-in encoder: each text's vector from a table, normalised."""

    def __init__(self, table):
        self.table = {k: np.asarray(v, dtype=np.float32) / np.linalg.norm(v) for k, v in table.items()}
        self.dimension = len(next(iter(self.table.values())))

    def encode(self, texts, progress=False):
        return np.stack([self.table[t] for t in texts])


@pytest.mark.parametrize("weights", [(0.5, 0.5), (0.2, 0.8), (1.0, 0.0)])
def test_inner_product_is_the_weighted_mean_of_cosines(weights):
    a = Fixed({"q": [1, 0], "c": [1, 1]})
    b = Fixed({"q": [1, 2, 0], "c": [0, 1, 3]})
    ensemble = EnsembleEmbedder("pair", [a, b], list(weights))
    q, c = ensemble.encode(["q", "c"])
    cos_a = float(a.encode(["q"])[0] @ a.encode(["c"])[0])
    cos_b = float(b.encode(["q"])[0] @ b.encode(["c"])[0])
    assert float(q @ c) == pytest.approx(weights[0] * cos_a + weights[1] * cos_b, abs=1e-6)
    assert np.linalg.norm(q) == pytest.approx(1.0, abs=1e-6)
    assert ensemble.dimension == 5 and q.dtype == np.float32


def test_member_queries_score_each_model_alone():
    a = Fixed({"q": [1, 0], "w1": [1, 0], "w2": [0, 1]})
    b = Fixed({"q": [0, 1, 0], "w1": [0, 0, 1], "w2": [0, 1, 0]})
    ensemble = EnsembleEmbedder("pair", [a, b], [0.5, 0.5])
    windows = ensemble.encode(["w1", "w2"])
    share_a, share_b = ensemble.member_queries(ensemble.encode(["q"]))
    # Model a prefers window 1, model b window 2; the pair of best windows scores 0.5 * 1 + 0.5 * 1.
    assert (share_a @ windows.T).round(6).tolist() == [[0.5, 0.0]]
    assert (share_b @ windows.T).round(6).tolist() == [[0.0, 0.5]]
    assert float((share_a @ windows.T).max() + (share_b @ windows.T).max()) == pytest.approx(1.0)


def test_progress_names_each_model(capsys):
    a, b = Fixed({"q": [1, 0]}), Fixed({"q": [0, 1]})
    a.name, b.name = "first-model", "second-model"
    EnsembleEmbedder("pair", [a, b], [0.5, 0.5]).encode(["q"], progress=True)
    assert capsys.readouterr().err.splitlines() == ["first-model:", "second-model:"]
    EnsembleEmbedder("pair", [a, b], [0.5, 0.5]).encode(["q"])
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("weights", [(0.5,), (0.5, 0.6)])
def test_weights_must_match_members_and_sum_to_one(weights):
    with pytest.raises(ValueError, match="one weight per member"):
        EnsembleEmbedder("pair", [Fixed({"q": [1]}), Fixed({"q": [1]})], list(weights))


@pytest.mark.slow
def test_the_real_pair_ranks_a_paraphrase_like_its_members():
    """The real pair: 1152 dimensions, unit vectors, and a paraphrase closer than an unrelated sentence."""
    vectors = open_embedder(PAIR).encode(["Can a country lock up migrant children?",
                               "avoid the detention of children on the basis of their migration status",
                               "the budget of the Organization for the biennium"])
    assert vectors.shape == (3, 384 + 768)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2
