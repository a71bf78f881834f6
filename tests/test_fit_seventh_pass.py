"""Rules of the seventh pass (issue 14): a borrowed measure names a matter or theme our
problem names; remedies look for what they need beside their words in the clauses around
the match; another unit's year told is not a measure."""

from __future__ import annotations

import pytest

from assistant.drafting.context import DraftingContext
from assistant.drafting.engines.extractive import ExtractiveEngine
from assistant.drafting.fact_remedies import fact_remedies
from assistant.drafting.fit import fitting_item
from assistant.drafting.hygiene import (
    clause_fault,
    foreign_topic,
    measure_form,
    other_organ,
    shares_topic,
)
from assistant.drafting.inputs.feedback.model import Feedback
from assistant.drafting.open_facts import unanswered_facts
from assistant.drafting.sources import build_sources
from assistant.drafting.subject import SubjectMatcher
from assistant.index.precedents import Precedent
from assistant.settings import Settings
from assistant.units import map_to_ours, misfits, profile_for, with_own_subunits
from tests.test_fit_drafting import _feedback, _record

HOSPITAL = "中共棣川县第二人民医院委员会"


def assert_remedy_case(case: tuple[str, str, str, str]) -> None:
    """A (fact, class, says, not_says) case: no remedy at all for a look-alike (no class)."""
    if not case[1]:
        assert fact_remedies(case[0]) == [], fact_remedies(case[0])
        return
    _assert_only_remedy(*case)


def _assert_only_remedy(fact: str, kind: str, says: str, not_says: str | None = None) -> None:
    """``fact`` gets one remedy, of ``kind``, saying ``says`` and not ``not_says``."""
    [remedy] = fact_remedies(fact)
    assert remedy.kind == kind and says in remedy.text, remedy
    assert not_says is None or not_says not in remedy.text, remedy


@pytest.mark.parametrize(
    ("clause", "ours"),
    [
        # a matter of management: the same 公务接待
        ("严格执行公务接待审批制度，无公函一律不予接待。", "公务接待不规范。2024年有7批次接待无公函。"),
        # a party-building theme: the same 三会一课, the same 理论学习
        ("严格落实“三会一课”制度，规范活动记录。", "基层党建薄弱。2个支部“三会一课”记录不全。"),
        ("认真落实“第一议题”制度，联系实际学。", "理论学习不深入。中心组学习以读代研，专题研讨仅4次。"),
    ],
)
def test_a_borrowed_measure_on_a_matter_or_theme_our_problem_names_shares_it(clause: str, ours: str) -> None:
    assert shares_topic(clause, ours)


@pytest.mark.parametrize(
    ("clause", "ours"),
    [
        # a word shared, not the point (read: a housing bureau's staff appraisal under ours)
        ("严格落实二级绩效考评，优化绩效考评方案。", "公立医院绩效考核指标落实不力。2024年平均住院日高于目标1.2天。"),
        ("创新就业模式，组织就业扶贫车间参加招聘。", "高校毕业生就业服务不到位。2024年未就业毕业生帮扶台账缺失。"),
    ],
)
def test_a_borrowed_measure_on_nothing_our_problem_names_does_not(clause: str, ours: str) -> None:
    assert not shares_topic(clause, ours)


def test_a_theme_our_problem_does_not_name_does_not_drop_a_clause() -> None:
    # 一岗双责 is said of every duty: a clause on our 意识形态 that uses it stays
    clause = "严格落实意识形态工作责任制，班子成员按照“一岗双责”要求抓好分管股室的意识形态工作。"
    ours = "意识形态工作责任制落实不到位。党组专题研究意识形态工作次数偏少。"
    assert foreign_topic(clause, ours) is None and shares_topic(clause, ours)


def test_fitting_drops_a_precedent_measure_sharing_no_matter_with_our_facts(draft_settings: Settings) -> None:
    title = "绩效考核工作不规范"
    clause = "严格落实二级绩效考评，优化绩效考评方案，切实发挥绩效考评激励作用。"
    record = _record("中共临江县住房和城乡建设局党组", clause).model_copy(update={"problem": "绩效考评工作不规范"})
    kept = []
    for detail in ("", "科室绩效与业务收入直接挂钩，检查、检验收入权重45%。", "三会一课记录不全，绩效考评中党建占比低。"):
        data = _feedback(HOSPITAL, "县委第一巡察组", problems=[title]).model_dump(mode="json")
        data["feedback"][0]["problems"][0]["detail"] = detail
        context = DraftingContext.build(draft_settings, Feedback.model_validate(data))
        item = build_sources(context.feedback.problems()[0], [Precedent(rank=1, score=1.0, signals={}, record=record)])
        kept.append([s.clause for s in fitting_item(context, item).sources])
    # a bare title covers every matter; facts naming no matter the clause names leave it out
    assert kept[0] == [clause] and kept[1] == []


# -- remedies ----------------------------------------------------------------------------------


def _kinds(detail: str) -> list[tuple[str, str]]:
    return [(r.kind, r.text) for r in fact_remedies(detail)]


def test_money_named_two_clauses_away_does_not_make_a_money_fault() -> None:
    detail = "2022年投资680万元建成的执法办案中心使用率不高，2024年仍有53起案件违规在派出所办公区询问讯问嫌疑人。"
    assert not any(kind == "money" for kind, _ in _kinds(detail))
    # beside it, the money is the fault's own
    assert _kinds("2024年违规发放加班补贴12.6万元。")[0][0] == "money"


def test_oversight_of_a_provider_is_ours_and_its_false_claim_is_not_our_money() -> None:
    detail = "对定点康复机构监管不严，1家定点机构虚报训练课时，多领取救助资金4.2万元。"
    [(kind, text)] = _kinds(detail)[:1]
    assert kind == "oversight" and "停止发放" not in text
    firm = "6家企业通过挂靠方式虚假安置残疾人23名，少缴残疾人就业保障金约41.8万元。"
    assert not any(kind == "money" for kind, _ in _kinds(firm))


def test_marked_as_meeting_a_standard_it_did_not_meet_is_not_a_target() -> None:
    assert not any(kind == "target" for kind, _ in _kinds("2023年有4户未达到风险消除标准即标注“风险消除”。"))
    assert _kinds("2024年改厕任务仅完成计划的60%。")[0][0] == "target"


def test_a_mismatch_is_a_fault_and_stays_open_beside_a_remedy_for_the_records() -> None:
    detail = "已纳入监测的96户中有11户帮扶措施与致贫风险不匹配，帮扶手册记录内容雷同。"
    [(kind, text)] = _kinds(detail)
    assert kind == "minutes" and "帮扶措施与致贫风险不匹配" not in text.split("”")[0]
    matcher = SubjectMatcher.uniform(frozenset())
    open_facts = unanswered_facts(detail, [text], matcher)
    assert any("不匹配" in f for f in open_facts), open_facts


# -- another unit's account, another unit's short name ------------------------------------------


@pytest.mark.parametrize(
    "clause",
    [
        "严格审核党员发展纪实手册，今年新发展的党员10人，纪实手册均通过了组织部的审查。",
        "今年新增入党申请人8人。",
    ],
)
def test_another_units_year_told_is_not_a_measure(clause: str) -> None:
    found = measure_form(clause)
    assert found is not None and found[0] == "done"


def test_a_promise_for_this_year_is_a_measure() -> None:
    assert measure_form("今年底前完成党员发展纪实手册的规范整理。") is None


def test_their_short_name_before_its_appraisal_becomes_ours() -> None:
    ours = profile_for("中共荻溪县禾埠镇委员会", inspection_body="县委第三巡察组", inspection_kind="巡察")
    theirs = profile_for("中共津市市公安局委员会")
    mapped = map_to_ours("对未完成工作任务的支部在局绩效评估中予以扣分", theirs, ours)
    assert "镇绩效评估" in mapped.text and "局绩效" not in mapped.text


# -- read in the eleventh round ------------------------------------------------------------------


def test_another_units_calendar_is_not_ours() -> None:
    assert clause_fault("每月25日在智慧党建系统对各支部三会一课工作情况进行检查考核。") == "brand"
    assert clause_fault("每月召开一次支委会，专题研究党建工作。") is None


def test_selecting_xuandiaosheng_is_the_organisation_departments() -> None:
    text = "根据编制、职数空缺情况，适时择优选调选调生充实干部队伍。"
    assert [m.word for m in misfits(text, profile_for("中共青山县财政局党组"))] == ["选调生"]
    assert misfits(text, profile_for("中共青山县委组织部")) == []


def test_a_building_the_money_was_spent_on_is_an_asset_to_use_not_money_to_collect() -> None:
    [remedy] = fact_remedies("2023年投入资金620万元建设的游客接待中心建成后长期闲置")
    assert remedy.kind == "idle" and "盘活利用" in remedy.text and "上缴、收回" not in remedy.text


def test_our_own_loose_review_is_not_oversight_of_others() -> None:
    assert not any(r.kind == "oversight" for r in fact_remedies("对部门预算追加审核把关不严，163笔追加1.27亿元"))
    assert fact_remedies("对定点康复机构监管不严")[0].kind == "oversight"


@pytest.mark.parametrize(
    ("detail", "action"),
    [
        ("2024年从中列支教职工节日慰问品及聚餐费用2.6万元。", "归还原渠道"),
        ("2023年至2025年3月向已死亡人员发放补贴资金涉及87人、金额14.6万元，至巡察时仅追回5.2万元。", "全部清退到位"),
    ],
)
def test_money_charged_to_a_fund_or_not_yet_recovered_gets_the_money_remedy(detail: str, action: str) -> None:
    [remedy] = fact_remedies(detail)
    assert remedy.kind == "money" and action in remedy.text


def test_a_facility_found_substandard_is_named_with_its_fault() -> None:
    detail = "全县A级旅游景区复核不严，2024年省级暗访发现2家3A级景区厕所、标识等基础设施不达标，被通报警告。"
    [named] = unanswered_facts(detail, [], SubjectMatcher.uniform(frozenset()))
    assert "不达标" in named and "复核不严" in named


# -- our own offices, from our own feedback --------------------------------------------------------


def test_the_offices_our_feedback_names_are_our_subunits() -> None:
    centre = profile_for("中共枳阳县机关事务服务中心党组", inspection_body="县委第三巡察组")
    assert centre.subunits[0] == "股室"  # what most county units have
    ours = with_own_subunits(centre, ["中心综合科", "公务用车服务科", "资产管理科", "中心财务室"])
    assert ours.subunits[0] == "科室" and "股室" in ours.subunits
    assert with_own_subunits(centre, ["资产管理科"]) == centre  # one name is not a habit
    assert misfits("由资产管理科牵头，各科室抓好落实", ours) == []


def test_a_centre_with_ke_gets_its_group_in_its_own_words(draft_settings: Settings) -> None:
    data = _feedback("中共枳阳县机关事务服务中心党组", "县委第三巡察组").model_dump(mode="json")
    data["defaults"] = {"department": "中心综合科"}
    for problem, department in zip(data["feedback"][0]["problems"], ["公务用车服务科", "资产管理科", "人事科"], strict=False):
        problem["department"] = department
    context = DraftingContext.build(draft_settings, Feedback.model_validate(data))
    text = ExtractiveEngine().front_matter(context, []).organisation
    assert "各科室主要负责同志" in text and "股室" not in text, text
    assert "办公室设在中心综合科" in text, text


# -- read in the twelfth round: a bureau's 所 in a township ------------------------------------------


def test_a_bureaus_station_is_a_station_not_the_bureau() -> None:
    station = profile_for("中共磐岭县市场监督管理局青石市场监督管理所支部委员会", inspection_body="县委第五巡察组")
    assert (station.kind, station.head, station.short, station.subunits) == ("station", "所长", "所", ())
    assert profile_for("中共青山县林业局白沙林业站支部委员会").head == "站长"
    assert profile_for("中共青山县生态环境分局党组").kind == "bureau"  # a 分局 is a bureau
    assert [m.word for m in misfits("局领导带头，各股室抓好落实", station)] == ["局领导", "股室"]


def test_a_stations_group_is_its_staff(draft_settings: Settings) -> None:
    feedback = _feedback("中共磐岭县市场监督管理局青石市场监督管理所支部委员会", "县委第五巡察组")
    context = DraftingContext.build(draft_settings, feedback)
    text = ExtractiveEngine().front_matter(context, []).organisation
    assert "所内全体干部职工为成员" in text and "股室" not in text and "局" not in text.split("。")[0], text


@pytest.mark.parametrize(
    ("fact", "kind", "says"),
    [
        ("其中9家小作坊全年未检查", "oversight", "制定检查计划"),
        ("存在以责令整改代替立案查处的情况", "oversight", "应罚尽罚"),
        ("对缺斤短两问题群众多次反映，所内仅作口头提醒", "oversight", "依法依规核查处理"),
        ("2024年度年报率仅为81.2%", "target", "推进计划"),
        ("2024年查扣的过期食品共计11批次无销毁记录", "minutes", "如实、完整记录"),
        ("执法车辆使用登记不全", "records", "登记制度"),
        ("1名执法人员在其亲属经营的超市检查中未按规定回避", "procedure", "主动回避"),  # the recusal wording (thirtieth pass)
        ("存在以“执法检查误餐费”名义报销工作餐2600元", "money", "由相关人员承担并清退"),  # a meal claimed under another name is paid by whoever ate it (thirty-ninth pass)
        ("检查结果未按规定时限在信用信息公示系统公示的有19户", "disclosure", "及时、全面"),
    ],
)
def test_facts_of_a_regulators_own_work_get_their_remedy(fact: str, kind: str, says: str) -> None:
    _assert_only_remedy(fact, kind, says)


def test_a_record_of_what_was_done_missing_is_a_record_to_keep() -> None:
    # 无…记录: what was done was not written down (a record to keep from now on, never made up)
    assert fact_remedies("2024年有7次出车无事由、无里程记录")[0].kind == "minutes"
    assert not fact_remedies("支部会议记录完整，无问题")


def test_a_committees_veteran_cadres_bureau_is_led_by_its_director() -> None:
    bureau = profile_for("中共樟浦县委老干部局", inspection_body="县委第一巡察组")
    assert (bureau.kind, bureau.head, bureau.short, bureau.organ) == ("party_department", "局长", "局", "局务会")
    assert profile_for("中共樟浦县委组织部").head == "部长"


def test_optimising_section_level_cadres_is_not_a_county_units_power() -> None:
    text = "用好用活职务与职级并行等制度，科级干部在年龄、知识结构等方面进一步优化。"
    assert [m.kind for m in misfits(text, profile_for("中共青山县商务局党组"))] == ["level"]
    assert misfits(text, profile_for("中共青山市商务局党组")) == []


@pytest.mark.parametrize(
    ("fact", "kind", "says"),
    [
        ("2024年下半年养护员补助拖欠4个月", "arrears", "及时足额支付"),  # we owe it: paid, not collected
        ("2024年支部委员会召开8次，未达到每月1次的要求", "frequency", "定期开展"),
    ],
)
def test_owed_by_us_and_held_too_seldom(fact: str, kind: str, says: str) -> None:
    _assert_only_remedy(fact, kind, says)


def test_what_another_unit_found_with_its_count_to_fill_is_an_account() -> None:
    found = measure_form("开展廉政风险排查，查摆出风险点【待补充：数量】个，制定防控措施【待补充：数量】条。")
    assert found is not None and found[0] == "done"
    assert measure_form("开展廉政风险排查，逐岗位查找风险点，制定防控措施。") is None


# -- read in the thirteenth round ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("clause", "ours"),
    [
        ("组织业务科室认真学习领会政府采购制度，提升依法合规开展采购工作的能力。", "药品耗材采购不规范。312万元耗材未在省平台采购。"),
        ("进一步规范发展党员程序，对发展党员程序进行全面自查。", "党员队伍建设滞后。近三年仅发展党员1名。"),
    ],
)
def test_no_measure_is_borrowed_under_a_matter_where_borrowing_proved_unsignable(clause: str, ours: str) -> None:
    assert not shares_topic(clause, ours)
    assert shares_topic("严格遵守接待规定，规范公务接待程序。", "公务接待不规范。4批次接待无公函。")


def test_serving_the_leaders_decisions_is_a_staff_offices_work() -> None:
    text = "对不当言论敢于亮剑，及时报送舆情线索，为优化决策、服务群众提供有力支撑。"
    assert [m.kind for m in misfits(text, profile_for("中共青山县政协党组"))] == ["level"]
    assert misfits(text, profile_for("中共青山县人民政府办公室党组")) == []


@pytest.mark.parametrize(
    ("fact", "kind", "says"),
    [
        ("以“资料费”名义向学生代收费用2.9万元，未经审批备案", "procedure", "清退"),
        ("1批次安排至省外旅游景区，人均费用超出规定标准820元", "money", "清退、追缴"),
        ("公用经费列支与教学无关的慰问品和餐费1.1万元", "money", "归还原渠道"),
        ("以“职工文体活动”名义购买购物卡1.8万元", "money", "清退"),
        ("校内小卖部承包合同到期后，租金2024年起未收取", "arrears", "催收"),
    ],
)
def test_money_charged_spent_or_owed_gets_its_remedy(fact: str, kind: str, says: str) -> None:
    _assert_only_remedy(fact, kind, says)


# -- read in the fourteenth round -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fact", "kind", "says", "not_says"),
    [
        # a watch not kept is a duty, a register of people or premises is kept current: neither
        # is squared with vouchers (read: 逐笔核实…规范凭证 under 流动党员 and 三合一场所)
        ("2024年秋季学期宿舍有两个夜间无值班记录", "minutes", "值班值守", "凭证"),
        ("辖区三合一场所底数不清，未建立动态管理台账", "records", "动态更新", "凭证"),
        ("7名流动党员未建立管理台账", "records", "动态更新", "凭证"),
        ("2024年有3笔支出缺少原始凭证", "records", "凭证", "动态更新"),
        # clues not handed over: a working procedure with the discipline bodies, not a case
        ("审计发现的违纪违法问题线索移送不及时", "oversight", "线索移送工作机制", "以案为鉴"),
        # an idle hall's low income is not money to pay into the treasury
        ("投资96万元建成的茶文化展示馆使用率不足一半，2024年仅实现收入3.2万元，长期半闲置", "idle", "盘活", "国库"),
    ],
)
def test_a_remedy_follows_what_the_fact_is_about(fact: str, kind: str, says: str, not_says: str) -> None:
    _assert_only_remedy(fact, kind, says, not_says)


def test_a_quote_that_takes_in_the_clause_named_before_names_only_what_goes_on() -> None:
    fact = (
        "但体育馆羽毛球场、乒乓球室工作日白天时段大部分以包场形式出租，免费开放时间每周仅18小时，"
        "低于协议约定的35小时"
    )
    [named] = unanswered_facts(fact, [], SubjectMatcher.uniform(frozenset()))
    assert named.count("每周仅18小时") == 1 and "35小时" in named


# -- read in the fifteenth round --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fact", "kind", "says", "not_says"),
    [
        ("2024年认定的闲置土地7宗、面积204.5亩，未按规定征收闲置费或收回", "idle", "征收土地闲置费", "盘活"),  # round 35: idle land is disposed of by law, not put to our use
        ("项目补助资金结余12.4万元长期挂账，未按规定用途使用", "idle", "按规定用途", "催收"),
        ("2024年项目结余资金37.8万元长期结存未用", "idle", "按规定用途", "盘活"),
        ("村集体停车场2024年收取停车费11.2万元，由管理员坐收坐支", "money", "收支两条线", "凭证"),
        # (a book-seller's return is a kickback to recover since round 159's reading, not income to book)
        ("书商以“服务费”名义返还学校8.7万元，未纳入学校财务统一核算，形成账外资金", "money", "返利回扣", "盘点"),
        ("大棚出租给外地种植大户后，约定每年5.2万元的收益分红至今未兑现", "arrears", "催收", "拨付"),
        ("两村土地补偿款共计147万元长期滞留在镇财政所代管账户，未按规定及时拨付到村", "idle", "拨付到位", "上缴"),
        ("2024年开展专题研讨4次，均无发言记录", "minutes", "如实、完整记录", "凭证"),
        ("普法责任制落实不到位，2024年有6家成员单位未建立普法工作台账", "records", "如实登记", "凭证"),
    ],
)
def test_the_fifteenth_readings_facts_get_the_remedy_they_call_for(fact: str, kind: str, says: str, not_says: str) -> None:
    _assert_only_remedy(fact, kind, says, not_says)


def test_a_union_and_a_cppcc_get_their_own_names_and_offices(draft_settings: Settings) -> None:
    union = profile_for("中共樟岭县总工会党组", inspection_body="县委第一巡察组")
    assert union.short == "县总工会"  # not 会党组, 会办公室
    data = _feedback("中共蕙川县政协党组", "县委第二巡察组").model_dump(mode="json")
    data["defaults"] = {"department": "县政协办公室"}
    context = DraftingContext.build(draft_settings, Feedback.model_validate(data))
    text = ExtractiveEngine().front_matter(context, []).organisation
    assert "办公室设在县政协办公室" in text, text


# -- read in the sixteenth round -------------------------------------------------------------------------


def test_the_sixteenth_readings_facts() -> None:
    # 幸福院 built and left idle are buildings to use, not money to collect
    [idle] = fact_remedies("投入资金1260万元建设的14个村级互助养老幸福院，有6个建成后长期闲置")
    assert idle.kind == "idle" and "盘活" in idle.text and "上缴" not in idle.text
    # residents' demands left out of a renovation are not people left off a list
    assert fact_remedies("有3个小区改造后加装电梯、增设停车位等群众需求未纳入") == []
    # water users' meters are theirs to install; our own facilities are ours
    assert fact_remedies("在册取水户126户中有23户未安装计量设施") == []
    assert fact_remedies("2所敬老院未按规定安装喷淋设施")[0].kind == "equipment"


def test_equipment_barely_used_is_idle_not_a_target() -> None:
    [remedy] = fact_remedies("2023年采购的6套实训设备使用率不足10%")
    assert remedy.kind == "idle" and "盘活" in remedy.text
    assert fact_remedies("2024年度年报率仅为81.2%")[0].kind == "target"


def test_no_enforcement_measure_is_borrowed_from_another_enforcer() -> None:
    clause = "落实行政执法责任制，层层落实岗位责任，严格遵循办案程序，规范执法行为。"
    assert not shares_topic(clause, "行政复议和行政执法监督不到位。2024年抽查执法案卷仅12卷。")


def test_the_name_of_a_check_is_not_a_publication() -> None:
    fact = "“双随机、一公开”抽查检查结果未按规定时限在信用信息公示系统公示的有19户"
    [remedy] = fact_remedies(fact)
    assert remedy.kind == "disclosure" and "全面公示" in remedy.text and "全面公开" not in remedy.text


@pytest.mark.parametrize(
    "clause",
    [
        "即知即改。【待补充：时间】由药剂科主任召集药房全体人员召开会议，会议强调药品采购程序。",
        "建章立制。【待补充：时间】制定《【待补充：文件名称】》，收录医院管理有关文件汇编。",
    ],
)
def test_a_heading_then_another_units_dated_event_is_an_account(clause: str) -> None:
    found = measure_form(clause)
    assert found is not None and found[0] == "done"


def test_a_heading_then_a_measure_and_a_dated_promise_are_measures() -> None:
    assert measure_form("建章立制。制定《【待补充：文件名称】》，规范药品采购程序。") is None
    assert measure_form("【待补充：时间】召开【待补充：数量】次党组会议专题研究意识形态工作。") is None


def test_a_blanked_out_name_is_not_ours_but_a_grade_is() -> None:
    assert clause_fault("即知即改。组织管理工作留痕，如网络、AAA等宣传材料照片保存。") == "brand"
    assert clause_fault("推动景区创建AAAA级旅游景区，完善游客服务设施。") is None


# -- read before submitting: a county statistics bureau --------------------------------------------------


def test_a_policys_name_is_not_a_falsehood_and_a_firms_ledger_is_not_ours() -> None:
    assert fact_remedies("对党中央关于防范和惩治统计造假、弄虚作假的决策部署学习领会不深") == []
    assert fact_remedies("2024年抽查的40家“四上”企业中有9家统计台账缺失或与报表数据不符") == []
    _assert_only_remedy("2024年有3个季度党费收缴台账缺失", "records", "如实登记")


def test_a_branch_committee_does_not_review_the_leaders_democratic_life_meeting() -> None:
    clause = "民主生活会后支委会对民主生活会召开情况及文件资料进行审核把关。"
    assert other_organ(clause, "党组") is not None
    assert other_organ("民主生活会后，党组对照检查材料逐项整改。", "党组") is None


# -- read before submitting: a county people's court ---------------------------------------------------


def test_a_courts_cases_and_its_case_money() -> None:
    # wages owed in the cases it enforces are not the court's debts
    assert not any(r.kind == "arrears" for r in fact_remedies("涉民生案件中有23件拖欠农民工工资案件执行到位率不足五成"))
    # auction money held in its account is paid out to the parties, not handed over
    _assert_only_remedy("个别案件拍卖款在执行款专户滞留超过3个月", "idle", "拨付到位", "上缴")
    found = measure_form("印发《【待补充：文件名称】》，根据院党组班子新的分工，将每名班子成员调整编入到一个党支部。")
    assert found is not None and found[0] == "done"
