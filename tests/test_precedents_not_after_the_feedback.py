"""A plan cites no notice of a year after its feedback: a reader took a 2026 notice cited in a plan
answering 2025 feedback for an anachronism. The years are read from the index's own records, not
from the filter under test."""

from __future__ import annotations

from pathlib import Path

from assistant.drafting.service import draft_plan
from assistant.index.filters import Filters
from assistant.index.precedents import PrecedentIndex
from assistant.settings import Settings


def _feedback(path: Path, day: str, problem: str) -> Path:
    path.write_text(
        "unit: 中共青山县农业农村局党组\n"
        f"inspection:\n  kind: 巡察\n  feedback_date: {day}\n"
        "feedback:\n  - title: 落实全面从严治党战略部署方面\n    problems:\n"
        f"      - title: {problem}\n",
        encoding="utf-8",
    )
    return path


def test_a_plan_cites_no_notice_of_a_later_year(draft_settings: Settings, tmp_path: Path) -> None:
    index = PrecedentIndex(draft_settings)
    years = {r.id: r.year for r in index.catalog_records()}
    notice_years = {r.notice_id: r.year for r in index.catalog_records()}
    later = next(r for r in index.catalog_records() if r.year == max(years.values()))
    problem = later.problem[:60].replace(":", "：")
    # drafted in the later notice's own year, its problem finds it
    now = draft_plan(draft_settings, _feedback(tmp_path / "now.yaml", f"{later.year}-08-01", problem), tmp_path / "a")
    assert any(years[rid] == later.year for item in now.plan.items for rid in item.retrieved)
    # answering feedback of the year before, nothing of the later year is drawn on
    before = draft_plan(
        draft_settings, _feedback(tmp_path / "before.yaml", f"{later.year - 1}-08-01", problem), tmp_path / "b"
    )
    drawn = [rid for item in before.plan.items for rid in item.retrieved]
    assert drawn and all(years[rid] < later.year for rid in drawn), drawn
    # …nor cited, in the measures or the front matter (…:organisation)
    assert all(notice_years[c.precedent_id.split(":")[0]] < later.year for c in before.plan.citations)


def test_a_range_set_by_hand_is_kept() -> None:
    assert Filters(year_to=2020).up_to(2025).year_to == 2020
    assert Filters(year_from=2026).up_to(2025) == Filters(year_from=2026)
    assert Filters().up_to(2025).year_to == 2025
