"""The web page in a real browser (Playwright driving Debian's Chromium): search, open, cite, phone width.

Screenshots go to tests/artifacts/ (git-ignored). Without /usr/bin/chromium or playwright: skipped with
the reason, except in CI (``CI`` set), where that is a failure.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import CHROMIUM, has_chromium, require_tool
from loopback_app import serve
from test_web_fakes import FakeArchive, fake_opener, flood_story, hostile_story
from warta.web import create_app

ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).parent / "artifacts"
PHONE = {"width": 390, "height": 844}

require_tool(has_chromium(), f"{CHROMIUM} or the playwright package", module=True)
from playwright import sync_api  # noqa: E402  (after the check that it is there)


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """The app served by uvicorn on a free loopback port, in a thread."""
    archive = FakeArchive([flood_story(), hostile_story()])
    with serve(create_app("unused.db", opener=fake_opener(archive))) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    yield pg
    context.close()


def test_search_open_a_story_and_click_a_citation(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    page.screenshot(path=str(ARTIFACTS / "web-index.png"), full_page=True)
    page.fill("#q", "banjir")
    page.press("#q", "Enter")
    page.wait_for_url("**/?q=banjir")
    assert page.locator(".snippet mark").first.inner_text() == "banjir"
    page.screenshot(path=str(ARTIFACTS / "web-search.png"), full_page=True)

    page.click("a.story-link")
    page.wait_for_url("**/story/sflood")
    assert page.locator("h1").inner_text() == "Banjir bandang landa Lereng Sari"
    assert page.locator("#facts .badge-conflict").inner_text() == "disputed"
    assert page.locator("#matrix tbody tr").count() == 3
    page.screenshot(path=str(ARTIFACTS / "web-story.png"), full_page=True)

    page.locator("#summary a.cite").nth(2).click()  # the second sentence's citation: Warta Timur
    page.wait_for_url("**/story/sflood/article/a2?start=0&end=52#cited")
    mark = page.locator("mark#cited")
    assert mark.inner_text() == "Korban tewas banjir di Lereng Sari menjadi 14 orang."
    assert mark.is_visible()
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") != "rgba(0, 0, 0, 0)"
    page.screenshot(path=str(ARTIFACTS / "web-citation.png"), full_page=True)


def test_pages_fit_a_phone_screen(browser: Any, base_url: str) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
    page = context.new_page()
    for name, path in [("index", "/"), ("story", "/story/sflood"), ("article", "/story/sflood/article/a1")]:
        page.goto(base_url + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} is {overflow}px wider than a phone screen"
        assert page.locator("#q").is_visible()
        page.screenshot(path=str(ARTIFACTS / f"web-phone-{name}.png"), full_page=True)
    context.close()


OPERATIONS = ("/health", "/stories", "/stories/{story_id}", "/articles/{article_id}", "/search", "/articles")


@pytest.mark.parametrize(
    ("name", "viewport"), [("desktop", {"width": 1280, "height": 900}), ("phone", PHONE)]
)
def test_api_docs_render_every_operation_offline(
    browser: Any, base_url: str, name: str, viewport: Any
) -> None:
    context = browser.new_context(viewport=viewport)
    external: list[str] = []
    context.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url.startswith(base_url)
            else (external.append(route.request.url), route.abort())
        ),
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(f"{base_url}/docs")
        page.wait_for_selector(".opblock-summary-path")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"api-docs-{name}.png"), full_page=True)
        shown = page.locator(".opblock-summary-path").all_inner_texts()
        assert {p.replace("\u200b", "") for p in shown} >= set(OPERATIONS)
        assert page.locator("text=Unable to render this definition").count() == 0
        assert external == []
        page.locator(".opblock-summary-path", has_text="/search").first.click()
        page.wait_for_selector(".opblock.is-open .parameters")
        page.locator(".opblock.is-open .model-example .tablinks", has_text="Schema").first.click()
        page.screenshot(path=str(ARTIFACTS / f"api-docs-{name}-search.png"), full_page=True)
        assert page.locator(".opblock.is-open .parameter__name", has_text="q").count() == 1
    finally:
        context.close()


def test_hostile_article_runs_no_script(page: Any, base_url: str) -> None:
    dialogs: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    for path in ["/story/sevil", "/story/sevil/article/evil1?start=37&end=66", "/?q=gempa"]:
        page.goto(base_url + path)
        for link in page.locator("main a").all():
            link.hover()  # onmouseover payloads would fire here
        assert page.title() != "pwned"
        assert page.locator("img, svg, iframe").count() == 0
        if path == "/story/sevil":
            page.screenshot(path=str(ARTIFACTS / "web-hostile.png"), full_page=True)
    assert dialogs == []
