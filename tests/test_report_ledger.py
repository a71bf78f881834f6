"""The progress report from the per-measure ledger (issue 20): counts and figures as the
ledger gives them, section 四, no invented facts over random ledgers, the old ledger form
migrated, successive reports and the status changes they allow, bad dates."""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from assistant.cli import app
from assistant.corpus.clauses import cn_numeral
from assistant.drafting.engines.extractive import ExtractiveEngine
from assistant.drafting.inputs.ledger import load_ledger
from assistant.drafting.models import Report
from assistant.drafting.render import report_markdown
from assistant.drafting.report import build_report
from assistant.drafting.service import PlanResult, draft_report
from assistant.errors import InputError
from assistant.review.actions import accept
from assistant.review.report_checks import check_completed_without_facts
from assistant.settings import Settings
from tests.draft_helpers import EXAMPLE

runner = CliRunner()


def blank_ledger(folder: Path) -> dict[str, Any]:
    """The ledger template accepting every item writes, as data."""
    path = folder / "ledger.yaml"
    if not path.exists():
        accept(folder, [], every=True)
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def write(folder: Path, data: dict[str, Any], name: str = "ledger.yaml") -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def fill(data: dict[str, Any], statuses: list[list[str]]) -> dict[str, Any]:
    """Each measure its status (by item, in order); facts and reasons worded from them."""
    data["report_date"] = "2026-11-20"
    for i, (item, row) in enumerate(zip(data["items"], statuses, strict=True)):
        for j, (measure, status) in enumerate(zip(item["measures"], row, strict=True)):
            measure["status"] = status
            measure["done"] = f"落实第{i}{j}项工作" if status != "未开始" else ""
            measure["done_on"] = "2026-08-01"
            if status != "已完成":
                measure["reason"] = f"原因甲{i}乙{j}"
                measure["new_deadline"] = "2026-12-31"
    return data


def mixed_statuses(data: dict[str, Any]) -> list[list[str]]:
    cycle = ["已完成", "正在推进", "未开始"]
    out = []
    for i, item in enumerate(data["items"]):
        n = len(item["measures"])
        if i % 3 == 0:
            out.append(["已完成"] * n)
        elif i % 3 == 1:
            out.append([cycle[(i + j) % 3] for j in range(n)])
        else:
            out.append(["未开始"] * n)
    return out


def test_counts_equal_the_ledger_for_problems_and_measures(
    draft_settings: Settings, example_folder: Path
) -> None:
    data = fill(blank_ledger(example_folder), mixed_statuses(blank_ledger(example_folder)))
    report = draft_report(draft_settings, write(example_folder, data)).report
    # counted here from the YAML, not by the code under test
    measures = [m["status"] for item in data["items"] for m in item["measures"]]
    problems = []
    for item in data["items"]:
        s = {m["status"] for m in item["measures"]}
        problems.append("已完成" if s == {"已完成"} else "未开始" if s == {"未开始"} else "正在推进")
    c = report.counts
    assert (c.problems, c.completed, c.in_progress, c.not_started) == (
        len(problems), problems.count("已完成"), problems.count("正在推进"), problems.count("未开始")
    )
    assert (c.measures, c.measures_completed, c.measures_in_progress, c.measures_not_started) == (
        len(measures), measures.count("已完成"), measures.count("正在推进"), measures.count("未开始")
    )
    text = report_markdown(report)
    assert f"制定的{len(measures)}条整改措施中，已完成{measures.count('已完成')}条" in text
    assert [i.status for i in report.items] == problems


def test_figures_printed_exactly_as_entered(draft_settings: Settings, example_folder: Path) -> None:
    data = fill(blank_ledger(example_folder), mixed_statuses(blank_ledger(example_folder)))
    data["figures"] = {"rules_made": "4", "rules_revised": "11", "talks": "38",
                       "held_accountable": "2", "funds_recovered": "12500.50"}
    text = report_markdown(draft_report(draft_settings, write(example_folder, data)).report)
    assert "通过整改，新制定制度4个，修订完善制度11个，谈话提醒38人次，问责2人次，退缴、挽回资金12500.50元。" in text
    assert "批评教育" not in text  # not given, not printed


def test_section_four_lists_exactly_the_unfinished_problems(
    draft_settings: Settings, example_folder: Path
) -> None:
    data = fill(blank_ledger(example_folder), mixed_statuses(blank_ledger(example_folder)))
    report = draft_report(draft_settings, write(example_folder, data)).report
    text = report_markdown(report)
    section = text.split("## 四、需要进一步整改的事项", 1)[1].split("欢迎广大干部群众", 1)[0]
    listed = re.findall(r"关于“(.+?)”的问题", section)
    unfinished = [
        item for item in data["items"] if any(m["status"] != "已完成" for m in item["measures"])
    ]
    assert listed == [item["problem"] for item in unfinished]
    for item in unfinished:
        for m in item["measures"]:
            if m["status"] != "已完成":
                assert m["reason"] in section
    assert "计划完成时限：2026年12月31日" in section
    finished = [i["problem"] for i in data["items"] if i not in unfinished]
    assert finished and not any(f"关于“{p}”" in section for p in finished)


# -- no invented facts, over random ledgers ------------------------------------------------
_TITLE_RE = re.compile(r"《([^》]+)》")
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")


_ISO_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_CN_DATE_RE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")  # 至5月10日: no year


def _numbers(text: str) -> set[str]:
    """Numbers apart from dates; dates are compared whole (``_dates``)."""
    text = _CN_DATE_RE.sub(" ", _ISO_RE.sub(" ", text))
    found = set(_NUMBER_RE.findall(text))
    return found | {n.lstrip("0") or "0" for n in found}


def _dates(text: str) -> set[tuple[int, int, int]]:
    """Dates as (year, month, day); a date written without its year has year 0."""
    found = _ISO_RE.findall(text) + _CN_DATE_RE.findall(text)
    return {(int(y or 0), int(m), int(d)) for y, m, d in found}


def _invented_dates(prose: str, user: str) -> set[tuple[int, int, int]]:
    known = _dates(user)
    month_days = {(m, d) for _, m, d in known}
    return {d for d in _dates(prose) if d not in known and not (d[0] == 0 and d[1:] in month_days)}


def random_ledger(data: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    def day() -> str:
        return (dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(700))).isoformat()

    def fact() -> str:
        return rng.choice([
            f"印发《{rng.choice('甲乙丙丁')}管理办法》",
            f"开展培训{rng.randrange(1, 400)}次",
            f"清退资金{rng.randrange(1, 99999)}.{rng.randrange(10, 99)}元",
            "召开专题会议研究部署",
            f"谈话提醒{rng.randrange(1, 60)}人次。建立台账{rng.randrange(1, 30)}本",
            "",
        ])

    data["report_date"] = day()
    data["stage"] = rng.choice(["阶段性进展", "集中整改进展", "整改完成情况"])
    data["overall"] = {
        "leading_group": rng.choice(["", "党组书记任组长"]),
        "meetings": [{"name": "党组会议", "count": str(rng.randrange(1, 9)), "dates": [day()]}]
        if rng.random() < 0.5 else [],
        "plan_issued": rng.choice([None, day()]),
        "supervision": fact(),
        "other": fact(),
    }
    data["figures"] = {k: str(rng.randrange(0, 500)) for k in ("rules_made", "talks") if rng.random() < 0.6}
    data["next_steps"] = fact()
    for item in data["items"]:
        item["facts"] = "。".join(fact() for _ in range(rng.choice([0, 1, 3, 112])))
        for m in item["measures"]:
            m["status"] = rng.choice(["未开始", "正在推进", "已完成"])
            m["done"] = fact()
            m["done_on"] = rng.choice([None, day()])
            m["evidence"] = rng.choice(["", f"青农发〔2026〕{rng.randrange(1, 99)}号"])
            m["reason"] = fact() if m["status"] != "已完成" else ""
            m["new_deadline"] = rng.choice([None, day()]) if m["status"] != "已完成" else None
    return data


_ITEM_FIELDS = ("problem", "status_reason", "facts", "next_steps")
_MEASURE_FIELDS = ("done", "done_on", "evidence", "reason", "new_deadline")


def item_words(entry: dict[str, Any]) -> str:
    """What the user wrote for one problem (not its key, nor measure numbers: bookkeeping)."""
    parts = [str(entry.get(k) or "") for k in _ITEM_FIELDS]
    parts += [str(m.get(k) or "") for m in entry["measures"] for k in _MEASURE_FIELDS]
    return "\n".join(parts)


def user_words(data: dict[str, Any]) -> str:
    """What the user wrote in the ledger, without the plan's hash and the items' keys."""
    top = {k: v for k, v in data.items() if k not in ("plan", "plan_sha256", "items")}
    return yaml.safe_dump(top, allow_unicode=True) + "".join(item_words(i) for i in data["items"])


def published_prose(report: Report) -> str:
    """The report as published, without what is not prose of ours: the computed counts, the
    references, placeholders, citation markers and item keys."""
    kind = report.feedback.inspection.kind
    text = report_markdown(report).split("## 引用的先例", 1)[0]
    text = "\n".join(
        line for line in text.splitlines()
        if not line.startswith(("<!--", f"{kind}反馈的"))
    )
    text = re.sub(r"^#### \S+ ", "", text, flags=re.M)
    text = re.sub(r"【[^】]*】", "", text)
    return re.sub(r"\[\d+\]", "", text)


def test_no_number_date_or_title_the_user_did_not_write(
    draft_settings: Settings, example_folder: Path, example_plan: PlanResult
) -> None:
    rng = random.Random(20)
    template = blank_ledger(example_folder)
    feedback_text = EXAMPLE.read_text(encoding="utf-8")
    for round_ in range(5):
        data = random_ledger(yaml.safe_load(yaml.safe_dump(template)), rng)
        path = write(example_folder, data)
        ledger, plan, _ = load_ledger(path)
        report = build_report(draft_settings, plan, ledger, ExtractiveEngine())
        user = user_words(data) + feedback_text
        prose = published_prose(report)
        invented = _numbers(prose) - _numbers(user)
        assert not invented, f"round {round_}: numbers the user did not write: {invented}: " + str(
            [prose[max(0, m.start() - 30) : m.end() + 10] for n in invented for m in re.finditer(n, prose)][:3]
        )
        dates = _invented_dates(prose, user)
        assert not dates, f"round {round_}: dates the user did not write: {dates}"
        titles = set(_TITLE_RE.findall(prose)) - set(_TITLE_RE.findall(user))
        assert not titles, f"round {round_}: titles the user did not write: {titles}"
        for item, entry in zip(report.items, data["items"], strict=True):  # and item by item
            own = item_words(entry)
            progress = re.sub(r"【[^】]*】", "", item.progress)
            assert _numbers(progress) <= _numbers(own), (round_, item.key, progress)
            assert not _invented_dates(progress, own), (round_, item.key, progress)


def test_the_check_sees_an_invented_number(draft_settings: Settings, example_folder: Path) -> None:
    """The property above can fail: a number slipped into the prose is caught."""
    data = fill(blank_ledger(example_folder), mixed_statuses(blank_ledger(example_folder)))
    ledger, plan, _ = load_ledger(write(example_folder, data))
    report = build_report(draft_settings, plan, ledger, ExtractiveEngine())
    report.items[0].progress += "共清退资金98765元。"
    user = user_words(data) + EXAMPLE.read_text("utf-8")
    assert _numbers(published_prose(report)) - _numbers(user) == {"98765"}


def test_a_hundred_and_more_sentences_are_numbered() -> None:
    assert [cn_numeral(n) for n in (100, 105, 110, 111, 120)] == [
        "一百", "一百零五", "一百一十", "一百一十一", "一百二十"
    ]
    assert not any("十十" in cn_numeral(n) for n in range(1, 1000))


# -- old ledgers, successive reports, bad dates --------------------------------------------
def test_an_old_per_problem_ledger_is_migrated(
    draft_settings: Settings, example_folder: Path
) -> None:
    new = blank_ledger(example_folder)
    statuses = ["已完成", "基本完成", "正在推进"]
    old = {
        "plan": new["plan"], "plan_sha256": new["plan_sha256"], "report_date": "2026-11-20",
        "overall": "成立巡察整改工作领导小组。",
        "next_steps": "",
        "items": [
            {"key": i["key"], "problem": i["problem"], "status": statuses[n % 3],
             "facts": f"做了第{n}件事。", "next_steps": ""}
            for n, i in enumerate(new["items"])
        ],
    }
    path = write(example_folder, old)
    ledger, plan, warnings = load_ledger(path)
    assert any("old per-problem ledger" in w and "rectify ledger upgrade" in w for w in warnings)
    assert ledger.overall.other == "成立巡察整改工作领导小组。"
    for n, (item, planned) in enumerate(zip(ledger.items, plan.items, strict=True)):
        assert len(item.measures) == len(planned.measures)
        assert item.effective_status == statuses[n % 3]
        assert item.facts == f"做了第{n}件事。"
    report = draft_report(draft_settings, path).report
    assert "做了第0件事。" in report.items[0].progress
    result = runner.invoke(app, ["ledger", "upgrade", str(path)])
    assert result.exit_code == 0, result.output
    upgraded, _, warnings = load_ledger(path)
    assert not any("旧版" in w for w in warnings)
    assert [i.effective_status for i in upgraded.items] == [i.effective_status for i in ledger.items]


def test_successive_reports_and_an_illegal_status_change(
    draft_settings: Settings, example_folder: Path
) -> None:
    data = fill(blank_ledger(example_folder), mixed_statuses(blank_ledger(example_folder)))
    first = draft_report(draft_settings, write(example_folder, data), example_folder / "first")
    assert "阶段性进展情况的通报" in first.report.title
    later = yaml.safe_load(yaml.safe_dump(data))
    later.update(stage="整改完成情况", previous_report="first", report_date="2027-01-10")
    later["items"][0]["measures"][1]["status"] = "正在推进"
    path = write(example_folder, later, "ledger-2.yaml")
    with pytest.raises(InputError) as caught:
        draft_report(draft_settings, path, example_folder / "second")
    key = later["items"][0]["key"]
    assert f"measure 2 of problem {key}" in caught.value.message and "已完成" in caught.value.message
    assert caught.value.line is not None and caught.value.line > 1
    assert not (example_folder / "second").exists()
    result = runner.invoke(app, ["report", str(path), "-o", str(example_folder / "second")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    later["items"][0]["measures"][1]["note"] = "复查发现制度执行有反弹"
    second = draft_report(draft_settings, write(example_folder, later, "ledger-2.yaml"),
                          example_folder / "second").report
    assert second.title.endswith("整改完成情况的通报")
    assert second.previous is not None and second.previous.title == first.report.title
    assert "2026年11月20日，中共青山县农业农村局党组公布了巡察整改阶段性进展情况。" in second.intro


def test_an_impossible_date_names_file_line_and_field(
    draft_settings: Settings, example_folder: Path
) -> None:
    data = blank_ledger(example_folder)
    path = write(example_folder, data)
    text = path.read_text(encoding="utf-8").replace("report_date: null", "report_date: 2026-02-30")
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index("report_date: 2026-02-30") + 1
    with pytest.raises(InputError) as caught:
        load_ledger(path, check_statuses=False)
    assert caught.value.line == line and "report_date" in caught.value.message
    assert "2026-02-30" in caught.value.message and "YYYY-MM-DD" in (caught.value.hint or "")
    result = runner.invoke(app, ["report", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{path}:{line}" in result.output.replace("\n", "")


def test_completed_without_facts_or_evidence_is_flagged(
    draft_settings: Settings, example_folder: Path
) -> None:
    data = fill(blank_ledger(example_folder), [["已完成"] * len(i["measures"]) for i in blank_ledger(example_folder)["items"]])
    data["items"][1]["measures"][0]["done"] = ""
    data["items"][2]["measures"][0]["done"] = ""
    data["items"][2]["measures"][0]["evidence"] = "青农发〔2026〕3号"  # evidence on file: fine
    report = draft_report(draft_settings, write(example_folder, data)).report
    findings = check_completed_without_facts(report)
    assert [(f.item, f.check) for f in findings] == [(data["items"][1]["key"], "completed_without_facts")]
    assert "measure 1 of problem" in findings[0].message and "evidence" in findings[0].message
    assert "【待补充" in report.items[1].progress
