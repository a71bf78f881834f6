"""Fit rules of the sixth pass (issue 14): another school stage's words in a school's plan."""

from __future__ import annotations

import pytest

from assistant.units.fit import misfits
from assistant.units.profile import UnitProfile, profile_for

PRIMARY = profile_for("中共青山县实验小学总支部委员会", inspection_body="县委第三巡察组")
MIDDLE = profile_for("中共青山县第一中学支部委员会", inspection_body="县委第三巡察组")
KINDERGARTEN = profile_for("中共青山县第一幼儿园支部委员会", inspection_body="县委第三巡察组")


@pytest.mark.parametrize(
    ("text", "ours", "word"),
    [
        ("有序开展城区小学校内课后服务工作、初三免费培优辅差工作", PRIMARY, "初三"),
        ("认真做好中考备考和考务组织工作", PRIMARY, "中考"),
        ("设立小学部衔接班", KINDERGARTEN, "小学部"),
    ],
)
def test_another_stage_is_a_misfit_in_a_school(text: str, ours: UnitProfile, word: str) -> None:
    found = misfits(text, ours)
    assert [m.word for m in found] == [word] and found[0].kind == "level"


@pytest.mark.parametrize(
    ("text", "ours"),
    [
        ("开展初三免费培优辅差工作", MIDDLE),  # a 中学 has a 初三
        ("开展培优辅差和课后服务工作", PRIMARY),
        ("加强幼小衔接，做好大班幼儿入学准备", KINDERGARTEN),
    ],
)
def test_a_stage_of_our_own_fits(text: str, ours: UnitProfile) -> None:
    assert misfits(text, ours) == []


def test_a_list_of_another_units_own_sites_is_not_a_measure() -> None:
    from assistant.drafting.hygiene import clause_fault

    clause = (
        "打造丫好普法宣传教育基地、鹿森全民阅读法治书屋、五月风书城“谁执法谁普法沙龙”基地及"
        "“上下杭法治大讲堂”系列法治宣传阵地。"
    )
    assert clause_fault(clause) == "brand"
    assert clause_fault("建设法治文化广场和法治长廊，丰富普法宣传阵地。") is None


COUNTY_BUREAU = profile_for("中共青山县司法局党组", inspection_body="县委第三巡察组")
DISTRICT_BUREAU = profile_for("中共青山市白沙区司法局党组", inspection_body="区委第三巡察组")


def test_a_body_of_another_county_level_area_we_act_on_is_a_misfit() -> None:
    text = "我局组织研究部署并指导区法律援助中心结合实际，修订《工作制度》。"
    assert [m.word for m in misfits(text, COUNTY_BUREAU)] == ["区法律援助中心"]
    assert misfits(text, DISTRICT_BUREAU) == []  # a 区's own centre
    # our superior's bureau, our own centre and a 区域 are not another area's bodies
    for fits in ("配合市司法局开展专项检查", "指导县法律援助中心规范指派", "协调区域医疗中心建设"):
        assert misfits(fits, COUNTY_BUREAU) == [], fits
