"""Read resolution files (plain text or PDF) with their metadata, and the bundled default corpus."""

from __future__ import annotations

import json
from pathlib import Path

from .clause import Resolution
from .metadata import find_symbol, symbol_from_filename
from .parser import NotAResolution, parse_resolution

DATA_DIR = Path(__file__).resolve().parents[2] / "data"  # the project folder's data/
BUNDLED = DATA_DIR / "A_RES_72_179_protection_of_migrants.txt"
MAX_BYTES = 20_000_000


def read_text(path: Path) -> str:
    """The text of a .txt or .pdf file; raises NotAResolution with a one-line reason when unreadable."""
    if not path.is_file():
        raise NotAResolution(f"{path}: no such file")
    if path.stat().st_size > MAX_BYTES:
        raise NotAResolution(f"{path}: file is larger than {MAX_BYTES // 1_000_000} MB")
    if path.suffix.lower() == ".pdf":
        return _pdf_text(path)
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise NotAResolution(f"{path}: not UTF-8 text (give a .txt or .pdf file)") from None


def _pdf_text(path: Path) -> str:
    # Imported lazily: pypdf is only needed for PDF input.
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repair warnings would break the one-line error
    try:
        reader = PdfReader(str(path))
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, OSError) as exc:
        raise NotAResolution(f"{path}: unreadable PDF ({exc})") from None


def sidecar(path: Path) -> dict:
    """Metadata from FILE.meta.json beside the file, if there is one."""
    meta = path.with_name(path.stem + ".meta.json")
    if not meta.is_file():
        return {}
    try:
        found = json.loads(meta.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise NotAResolution(f"{meta.name}: not valid JSON ({exc})") from None
    if not isinstance(found, dict) or any(not isinstance(v, (str, type(None))) for v in found.values()):
        raise NotAResolution(f'{meta.name}: expected an object of strings such as {{"symbol": "A/RES/80/218"}}')
    return found


def load_resolution(path: str | Path, symbol: str | None = None) -> Resolution:
    """Parse one resolution file; a symbol given here or in the sidecar wins over the text's own."""
    path = Path(path)
    meta = sidecar(path)
    raw = read_text(path)
    symbol = symbol or meta.get("symbol") or find_symbol(raw) or symbol_from_filename(path.stem)
    try:
        return parse_resolution(raw, symbol=symbol, title=meta.get("title"), date=meta.get("date"))
    except NotAResolution as exc:
        raise NotAResolution(f"{path.name}: {exc}") from None
