"""End to end in Debian's headless Chromium, driven by Playwright."""

from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.browser]
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = ROOT / "screenshots"


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(server + "/", wait_until="load")  # not networkidle: Gradio keeps a connection open
        yield page
        browser.close()


def ask(page, question: str):
    page.locator("#question textarea").fill(question)
    page.locator("#ask").click()


def test_child_detention_question_cites_op4b_and_opens_it(page):
    ask(page, "Can migrant children be detained?")
    choice = page.locator("#citations").get_by_text("[OP4(b)] A/RES/72/179, para. 4 (b)")
    choice.wait_for(timeout=60_000)
    assert "[OP4(b)]" in page.locator("#chat").inner_text()
    choice.click()
    panel = page.locator("#panel")
    panel.get_by_text("work towards ending the detention of migrant children").wait_for(timeout=15_000)
    assert "Chapeau (OP4)" in panel.inner_text()
    assert page.locator("#copy-citation textarea").input_value() == "A/RES/72/179, para. 4 (b)"
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / "op4b-citation.png"
    page.screenshot(path=str(path), full_page=True)
    assert Path(path).stat().st_size > 10_000


def test_document_view_highlights_the_cited_paragraph(page):
    page.get_by_role("tab", name="Document").click()
    cited = page.locator("#document mark.cited")
    cited.first.wait_for(timeout=15_000)
    assert "OP4(b)" in cited.first.inner_text()
    page.get_by_role("tab", name="Chat").click()


def test_empty_question_gets_a_message_not_a_trace(page):
    ask(page, "   ")
    page.locator("#chat").get_by_text("the question is empty").wait_for(timeout=15_000)
    assert "Traceback" not in page.content()


def test_compare_tab_shows_two_resolutions_side_by_side(page):
    page.get_by_role("tab", name="Compare").click()
    for box in ("#compare-a", "#compare-b"):
        page.locator(f"{box} input").click()
        page.get_by_role("option", name="A/RES/72/179", exact=False).first.click()
    page.locator("#compare").click()
    page.locator("#comparison").get_by_text("are the same text: all 92 paragraphs unchanged").wait_for(timeout=30_000)
    assert "unchanged" in page.locator("#comparison").inner_text()
    # each compared paragraph opens in the citation panel
    page.locator("#compare-paragraph input").fill("OP4(b)")
    page.get_by_role("option", name="A/RES/72/179#OP4(b) — unchanged").first.click()
    panel = page.locator("#compare-panel")
    panel.get_by_text("work towards ending the detention of migrant children").wait_for(timeout=15_000)
    assert "Chapeau (OP4)" in panel.inner_text()
    assert page.locator("#compare-copy textarea").input_value() == "A/RES/72/179, para. 4 (b)"
    page.get_by_role("tab", name="Chat").click()
