"""Issue 14, second pass: another area's words, another level's powers, a township's
sectors, the user's own words, other units' findings, and the clause-level subject test.
Each rule on a sentence it passes and one it catches."""

from __future__ import annotations

import pytest

from assistant.drafting.hygiene import clause_fault
from assistant.units import map_to_ours, misfits, profile_for

COUNTY = profile_for("中共临江县文化旅游广电体育局党组", inspection_body="县委第一巡察组")
DISTRICT = profile_for("中共青山区文化旅游广电体育局党组", inspection_body="区委第一巡察组")
CITY = profile_for("中共江州市文化和旅游局党组", inspection_body="市委第二巡察组")
TOWNSHIP = profile_for("中共白沙镇委员会", inspection_body="县委第二巡察组")
PROVINCE = profile_for("中共江西省文化和旅游厅党组", inspection_body="省委第三巡视组")
COMMITTEE = profile_for("中共临江县委员会", inspection_body="市委第一巡察组")


def _kinds(text: str, ours=COUNTY, own_text: str = "") -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.kind, m.word) for m in misfits(text, ours, own_text=own_text)]


def test_our_area_is_written_from_our_division() -> None:
    assert COUNTY.division == "县" and DISTRICT.division == "区" and TOWNSHIP.division == "镇"


def test_a_same_level_precedent_area_becomes_ours() -> None:
    mapped = map_to_ours("对全区在建项目开展检查，区直各单位和我区文化站参加。", DISTRICT, COUNTY)
    assert mapped.text == "对全县在建项目开展检查，县直各单位和我县文化站参加。"
    # 全区域 is no area
    assert map_to_ours("实现全区域覆盖", DISTRICT, COUNTY).text == "实现全区域覆盖"


def test_another_levels_area_is_a_misfit() -> None:
    assert ("level", "全市") in _kinds("在全市范围内开展专项整治")
    assert ("level", "我区") in _kinds("对我区在建项目进行稽查")
    assert _kinds("在全县范围内开展专项整治") == []
    assert _kinds("全镇各村开展排查", TOWNSHIP) == []
    assert _kinds("在全市场主体中推广", COUNTY) == []  # 全市场 is not an area


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("督促各地落实文物安全责任", COUNTY, PROVINCE),
        ("督促各市各部门做好好差评工作", COUNTY, PROVINCE),
        ("指导各县区开展文化站评估", COUNTY, CITY),
        ("督促乡镇纪委履行监督责任", TOWNSHIP, COMMITTEE),
        ("督促乡镇（街）纪（工）委监督检查", COUNTY, COMMITTEE),
        ("督促各乡镇做好文化站管理", TOWNSHIP, COUNTY),
    ],
)
def test_a_power_over_lower_areas_fits_only_above_them(text: str, wrong, right) -> None:  # type: ignore[no-untyped-def]
    assert any(kind == "level" for kind, _ in _kinds(text, wrong))
    assert not any(kind == "level" for kind, _ in _kinds(text, right))


def test_a_township_works_in_farming_but_not_in_a_lawyers_trade() -> None:
    assert ("sector", "律师") in _kinds("成立律师党支部，加强律师管理", TOWNSHIP)
    assert _kinds("推进高标准农田建设，落实河长制", TOWNSHIP) == []


def test_a_word_the_user_wrote_is_ours() -> None:
    text = "规范水资源费征收管理"
    assert any(kind == "sector" for kind, _ in _kinds(text, COUNTY))
    own = "代征水资源费解缴不及时"
    assert _kinds(text, COUNTY, own_text=own) == []


@pytest.mark.parametrize(
    "clause",
    [
        "经核查，省电影公司账目存在问题，已责令整改。",
        "已组织全体党员集中学习两次。",
        "全年查处违规问题7起，处理12人。",
        "今年以来，开展专项检查3次。",
        "学习贯彻党的十九大精神，推动工作落实。",
        "第一棉厂现已破产改制成为保龄宝股份有限公司，属于上市公司。",
        "下一步，将该问题及时向县委市政府汇报，由上级主管部门协调处理。",
        "积极组织开展“送垃圾回家”等【待补充：数量】次主题党日活动。",
        "核查省电影公司违规发放午餐补贴问题。",
        "针对医疗设备采购制度不完善问题。我单位的采购流程是按照省医院流程而制定。",
        "未办理施工许可证的3个项目已全部补办到位。",
        "开展档案管理自查工作，发现问题【待补充：数量】个，已整改完毕。",
        "建立定期轮岗机制，年初以来交流科室长【待补充：数量】人。",
    ],
)
def test_another_units_findings_and_past_congresses_are_not_measures(clause: str) -> None:
    assert clause_fault(clause, clause, year=2026) is not None


@pytest.mark.parametrize(
    "clause",
    [
        "组织全体干部学习中央八项规定精神及实施细则。",
        "经常性开展谈心谈话，及时掌握干部思想动态。",
        "每季度开展1次主题党日活动，对已完成的整改任务开展“回头看”。",
    ],
)
def test_a_measure_is_kept(clause: str) -> None:
    assert clause_fault(clause, clause, year=2026) is None


def test_another_units_villages_and_towns_are_names_ours_are_not() -> None:
    from assistant.drafting.names.localities import local_places

    assert local_places("与安仁镇新奥霖种植专业合作社达成合作") == ["安仁镇"]
    assert local_places("对黄荆沟社区开展走访") == ["黄荆沟社区"]
    assert local_places("对黄荆沟社区开展走访", allowed="黄荆沟社区居民反映") == []
    assert local_places("正在与当地乡镇政府沟通，结合乡镇（街道）、村（社区）换届") == []
    assert local_places("在全镇各村推进乡村振兴") == []


def test_a_schools_plan_has_no_organ_offices_or_county_powers() -> None:
    school = profile_for("中共临江县第一中学委员会", inspection_body="县委第一巡察组")
    assert ("level", "机关办公会") in _kinds("邀请派驻纪检组参加机关办公会议", school)
    assert ("level", "全县各党组织") in _kinds("加强对全县各党组织“三会一课”的督查", school)
    assert any(k == "level" for k, _ in _kinds("统战部联合党支部召开组织生活会", school))
    assert _kinds("配合县委组织部开展干部培训", school) == []
    assert _kinds("充分运用监督执纪“四种形态”", school) == []


def test_bodies_a_unit_of_this_level_does_not_have() -> None:
    bureau = profile_for("中共临江县农业农村局党组", inspection_body="县委第三巡察组")
    assert ("level", "机关党委") in _kinds("机关支部每月向机关党委书面报告", TOWNSHIP)
    assert ("subunit", "党政办") in _kinds("我局党政办出台报账审核制度", bureau)
    assert _kinds("镇党政办负责报账审核", TOWNSHIP) == []
    assert _kinds("机关党委组织开展学习", PROVINCE) == []


def test_a_branch_has_neither_a_leading_group_nor_a_committee_of_its_own() -> None:
    from assistant.drafting.hygiene import other_organ

    assert other_organ("党组主要负责同志认真履行第一责任人职责", "党支部") == "党组"
    assert other_organ("按照上级党委的要求开展组织生活", "党支部") is None


def test_a_bureaus_own_system_becomes_ours() -> None:
    source = profile_for("中共赣州市水利局党组")
    ours = profile_for("中共临江县供销合作社联合社党组")
    mapped = map_to_ours("局系统干部职工参加，局中层干部带头。", source, ours)
    assert mapped.text == "社系统干部职工参加，社中层干部带头。"


def test_a_mapped_word_right_after_a_verb_is_ours() -> None:
    source = profile_for("中共铜陵市市场监督管理局党组")
    ours = profile_for("中共临江县第一中学委员会")
    mapped = map_to_ours("明确局党组会议、局长办公会议的议事范围", source, ours)
    assert mapped.text == "明确校党委会议、校长办公会议的议事范围"


def test_another_regions_campaign_is_a_region_misfit() -> None:
    assert ("region", "强首府") in _kinds("与落实强首府战略强治理专项工作相结合")
