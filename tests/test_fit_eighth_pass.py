"""Rules of the eighth pass (issue 14), from reading plans for eight kinds of unit the code
had not seen (a 发改局, a 人大常委会机关, a 信访局, a 统战部, a museum, a funeral home, an
animal-health centre, a 工信局): remedies for the facts those units are given, what another
unit's words say of a unit without subordinate units, another unit's tally."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.drafting.context import DraftingContext
from assistant.drafting.fact_remedies import fact_label, fact_remedies, remedy_rules
from assistant.drafting.fit import fitting_item
from assistant.drafting.hygiene import clause_fault, unmet_need
from assistant.drafting.inputs.feedback.model import Feedback
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
        ("有4户困难家庭未享受应享减免", "eligibility", "符合条件的及时纳入"),
        ("超标准墓碑5座未按规定整改", "unrectified", "逐项销号"),
        ("1台尾气处理设备自2024年8月起故障停用", "repair", "限期修复"),
        ("2024年有43具遗体冷藏记录未填写入柜、出柜时间", "records", "如实登记"),
        ("业务档案未按年度归档", "records", "有据可查"),
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
    [remedy] = fact_remedies("全县9个收集暂存点中有3个未配备冷藏设施、2个台账记录缺失")
    assert "未配备冷藏设施" not in remedy.text, remedy.text


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


@pytest.mark.parametrize(
    ("unit", "leader", "department", "present", "absent"),
    [
        # a 政法委 is led by its 书记 and its 委务会: its 委员会 seats the court's president,
        # and the 常务副书记 the feedback makes responsible does not head the group
        ("中共莼溪县委政法委员会", "县委政法委常务副书记", "县委政法委办公室",
         "成立委务会巡察整改工作领导小组，由政法委书记任组长，委务会其他成员任副组长", "常务副书记任组长"),
        # an 编办 is not 办室务会, and its office is its 综合股, not 办办公室
        ("中共芡塘县委机构编制委员会办公室", "县委编办主任", "综合股",
         "成立室务会巡察整改工作领导小组，由主任任组长", "办办公室"),
        ("中共芡塘县委机构编制委员会办公室", "县委编办主任", "县委编办主任",
         "办公室设在综合股", "办办公室"),
        # a 公证处 and a 大队 call themselves so, and their 综合办公室 is theirs
        ("中共荞川县公证处支部委员会", "公证处党支部书记、主任", "公证处综合办公室",
         "成立公证处党支部巡察整改工作领导小组", "处党支部办公室"),
        ("中共菰阳县交通运输综合行政执法大队支部委员会", "大队党支部书记、大队长", "大队综合办公室",
         "办公室设在大队综合办公室", "设在党支部办公室"),
    ],
)
def test_the_group_of_a_committees_office_a_notary_and_a_brigade(
    draft_settings: Settings, unit: str, leader: str, department: str, present: str, absent: str
) -> None:
    from assistant.drafting import front_matter
    from tests.test_fit_fourth_pass import _with_defaults

    context = DraftingContext.build(draft_settings, _with_defaults(unit, "县委第二巡察组", leader, department))
    text = front_matter.organisation(context)
    assert present in text and absent not in text, text


def test_a_committee_named_by_its_work_is_not_a_party_committee(draft_settings: Settings) -> None:
    context = DraftingContext.build(draft_settings, _feedback("中共莼溪县委政法委员会", "县委第二巡察组"))
    assert context.ours.party_short == "委务会"  # 区工委坚决扛起… becomes 委务会坚决扛起…, not 委党委
    brigade = profile_for("中共菰阳县交通运输综合行政执法大队支部委员会")
    assert (brigade.kind, brigade.head, brigade.short, brigade.subunits[0]) == ("public_institution", "大队长", "大队", "中队")
    # a police 大队 is still the police's
    assert profile_for("中共青山县公安局交通警察大队委员会").kind == "police"


@pytest.mark.parametrize(
    ("fact", "kind", "says"),
    [
        ("担保基金代偿后追偿工作推进缓慢，已代偿的63.5万元仅追回9.2万元", "arrears", "催收到位"),
        ("酒店管理公司餐饮成本核算不实，食材采购无询价记录", "purchase", "询价比价"),
        ("支付系统维护费5.8万元，合同未约定验收条款、无验收记录", "procedure", "组织验收"),
        ("对项目施工过程监督不到位，抽查发现2处机耕道路面厚度不达设计要求、3条灌溉渠道出现开裂渗漏", "repair", "返工整改"),
        ("线上申办平台使用率仅为6.3%", "idle", "提高使用率"),
        # a job fair is not a hiring
        ("2024年举办招聘会等3个项目36.8万元未经中心支委会集体研究", "procedure", "程序未履行完毕"),
    ],
)
def test_facts_of_round_18_get_their_remedy(fact: str, kind: str, says: str) -> None:
    _assert_only_remedy(fact, kind, says, not_says="招聘一律")


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


@pytest.mark.parametrize(
    ("fact", "kind", "says"),
    [
        # a cultural centre's facts (round 18, left open before)
        ("向已连续两年未开展带徒传艺的3名传承人足额发放传承补助共1.8万元", "money", "违规发放的款项按规定清退收回"),
        ("2024年县级非遗保护专项资金20万元执行率仅为46%", "idle", "按规定用途限期使用"),
        ("送文化下乡演出中有8场与县直部门宣传活动重复统计", "falsified", "据实更正"),
        ("向合作演出团体支付演出费21.6万元，其中4.3万元无演出场次明细和乡镇签收确认", "records", "规范手续和凭证管理"),
        ("2024年计划开展业务培训和下站辅导48次，实际完成21次", "target", "按要求完成目标任务"),
        ("场地租金收入11.4万元中有3.2万元通过个人微信收取后延迟入账", "money", "全额纳入单位账户统一核算"),
        ("商业性演出服务费收入未全额纳入单位预算管理", "money", "全额纳入单位账户统一核算"),
        ("在演出活动经费中列支工作人员餐费、慰问品等1.2万元", "money", "归还原渠道"),
    ],
)
def test_a_cultural_centres_facts_get_their_remedy(fact: str, kind: str, says: str) -> None:
    _assert_only_remedy(fact, kind, says)


# -- round 19: a mental-health centre, a children's home, a township's 财政所 and 司法所, a 巡察办,
# a 科技局, a youth centre, a 派出所 ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "leader", "department", "present", "absent"),
    [
        # a 派出所 is a 所 of the 公安局: its staff, not the bureau's 大队 and 局办公室
        ("中共芪岭县公安局桃源派出所支部委员会", "派出所党支部书记、所长", "派出所综合室",
         "成立所党支部巡察整改工作领导小组，由派出所党支部书记、所长任组长", "局"),
        # a township's 财政所 is not a member of its own group
        ("中共莨岭县财政局青溪镇财政所支部委员会", "所党支部书记、所长", "青溪镇财政所",
         "所内全体干部职工为成员", "和青溪镇财政所"),
        # a 巡察办's office is not itself
        ("中共莳塘县委巡察工作领导小组办公室", "县委巡察办主任", "县委巡察办", "办公室设在综合股", "设在县委巡察办"),
        # a 福利院 is an institution led by its 院长, its office the 院办公室
        ("中共苋川县儿童福利院支部委员会", "党支部书记、院长", "院办公室", "办公室设在院办公室", "院党支部办公室"),
    ],
)
def test_the_group_of_a_police_station_a_finance_office_an_inspection_office_and_a_home(
    draft_settings: Settings, unit: str, leader: str, department: str, present: str, absent: str
) -> None:
    from assistant.drafting import front_matter
    from tests.test_fit_fourth_pass import _with_defaults

    context = DraftingContext.build(draft_settings, _with_defaults(unit, "县委第二巡察组", leader, department))
    text = front_matter.organisation(context)
    assert present in text and absent not in text, text


def test_a_police_stations_rooms_are_its_staff(draft_settings: Settings) -> None:
    from assistant.drafting import front_matter

    data = _feedback("中共芪岭县公安局桃源派出所支部委员会", "县委第二巡察组", problems=["接处警不规范"]).model_dump(mode="json")
    data["feedback"][0]["problems"][0]["department"] = "派出所值班室"
    context = DraftingContext.build(draft_settings, Feedback.model_validate(data))
    assert "值班室" not in front_matter.organisation(context)


def test_a_numbered_slogan_is_a_heading() -> None:
    assert clause_fault("（一）提高政治站位，扛起主体责任。") == "heading"
    assert clause_fault("严格执行公务接待审批制度，无公函一律不予接待。") is None


@pytest.mark.parametrize(
    ("fact", "kind", "says"),
    [
        ("护理人员与儿童配比约1∶3.7，低于1∶3的标准", "staffing", "配齐配强"),
        ("随队安全员配备比例低于1:30的要求", "staffing", "配齐配强"),
        ("巡察组现场盘点时库存现金2.86万元，超出核定库存限额（1万元）1.86万元", "money", "存入银行"),
        ("收取的培训费12.6万元未及时全额上缴财政专户，在中心账户滞留4个月", "money", "缴入财政专户"),
        ("全县168个村（社区）中仍有47个未开展巡察", "unrectified", "制定推进计划"),
        ("2024年办理的户口迁移业务中有8件申报材料不全即予以办理", "records", "严格审核把关"),
    ],
)
def test_facts_of_round_19_get_their_remedy(fact: str, kind: str, says: str) -> None:
    _assert_only_remedy(fact, kind, says)


@pytest.mark.parametrize(
    "fact",
    [
        # copied notes are not records to keep, a list not updated is not a case to learn from,
        # and another unit's money an inspection office rated is not ours to recover
        "党员学习记录雷同，有2名党员学习笔记内容相互照抄",
        "人才库近2年未动态调整，仍有已退休人员6名、受党纪处分人员1名在库",
        "县农业农村局对违规发放补贴问题仅退回资金1.2万元、尚有6.5万元未追缴即被评估为“已完成”",
    ],
)
def test_look_alikes_of_round_19_get_no_remedy(fact: str) -> None:
    assert fact_remedies(fact) == []


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
    ("fact", "kind", "says"),
    [
        ("村集体临街商铺2处租赁合同2023年到期后未收回也未续签，承租人拖欠租金41.6万元", "arrears", "依法依规收回或按规定公开重新发包租赁"),
        ("对156名自主就业退役士兵跟踪回访不及时，就业创业数据台账与实际不符", "stocktake", "核实更正台账信息"),
        ("抽查的60卷登记卷宗中有7卷材料缺失、装订不规范", "records", "规范立卷归档"),
        # a reception two clauses before does not make overtime paid as 劳务费 a reception
        ("公务接待费用中有5笔无公函，以劳务费名义发放加班补助3.6万元，未经所务会集体研究", "procedure", "程序未履行完毕"),
    ],
)
def test_facts_of_round_20_get_their_remedy(fact: str, kind: str, says: str) -> None:
    _assert_only_remedy(fact, kind, says, not_says="公务接待审批")


@pytest.mark.parametrize(
    "fact",
    [
        # 落户 is not an account money is held in; a developer's 出让金 is the county's to collect
        "对符合条件的长期滞留人员落户安置工作推进缓慢，2023年以来仅办理落户安置1人",
        "开发企业欠缴土地出让金，3个小区无法办理不动产权证书",
    ],
)
def test_look_alikes_of_round_20_get_no_remedy(fact: str) -> None:
    assert fact_remedies(fact) == []


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


def test_a_villages_joint_stock_cooperative_is_the_villages(draft_settings: Settings) -> None:
    from assistant.drafting import front_matter

    unit = "中共葑溪县河口镇柳湾村股份经济合作社支部委员会"
    profile = profile_for(unit)
    assert (profile.kind, profile.head, profile.short) == ("village", "理事长", "合作社")
    context = DraftingContext.build(draft_settings, _feedback(unit, "县委第三巡察组"))
    text = front_matter.organisation(context)
    assert "由合作社党支部书记、理事长任组长，理事会、监事会其他成员任副组长" in text, text
    assert "公司" not in text and misfits(text, profile) == []
