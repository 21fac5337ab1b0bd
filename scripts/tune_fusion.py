"""Choose the fusion method and weight on the dev split only (never the test split).

    python scripts/tune_fusion.py [eval/dev.jsonl]
"""

from __future__ import annotations

import sys

from assistant.eval.questions import load_questions
from assistant.eval.retrieval_eval import evaluate

from assistant import Assistant
from assistant.search.fusion import Fusion


def main(path: str = "eval/dev.jsonl") -> None:
    assistant = Assistant.open(build=True)
    questions = load_questions(path)
    docs = [d["symbol"] for d in assistant.documents]
    candidates = [Fusion("dense"), Fusion("bm25")]
    candidates += [Fusion("weighted", w, s, t) for w in (0.7, 0.8, 0.9) for s in (0.0, 0.5) for t in (1e-9, 5.0)]
    candidates += [Fusion("rrf", w, rrf_k=k) for w in (0.5, 0.7) for k in (10, 60)]
    print(f"{'fusion':28} {'hit@1':>6} {'hit@5':>6} {'rec@5':>6} {'mrr':>6} {'ndcg':>6}")
    for fusion in candidates:
        def ranker(q, k: int, f: Fusion = fusion) -> list[str]:
            return [p.key for p in assistant.retrieve(q.question, k, fusion=f, where=q.where())]
        r = evaluate(ranker, questions, docs)
        name = f"{fusion.method} w={fusion.dense_weight} seg={fusion.segment_weight} floor={fusion.keyword_floor:g}"
        print(f"{name:28} {r['hit@1']:6.3f} {r['hit@5']:6.3f} {r['recall@5']:6.3f} {r['mrr@10']:6.3f} {r['ndcg@10']:6.3f}")


if __name__ == "__main__":
    main(*sys.argv[1:])
