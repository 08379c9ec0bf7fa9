"""The chat page in real headless Chromium (Debian's package), against the real running servers."""

from __future__ import annotations

import re
import shutil
import uuid
from pathlib import Path

import pytest
import requests

from conftest import ROOT, client_headers

pytestmark = pytest.mark.e2e

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed: run `make browser`")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, servers):
    context = browser.new_context(
        viewport={"width": 1024, "height": 800},
        accept_downloads=True,
        extra_http_headers=client_headers(uuid.uuid4().hex),
    )
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=servers.base_url)
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(servers.chat_url)
    page.get_by_role("button", name="Plan a calm talk with my clinician").wait_for()
    yield page
    context.close()


def shot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def send(page, text):
    page.fill("#message", text)
    page.press("#message", "Enter")
    page.wait_for_selector("#typing", state="hidden")


def click(page, name):
    page.get_by_role("button", name=name, exact=True).last.click()
    page.wait_for_selector("#typing", state="hidden")


def card(page):
    return page.locator("section.card").last


def test_reset_conversation_click_through_to_its_card_with_copy_and_download(page):
    click(page, "Plan a calm talk with my clinician")
    click(page, "For my parent")
    click(page, "A specialist")
    send(page, "The scan was fine but nobody explained the next step")
    assert page.evaluate("document.activeElement.id") == "message"  # focus stays in the input
    send(page, "that we are missing something important")
    click(page, "A written plan")
    click(page, "That's all")
    click(page, "Patient-portal message")
    box = card(page)
    box.wait_for()
    assert '"The scan was fine but nobody explained the next step"' in box.inner_text()
    assert page.locator(".msg.bot", has_text="Your calm conversation script").count() == 0  # card, not twice
    box.get_by_role("button", name="Copy").click()
    assert page.evaluate("navigator.clipboard.readText()").startswith("Your calm conversation script")
    with page.expect_download() as download:
        box.get_by_role("button", name="Download (.txt)").click()
    text = Path(download.value.path()).read_text()
    assert "Portal message" in text and "[Your name]" in text
    shot(page, "reset-card")


def test_second_opinion_click_through_to_its_card(page):
    click(page, "Decide about a second opinion")
    click(page, "For me")
    # emergency, treatment within days, serious (yes), major, persistent, conflicting, rushed, SURE x4
    for answer in ["No", "No", "Yes", "No", "No", "No", "No", "Yes", "No", "Yes", "Yes"]:
        click(page, answer)
    assert "commonly recommended" in card(page).inner_text()
    shot(page, "second-opinion-card")


def test_ending_care_click_through_to_its_card(page):
    click(page, "Leave a clinician safely")
    click(page, "For my parent")
    click(page, "The clinician or practice")
    for answer in ["No", "Yes", "Not sure", "Yes", "No", "Yes"]:
        click(page, answer)
    text = card(page).inner_text()
    assert "notice period in writing" in text and "Don't stop ongoing treatment suddenly" in text
    assert "your parent's care" in text
    shot(page, "ending-care-card")


def test_a_crisis_phrase_shows_988_and_911(page):
    send(page, "I want to kill myself")
    last = page.locator(".msg.bot").last.inner_text()
    assert "988" in last and "911" in last


def test_html_is_shown_as_text_and_no_script_runs(page):
    attack = "<img src=x onerror=alert(1)>"
    send(page, attack)
    assert page.locator(".msg.user").last.inner_text() == attack
    assert page.locator("#log img").count() == 0
    assert page.dialogs == []


def test_history_is_in_session_storage_only_and_start_over_clears_it(page):
    send(page, "what do you keep about me?")
    assert page.evaluate("localStorage.length") == 0
    assert page.evaluate("document.cookie") == ""
    assert "what do you keep" in page.evaluate("sessionStorage.getItem('care-navigator-history')")
    page.reload()
    page.get_by_text("what do you keep about me?").wait_for()  # history survives a reload in the tab
    page.get_by_role("button", name="Start over").click()
    page.wait_for_selector("#typing", state="hidden")
    assert "what do you keep" not in (page.evaluate("sessionStorage.getItem('care-navigator-history')") or "")
    assert page.locator(".msg.user").count() == 0


def test_double_clicks_send_once(page):
    button = page.get_by_role("button", name="Decide about a second opinion").last
    button.dblclick()
    page.wait_for_selector("#typing", state="hidden")
    assert page.locator(".msg.user", has_text="Decide about a second opinion").count() == 1
    assert page.get_by_text("Is this decision about your own care").count() == 1  # the first question, once


@pytest.mark.parametrize("width, height, name", [(360, 740, "phone"), (640, 400, "zoom-200")])
def test_small_screens_and_200_percent_zoom_need_no_sideways_scrolling(browser, servers, width, height, name):
    context = browser.new_context(
        viewport={"width": width, "height": height}, extra_http_headers=client_headers(uuid.uuid4().hex)
    )
    page = context.new_page()
    page.goto(servers.chat_url)
    page.get_by_role("button", name="Plan a calm talk with my clinician").wait_for()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.locator("#message").is_visible() and page.locator("#send").is_visible()
    shot(page, name)
    context.close()


def test_accessibility_audit_has_no_serious_or_critical_violations(page):
    from axe_playwright_python.sync_playwright import Axe

    click(page, "Decide about a second opinion")
    violations = Axe().run(page).response["violations"]
    bad = [(v["id"], v["impact"]) for v in violations if v["impact"] in ("serious", "critical")]
    assert bad == []


def test_the_page_sends_a_strict_content_security_policy(servers):
    response = requests.get(servers.chat_url, timeout=10)
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "Set-Cookie" not in response.headers
    assert re.search(r"<script[^>]*>\s*[^<\s]", response.text) is None  # no inline script


def test_with_the_server_stopped_the_page_shows_the_offline_message_and_emergency_numbers(page, servers):
    click(page, "Plan a calm talk with my clinician")
    servers.rasa.stop()
    try:
        send(page, "For me")
        offline = page.locator("#offline")
        offline.wait_for()
        assert "911" in offline.inner_text() and "988" in offline.inner_text()
        box = offline.bounding_box()
        assert (
            0 <= box["y"] and box["y"] + box["height"] <= page.viewport_size["height"]
        )  # scrolled into view
        assert offline.get_by_role("button", name="Try again").is_visible()
        shot(page, "offline")
    finally:
        servers.rasa.start()
        servers.wait_ready()
    offline.get_by_role("button", name="Try again").click()
    page.wait_for_selector("#typing", state="hidden")
    assert page.locator("#offline").is_hidden()


@pytest.fixture
def clinic_site(servers, tmp_path):
    """A stand-in clinic website on another loopback origin, with the one-tag embed from the README."""
    import functools
    import http.server
    import threading

    (tmp_path / "index.html").write_text(
        "<!doctype html><html lang='en'><head><title>Clinic</title></head><body><h1>Riverside</h1>"
        f"<script src='{servers.chat_url}widget.js' defer></script></body></html>"
    )
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None
    site = http.server.ThreadingHTTPServer(("127.0.0.1", servers.embed_port), handler)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{servers.embed_port}/"
    site.shutdown()
    site.server_close()


def test_the_widget_embeds_the_chat_on_a_clinic_site_with_one_tag(browser, clinic_site):
    context = browser.new_context(
        viewport={"width": 1024, "height": 800}, extra_http_headers=client_headers(uuid.uuid4().hex)
    )
    page = context.new_page()
    page.goto(clinic_site)
    page.get_by_role("button", name="Chat with Care Navigator").click()
    launcher = page.locator(".care-navigator-launcher")
    assert launcher.get_attribute("aria-expanded") == "true" and launcher.inner_text() == "Close chat"
    chat = page.frame_locator("iframe[title='Care Navigator chat']")
    chat.get_by_role("button", name="Decide about a second opinion").click()
    chat.get_by_text("Is this decision about your own care").wait_for()
    shot(page, "widget-on-clinic-site")
    context.close()
