"""Fit rules of the sixth pass (issue 14): school stages, another area's bodies, offices named
differently, another unit's sites and another unit's faults promised away."""

from __future__ import annotations

import pytest

from assistant.drafting.fit import without_their_faults
from assistant.drafting.hygiene import clause_fault, fit_rules
from assistant.drafting.subject import SubjectMatcher
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


VOCATIONAL = profile_for("中共青山县职业中等专业学校委员会", inspection_body="县委第二巡察组")


def test_a_vocational_school_has_no_middle_school_classes_or_entrance_line() -> None:
    text = "举办我校中小学青年教师素养大赛，开展初三免费培优辅差工作，提高初升高录取分线数。"
    found = " ".join(m.word for m in misfits(text, VOCATIONAL))
    assert all(word in found for word in ("中小学", "初三", "初升高")), found
    assert misfits("做好中考招生宣传和实习就业工作", VOCATIONAL) == []


def test_a_cppcc_offices_party_group_is_not_a_bureaus() -> None:
    bureau = profile_for("中共青山县林业局党组", inspection_body="县委第三巡察组")
    cppcc = profile_for("中共青山县政协党组", inspection_body="县委第三巡察组")
    text = "机关党组主要负责同志履行第一责任人职责"
    assert [m.word for m in misfits(text, bureau)] == ["机关党组"]
    assert misfits(text, cppcc) == []


def test_a_township_office_named_differently_fits_only_when_our_feedback_names_it() -> None:
    town = profile_for("中共青山县白沙乡委员会", inspection_body="县委第三巡察组")
    text = "分管领导对财管办村级财务的负责人进行提醒谈话"
    assert [(m.word, m.kind) for m in misfits(text, town)] == [("财管办", "subunit")]
    assert misfits(text, town, own_text="乡财管办负责村级财务日常监管") == []


def _matcher() -> SubjectMatcher:
    # rarity as the corpus has it: 党组, 决策 and 会议 are everywhere; 混开, 参会 nowhere
    idf = {"党组": 1.6, "组会": 4.52, "会议": 3.75, "决策": 1.3, "班子": 2.14, "接待": 4.9, "超标": 5.07, "标准": 4.76}
    return SubjectMatcher(idf, 7.46, fit_rules().generic)


@pytest.mark.parametrize(
    ("text", "ours", "left"),
    [
        (
            "增强党组议事决策意识，严格执行议事决策机制，杜绝党组会议和班子会议混开的情况。",
            "“三重一大”决策制度执行不严。2024年有1项640万元设计变更未经党组会研究，会议材料未提前送达",
            "增强党组议事决策意识，严格执行议事决策机制。",
        ),
        (
            "按照党委会议事规则，单位重大事项必须由党委会研究决策，杜绝非班子成员参会参与决策。",
            "党委领导下的院长负责制落实不到位。2024年有3项重大事项未经党委会前置研究",
            "按照党委会议事规则，单位重大事项必须由党委会研究决策。",
        ),
        ("严禁公款吃喝。", "公务接待管理不规范。2024年有3次超标准接待", None),
        # our own fault, or faults in general, are promises we can sign
        (
            "严格执行公务接待制度，严禁超标准接待，杜绝此类问题再次发生。",
            "公务接待管理不规范。2024年有3次超标准接待",
            "严格执行公务接待制度，严禁超标准接待，杜绝此类问题再次发生。",
        ),
        ("严格落实请销假制度，防止脱岗离岗。", "干部作风不实，有3名干部上班时间脱岗", "严格落实请销假制度，防止脱岗离岗。"),
    ],
)
def test_a_promise_to_stop_their_fault_is_cut(text: str, ours: str, left: str | None) -> None:
    matcher = _matcher()
    assert without_their_faults(text, matcher.subject_bigrams(ours), matcher) == left


def test_the_seventh_look_faults() -> None:
    # what a meeting already held stressed is another unit's account
    held = "即知即改。【待补充：时间】由药剂科主任召集药房全体人员召开会议，会议强调药品采购必须按照流程审批才能依规采购"
    assert clause_fault(held) == "result"
    assert clause_fault("召开党组会议明确责任分工，逐项抓好整改落实。") is None
    # 2021 poverty-alleviation wording in a 2025 plan; a township supplies no policy
    assert clause_fault("组织扶贫车间参加招聘活动。", year=2025) == "outdated"
    xiang = profile_for("中共青山县白沙乡委员会", inspection_body="县委第三巡察组")
    assert [m.word for m in misfits("加大技能政策供给，稳定提升帮扶成效", xiang)] == ["政策供给"]
    # a vocational school is not compulsory education, and has 专业部, not 年级组
    assert "义务教育阶段" in {m.word for m in misfits("保证义务教育阶段无失学辍学人员", VOCATIONAL)}
    assert "专业部" in VOCATIONAL.subunits and "年级组" not in VOCATIONAL.subunits
    # a district's school programmes are the education bureau's, whatever school reads them
    central = profile_for("中共青山县白沙镇中心学校支部委员会", inspection_body="县委第三巡察组")
    contest = "举办我校中小学青年教师素养大赛，提高初升高录取分线数"
    assert {m.word for m in misfits(contest, central)} >= {"初升高"}
    bureau = profile_for("中共青山县教育体育局党组", inspection_body="县委第三巡察组")
    assert misfits("提高初升高录取分数线", bureau) == []


@pytest.mark.parametrize(
    "clause",
    [
        "协作方正在着手编制用地规划方案，示范园建设有序推进。",
        "推动科室部门和事业单位的轮岗、交流，在岗位交流中进一步加强融合，干部能力在多岗位锻炼中明显提升。",
    ],
)
def test_work_under_way_or_a_result_reached_is_an_account(clause: str) -> None:
    assert clause_fault(clause) == "result"


def test_a_result_to_reach_is_a_measure() -> None:
    assert clause_fault("加强干部教育培训，确保干部能力明显提升。") is None


def test_done_already_with_the_how_in_between_and_a_streets_units() -> None:
    assert clause_fault("加强监督。各乡镇卫生院已结合当地实际情况制定下发绩效评价方案。") == "result"
    street = profile_for("中共青山市白沙区柳塘街道工作委员会", inspection_body="区委第二巡察组")
    assert [m.word for m in misfits("强化对各单位做好信访事项办理工作的指导", street)] == ["对各单位"]
    assert misfits("强化对各单位做好信访事项办理工作的指导", COUNTY_BUREAU) == []


def test_a_clause_that_ends_on_whom_it_asks_is_cut_off() -> None:
    assert clause_fault("召开支委会议专题研究，制定谈话制度，要求支部书记、副书记、支委委员。") == "cut"
    assert clause_fault("要求支部书记带头讲党课，每年不少于1次。") is None


def test_what_was_done_since_the_feedback_is_an_account() -> None:
    clause = "严格执行“三重一大”决策会议制度，巡察反馈问题以来研究“三重一大”事项均严格执行会议制度。"
    assert clause_fault(clause) == "result"
    assert clause_fault("严格执行“三重一大”决策会议制度，重大事项一律集体研究决定。") is None


def test_a_village_has_no_organ_of_its_own_or_units_below_it() -> None:
    village = profile_for("中共青山县白沙镇石门村支部委员会", inspection_body="县委第三巡察组")
    assert [m.word for m in misfits("规范村机关及村属单位公务接待", village)] == ["村机关", "村属单位"]
    assert misfits("规范局机关及局属单位公务接待", COUNTY_BUREAU) == []
