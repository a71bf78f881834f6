"""Rules of the eighth pass (issue 14), from reading plans for eight kinds of unit the code
had not seen (a 发改局, a 人大常委会机关, a 信访局, a 统战部, a museum, a funeral home, an
animal-health centre, a 工信局): remedies for the facts those units are given, what another
unit's words say of a unit without subordinate units, another unit's tally; the user's own fit rules. Remedies of rounds 18 to 22 are in
``test_fact_remedies_eighth.py``, the leading group in ``test_front_matter_eighth.py``."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.drafting.context import DraftingContext
from assistant.drafting.fact_remedies import fact_remedies
from assistant.drafting.fit import fitting_item
from assistant.drafting.hygiene import clause_fault, unmet_need
from assistant.drafting.inputs.feedback.model import Feedback
from assistant.drafting.open_labels import fact_label
from assistant.drafting.remedy_rules import remedy_rules
from assistant.drafting.sources import build_sources
from assistant.index.precedents import Precedent
from assistant.settings import Settings
from assistant.units import misfits, profile_for
from tests.test_fit_drafting import _feedback, _record
from tests.test_fit_seventh_pass import HOSPITAL, _assert_only_remedy


def test_a_thousands_comma_does_not_cut_a_figure() -> None:
    fact = "2023年项目资金共计1,650万元，截至2025年3月底仍有286万元未拨付"
    [remedy] = fact_remedies(fact)
    assert "1,650万元" in remedy.text, remedy.text
    # …and a comma between clauses still ends one
    assert fact_label("公务用车使用登记不全,存在公车私用苗头,2024年有11次出车无派车单,涉及里程1,280公里,均未报告", remedy_rules()).startswith("公务用车")


@pytest.mark.parametrize(
    ("fact", "kind", "says"),
    [
        # a funeral home's facts
        ("服务大厅收费标准公示内容未随新核定标准及时更新", "disclosure", "及时、全面公示"),
        ("丧葬用品销售价格未明码标价", "disclosure", "及时、全面公示"),
        ("减免资金台账与民政局拨付数据不一致，相差2.35万元", "stocktake", "建立定期对账机制"),
        ("丧葬用品销售收入与库存台账不符，盘点差额0.92万元", "stocktake", "组织全面盘点清查"),
        ("有4户困难家庭未享受应享减免", "eligibility", "符合条件未享受的及时落实到位"),
        ("超标准墓碑5座未按规定整改", "unrectified", "逐项销号"),
        ("1台尾气处理设备自2024年8月起故障停用", "repair", "限期修复"),
        ("2024年有43具遗体冷藏记录未填写入柜、出柜时间", "records", "如实登记"),
        ("业务档案未按年度归档", "records", "整理归档"),
        ("2024年有11次现金收入滞留超过7日、累计金额5.3万元", "idle", "日清日结"),
        ("全年未专题研究意识形态工作", "frequency", "明确开展频次"),
        ("2023年有3名编外人员未经公开招聘直接录用", "procedure", "按规定公开组织、择优录用"),
        # a people's congress organ follows up the deputies' suggestions: it does not carry them out
        ("代表提出建议156件，答复为已解决的41件中有9件至巡察时仍未落实", "unrectified", "督促承办单位"),
        # a museum: a building put up in a protected site is reported and taken down
        ("1处省级文物保护单位保护范围内出现违规搭建，至巡察时仍未拆除", "unrectified", "依法依规督促拆除"),
        # a united front department vetted a candidate badly: not a regulator's oversight
        ("2023年推荐的政治安排人选中有1人在推荐前存在欠缴税款问题未被发现", "oversight", "联审把关"),
        # a cadre's papers are completed, not a register opened
        ("选拔任用的4名股室负责人中有1人干部档案“三龄二历”认定材料不全", "records", "缺失的材料限期补齐"),
        # debts other public bodies owe to firms: the 工信局 presses the debtors, it owes nothing
        ("全县机关事业单位和国有企业仍拖欠民营中小企业账款37笔、金额2946万元", "arrears", "督促欠款单位"),
    ],
)
def test_facts_of_units_not_tuned_on_get_their_remedy(fact: str, kind: str, says: str) -> None:
    _assert_only_remedy(fact, kind, says)


@pytest.mark.parametrize(
    "fact",
    [
        # a firm's stock short of its books is the firm's to restore (our oversight)
        "未发现并纠正1家承储企业账实不符问题",
        "2024年抽查的40家企业中有9家统计台账与报表数据不符",
        # a project sent back for its approvals is not a voucher missing
        "因要素保障不到位、前期手续不全被退回项目11个",
        # 拖欠农民工工资 named as an area whose disputes are screened is not our debt
        "征地拆迁、拖欠农民工工资、物业纠纷等重点领域隐患排查不深不细",
    ],
)
def test_look_alikes_get_no_remedy(fact: str) -> None:
    assert fact_remedies(fact) == []


def test_our_own_debt_is_still_paid() -> None:
    _assert_only_remedy("拖欠施工单位工程款186万元", "arrears", "及时足额支付")


def test_two_faults_joined_before_a_count_are_quoted_apart() -> None:
    # (since the twenty-fifth pass the records get a measure of their own beside the equipment's)
    remedies = fact_remedies("全县9个收集暂存点中有3个未配备冷藏设施、2个台账记录缺失")
    records = [r for r in remedies if r.kind != "equipment"]
    assert records and all("未配备冷藏设施" not in r.text for r in records), remedies


def test_a_certificate_issued_for_another_is_a_fault_of_its_own() -> None:
    [remedy] = fact_remedies("2名官方兽医出借电子出证账号，累计代为出证137份，检疫申报受理、查验记录不完整")
    assert "代为出证" not in remedy.text, remedy.text  # it stays open, not "answered" by keeping records


def test_a_day_not_logged_is_not_what_a_frequency_remedy_quotes() -> None:
    [remedy] = fact_remedies("监控中心夜间值班记录2025年第一季度缺记11天，安防应急演练全年仅开展1次")
    assert remedy.kind == "frequency" and "缺记" not in remedy.text, remedy.text


@pytest.mark.parametrize(
    "clause",
    [
        "2020年召开2次党组会议专题研究意识形态工作，在党内通报1次意识形态领域情况。",
        "严格执行《条例》，2019年9月以来，局党组提任三批干部，均严格按照“凡提四必”要求。",
    ],
)
def test_another_units_tally_is_an_account(clause: str) -> None:
    assert clause_fault(clause) == "result"


def test_a_promise_of_meetings_is_a_measure() -> None:
    assert clause_fault("每年召开2次党组会议专题研究意识形态工作。") is None


def test_a_campaign_of_2021_is_over_in_a_2025_plan() -> None:
    assert clause_fault("结合学党史活动，进一步提高“三会一课”的严肃性。", year=2025) == "outdated"


@pytest.mark.parametrize(
    "unit",
    ["中共蘋川县殡仪馆支部委员会", "中共蓿阳县委统战部", "中共菀溪县博物馆支部委员会"],
)
def test_a_unit_without_subordinate_units_has_no_shu_danwei(unit: str) -> None:
    words = [m.word for m in misfits("进一步规范馆机关及馆属单位、部机关及部属单位公务接待范围", profile_for(unit))]
    assert any("属单位" in w for w in words), words


def test_a_bureau_has_its_own_subordinate_units() -> None:
    assert misfits("进一步规范局机关及局属单位公务接待范围", profile_for("中共藿阳县工业和信息化局党组")) == []


def test_a_joint_investigation_team_is_a_committees() -> None:
    text = "成立联合调查组，调查核实事实，对涉嫌档案造假的干部进行严肃处理"
    assert [m.kind for m in misfits(text, profile_for("中共蓿阳县委统战部"))] == ["level"]
    assert misfits(text, profile_for("中共蓿阳县委员会")) == []


@pytest.mark.parametrize(
    ("clause", "ours"),
    [
        ("通过不断丰富和改进“三会一课”、党员活动日等内容和形式，切实增强党内政治生活的时代感和吸引力。",
         "党内组织生活不严肃。2024年支部党员大会仅召开3次，2次党课以业务会代替。"),
        ("将党组理论学习中心组学习与党组会议学习、一般性业务学习区分开来。",
         "理论学习不深入。中心组学习以读文件为主，研讨交流不深入。"),
        ("对未招投标项目进行审计监督回头看，堵塞漏洞。", "招投标监管不力。3起围标串标线索未移送。"),
    ],
)
def test_a_measure_for_a_fault_our_problem_does_not_show_is_not_borrowed(clause: str, ours: str) -> None:
    assert unmet_need(clause, ours) is not None


@pytest.mark.parametrize(
    ("clause", "ours"),
    [
        ("创新“三会一课”载体，增强党内政治生活的吸引力。", "组织生活形式单一，党员参与积极性不高。"),
        ("将中心组学习与党组会议学习区分开来。", "中心组学习与党组会议混开，以会代学。"),
        ("严格执行制度，一律依法招标。", "招投标监管不力。3起围标串标线索未移送。"),
    ],
)
def test_a_measure_for_the_fault_our_problem_shows_is(clause: str, ours: str) -> None:
    assert unmet_need(clause, ours) is None


def test_fitting_drops_a_measure_for_a_fault_our_problem_does_not_show(draft_settings: Settings) -> None:
    title = "党内组织生活不严肃"
    clause = "通过不断丰富和改进“三会一课”的内容和形式，切实增强党内政治生活的吸引力。"
    record = _record("中共临江县住房和城乡建设局党组", clause).model_copy(update={"problem": "党内组织生活不严肃"})
    kept = []
    for detail in ("2024年支部党员大会仅召开3次，2次党课以业务会代替。", "组织生活形式单一，党员参加积极性不高。"):
        data = _feedback("中共菀溪县博物馆支部委员会", "县委第五巡察组", problems=[title]).model_dump(mode="json")
        data["feedback"][0]["problems"][0]["detail"] = detail
        context = DraftingContext.build(draft_settings, Feedback.model_validate(data))
        item = build_sources(context.feedback.problems()[0], [Precedent(rank=1, score=1.0, signals={}, record=record)])
        kept.append([s.clause for s in fitting_item(context, item).sources])
    assert kept == [[], [clause]]


# -- round 18: a 政法委, an 编办, a 公证处, an enforcement 大队, a cultural centre, a township's
# farm-service centre, a tourism group, an employment centre ---------------------------------


def test_a_bracketed_aside_is_not_cut_into_clauses() -> None:
    fact = "2023年以来有5项重大事项（含1笔1200万元对外融资担保、2项超500万元工程变更）未经党委会前置研究直接提交董事会审议"
    [remedy] = fact_remedies(fact)
    assert "（含1笔1200万元对外融资担保" in remedy.text, remedy.text


def test_a_unit_without_a_jiguan_has_none() -> None:
    words = [m.word for m in misfits("实现部机关档案集中统一管理", profile_for("中共荞川县公证处支部委员会"))]
    assert words == ["部机关"]
    assert misfits("实现局机关档案集中统一管理", profile_for("中共藿阳县工业和信息化局党组")) == []


# -- the user's own fit rules ---------------------------------------------------------------------


def test_a_user_adds_fit_rules_from_the_home_folder(draft_settings: Settings, tmp_path: Path) -> None:
    from assistant.drafting.hygiene import fit_rules

    clause = "深化“三亮三比”活动，推动党员亮身份。"
    assert clause_fault(clause) is None
    (tmp_path / "rules" / "fit").mkdir(parents=True)
    (tmp_path / "rules" / "fit" / "ours.toml").write_text(
        "[hygiene]\nbrand = ['三亮三比']\n[borrow]\nnot_for = ['党费']\n", encoding="utf-8"
    )
    rules = fit_rules(tmp_path)
    assert clause_fault(clause, rules=rules) == "brand"
    assert "党费" in rules.not_borrowed_for and "政府采购" in rules.not_borrowed_for  # joined, not replaced
    assert len(rules.patterns["brand"]) == len(fit_rules().patterns["brand"]) + 1
    # the drafting context of that home carries them
    settings = draft_settings.model_copy(update={"home": tmp_path})
    for name in ("vectorstore", "corpus"):
        if (draft_settings.home / name).exists():
            (tmp_path / name).symlink_to(draft_settings.home / name)
    from assistant.drafting.corpus_facts import CorpusFacts

    context = DraftingContext.build(settings, _feedback(HOSPITAL, "县委第一巡察组"), corpus=CorpusFacts.load(draft_settings))
    assert context.fit is rules


def test_a_broken_user_fit_rule_is_a_clear_error(tmp_path: Path) -> None:
    from assistant.drafting.hygiene import fit_rules
    from assistant.errors import InputError

    (tmp_path / "rules" / "fit").mkdir(parents=True)
    (tmp_path / "rules" / "fit" / "bad.toml").write_text("[hygiene]\nbrand = ['三亮(三比']\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        fit_rules(tmp_path)
    assert "rules/fit" in str(caught.value.where) and "fit.toml" in (caught.value.hint or "")


def test_nothing_is_borrowed_under_files_alone() -> None:
    from assistant.drafting.hygiene import shares_topic

    clause = "强化档案管理，邀请档案馆同志进行业务指导。"
    assert not shares_topic(clause, "公证档案管理不规范。2024年办结的公证卷宗有316卷未立卷归档。")
    # …but a measure on our cadres' selection that files its records shares 干部任用
    assert shares_topic("对干部选拔任用全程纪实材料归档整理，建立纪实档案。", "选人用人不规范。干部选拔任用纪实材料不全。")


# -- round 19: a mental-health centre, a children's home, a township's 财政所 and 司法所, a 巡察办,
# a 科技局, a youth centre, a 派出所 ---------------------------------------------------------------


def test_a_numbered_slogan_is_a_heading() -> None:
    assert clause_fault("（一）提高政治站位，扛起主体责任。") == "heading"
    assert clause_fault("严格执行公务接待审批制度，无公函一律不予接待。") is None


def test_a_childrens_home_meets_in_its_directors_meeting() -> None:
    words = [m.word for m in misfits("严格按照主任办公会和党支部会议事规则", profile_for("中共苋川县儿童福利院支部委员会"))]
    assert words == ["主任办公会"]
    assert misfits("严格按照主任办公会和党支部会议事规则", profile_for("中共蒌溪县青少年校外活动中心支部委员会")) == []


@pytest.mark.parametrize(
    "clause",
    [
        "2020年度民主生活会上所有班子成员均对意识形态工作进行问题查摆，并提出整改措施进行整改。",
        "对2020年度民主生活会召开情况进行一次“回头看”，整理、完善2020年度民主生活会整改台账。",
    ],
)
def test_another_units_years_meeting_is_its_account(clause: str) -> None:
    assert clause_fault(clause) == "result"


# -- round 20: an arbitration institute, an enforcement brigade, a greening centre, a property
# registration centre, a relief station, a sanitation office, a veterans centre, a village's
# 股份经济合作社 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "clause",
    [
        "班子成员以普通党员身份参加支部组织生活每年不少于4次。",
        "部署基层党组织书记交叉开展督导。",
        "建立党费收缴管理专户，严格党费支出管理。",
    ],
)
def test_a_branch_has_no_branches_below_it_nor_a_dues_account(clause: str) -> None:
    from assistant.drafting.hygiene import other_organ

    assert other_organ(clause, "党支部") is not None
    assert other_organ(clause, "党组") is None


# -- round 21: a community health centre, a design institute, a forest fire brigade, a forestry
# station, a grain company, a party history office, a reservoir office, a social insurance centre


def test_units_without_liaison_units_or_a_directors_meeting() -> None:
    design = profile_for("中共薇溪县城乡规划设计院支部委员会")
    assert [m.word for m in misfits("班子成员做好分管联系单位意识形态工作", design)] == ["分管联系单位"]
    assert misfits("班子成员做好分管联系单位意识形态工作", profile_for("中共萱川县科学技术局党组")) == []
    brigade = profile_for("中共薜岭县森林消防大队支部委员会")
    assert [m.word for m in misfits("严格执行主任办公会议事规则", brigade)] == ["主任办公会"]


# -- round 22: a 工商联, a 文联, a charity federation, a teacher-training school, a 交警大队, a
# scenic-area office, a university for the elderly, a rural-revitalisation centre --------------


def test_a_county_federation_has_neither_subordinate_units_nor_a_system() -> None:
    arts = profile_for("中共蕤川县文学艺术界联合会党组")
    words = [m.word for m in misfits("进一步规范县文联机关及县文联属单位公务接待，推进县文联系统干部轮岗交流", arts)]
    assert any("联属单位" in w for w in words) and any("系统干部" in w for w in words), words


def test_a_county_office_of_the_committee_has_no_system_of_units() -> None:
    office = profile_for("中共芭溪县委办公室")
    assert [m.word for m in misfits("推进办系统干部轮岗交流", office)] == ["办系统干部"]
    assert misfits("推进局系统干部轮岗交流", profile_for("中共萱川县科学技术局党组")) == []


def test_nothing_is_borrowed_under_party_dues_alone() -> None:
    from assistant.drafting.hygiene import shares_topic

    assert not shares_topic("党费计算精确到小数点后两位，按月足额缴纳党费。", "党费收缴不规范。6个支部未按规定核定党费基数。")

