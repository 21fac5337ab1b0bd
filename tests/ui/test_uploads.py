"""Adding a resolution to a running server: POST /api/v1/documents with --allow-uploads, over real HTTP."""

import shutil

import httpx
import pytest

from tests.conftest import CORPUS, SEED
from tests.ui.conftest import start_server

pytestmark = pytest.mark.slow
RENEWAL = CORPUS / "curated" / "A_RES_74_148.txt"


@pytest.fixture(scope="module")
def uploading(index_dir, tmp_path_factory):
    folder = tmp_path_factory.mktemp("uploads") / "index"
    shutil.copytree(index_dir, folder)
    process, url = start_server(folder, args=("--allow-uploads",))
    yield url, folder
    process.terminate()
    process.wait(timeout=30)


def test_an_uploaded_resolution_is_indexed_and_searched_at_once(uploading):
    url, folder = uploading
    with RENEWAL.open("rb") as text:
        response = httpx.post(f"{url}/api/v1/documents", files={"file": (RENEWAL.name, text, "text/plain")},
                              timeout=300)
    assert response.status_code == 201, response.text
    added = response.json()
    assert added["symbol"] == "A/RES/74/148" and added["clauses"] > 50 and added["documents"] == 2
    found = httpx.post(f"{url}/api/v1/retrieve", json={"question": "migrant children detention", "k": 3,
                                                       "filters": {"symbols": ["A/RES/74/148"]}}).json()
    assert {p["doc"] for p in found["passages"]} == {"A/RES/74/148"}
    listed = httpx.get(f"{url}/api/v1/documents", params={"q": "74/148"}).json()
    assert listed["total"] == 1
    assert (folder.parent / "index-uploads" / RENEWAL.name).is_file()


@pytest.mark.parametrize("name, content, status, message", [
    ("A_RES_72_179.txt", SEED.read_bytes(), 409, "already indexed"),
    ("notes.txt", b"Shopping list: eggs, milk, bread.", 400, "no document symbol found in the text"),
    ("report.docx", b"PK\x03\x04", 400, "not a .txt or .pdf file"),
    ("big.txt", b"x" * (10 * 2**20 + 1), 413, "larger than 10 MB"),
])
def test_a_file_that_cannot_be_added_is_a_4xx_naming_the_problem(uploading, name, content, status, message):
    url, folder = uploading
    before = sorted(p.name for p in folder.iterdir())
    response = httpx.post(f"{url}/api/v1/documents", files={"file": (name, content)}, timeout=300)
    assert response.status_code == status and message in response.json()["error"], response.text
    assert str(folder) not in response.json()["error"]
    assert sorted(p.name for p in folder.iterdir()) == before


def test_uploads_are_off_unless_the_server_allows_them(server):
    response = httpx.post(f"{server}/api/v1/documents", files={"file": (RENEWAL.name, RENEWAL.read_bytes())})
    assert response.status_code == 403 and "--allow-uploads" in response.json()["error"]


@pytest.mark.browser
def test_a_resolution_uploaded_in_the_chat_is_offered_in_the_picker(uploading):
    from playwright.sync_api import sync_playwright

    from tests.ui.test_browser import FLAGS

    url, _ = uploading
    other = CORPUS / "curated" / "A_RES_76_172.txt"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url + "/", wait_until="load")
        page.locator("#upload input[type=file]").set_input_files(str(other))
        page.locator("#upload-status").get_by_text("Added A/RES/76/172").wait_for(timeout=120_000)
        page.locator("#scope input").click()
        page.get_by_role("option", name="A/RES/76/172", exact=False).first.wait_for(timeout=15_000)
        browser.close()
