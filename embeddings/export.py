"""The bundled models exported to ONNX once, from the installed sentence-transformers folders, and checked.

The export needs torch and transformers; nothing else does. Exports live in the model cache
(`$ASSISTANT_CACHE`, else ~/.cache/un-resolution-assistant) under onnx/NAME/, each with a stamp holding its
SHA-256: an export that is missing, or whose bytes no longer match its stamp, is made again, with one line on
stderr saying why. The hash is read again only when the file's size or time changed.

    python -m assistant.embeddings.export        # export (and check) every bundled model now
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import warnings
from pathlib import Path

from .assembled import cache_dir
from .digest import sha256 as _sha256


class ExportError(RuntimeError):
    """A model could not be exported to ONNX."""


def exported(name: str, source: Path, quantized: bool = False) -> Path:
    """The ONNX file of the model `name` (folder `source`), exported (and, if asked, quantized to int8) when it is
    missing or corrupt."""
    folder = cache_dir() / "onnx" / _slug(name)
    path = folder / ("model.int8.onnx" if quantized else "model.onnx")
    problem = _problem(path)
    if problem is None:
        return path
    print(f"{'Exporting' if problem == 'missing' else 'Re-exporting'} {name} to ONNX ({problem}): {path}",
          file=sys.stderr)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if quantized:
            _quantize(exported(name, source), path)
        else:
            _export(source, path)
        _stamp(path)
    except OSError as exc:
        raise ExportError(f"cannot write the ONNX export of {name} in {folder} ({exc.strerror or exc}); "
                          "set ASSISTANT_CACHE to a writable folder") from None
    return path


def _problem(path: Path) -> str | None:
    """Why the file cannot be used as it is: "missing", "no stamp" or "changed since export"; None if it can."""
    try:
        if not path.is_file():
            return "missing"
    except OSError:  # a cache path under a file: said when the export tries to write there
        return "missing"
    stamp = path.with_name(path.name + ".json")
    try:
        known = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "no stamp"
    status = path.stat()
    if (known.get("size"), known.get("mtime_ns")) == (status.st_size, status.st_mtime_ns):
        return None  # checked when it was written or last changed; hashing 90 MB again would cost every start
    if _sha256(path) != known.get("sha256"):
        return "changed since export"
    _stamp(path)  # same bytes, new time (copied, touched): remember so
    return None


def _stamp(path: Path) -> None:
    status = path.stat()
    stamp = {"sha256": _sha256(path), "size": status.st_size, "mtime_ns": status.st_mtime_ns}
    _write_atomically(path.with_name(path.name + ".json"), json.dumps(stamp).encode())


def _export(source: Path, path: Path) -> None:
    # Imported lazily: torch and transformers take seconds to import, and only an export needs them.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from transformers import AutoModel
    from transformers.utils import logging as transformers_logging

    transformers_logging.set_verbosity_error()
    transformers_logging.disable_progress_bar()
    transformer = AutoModel.from_pretrained(str(source), local_files_only=True).eval()
    names = ["input_ids", "attention_mask"] + (["token_type_ids"] if transformer.config.model_type == "bert" else [])

    class Tokens(torch.nn.Module):
        """The transformer's last hidden state: the word pieces' vectors, pooled by the caller."""

        def __init__(self):
            super().__init__()
            self.transformer = transformer

        def forward(self, *inputs):
            return self.transformer(**dict(zip(names, inputs))).last_hidden_state

    example = tuple(torch.ones((2, 8), dtype=torch.long) for _ in names)
    axes = {n: {0: "batch", 1: "sequence"} for n in [*names, "token_embeddings"]}
    with tempfile.TemporaryDirectory(dir=path.parent) as work, torch.no_grad():
        draft = Path(work) / path.name
        try:
            warnings.filterwarnings("ignore")  # the tracer's notes on shapes it keeps: the check below is what counts
            torch.onnx.export(Tokens(), example, str(draft), input_names=names, output_names=["token_embeddings"],
                              dynamic_axes=axes, opset_version=17, dynamo=False)
        except Exception as exc:  # the exporter raises many kinds; any of them means no model
            raise ExportError(f"cannot export {source} to ONNX: {str(exc).splitlines()[0][:200]}") from None
        os.replace(draft, path)


def _quantize(source: Path, path: Path) -> None:
    """int8 weights for the matrix products, one scale per output channel (embeddings are kept in float:
    quantized per tensor, or with them, MiniLM's vectors moved to a cosine of 0.95 from the float ones)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    with tempfile.TemporaryDirectory(dir=path.parent) as work:
        draft = Path(work) / path.name
        quantize_dynamic(str(source), str(draft), weight_type=QuantType.QInt8, per_channel=True,
                         op_types_to_quantize=["MatMul"])
        os.replace(draft, path)


def _write_atomically(path: Path, data: bytes) -> None:
    with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, prefix=f".{path.name}.") as out:
        out.write(data)
    os.replace(out.name, path)



def _slug(name: str) -> str:
    return name.removeprefix("bundled:").replace("/", "_").replace(":", "_")


def main() -> int:
    from .models import BUNDLED, DEFAULT_MODEL, INT8, resolve_model

    for name in (*BUNDLED, DEFAULT_MODEL):
        model, folder = resolve_model(name.removesuffix(INT8))
        print(exported(model, folder, quantized=name.endswith(INT8)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
