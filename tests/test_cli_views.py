"""Data printed to the terminal is printed as it is: square brackets in a notice, a unit or a
file name are text, never rich markup (a `[/]` used to kill `search` and `corpus show` with
a MarkupError, and `[bold]…[/bold]` vanished). Search output is for people."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

from assistant.cli import views
from assistant.corpus import parse_file
from assistant.corpus.add_report import AddReport, NoticeOutcome, SourceReport

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
TRICKY = "加强[/]整改[bold]落实[/bold]"


def shown(render: Callable[[], None]) -> list[str]:
    """What a view prints to stdout, as plain text (wide, so nothing wraps)."""
    console = views.console
    width = console.width
    console.width = 400
    try:
        with console.capture() as capture:
            render()
    finally:
        console.width = width
    return capture.get().splitlines()


def _precedent(**record: object) -> SimpleNamespace:
    fields = {
        "id": "ecd0dd0e61f8c1a9:2.3.1.3",
        "unit": "某县政协党组",
        "date": "2023-05-06",
        "path": ["一、党的政治建设", "（一）理论学习"],
        "problem": "理论学习不深入",
        "clauses": ["深入学习《中国共产党章程》和“第一议题”制度，每月至少一次。"],
        **record,
    }
    return SimpleNamespace(rank=1, score=10.349, record=SimpleNamespace(**fields))


def test_search_keeps_brackets_in_the_text() -> None:
    printed = shown(lambda: views.print_precedents([_precedent(problem=TRICKY, unit="[某]单位")]))
    text = "\n".join(printed)
    assert TRICKY in text and "[某]单位" in text


def test_search_is_for_people() -> None:
    printed = shown(lambda: views.print_precedents([_precedent()]))
    text = "\n".join(printed)
    assert printed[0].startswith("1. 某县政协党组  2023-05-06")
    assert "一、党的政治建设 → （一）理论学习" in printed[1]
    assert text.index("理论学习不深入") < text.index("深入学习《中国共产党章程》")
    assert "10.35" not in text and "ecd0dd0e61f8c1a9" not in text
    # the measure is printed whole on one line: no hard wrap inside 《》 or “”
    assert any("深入学习《中国共产党章程》和“第一议题”制度，每月至少一次。" in line for line in printed)


def test_search_verbose_shows_score_and_id() -> None:
    printed = shown(lambda: views.print_precedents([_precedent()], verbose=True))
    assert "+10.35" in printed[0] and "ecd0dd0e61f8c1a9:2.3.1.3" in printed[0]


def test_corpus_show_keeps_brackets_in_the_text() -> None:
    notice = parse_file(sorted(CORPUS.glob("*.txt"))[0]).notices[0]
    item = notice.items[0].model_copy(update={"problem": TRICKY, "clauses": [TRICKY]})
    notice = notice.model_copy(update={"title": TRICKY, "items": [item]})
    printed = shown(lambda: views.print_notice(notice))
    text = "\n".join(printed)
    assert text.count(TRICKY) == 3


def test_add_report_prints_a_file_name_with_brackets() -> None:
    outcome = NoticeOutcome(id="abcdef0123", unit="[bold]某局[/bold]", title="t", items=3,
                            outcome="added")
    report = AddReport(sources=[SourceReport(source="通报[2023][/].txt", status="added",
                                             notices=[outcome])])
    printed = shown(lambda: views.print_add_report(report))
    text = "\n".join(printed)
    assert "通报[2023][/].txt" in text and "[bold]某局[/bold]" in text
