"""POST /api/v1/documents: a resolution's text or PDF added to the served index (only with --allow-uploads).

The file is kept in `INDEX-uploads/` beside the index folder (the index is rebuilt from its files' paths, so an
upload must outlive the request), added with search.indexing.add_files (nothing already indexed is encoded again),
and the server then reads the new index. One upload at a time: the index's write lock refuses a second (409).
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

from fastapi import APIRouter, File, Form, UploadFile
from fastapi.concurrency import run_in_threadpool

from .api import ERROR, PREFIX, ApiError, ErrorBody

MAX_UPLOAD_BYTES = 10 << 20  # the largest GA resolution PDF of sessions 78-80 is under 2 MB
SUFFIXES = (".txt", ".pdf")


def uploads_folder(index: Path) -> Path:
    return index.parent / f"{index.name}-uploads"


def make_upload_router(assistant, allowed: bool) -> APIRouter:
    router = APIRouter(prefix=PREFIX, tags=["assistant"])

    @router.post("/documents", status_code=201, summary="Add a resolution (text or PDF) to the index",
                 responses={400: ERROR, 403: {"model": ErrorBody, "description": "uploads are off"},
                            409: {"model": ErrorBody, "description": "already indexed, or another upload is "
                                                                     "being indexed"},
                            413: {"model": ErrorBody, "description": f"larger than {MAX_UPLOAD_BYTES >> 20} MB"}})
    async def upload(file: UploadFile = File(description="a resolution, .txt or .pdf"),
                     symbol: str | None = Form(None, max_length=40, description="its symbol, when the text does "
                                                                                 "not say it (A/RES/80/218)")) -> dict:
        if not allowed:
            raise ApiError(403, "uploads are off; start the server with `assistant serve --allow-uploads`")
        data = await file.read(MAX_UPLOAD_BYTES + 1)
        if len(data) > MAX_UPLOAD_BYTES:
            raise ApiError(413, f"the file is larger than {MAX_UPLOAD_BYTES >> 20} MB")
        return await run_in_threadpool(add_upload, assistant, file.filename or "upload.txt", data, symbol)

    return router


def _safe_name(filename: str) -> str:
    """The upload's own name, stripped of folders and odd characters; its suffix must be .txt or .pdf."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(filename).name).strip("._") or "upload.txt"
    if not name.lower().endswith(SUFFIXES):
        raise ApiError(400, f"{filename}: not a .txt or .pdf file")
    return name


_ONE_AT_A_TIME = threading.Lock()


def add_upload(assistant, filename: str, data: bytes, symbol: str | None) -> dict:
    """Keep the file, add it to the served index and read the index again; ApiError (400, 409) when it cannot."""
    name = _safe_name(filename)
    if not _ONE_AT_A_TIME.acquire(blocking=False):
        raise ApiError(409, "another upload is being indexed; try again when it finishes")
    try:
        return _add(assistant, name, data, symbol)
    finally:
        _ONE_AT_A_TIME.release()


def _add(assistant, name: str, data: bytes, symbol: str | None) -> dict:
    import json

    from assistant.embeddings.store import IndexProblem

    from assistant.documents.parser import NotAResolution
    from assistant.search.indexing import add_files

    folder = uploads_folder(assistant.store.folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = _free_path(folder, name)
    path.write_bytes(data)
    if symbol:
        path.with_name(path.stem + ".meta.json").write_text(json.dumps({"symbol": symbol}), encoding="utf-8")
    before = {d["symbol"] for d in assistant.documents}
    try:
        result = add_files(assistant.store.folder, [path], assistant.embedder)
    except (NotAResolution, IndexProblem) as exc:
        _discard(path)
        busy = "being written by another build" in str(exc)
        raise ApiError(409 if busy else 400, str(exc).replace(str(folder) + "/", "")) from None
    assistant.reload()
    added = [d for d in assistant.documents if d["symbol"] not in before]
    if not added:
        _discard(path)
        raise ApiError(409, "; ".join(result.skipped) or "that resolution is already indexed")
    document = added[0]
    return {"symbol": document["symbol"], "title": document["title"], "date": document["date"],
            "clauses": document["clauses"], "documents": len(assistant.documents)}


def _free_path(folder: Path, name: str) -> Path:
    path, n = folder / name, 1
    while path.exists():
        path, n = folder / f"{Path(name).stem}-{n}{Path(name).suffix}", n + 1
    return path


def _discard(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.with_name(path.stem + ".meta.json").unlink(missing_ok=True)
