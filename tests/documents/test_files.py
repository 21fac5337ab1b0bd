"""The bundled resolution and where the default index lives, as a fresh clone has them."""

from assistant.documents.files import BUNDLED, load_resolution
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
