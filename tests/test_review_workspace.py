"""The review workspace in a real browser: Debian's Chromium driven by Selenium through
Debian's chromedriver (never one Selenium Manager would download), against the server
running in a thread on a copy of the example plan."""

from __future__ import annotations

import http.client
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import yaml

from assistant.drafting.models import Plan
from assistant.review import actions
from assistant.review.serve import Workspace, workspace
from assistant.settings import Settings
from tests.test_review_page import CHROMIUM_FLAGS, chromium, png_pixels
from tests.test_review_serve import BREAKOUT, SCRIPT, hostile_folder

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver

CHROMEDRIVER = "/usr/bin/chromedriver"
# a real browser, the server and chromedriver on loopback
pytestmark = [
    pytest.mark.browser,
    pytest.mark.server,
    pytest.mark.enable_socket,
    pytest.mark.allow_hosts(["127.0.0.1", "::1"]),
]


def plan_of(folder: Path) -> Plan:
    return Plan.model_validate_json((folder / "plan.json").read_text("utf-8"))


def chromedriver() -> str:
    if Path(CHROMEDRIVER).exists():
        return CHROMEDRIVER
    if os.environ.get("RECTIFY_REQUIRE_BROWSER"):
        pytest.fail("chromedriver is not installed (make test installs Debian's chromium-driver)")
    pytest.skip("chromium-driver not installed; `make test` installs it")


@pytest.fixture
def served(example_folder: Path, draft_settings: Settings) -> Iterator[Workspace]:
    ws = workspace(draft_settings, example_folder)
    thread = threading.Thread(target=ws.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not ws.server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert ws.server.started
    yield ws
    ws.server.should_exit = True
    thread.join(timeout=30)
    assert not thread.is_alive()


@pytest.fixture
def browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[WebDriver]:
    pytest.importorskip("selenium")
    binary, driver_path = chromium(), chromedriver()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    monkeypatch.setenv("SE_OFFLINE", "true")  # Selenium Manager: never fetch anything
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in [*CHROMIUM_FLAGS, "--disable-dev-shm-usage", "--window-size=1400,1000",
                 "--force-device-scale-factor=1", f"--user-data-dir={tmp_path / 'profile'}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(120)
    try:
        yield driver
    finally:
        driver.quit()


def wait_for(driver: WebDriver, condition: Any, timeout: float = 90) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def loaded(driver: WebDriver, revision: int) -> None:
    """The page, reloaded after an action, shows this revision and its script ran."""
    wait_for(driver, lambda d: d.execute_script(
        "return document.body && document.body.dataset.ready === '1' "
        "&& document.body.dataset.revision") == str(revision))
    assert driver.execute_script("return document.body.dataset.error") is None


def in_item(driver: WebDriver, key: str, css: str) -> Any:
    """An element of one item, scrolled to the middle (clear of the sticky header)."""
    from selenium.webdriver.common.by import By

    element = driver.find_element(By.CSS_SELECTOR, f'section.item[data-key="{key}"] {css}')
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    return element


def status_without_token(ws: Workspace) -> int:
    host, port = ws.sock.getsockname()[:2]
    connection = http.client.HTTPConnection(host, port, timeout=30)
    connection.request("GET", "/")
    return connection.getresponse().status


def test_review_in_the_browser(
    served: Workspace, browser: WebDriver, example_folder: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select

    assert status_without_token(served) == 403
    keys = [i.key for i in plan_of(example_folder).items]
    browser.get(served.url)
    loaded(browser, 0)
    rows = browser.find_elements(By.CSS_SELECTOR, "#item-list li")
    assert [r.get_attribute("data-key") for r in rows] == keys

    browser.find_element(By.TAG_NAME, "body").send_keys("n")  # next open item: the first
    assert browser.execute_script("return document.body.dataset.current") == keys[0]

    in_item(browser, keys[0], 'button[data-act="accept"]').click()
    loaded(browser, 1)
    assert "已保存" in browser.find_element(By.ID, "notice").text

    in_item(browser, keys[1], 'button[data-open="reject"]').click()
    in_item(browser, keys[1], 'input[name="reason"]').send_keys("措施照搬先例，未结合本单位实际")
    in_item(browser, keys[1], 'form[data-act="reject"] button').click()
    loaded(browser, 2)

    visible = 'return [...document.querySelectorAll(arguments[0])].filter(e => !e.hidden).map(e => e.dataset.key)'
    Select(browser.find_element(By.ID, "filter-state")).select_by_value("rejected")
    assert browser.execute_script(visible, "section.item") == [keys[1]]
    assert browser.execute_script(visible, "#item-list li") == [keys[1]]
    Select(browser.find_element(By.ID, "filter-state")).select_by_value("")
    kind = Select(browser.find_element(By.ID, "filter-check"))
    kind.select_by_index(1)  # the first kind of finding
    check = kind.first_selected_option.get_attribute("value")
    flagged = [s.get_attribute("data-key") for s in browser.find_elements(By.CSS_SELECTOR, "section.item")
               if check in (s.get_attribute("data-checks") or "").split()]
    assert flagged and browser.execute_script(visible, "section.item") == flagged
    kind.select_by_index(0)

    in_item(browser, keys[2], 'button[data-open="edit"]').click()
    box = in_item(browser, keys[2], 'textarea[name="text"]')
    text = box.get_attribute("value")
    assert "整改措施：" in text and "\n一是" in text  # the labelled text of `review edit`
    box.send_keys(Keys.CONTROL, "a")
    browser.execute_script("arguments[0].value = arguments[1]", box,
                           text.replace("\n一是", "\n一是由局办公室牵头，", 1))
    in_item(browser, keys[2], 'form[data-act="edit"] button').click()
    loaded(browser, 3)

    plan = plan_of(example_folder)
    assert [i.review.state for i in plan.items[:3]] == ["accepted", "rejected", "open"]
    assert plan.items[1].review.reason == "措施照搬先例，未结合本单位实际"
    assert plan.items[2].measures[0].text.startswith("由局办公室牵头，")
    assert [(h.action, h.item) for h in plan.history] == [
        ("accept", keys[0]), ("reject", keys[1]), ("edit", keys[2])]
    assert plan.history[1].note == "措施照搬先例，未结合本单位实际"

    # the CLI changes the draft meanwhile: the page's next action is refused, nothing lost
    actions.accept(example_folder, [keys[3]])
    before = (example_folder / "plan.json").read_bytes()
    in_item(browser, keys[4], 'button[data-act="accept"]').click()
    loaded(browser, 4)
    assert "操作未执行" in browser.find_element(By.ID, "notice").text
    assert (example_folder / "plan.json").read_bytes() == before
    assert plan_of(example_folder).items[4].review.state == "open"

    # accept the rest, one click each, following "next open item" (the rejected one too)
    revision = 4
    for key in [k for k in keys if plan_of(example_folder).items[keys.index(k)].review.state != "accepted"]:
        in_item(browser, key, 'button[data-act="accept"]').click()
        revision += 1
        loaded(browser, revision)
    assert "台账已写入" in browser.find_element(By.ID, "notice").text
    ledger = yaml.safe_load((example_folder / "ledger.yaml").read_text("utf-8"))
    assert [i["key"] for i in ledger["items"]] == keys
    assert all(i.review.state == "accepted" for i in plan_of(example_folder).items)


def test_screenshot_of_the_served_page(
    example_folder: Path, draft_settings: Settings, browser: WebDriver, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    hostile_folder(example_folder)
    ws = workspace(draft_settings, example_folder)
    thread = threading.Thread(target=ws.run, daemon=True)
    thread.start()
    try:
        browser.get(ws.url)
        loaded(browser, 0)
        item_list = browser.find_element(By.ID, "item-list")
        assert item_list.is_displayed() and item_list.rect["x"] == 0
        assert len(item_list.find_elements(By.TAG_NAME, "li")) == len(plan_of(example_folder).items)
        heading = browser.find_element(By.CSS_SELECTOR, "section.item h2").text
        assert BREAKOUT in heading  # shown as text …
        assert SCRIPT in browser.find_element(By.CSS_SELECTOR, "section.item ol.measures").text
        assert not browser.find_elements(By.CSS_SELECTOR, "main img")  # … not as markup
        # a citation of the opening sections leads to its precedent
        marker = browser.find_element(By.CSS_SELECTOR, "section.whole a.cite")
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", marker)
        marker.click()
        target = browser.find_element(By.CSS_SELECTOR, "section.whole .source.target")
        assert target.get_attribute("data-n") == marker.get_attribute("data-n")
        browser.execute_script("window.scrollTo(0, 0)")
        shot = tmp_path / "workspace.png"
        assert browser.save_screenshot(str(shot))
    finally:
        ws.server.should_exit = True
        thread.join(timeout=30)
    width, height, pixels = png_pixels(shot)
    assert width == 1400 and height > 500
    left = [pixels[row * (width * 4 + 1) + 1 : row * (width * 4 + 1) + 1 + 280 * 4]
            for row in range(100, 400)]
    assert len(set(b"".join(left))) > 8  # the item list is drawn, not a blank page
