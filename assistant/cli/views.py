"""Terminal rendering of core results (tables, trees); no logic beyond presentation.

The core's types are imported for type checking only: rendering needs none of its code
loaded before a command runs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from assistant.i18n import N_, _, ngettext
from assistant.review.labels import DRAFT_CHECK_LABELS, SEVERITY_LABELS, STATE_LABELS, label

if TYPE_CHECKING:
    from assistant.corpus.add_report import AddReport, NoticeOutcome
    from assistant.corpus.catalog import NoticeRow
    from assistant.corpus.models import Notice
    from assistant.drafting.models import Finding, Plan, Report
    from assistant.evaluation.drafting import DraftingEval
    from assistant.review.actions import Status
    from assistant.units import Lexicon, UnitProfile

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def add_report_json(report: AddReport) -> dict[str, Any]:
    from assistant.corpus.add_report import OUTCOMES

    return {
        "dry_run": report.dry_run,
        **{outcome: report.count(outcome) for outcome in OUTCOMES},
        "rejected": len(report.rejected),
        "recovered": report.recovered,
        "sources": [asdict(source) for source in report.sources],
    }


def _short(notice_id: str | None) -> str:
    return (notice_id or "")[:8]  # enough for `corpus show` (any unique prefix of 4+)


# What a notice's add outcome is called on screen (the JSON keeps the English keys).
OUTCOME_LABELS = {
    "added": N_("新增"),
    "updated": N_("更新"),
    "duplicate": N_("重复"),
    "older": N_("旧版本"),
    "unchanged": N_("未变"),
}
_label = label


def print_next(step: str) -> None:
    """The line every command ends with where there is a next step."""
    console.print(_("下一步：{step}").format(step=escape(step)))


@contextmanager
def working(description: str) -> Iterator[None]:
    """A spinner on stderr while slow work runs, only when stderr is a terminal."""
    if not err_console.is_terminal:
        yield
        return
    with err_console.status(escape(description)):
        yield


def _detail(n: NoticeOutcome) -> str:
    if n.outcome == "updated":
        return _("{notice} 的新版本（相似度 {similarity:.2f}），替换之").format(
            notice=_short(n.replaces), similarity=n.similarity)
    if n.outcome == "duplicate" and n.match == "exact":
        return _("与 {notice} 文字相同").format(notice=_short(n.of))
    if n.outcome == "duplicate":
        return _("与 {notice} 近似重复（相似度 {similarity:.2f}）").format(
            notice=_short(n.of), similarity=n.similarity)
    if n.outcome == "older":
        return _("{notice} 的旧版本，记为其来源").format(notice=_short(n.of))
    if n.outcome == "unchanged":
        return _("已有记录")
    return ""


def print_add_report(report: AddReport) -> None:
    """One row per notice (a file may hold several) and one per rejected source; the
    rejection reasons in full (with their hints) on stderr."""
    from assistant.corpus.add_report import OUTCOMES

    table = Table(title=_("添加通报（试运行）") if report.dry_run else _("添加通报"))
    table.add_column(_("来源"), overflow="fold")
    table.add_column(_("结果"), no_wrap=True)
    table.add_column(_("通报"), no_wrap=True)
    table.add_column(_("单位"))
    table.add_column(_("问题数"), justify="right")
    table.add_column(_("说明"), overflow="fold")
    rejected = _("拒收")
    for source in report.sources:
        if source.status == "rejected":
            reason = (source.reason or "").split("\n")[0].removeprefix(f"{source.source}: ")
            table.add_row(Text(source.source), Text(rejected, style="red"), "", "", "", Text(reason))
            continue
        for n in source.notices:
            table.add_row(Text(source.source), _label(OUTCOME_LABELS, n.outcome), _short(n.id),
                          Text(n.unit), str(n.items), Text(_detail(n)))
    if report.recovered:
        err_console.print(_("[yellow]先完成了一次中断的写入[/]：{what}").format(
            what=escape(str(report.recovered))))
    if table.rows:
        console.print(table)
    for source in report.sources:
        for part in source.skipped_parts:
            err_console.print(_("[yellow]跳过的部分[/]：{part}").format(part=escape(part)))
    for source in report.rejected:
        err_console.print(_("[red]拒收[/]：{reason}").format(reason=escape(source.reason or "")))
    counts = _("、").join(
        _("{label} {count}").format(label=_label(OUTCOME_LABELS, o), count=report.count(o))
        for o in OUTCOMES
    )
    line = _("{counts}、拒收 {rejected}").format(counts=counts, rejected=len(report.rejected))
    if report.dry_run:
        line += _("（试运行：未写入任何内容）")
    console.print(line, markup=False)


def print_notice_rows(rows: list[NoticeRow]) -> None:
    table = Table(_("日期"), _("单位"), _("类别"), _("层级"), _("行业"), _("问题数"))
    table.add_column(_("编号"), no_wrap=True)
    for row in rows:
        table.add_row(
            Text(row.publication_date or ""),
            Text(row.unit or ""),
            Text(row.kind or ""),
            Text(row.level or ""),
            Text(row.sector or ""),
            str(row.item_count),
            Text(row.id),
        )
    console.print(table)
    console.print(ngettext("共 {n} 份通报", "共 {n} 份通报", len(rows)).format(n=len(rows)))


def _known(key: str) -> str:
    """A counted value as shown: the catalog's "unknown" reads 不明."""
    return _("不明") if key == "unknown" else key


def print_stats(stats: dict[str, Any], lexicon: Lexicon) -> None:
    console.print(_("通报：{notices}   问题：{items}").format(
        notices=stats["notices"], items=stats["items"]))
    names = {"by_kind": _("类别"), "by_level": _("层级"), "by_sector": _("行业"),
             "by_year": _("年份")}
    for key, name in names.items():
        values = _("、").join(f"{_known(k)} {v}" for k, v in stats[key].items())
        console.print(Text(name + _("：") + values))
    console.print(_("进一步整改事项（未完成，不作措施先例）：{n}").format(n=stats.get("further", 0)))
    from assistant.units import LEVEL_LABELS

    shown: dict[str, Callable[[str], str]] = {  # the profile's keys in words (unknown: 不明)
        "unit_kinds": lambda k: lexicon.kinds[k].label if k in lexicon.kinds else _("不明"),
        "unit_levels": lambda k: LEVEL_LABELS.get(k, _("不明")),
        "unit_sectors": _known,
    }
    for key, name in (("unit_kinds", _("单位类型")), ("unit_levels", _("单位层级")), ("unit_sectors", _("单位领域"))):
        values = _("、").join(f"{shown[key](k)} {v}" for k, v in stats.get(key, {}).items())
        console.print(Text(name + _("：") + (values or _("无"))))


def _profile_lines(profile: UnitProfile | None) -> list[tuple[str, object]]:
    if profile is None:
        return [("单位画像", "无（通报未写明单位）")]
    return [
        ("单位画像", f"{profile.kind_label}（{profile.kind}）· {profile.organ} · 层级 {profile.level or '不明'}"),
        ("上级党委", profile.superior),
        ("正副职", f"{profile.head} / {profile.deputy}"),
        ("内设机构", "、".join(profile.subunits)),
        ("单位领域", profile.sector),
        ("所在省份", profile.province),
    ]


def print_notice(notice: Notice, profile: UnitProfile | None = None) -> None:
    meta = [
        (_("编号"), notice.id),
        (_("标题"), notice.title),
        (_("单位"), notice.unit),
        (_("类别 / 层级"), f"{notice.kind} / {notice.level}"),
        (_("巡视巡察机构"), notice.inspecting_body),
        (_("轮次"), notice.round),
        (_("巡视巡察时间"), f"{notice.inspection_start} – {notice.inspection_end}"),
        (_("反馈日期"), notice.feedback_date),
        (_("公开日期"), notice.publication_date),
        (_("行业"), notice.sector),
        (_("概述"), notice.summary.text if notice.summary else None),
        (_("来源"), f"{notice.source.file}:{notice.source.start_line}-{notice.source.end_line}"),
        *_profile_lines(profile),
    ]
    for name, value in meta:
        if value:
            console.print(Text.assemble((name, "bold"), _("："), str(value)))
    tree = Tree(ngettext("{n} 项问题", "{n} 项问题", len(notice.items)).format(n=len(notice.items)))
    branches: dict[tuple[str, ...], Tree] = {}
    for item in notice.items:
        parent = tree
        for depth in range(len(item.path)):
            key = tuple(item.path[: depth + 1])
            if key not in branches:
                branches[key] = parent.add(Text(item.path[depth]))
            parent = branches[key]
        label = f" [dim]{escape(item.label)}[/]" if item.label else ""
        node = parent.add(
            f"[bold]{escape(item.key)}[/] {escape(item.number)}{escape(item.problem)}{label}"
        )
        for clause in item.clauses:
            node.add(Text(clause if len(clause) <= 80 else clause[:79] + "…"))
    console.print(tree)
    print_further_entries(notice)


def print_further_entries(notice: Notice) -> None:
    """Unfinished problems (需要进一步整改的事项), kept apart from the items."""
    if not notice.further:
        return
    tree = Tree(Text(_("进一步整改事项 {n} 项（未完成，不作措施先例）").format(n=len(notice.further))))
    for entry in notice.further:
        node = tree.add(Text.assemble((entry.key, "bold"), " ", entry.number, entry.problem))
        if entry.reason:
            node.add(Text(f"{entry.reason_label or _('原因')}：{entry.reason}"))
        if entry.deadline:
            node.add(Text(f"{entry.deadline_label or _('整改时限')}：{entry.deadline}"))
    console.print(tree)


@contextmanager
def progress_bar(description: str, total: int) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr for long work, when stderr is a terminal; silent otherwise
    and for small jobs."""
    if total < 50 or not err_console.is_terminal:
        yield lambda _n: None
        return
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    ) as bar:
        task = bar.add_task(escape(description), total=total)
        yield lambda n: bar.advance(task, n)


def print_drift(drift: Any, problems: list[str]) -> None:
    console.print(
        _("索引：缺少 {missing} 项，孤立条目 {orphans} 个").format(
            missing=len(drift.missing_in_store), orphans=len(drift.orphans_in_store))
        + (_("（已修复）") if drift.repaired else "")
    )
    for line in problems:
        console.print(_("语料库：{problem}").format(problem=escape(line)))
    if drift.clean and not problems:
        console.print(_("目录、索引和 corpus/ 一致"))
    elif not drift.repaired:
        print_next(_("rectify corpus check --repair  （修复索引）"))


def print_precedents(precedents: list[Any], *, verbose: bool = False) -> None:
    """For people: unit and date, the category path and the problem first, the measures
    beneath; scores and ids only with --verbose. Lines are not wrapped by us (soft wrap), so
    the terminal never splits a 《…》 or “…” at a fixed column."""
    if not precedents:
        console.print(_("没有找到相符的先例"))
        return
    for p in precedents:
        rec = p.record
        head = Text.assemble((f"{p.rank}. ", "bold"), (rec.unit, "bold"), "  ", rec.date)
        if verbose:
            head.append(f"  {p.score:+.2f}  {rec.id}", style="dim")
        console.print(head, soft_wrap=True)
        if rec.path:
            console.print(Text("   " + " → ".join(rec.path), style="dim"), soft_wrap=True)
        console.print(Text("   " + _("问题：{problem}").format(problem=rec.problem)), soft_wrap=True)
        for clause in rec.clauses:
            console.print(Text("   " + _("措施：{measure}").format(measure=clause)), soft_wrap=True)
        console.print()


def print_retrieval_eval(result: dict[str, Any]) -> None:
    table = Table(_("方法"), "MRR", "R@1", "R@5", "R@10", title=escape(
        _("问题 → 本身的整改措施：{queries} 个查询，{documents} 项，向量模型 {embedder}").format(
            queries=result["queries"], documents=result["documents"], embedder=result["embedder"])
    ))
    for name, m in result["methods"].items():
        table.add_row(Text(name), f"{m['mrr']:.3f}", f"{m['r@1']:.3f}", f"{m['r@5']:.3f}", f"{m['r@10']:.3f}")
    console.print(table)


def print_draft_summary(draft: Plan | Report, written: list[Path]) -> None:
    """What was drafted, by which engine, what needs the user's attention, and where."""
    from assistant.drafting.models import Plan

    info = draft.info
    made_by = f"{info.engine} ({info.model})" if info.model else info.engine
    console.print(Text(draft.title, style="bold"))
    text = draft.model_dump_json(exclude={"feedback", "citations"})
    placeholders = text.count("【待补充") + text.count("【待核实")
    line = _("{items} 项，引用先例措施 {cited} 条，引擎 {engine}").format(
        items=len(draft.items), cited=len(draft.citations), engine=made_by)
    if info.calls:
        line += _("，调用大模型 {calls} 次，提示词 {tokens} 个词元").format(
            calls=info.calls, tokens=info.prompt_tokens)
    console.print(line, markup=False)
    if placeholders:
        console.print(_("有 {n} 处【待补充】/【待核实】需要填写").format(n=placeholders), markup=False)
    by_check: dict[str, int] = {}
    for finding in draft.findings:
        by_check[finding.check] = by_check.get(finding.check, 0) + 1
    for check, count in sorted(by_check.items()):
        console.print(_("起草时的检查：{check} {count} 处（详见 JSON 中的 findings）").format(
            check=label(DRAFT_CHECK_LABELS, check), count=count), markup=False)
    for path in written:
        console.print(_("已写入 {path}").format(path=path), markup=False)
    if isinstance(draft, Plan) and written:
        print_next(_("rectify review {folder}  （检查草稿，逐项通过或重新起草；各项全部通过后生成台账 "
                     "ledger.yaml）").format(folder=written[0].parent))
    elif written:
        print_next(_("rectify review {folder}，然后 rectify export {folder}  （导出 DOCX）").format(
            folder=written[0].parent))


_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "dim"}


def print_findings(title: str, findings: list[Finding], order: list[str]) -> None:
    """Findings grouped by item (in the draft's order), the whole-draft ones first."""
    console.print(Text(title, style="bold"))
    if not findings:
        console.print(_("没有发现问题"))
        return
    groups: dict[str | None, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.item, []).append(finding)
    for key in [None, *order]:
        if key not in groups:
            continue
        heading = _("全稿") if key is None else _("第 {item} 项").format(item=key)
        console.print(Text("\n" + heading, style="bold"))
        for f in groups[key]:
            style = _SEVERITY_STYLE[f.severity]
            line = Text("  ")
            line.append(_label(SEVERITY_LABELS, f.severity), style=style)
            line.append(" " + _("{check}：{message}").format(check=f.check, message=f.message))
            console.print(line)
    counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
    console.print("\n" + _("、").join(
        _("{label} {count}").format(label=_label(SEVERITY_LABELS, s), count=n)
        for s, n in counts.items()), markup=False)


def print_review_status(folder: Path, status: Status) -> None:
    """Accepted / open / rejected per item, then the history, newest last."""
    console.print(Text.assemble((status.title, "bold"), f"  ({folder})"))
    counts = status.counts
    console.print(
        _("共 {total} 项：已采纳 {accepted} · 待审 {open} · 已退回 {rejected}").format(
            total=len(status.states), accepted=counts.get("accepted", 0),
            open=counts.get("open", 0), rejected=counts.get("rejected", 0)),
        markup=False,
    )
    table = Table(show_header=True, header_style="bold")
    table.add_column(_("项"))
    table.add_column(_("问题"))
    table.add_column(_("状态"))
    table.add_column(_("理由"))
    style = {"accepted": "green", "open": "yellow", "rejected": "red"}
    for key, review in status.states.items():
        problem = status.problems.get(key, "")
        table.add_row(Text(key), Text(problem),
                      Text(_label(STATE_LABELS, review.state), style=style[review.state]),
                      Text(review.reason))
    console.print(table)
    if status.history:
        console.print(Text("\n" + _("修改记录"), style="bold"))
        for h in status.history:
            note = f"  ({h.note})" if h.note else ""
            console.print(Text(f"  {h.time.isoformat(sep=' ')}  {h.action:<8} {h.item}{note}"))
    if counts.get("accepted", 0) < len(status.states):
        print_next(_("rectify review accept 项号……  （采纳其余各项）"))


def print_drafting_eval(result: DraftingEval) -> None:
    table = Table(
        _("方法"), "ROUGE-L", _("相似度"), _("措施类型召回"), _("覆盖"), _("无效引用"),
        _("泄露名称"), _("无依据引用"), _("不合适/百条"), _("先例不足"),
        title=escape(_("{n} 份通报，逐份留出，向量模型 {embedder}，{seconds:.0f} 秒").format(
            n=len(result.notices), embedder=result.embedder, seconds=result.seconds)),
    )
    for r in result.summary():
        table.add_row(
            r["method"], f"{r['rouge_l']:.3f}", f"{r['similarity']:.3f}", f"{r['type_recall']:.3f}",
            f"{r['covered']}/{r['items']}", str(r["invalid_citations"]), str(r["leaked_names"]),
            str(r["unsupported_citations"]), f"{r['fit_per_100']:.2f}", f"{r['too_few_share']:.0%}",
        )
    console.print(table)
