"""The bundled resolution and where the default index lives, as a fresh clone has them."""

import shutil

import pytest

from assistant.documents.files import BUNDLED, NotAResolution, load_resolution
from assistant.search.indexing import default_index_dir
from tests.conftest import ROOT, SEED


def test_the_bundled_resolution_is_the_seed_in_data():
    assert BUNDLED == SEED and BUNDLED.is_file()
    assert load_resolution(BUNDLED).symbol == "A/RES/72/179"


def test_the_default_index_sits_beside_the_project(monkeypatch):
    monkeypatch.delenv("ASSISTANT_INDEX", raising=False)
    assert default_index_dir() == ROOT / "index"
    monkeypatch.setenv("ASSISTANT_INDEX", "/somewhere/else")
    assert str(default_index_dir()) == "/somewhere/else"


@pytest.mark.parametrize("sidecar, message", [
    ('{"symbol": "A/RES/72/179",', "not valid JSON"),
    ('["A/RES/72/179"]', "expected an object of strings"),
    ('{"symbol": 72179}', "expected an object of strings"),
    (b"\xff\xfe{}", "not valid JSON"),
])
def test_a_malformed_sidecar_is_a_one_line_error_naming_it(tmp_path, sidecar, message):
    text = tmp_path / "resolution.txt"
    shutil.copy(SEED, text)
    meta = tmp_path / "resolution.meta.json"
    meta.write_bytes(sidecar if isinstance(sidecar, bytes) else sidecar.encode())
    with pytest.raises(NotAResolution) as raised:
        load_resolution(text)
    assert str(raised.value).startswith("resolution.meta.json: " + message) and "\n" not in str(raised.value)
