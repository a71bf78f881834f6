"""The review page: escaped, self-contained, and loading cleanly in a real headless Chromium."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.drafting.models import Plan
from assistant.review.page import review_page, shared_spans
from assistant.review.run import review_folder
from assistant.settings import Settings

runner = CliRunner()
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


class Elements(HTMLParser):
    """Tags with their attributes, in order (enough to assert on a page's structure)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def having(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        """Tags with these attributes (class_ → class, http_equiv → http-equiv) holding
        the value among their words, or any value for "*"."""
        wanted = {name.rstrip("_").replace("_", "-"): value for name, value in attrs.items()}
        return [
            a for t, a in self.tags
            if t == tag and all(
                name in a and (value == "*" or value in (a[name] or "").split())
                for name, value in wanted.items()
            )
        ]


def elements(page: str) -> Elements:
    parser = Elements()
    parser.feed(page)
    return parser


def test_page_is_escaped_and_self_contained(example_folder: Path, draft_settings: Settings) -> None:
    plan = Plan.model_validate_json((example_folder / "plan.json").read_text("utf-8"))
    plan.items[0].goal = HOSTILE
    plan.citations[0].clause = HOSTILE + plan.citations[0].clause
    (example_folder / "plan.json").write_text(plan.model_dump_json(indent=2), "utf-8")
    page = review_page(review_folder(draft_settings, example_folder))
    assert HOSTILE not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    parsed = elements(page)
    assert len(parsed.having("script")) == 1 and len(parsed.having("img")) == 0  # only ours
    assert not re.search(r'(src|href)="(https?:)?//', page)  # nothing fetched from anywhere
    csp = parsed.having("meta", http_equiv="*")
    assert csp and "default-src 'none'" in (csp[0]["content"] or "")


def test_page_shows_items_findings_and_sources(example_folder: Path, draft_settings: Settings) -> None:
    result = review_folder(draft_settings, example_folder)
    parsed = elements(review_page(result))
    sections = parsed.having("section", class_="item")
    assert [s["data-key"] for s in sections] == [i.key for i in result.draft.items]
    with_errors = {f.item for f in result.findings if f.severity == "error" and f.item}
    assert {s["data-key"] for s in sections if s["data-worst"] == "error"} == with_errors
    assert len(parsed.having("li", class_="finding")) == len(result.findings)
    assert parsed.having("mark", class_="placeholder")  # the 【待补充】 left in measures
    assert parsed.having("mark", class_="shared")  # clause words the measure kept
    cited = {n for i in result.draft.items for m in i.measures for n in m.citations}  # type: ignore[union-attr]
    assert isinstance(result.draft, Plan)
    fm = result.draft.front_matter
    opening = {int(n) for n in re.findall(r"\[(\d+)\]", fm.guiding + fm.organisation + fm.requirements)}
    assert opening  # the example's 组织领导 / 工作要求 cite precedents …
    sources = {int(a["data-n"] or 0) for a in parsed.having("div", class_="source")}
    assert sources == cited | opening  # … and every citation, theirs too, has its source
    whole = parsed.having("section", class_="whole")
    assert whole and "cited" in (whole[0]["class"] or "")


def test_shared_spans_mark_runs_the_draft_kept() -> None:
    clause = "中共某某局党组修订《学习制度》，每月集中学习一次。"
    draft = "修订《【待补充：文件名称】》，每月集中学习一次[3]。"
    marked = [clause[s.start : s.end] for s in shared_spans(clause, draft)]
    assert marked == ["修订", "学习", "每月集中学习一次"]  # 学习 of 《学习制度》 too
    assert shared_spans("完全不同的句子", draft) == []


def test_cli_writes_the_page_and_opens_it(
    example_folder: Path, draft_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    result = runner.invoke(app, ["review", str(example_folder), "--open", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    page = example_folder / "review.html"
    assert page.exists() and opened == [page.resolve().as_uri()]
    elsewhere = example_folder / "out" / "r.html"
    result = runner.invoke(app, ["review", str(example_folder), "--html-out", str(elsewhere)])
    assert result.exit_code == 1 and "does not exist" in result.output and not elsewhere.exists()


# -- in a real browser ----------------------------------------------------------------------
def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("RECTIFY_REQUIRE_BROWSER"):
        pytest.fail("chromium is not installed (make test installs Debian's chromium)")
    pytest.skip("chromium not installed; `make test` installs it")


def png_pixels(path: Path) -> tuple[int, int, bytes]:
    """Width, height and the decompressed scanlines of a PNG (no imaging library needed)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, width, height, idat = 8, 0, 0, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunk = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", chunk[:8])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    return width, height, zlib.decompress(idat)


@pytest.mark.browser
def test_page_in_headless_chromium(example_folder: Path, draft_settings: Settings, tmp_path: Path) -> None:
    binary = chromium()
    assert runner.invoke(app, ["review", str(example_folder), "--html", "--fail-on", "never"]).exit_code == 0
    url = (example_folder / "review.html").resolve().as_uri()
    common = [binary, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run(
        [*common, "--dump-dom", url], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    parsed = elements(dom)
    body = parsed.having("body")[0]
    assert body.get("data-ready") == "1" and "data-error" not in body  # the script ran, no error
    draft = review_folder(draft_settings, example_folder).draft
    assert len(parsed.having("section", class_="item")) == len(draft.items)
    assert parsed.having("mark", class_="shared") and parsed.having("a", class_="cite")
    shot = tmp_path / "page.png"
    subprocess.run(
        [*common, "--window-size=1280,1600", f"--screenshot={shot}", url],
        capture_output=True, timeout=120, check=True,
    )
    width, height, pixels = png_pixels(shot)
    assert (width, height) == (1280, 1600)
    assert len(set(pixels[: len(pixels) // 4])) > 8  # drawn, not a blank page
