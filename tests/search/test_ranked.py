"""Rows best first, sorted only as far as read (search.ranked)."""

import numpy as np
import pytest

from assistant.search.ranked import best_first


@pytest.mark.parametrize("size, first, values", [
    (10, 256, None),  # fewer rows than sorted at first
    (1000, 16, None),
    (1000, 16, [0.5, 0.25, 0.0]),  # ties everywhere, the 16th among them
    (1000, 16, [1.0, -np.inf]),  # rows out of scope
    (300, 299, [0.1, 0.2]),
])
def test_best_first_reads_as_a_stable_sort(size, first, values):
    rng = np.random.default_rng(size + first)
    scores = (rng.choice(values, size) if values else rng.random(size)).astype(np.float32)
    assert list(best_first(scores, first)) == [int(i) for i in np.argsort(-scores, kind="stable")]
