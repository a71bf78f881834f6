"""The review workspace's server (in-process, no socket): the token, the actions through
`review.actions`, stale revisions refused, escaping; the adaptation diff; the written
page's commands and `review status` with problem titles."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
import yaml
from starlette.testclient import TestClient
from typer.testing import CliRunner

from assistant.cli import app
from assistant.drafting.models import Plan
from assistant.review.adaptation import adaptation_diff, declared_replacements
from assistant.review.page import review_page
from assistant.review.run import review_folder
from assistant.review.serve import make_app
from assistant.settings import Settings
from tests.test_review_page import elements

TOKEN = "t0ken-for-tests"
SCRIPT = '<script>alert("x")</script>'
BREAKOUT = '"><img src=x onerror=alert(1)>'
runner = CliRunner()


def plan_of(folder: Path) -> Plan:
    return Plan.model_validate_json((folder / "plan.json").read_text("utf-8"))


@pytest.fixture
def client(example_folder: Path, draft_settings: Settings) -> TestClient:
    return TestClient(make_app(draft_settings, example_folder, TOKEN))


def post(client: TestClient, act: str, **body: object) -> tuple[int, dict[str, object]]:
    response = client.post(f"/api/{act}?token={TOKEN}", json=body)
    return response.status_code, response.json()


def test_every_request_needs_the_token(client: TestClient, example_folder: Path) -> None:
    before = (example_folder / "plan.json").read_bytes()
    assert client.get("/").status_code == 403
    assert client.get("/?token=wrong").status_code == 403
    assert client.post("/api/accept", json={"key": "1.1", "revision": 0}).status_code == 403
    assert (example_folder / "plan.json").read_bytes() == before
    page = client.get(f"/?token={TOKEN}")
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    assert client.get("/", headers={"X-Rectify-Token": TOKEN}).status_code == 200


def test_actions_go_through_the_actions_module(client: TestClient, example_folder: Path) -> None:
    keys = [i.key for i in plan_of(example_folder).items]
    assert post(client, "accept", key=keys[0], revision=0) == (
        200, {"ok": True, "changed": True, "revision": 1, "ledger": None})
    status, body = post(client, "reject", key=keys[1], reason="措施太空泛", revision=1)
    assert status == 200 and body["revision"] == 2
    status, body = post(client, "reject", key=keys[2], reason="  ", revision=2)
    assert status == 400 and "reason" in str(body["error"])  # the CLI's own check
    plan = plan_of(example_folder)
    text = client.get(f"/?token={TOKEN}").text
    edit_box = re.search(r'<textarea name="text"[^>]*>(.*?)</textarea>', text, re.S)
    assert edit_box  # the labelled text of `review edit`, the first item's
    import html as html_lib

    edited = html_lib.unescape(edit_box.group(1)).replace("责任领导：", "责任领导：王副局长", 1)
    edited = re.sub(r"(整改措施：\n一是)", r"\1新增一句测试措施，", edited, count=1)
    status, body = post(client, "edit", key=keys[0], text=edited, revision=2)
    assert status == 200 and body["revision"] == 3, body
    plan = plan_of(example_folder)
    first = plan.items[0]
    assert first.leader.startswith("王副局长") and first.measures[0].text.startswith("新增一句测试措施")
    assert first.review.state == "open"  # an edit reopens the accepted item
    assert plan.items[1].review.state == "rejected" and plan.items[1].review.reason == "措施太空泛"
    assert [h.action for h in plan.history] == ["accept", "reject", "edit"]
    assert plan.revision == 3


def test_a_stale_revision_is_refused_and_nothing_is_lost(
    client: TestClient, example_folder: Path
) -> None:
    key = plan_of(example_folder).items[0].key
    assert post(client, "reject", key=key, reason="第一个窗口", revision=0)[0] == 200
    before = (example_folder / "plan.json").read_bytes()
    status, body = post(client, "accept", key=key, revision=0)  # a second tab, still on 0
    assert status == 409 and body["stale"] is True and "revision 1" in str(body["error"])
    assert (example_folder / "plan.json").read_bytes() == before
    assert plan_of(example_folder).items[0].review.reason == "第一个窗口"
    status, body = post(client, "accept", key=key)  # no revision at all
    assert status == 400 and "revision" in str(body["error"])


def test_accepting_every_item_writes_the_ledger(client: TestClient, example_folder: Path) -> None:
    keys = [i.key for i in plan_of(example_folder).items]
    body: dict[str, object] = {}
    for revision, key in enumerate(keys):
        status, body = post(client, "accept", key=key, revision=revision)
        assert status == 200
    ledger = example_folder / "ledger.yaml"
    assert body["ledger"] == str(ledger) and ledger.exists()
    assert [i["key"] for i in yaml.safe_load(ledger.read_text("utf-8"))["items"]] == keys


def test_cli_edit_refuses_a_draft_changed_while_the_editor_was_open(
    example_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, draft_settings: Settings
) -> None:
    """The editor runs for minutes; meanwhile the workspace accepts another item."""
    key = plan_of(example_folder).items[0].key
    other = plan_of(example_folder).items[1].key
    script = tmp_path / "editor.py"
    script.write_text(
        "import sys, pathlib\n"
        "from assistant.review import actions\n"
        f"actions.accept(pathlib.Path({str(example_folder)!r}), [{other!r}])\n"
        "p = pathlib.Path(sys.argv[1])\n"
        "p.write_text(p.read_text('utf-8').replace('责任领导：', '责任领导：李', 1), 'utf-8')\n",
        "utf-8",
    )
    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).resolve().parent.parent))
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    result = runner.invoke(app, ["review", "edit", key, "-d", str(example_folder)])
    assert result.exit_code == 1 and "has changed" in result.output
    plan = plan_of(example_folder)
    assert plan.items[1].review.state == "accepted" and not plan.items[0].leader.startswith("李")
    kept = example_folder / f".edit-{key}.txt"
    assert kept.exists() and "责任领导：李" in kept.read_text("utf-8")  # the edit is not lost


def hostile_folder(folder: Path) -> None:
    plan = plan_of(folder)
    plan.items[0].problem = BREAKOUT + plan.items[0].problem
    plan.items[0].measures[0].text = SCRIPT + plan.items[0].measures[0].text
    cited = plan.items[0].measures[0].citations[0]
    citation = next(c for c in plan.citations if c.n == cited)
    citation.clause = BREAKOUT + SCRIPT + citation.clause
    (folder / "plan.json").write_text(plan.model_dump_json(indent=2), "utf-8")


def test_hostile_text_is_shown_as_text_on_both_pages(
    client: TestClient, example_folder: Path, draft_settings: Settings
) -> None:
    hostile_folder(example_folder)
    served = client.get(f"/?token={TOKEN}").text
    written = review_page(review_folder(draft_settings, example_folder))
    for page in (served, written):
        assert SCRIPT not in page and BREAKOUT not in page
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
        assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in page
        parsed = elements(page)
        assert len(parsed.having("script")) == 1 and not parsed.having("img")


def test_the_diff_marks_insertions_deletions_and_name_replacements() -> None:
    clause = "在微信公众号“桑植政协”开设专栏，每月更新一次。"
    adapted = "在微信公众号“我局”开设专栏，每月更新两次[3]。"
    pieces = adaptation_diff(clause, adapted, names=[(7, 11)])
    changed = [(p.old, p.new, p.mapped) for p in pieces if p.kind != "equal"]
    assert changed == [("桑植政协", "我局", True), ("一", "两", False)]  # marker left out
    assert "".join(p.new for p in pieces) == "在微信公众号“我局”开设专栏，每月更新两次。"
    assert "".join(p.old for p in pieces) == clause
    # a replacement the draft records marks its span without the name guard
    listed = declared_replacements(type("C", (), {"replacements": [{"old": "桑植政协", "new": "我局"}]})())
    assert [p.mapped for p in adaptation_diff(clause, adapted, replacements=listed) if p.kind != "equal"] == [True, False]
    assert not any(p.mapped for p in adaptation_diff(clause, adapted))


def test_the_pages_show_the_diff_and_the_written_one_the_commands(
    example_folder: Path, draft_settings: Settings
) -> None:
    page = review_page(review_folder(draft_settings, example_folder))
    parsed = elements(page)
    # every measure drawn from a precedent shows its diff (one left open cites none)
    cited = sum(1 for i in plan_of(example_folder).items for m in i.measures if m.citations)
    assert cited and len(parsed.having("div", class_="diff")) >= cited
    assert f"rectify review accept 1.1 --draft {example_folder}" in page
    assert "rectify review redraft 1.1" in page and not parsed.having("button")
    assert len(parsed.having("li", data_state="open")) == len(plan_of(example_folder).items)


def test_status_shows_problem_titles(example_folder: Path, draft_settings: Settings) -> None:
    plan = plan_of(example_folder)
    result = runner.invoke(app, ["review", "status", "-d", str(example_folder), "--json"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.output)["items"]
    assert {k: v["problem"] for k, v in items.items()} == {i.key: i.problem for i in plan.items}
    wide = runner.invoke(app, ["review", "status", "-d", str(example_folder)], env={"COLUMNS": "300"})
    assert plan.items[0].problem[:12] in wide.output


def test_redraft_from_the_workspace_avoids_the_excluded_precedent(
    client: TestClient, example_folder: Path
) -> None:
    plan = plan_of(example_folder)
    target = plan.items[0]
    excluded = plan.citation(target.measures[0].citations[0])
    assert excluded is not None
    status, body = post(client, "redraft", key=target.key, hint="突出制度建设",
                        exclude=[excluded.precedent_id], revision=0)
    assert status == 200 and body["revision"] == 1, body
    new = plan_of(example_folder)
    cited = {c.precedent_id for m in new.items[0].measures
             for n in m.citations if (c := new.citation(n)) is not None}
    assert excluded.precedent_id not in cited and new.items[1:] == plan.items[1:]
    entry = new.history[-1]
    assert entry.action == "redraft" and "突出制度建设" in entry.note
    assert excluded.precedent_id in entry.note


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_cli_serves_on_loopback_with_a_token(
    example_folder: Path, draft_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.review.serve import Workspace

    ran: list[Workspace] = []
    opened: list[str] = []
    monkeypatch.setattr(Workspace, "run", lambda self: ran.append(self))
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    result = runner.invoke(app, ["review", str(example_folder), "--serve", "--open"])
    assert result.exit_code == 0, result.output
    [served] = ran
    host, port = served.sock.getsockname()[:2]
    assert host == "127.0.0.1" and port > 0 and len(served.token) >= 24
    assert opened == [served.url] and served.url in result.output and "stopped" in result.output
    result = runner.invoke(app, ["review", str(example_folder), "--serve", "--port", str(port)])
    assert result.exit_code == 1 and "cannot listen on" in result.output  # the port is still taken
    served.sock.close()
    result = runner.invoke(app, ["review", str(example_folder / "nope"), "--serve"])
    assert result.exit_code == 1 and not ran[1:]


def test_a_report_is_reviewed_in_the_workspace_too(
    example_folder: Path, draft_settings: Settings
) -> None:
    from assistant.drafting.models import Report
    from assistant.drafting.service import draft_report
    from tests.draft_helpers import fill_ledger

    keys = [i.key for i in plan_of(example_folder).items]
    ledger = fill_ledger(example_folder, ["已完成"] * len(keys))
    draft_report(draft_settings, ledger)
    client = TestClient(make_app(draft_settings, example_folder, TOKEN))
    page = client.get(f"/?token={TOKEN}").text
    parsed = elements(page)
    assert len(parsed.having("div", class_="actions")) == len(keys)
    assert not parsed.having("form", data_act="redraft")  # a report's items are not redrafted
    text = re.search(r'<textarea name="text"[^>]*>(.*?)</textarea>', page, re.S)
    assert text and "整改进展情况：" in text.group(1)
    status, body = post(client, "reject", key=keys[0], reason="进展写得太空", revision=0)
    assert status == 200, body
    report = Report.model_validate_json((example_folder / "report.json").read_text("utf-8"))
    assert report.items[0].review.reason == "进展写得太空" and report.revision == 1


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_ctrl_c_stops_the_server_cleanly(example_folder: Path, draft_settings: Settings) -> None:
    import http.client
    import os
    import signal
    import subprocess
    import time

    env = {**os.environ, "RECTIFY_HOME": str(draft_settings.home), "RECTIFY_INDEX__EMBEDDER": "fake",
           "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant", "review", str(example_folder), "--serve"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    try:
        assert process.stdout is not None
        deadline, url = time.monotonic() + 120, None
        while url is None and time.monotonic() < deadline:
            found = re.search(r"http://127\.0\.0\.1:(\d+)/\?token=\S+", process.stdout.readline())
            url = found
        assert url is not None
        connection = http.client.HTTPConnection("127.0.0.1", int(url.group(1)), timeout=60)
        connection.request("GET", url.group(0).split(url.group(1), 1)[1])
        assert connection.getresponse().status == 200
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0 and "已停止" in output and "Traceback" not in output
