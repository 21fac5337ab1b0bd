"""Sentence encoders run by onnxruntime: the bundled models with no torch at query time.

A sentence-transformers model with mean pooling and unit length (both bundled models are) is its transformer,
exported once to ONNX (embeddings/export.py), plus pooling done here: the vectors match the torch ones to a
cosine of 0.9999999. The word pieces' vectors come out of the same run, so late interaction
(embeddings/late.py) costs a question no second pass through the model.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import numpy as np

from .late import Keep, Pieces, WordPieces


def threads() -> int:
    """onnxruntime's threads per run: $ASSISTANT_THREADS, else every core."""
    return int(os.environ.get("ASSISTANT_THREADS") or os.cpu_count() or 1)


BULK = 16  # runs from which the texts are spread over the cores (_forward_all)


class OnnxEmbedder:
    """An exported sentence-transformers model: `tokenizer.json` of its folder, `model.onnx` given."""

    def __init__(self, name: str, folder: Path, onnx_path: Path, batch_size: int = 32):
        self.name, self.folder, self.onnx_path, self.batch_size = name, Path(folder), Path(onnx_path), batch_size
        config = json.loads((self.folder / "sentence_bert_config.json").read_text(encoding="utf-8"))
        self.max_length = int(config.get("max_seq_length") or 256)
        self._dimension = int(json.loads((self.folder / "config.json").read_text(encoding="utf-8"))["hidden_size"])
        self._session = self._tokenizer = None
        self._loading = threading.Lock()
        self._pieces = WordPieces(self.word_pieces)
        self._bulk = None  # (single-threaded session, worker pool) for encoding many texts, made on first need

    @property
    def dimension(self) -> int:
        return self._dimension

    def load(self) -> "OnnxEmbedder":
        """Open the session and the tokenizer now (they open on first encoding otherwise)."""
        with self._loading:
            if self._session is None:
                # Imported lazily: only encoding needs it, and `assistant --help` should not wait.
                from tokenizers import Tokenizer

                tokenizer = Tokenizer.from_file(str(self.folder / "tokenizer.json"))
                tokenizer.enable_truncation(max_length=self.max_length)
                tokenizer.no_padding()  # tokenizer.json may pad to a fixed length; batches are padded here
                pad = tokenizer.token_to_id("[PAD]")
                self._pad = tokenizer.token_to_id("<pad>") if pad is None else pad
                self._session = self._new_session(threads())
                self._inputs = {i.name for i in self._session.get_inputs()}
                self._tokenizer = tokenizer
        return self

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray:
        """Unit vectors, one per text; batched by length, so little is padding."""
        vectors, _ = self._run(list(texts), progress, keep_tokens=False)
        return vectors

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        """encode(), keeping each text's word-piece vectors for late_scores (the same run makes both)."""
        vectors, pieces = self._run(list(texts), False, keep_tokens=True)
        self._pieces.remember(list(texts), pieces)
        return vectors

    def word_pieces(self, texts: list[str]) -> list[Pieces]:
        """Each text's word pieces: their unit vectors (one row each) and the pieces."""
        return self._run(list(texts), False, keep_tokens=True)[1]

    def late_scores(self, question: str, texts: list[str], keep: Keep, asked: Keep | None = None) -> np.ndarray:
        """MaxSim of the question against each text over the word pieces `keep` accepts (embeddings/late.py);
        a question encoded by encode_queries is not run through the model again."""
        return self._pieces.late_scores(question, texts, keep, asked)

    def _forward_all(self, encodings, batches):
        """(rows, token vectors, mask) of each batch, in order. Many texts run one a run (int8) are spread over
        the cores, one single-threaded run on each: a short text's run keeps two threads half idle (here 208 ->
        266 thirty-word windows a second, 26 -> 35 whole paragraphs; the same vectors)."""
        if self.batch_size > 1 or len(batches) < BULK or threads() < 2:
            return (self._forward(self._session, encodings, rows) for rows in batches)
        with self._loading:
            if self._bulk is None:
                from concurrent.futures import ThreadPoolExecutor

                self._bulk = self._new_session(1), ThreadPoolExecutor(threads(), thread_name_prefix="encode")
        session, pool = self._bulk
        # a few runs ahead at most: the token vectors of 2,048 long texts held at once would take most of a GB
        run = lambda rows: self._forward(session, encodings, rows)  # noqa: E731
        return (found for start in range(0, len(batches), BULK) for found in pool.map(run, batches[start:start + BULK]))

    def _new_session(self, intra_threads: int):
        import onnxruntime  # lazily, as the tokenizer in load()

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = intra_threads
        options.inter_op_num_threads = 1
        return onnxruntime.InferenceSession(str(self.onnx_path), options, providers=["CPUExecutionProvider"])

    def _forward(self, session, encodings, rows):
        width = max(len(encodings[i].ids) for i in rows)
        ids = np.array([_padded(encodings[i].ids, width, self._pad) for i in rows], dtype=np.int64)
        mask = np.array([_padded(encodings[i].attention_mask, width, 0) for i in rows], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        return rows, session.run(None, feed)[0], mask

    def _run(self, texts: list[str], progress: bool, keep_tokens: bool):
        """(vectors, per text (unit word-piece vectors, pieces) or None)."""
        self.load()
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        tokens: list = [None] * len(texts)
        if not texts:
            return vectors, tokens
        encodings = self._tokenizer.encode_batch(texts, add_special_tokens=True)
        order = np.argsort([len(e.ids) for e in encodings], kind="stable")
        batches = [order[start:start + self.batch_size] for start in range(0, len(order), self.batch_size)]
        bar = _bar(len(texts), progress)
        for rows, out, mask in self._forward_all(encodings, batches):
            weights = mask[..., None].astype(np.float32)
            pooled = (out * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            vectors[rows] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
            if keep_tokens:
                for j, i in enumerate(rows):
                    length = int(mask[j].sum())
                    matrix = out[j, :length]
                    tokens[i] = (matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12),
                                 encodings[i].tokens[:length])
            bar.update(len(rows))
        bar.close()
        return vectors, tokens


def _padded(values: list[int], width: int, pad: int) -> list[int]:
    """Padded here, batch by batch: texts are batched by length, so a batch pads to its own longest."""
    return values + [pad] * (width - len(values))


def _bar(total: int, shown: bool):
    if not shown:  # a question's encoding: even a disabled tqdm bar costs a tenth of a millisecond to make
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit="text", desc="encoding", mininterval=1.0)


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass
