"""Faults found reading eight plans of kinds the corpus lacks (issue 14, fourth pass): a county
人社局, a city audit bureau, a mountain 乡, a TCM hospital, a Red Cross, a development zone,
an affairs centre, a primary school. Each rule has a draft that fails it and one that passes."""

from __future__ import annotations

import dataclasses

import pytest

from assistant.drafting import front_matter
from assistant.drafting.adapt import adapt_clause
from assistant.drafting.context import DraftingContext
from assistant.drafting.engines.extractive import ExtractiveEngine
from assistant.drafting.fit import MISSING_MEASURE, fitting_item
from assistant.drafting.hygiene import clause_fault, foreign_topic, other_organ
from assistant.drafting.inputs.feedback.model import Feedback
from assistant.drafting.people import person_spans
from assistant.drafting.plan import build_plan
from assistant.drafting.sources import build_sources
from assistant.drafting.unit_forms import unit_forms
from assistant.index.precedents import Precedent
from assistant.settings import Settings
from assistant.units import profile_for
from tests.test_fit_drafting import _feedback, _record
from tests.test_fit_unseen_kinds import _misfit_words

LIBRARY = "中共桐岭县图书馆支部委员会"
COUNTY_BUREAU = "中共峡川县人力资源和社会保障局党组"
CITY_BUREAU = "中共汀川市审计局党组"
TOWNSHIP = "中共白沙镇委员会"


@pytest.mark.parametrize(
    ("text", "unit", "word"),
    [
        ("五是政法委党支部召开组织生活会，对巡察反馈问题进行检讨", LIBRARY, "政法委党支部"),
        ("政法委党支部召开专题组织生活会", COUNTY_BUREAU, "政法委党支部"),
        ("县政协党组研究部署整改工作", TOWNSHIP, "政协党组"),
    ],
)
def test_another_units_party_organisation_acting_is_flagged(text: str, unit: str, word: str) -> None:
    assert word in _misfit_words(text, unit)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("局党组召开专题会议研究整改工作", COUNTY_BUREAU),
        ("压实各党支部书记第一责任人责任", COUNTY_BUREAU),
        ("指导各村党支部规范落实“三会一课”制度", TOWNSHIP),
        ("馆党支部召开支委会专题研究", LIBRARY),
        ("政法委党支部召开组织生活会", "中共桐岭县委政法委员会"),  # its own branch
    ],
)
def test_our_own_and_our_villages_organisations_are_not(text: str, unit: str) -> None:
    assert not [w for w in _misfit_words(text, unit) if w.endswith(("党支部", "党组", "党总支"))]


@pytest.mark.parametrize(
    ("unit", "kind", "organ", "head"),
    [
        # its 委员会 seats the court's president and the procurator: its own body is the 委务会
        ("中共桐岭县委政法委员会", "party_department", "委务会", "政法委书记"),
        ("中共桐岭县委直属机关工作委员会", "party_department", "工委", "书记"),
        ("中共临澜经济开发区工作委员会", "zone", "党工委", "管委会主任"),
        ("中共青山街道工作委员会", "township", "党工委", "办事处主任"),
    ],
)
def test_committees_named_by_their_work(unit: str, kind: str, organ: str, head: str) -> None:
    profile = profile_for(unit)
    assert (profile.kind, profile.organ, profile.head) == (kind, organ, head)


@pytest.mark.parametrize(
    ("unit", "party", "we"),
    [
        ("中共禾川县城南小学支部委员会", "校党支部", "我校"),
        ("中共共青团榕岭县委员会党组", "团县委党组", "我单位"),  # not 会党组 / 我团县委
        ("中共澜州市汀湖区澜湾街道工作委员会", "街道党工委", "我街道"),  # not 街道党委
        ("中共临澜经济开发区工作委员会", "党工委", "我单位"),
        ("中共瑞川县委宣传部", "部务会", "我单位"),
    ],
)
def test_our_forms_follow_the_profile_where_the_name_is_not_enough(
    draft_settings: Settings, unit: str, party: str, we: str
) -> None:
    context = DraftingContext.build(draft_settings, _feedback(unit, "县委第五巡察组"))
    assert (context.ours.party_short, context.ours.we) == (party, we)


def test_a_youth_league_committee_is_the_tuan_xianwei_led_by_its_secretary() -> None:
    profile = profile_for("中共共青团榕岭县委员会党组")
    assert (profile.kind, profile.short, profile.head) == ("federation", "团县委", "书记")


def _with_defaults(unit: str, body: str, leader: str, department: str) -> Feedback:
    data = _feedback(unit, body).model_dump(mode="json")
    data["defaults"] = {"leader": leader, "department": department}
    return Feedback.model_validate(data)


@pytest.mark.parametrize(
    ("unit", "leader", "department", "present", "absent"),
    [
        # a Red Cross's party secretary is its 常务副会长, not its 会长
        ("中共青岚县红十字会党组", "党组书记、常务副会长", "办公室", "由会党组书记、常务副会长任组长", "、会长任组长"),
        ("中共峒岭县雾溪乡委员会", "乡党委书记", "党政综合办公室", "办公室设在党政综合办公室", "设在党政办公室"),
        # one person is both: 校长 is not also a deputy
        # (a 副书记 only when the feedback names one, since the thirty-seventh pass)
        ("中共禾川县城南小学支部委员会", "党支部书记、校长", "学校办公室", "由校党支部书记、校长任组长，其他校领导班子成员", "校长、其他"),
        # defaults that cannot be ours (a bureau's, in a village's feedback) are not taken
        ("中共桐岭县松溪镇枫林村支部委员会", "党组书记、局长", "局办公室", "由村党支部书记任组长", "局"),
    ],
)
def test_the_leading_group_takes_the_users_leader_and_office_when_they_can_be_ours(
    draft_settings: Settings, unit: str, leader: str, department: str, present: str, absent: str
) -> None:
    context = DraftingContext.build(draft_settings, _with_defaults(unit, "县委第一巡察组", leader, department))
    text = front_matter.organisation(context)
    assert present in text and absent not in text


def test_a_development_zone_group_is_its_working_committee_and_management_committee(
    draft_settings: Settings,
) -> None:
    context = DraftingContext.build(draft_settings, _feedback("中共临澜经济开发区工作委员会", "市委第二巡察组"))
    text = front_matter.organisation(context)
    assert "成立党工委" in text and "管委会主任任组长" in text and "党委办公室" not in text


@pytest.mark.parametrize(
    "clause",
    [
        "积极改进。2020年度工作评价全县排名第七，我院积极整改，将康复训练器材搬迁至住院部四楼。",
        "机关第一党支部的宣讲稿荣获“感动机关”党员先进事迹宣讲活动优秀奖。",
        "加大举措。目前设备科已在局域网内设置申请单模板，要求各科室规范填写。",
        "严格落实农民工工资保证金制度，受理拖欠农民工工资的15起案件全部办结。",
        "主动对接企业，帮助农民工讨回工资30万元。",
        "加强财务人员培训，我中心已参加上级举办财务培训班5人次。",
        "完成时限：根据协议履约方的履约情况，预计2021年底。",
        "待此次换届工作结束后，将启动对长时间在同一岗位任职的干部进行轮岗交流工作。",
        "班子成员在4月召开的专题民主生活会上进行深刻剖析检查。",
        "会领导对巡察反馈问题一一进行认领，全部认领到位。",
        "修订《评审办法》第十五条，规定每项申报论文须经同行专家鉴定。",
        "强化服务意识，窗口满意率为100%。",
        "把评审专家库的专家分为发展规划、经济管理、财政金融、基础建设等8个组别进行管理。",
        "反馈会后，分管领导随即开展集体约谈，要求班子成员提高站位。",
        "加强理论学习，邀请县委党校陈永东老师讲授意识形态专题课。",
        "加大教师招聘力度，实施“鸿雁归巢”计划，加强本土人才的培育。",
        "对各基层党组织党费收缴情况进行摸排，其他党组织不存在“以工资代扣党费”等现象。",
        "加强北院区与主院区医疗质量同质化管理。",
        "按照“三定规定”审定的内设机构，理顺内设行政股室，确定股室负责人。",
    ],
)
def test_another_units_account_or_rules_are_not_a_measure(clause: str) -> None:
    assert clause_fault(clause) is not None


@pytest.mark.parametrize(
    "clause",
    [
        "强化服务意识，优化办事流程，确保窗口满意率达到95%以上。",
        "针对此次巡察反馈问题，逐项制定整改措施，建立整改台账。",
        "召开巡察整改专题民主生活会，班子成员主动认领巡察反馈问题，深刻剖析根源。",
        "修订完善《财务管理办法》，明确报销审批流程。",
        "建立评审专家库，按专业分类管理，定期更新。",
        "邀请县委党校老师讲授意识形态专题课。",
        "实施“三会一课”制度，规范组织生活。",
        "确保不存在以工资代扣党费的现象。",
    ],
)
def test_measures_that_only_look_like_accounts_are_kept(clause: str) -> None:
    assert clause_fault(clause) is None


def test_a_person_after_a_branch_name_is_a_person() -> None:
    text = "机关第一党支部唐锐同志的宣讲稿；组织全体党员同志学习"
    assert [text[a:b] for a, b in person_spans(text)] == ["唐锐"]


@pytest.mark.parametrize(
    ("text", "unit", "word"),
    [
        ("组织交通系统全体公职人员参加政务处分法知识测试", COUNTY_BUREAU, "交通系统"),
        ("督促市属企业梳理廉洁风险点，提交工作报告", CITY_BUREAU, "市属企业"),
        ("以队伍教育整顿为契机，严肃追究违纪违法行为", "中共鹤陂县中医医院委员会", "队伍教育整顿"),
        ("梳理科级干部名册，今后对局科级干部开展轮岗", COUNTY_BUREAU, "科级干部名册，今后对局科级干部开展轮岗"),
        ("结合乡镇换届风气督导，对科级干部进行谈心谈话", COUNTY_BUREAU, "换届风气督导"),
        ("邀请派驻纪检监察组参加机关办公会议", COUNTY_BUREAU, "机关办公会"),
        ("邀请派驻纪检监察组参加机关办公会议", "中共青岚县红十字会党组", "机关办公会"),
        ("组织政工室人事管理人员学习干部任用条例", "中共临澜经济开发区工作委员会", "政工室"),
        ("将老干经费纳入行政账户管理", "中共青岚县红十字会党组", "老干经费"),
        ("大力推进道路运输行业安全生产集中攻坚行动", "中共临澜经济开发区工作委员会", "道路运输"),
        ("会前邀请派驻纪检组参加会议进行监督", TOWNSHIP, "派驻纪检组"),
        ("会前邀请派驻纪检组参加会议进行监督", "中共杉塘县妇幼保健院支部委员会", "派驻纪检组"),
        ("明确校机关及校属单位财务收支管理规范", "中共棠浦县职业中等专业学校委员会", "校机关"),
        ("制定局属事业单位工作人员嘉奖办法", "中共黛山县翠岩镇委员会", "局属事业单位"),
    ],
)
def test_another_sectors_systems_and_another_levels_powers(text: str, unit: str, word: str) -> None:
    assert any(word in w or w in word for w in _misfit_words(text, unit))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("梳理科级干部名册，今后对局科级干部开展轮岗", CITY_BUREAU),  # a city bureau's own sections
        ("邀请派驻纪检监察组参加机关办公会议", "中共湘潭市雨湖区政协机关党组"),
        ("组织全局干部职工参加政务处分法知识测试", COUNTY_BUREAU),
        ("会前邀请派驻纪检组参加会议进行监督", COUNTY_BUREAU),
        ("明确校机关及校属单位财务收支管理规范", "中共某省某大学委员会"),
    ],
)
def test_the_same_words_fit_where_they_belong(text: str, unit: str) -> None:
    assert _misfit_words(text, unit) == []


def test_a_measure_is_promised_once_per_plan(draft_settings: Settings) -> None:
    problem = "违反中央八项规定精神，公务接待无公函、超标准接待"
    feedback = _feedback("中共青山县农业农村局党组", "县委第三巡察组", problems=[problem, problem])
    context = DraftingContext.build(draft_settings, feedback)
    plan = build_plan(context, ExtractiveEngine())
    first, second = ([m.text for m in item.measures if m.citations] for item in plan.items)
    assert first, "the first item drafts measures, so the second could repeat them"
    assert not set(first) & set(second)
    assert second or any(m.text == MISSING_MEASURE for m in plan.items[1].measures)


def test_a_clauses_own_ordinal_is_not_kept_under_ours() -> None:
    ours = unit_forms(COUNTY_BUREAU)
    assert adapt_clause("一是召开党组会，深入学习条例", "中共某县某局党组", ours) == "召开党组会，深入学习条例。"
    assert adapt_clause("一把手带头讲党课", "中共某县某局党组", ours) == "一把手带头讲党课。"
    assert adapt_clause("确定股室负责人，配 备工作人员", "中共某县某局党组", ours) == "确定股室负责人，配备工作人员。"


def test_a_kindergarten_branch_has_a_kindergartens_group_and_no_leading_groups_meeting(
    draft_settings: Settings,
) -> None:
    context = DraftingContext.build(draft_settings, _feedback("中共枫浦县实验幼儿园支部委员会", "县委第五巡察组"))
    text = front_matter.organisation(context)
    # (since the twelfth pass a kindergarten has its own group: 园领导班子其他成员, its 年级组, no 处室)
    assert "园领导班子" in text and "校领导" not in text and "处室" not in text
    assert other_organ("召开巡察整改专题民主生活会，班子成员主动认领问题", "党支部") == "民主生活会"
    assert other_organ("民主生活会后支委会对召开情况进行审核把关", "党支部") == "民主生活会"
    assert other_organ("将每名班子成员调整编入到一个党支部", "党支部") is not None
    assert other_organ("严格落实党员领导干部双重组织生活制度", "党支部") == "双重组织生活"
    assert other_organ("严格落实党员领导干部双重组织生活制度", "党组") is None
    assert other_organ("召开巡察整改专题组织生活会，党员主动认领问题", "党支部") is None
    assert other_organ("召开巡察整改专题民主生活会", "党组") is None


@pytest.mark.parametrize(
    ("clause", "ours", "topic"),
    [
        ("印发《干部管理办法》，举办领导干部报告个人有关事项填写培训班。", "重点岗位干部交流轮岗不到位。7名干部在同一岗位任职超过8年。", "个人有关事项"),
        ("严格执行主要领导“末位表态制”，按照归口管理的原则讨论形成决议。", "“三重一大”决策不规范。96万元公务车辆购置未经党组会研究。", "末位表态"),
        ("严格按照政府采购要求，所有办公用品集中统一由办公室采购。", "财务管理不严。食堂现金收入未入账，存在小金库风险。", "办公用品"),
        ("加快资金拨付和棚户区改造力度，推进棚改项目开工建设。", "老旧小区改造推进不力。12个小区改造滞后。", "棚户区改造"),
    ],
)
def test_a_clause_about_a_matter_our_facts_do_not_name_is_dropped(clause: str, ours: str, topic: str) -> None:
    assert foreign_topic(clause, ours) == topic


@pytest.mark.parametrize(
    ("clause", "ours"),
    [
        ("严格执行公务接待审批制度，无公函一律不予接待。", "违反中央八项规定精神。2024年公务接待18批次中有7批次无公函。"),
        ("制定干部交流轮岗计划，对重点岗位干部定期轮岗。", "重点岗位干部交流轮岗不到位。"),
        ("深入学习《党章》，开展专题研讨。", "理论学习不够深入。"),  # no matter of management at all
    ],
)
def test_a_clause_on_the_matter_our_facts_name_is_kept(clause: str, ours: str) -> None:
    assert foreign_topic(clause, ours) is None


def test_the_matter_rule_needs_facts_a_bare_title_covers_every_matter(draft_settings: Settings) -> None:
    """违反中央八项规定精神 alone may be answered with 公务接待; with facts about 公务用车 only, not."""
    clause = "严格执行公务接待审批制度，无公函一律不予接待。"
    title = "违反中央八项规定精神问题"
    record = _record("中共临江县交通运输局党组", clause).model_copy(update={"problem": title})
    kept = []
    for detail in ("", "2024年公务用车私用3次，加油卡管理混乱。"):
        data = _feedback(COUNTY_BUREAU, "县委第三巡察组", problems=[title]).model_dump(mode="json")
        data["feedback"][0]["problems"][0]["detail"] = detail
        context = DraftingContext.build(draft_settings, Feedback.model_validate(data))
        item = build_sources(context.feedback.problems()[0], [Precedent(rank=1, score=1.0, signals={}, record=record)])
        kept.append([s.clause for s in fitting_item(context, item).sources])
    assert kept == [[clause], []]


def test_a_precedent_as_close_to_our_title_passes_though_our_facts_are_long(draft_settings: Settings) -> None:
    """A precedent's problem is a title; ours has facts that make the cosine small."""
    from assistant.drafting import hygiene

    title = "意识形态工作责任制落实不到位"
    detail = (
        "2024年党组会专题研究仅1次，网络评论员队伍组建后未开展培训，12个乡镇文化站宣传栏内容"
        "长期未更新，县融媒体中心审校把关不严，2次出现错别字和标题错误，舆情台账记录不全；"
        "新时代文明实践站点志愿服务活动记录补写，文艺创作扶持资金评审未邀请专家，出版物"
        "市场检查覆盖面仅五成，盗版教辅查处不及时，宗教活动场所周边宣传阵地管理缺位。"
    )
    # it names our facts (党组专题研究, 网络评论员培训, 宣传栏): it says something of our whole problem
    clause = "严格落实意识形态工作责任制，局党组每季度专题研究，组织网络评论员培训，规范舆情台账记录。"
    # their problem is our title word for word (its score is 1 whatever the corpus weights)
    record = _record("中共临江县交通运输局党组", clause).model_copy(update={"problem": f"关于{title}的问题"})
    data = _feedback(COUNTY_BUREAU, "县委第三巡察组", problems=[title]).model_dump(mode="json")
    data["feedback"][0]["problems"][0]["detail"] = detail
    context = DraftingContext.build(draft_settings, Feedback.model_validate(data))
    item = build_sources(context.feedback.problems()[0], [Precedent(rank=1, score=1.0, signals={}, record=record)])
    matcher = context.corpus.subject
    assert matcher.score(f"{title}。{detail}", record.problem) < hygiene.fit_rules().floor  # the whole: too far
    assert [s.clause for s in fitting_item(context, item).sources] == [clause]  # the title: close
    strict = dataclasses.replace(hygiene.fit_rules(), title_floor=1.01)
    assert fitting_item(dataclasses.replace(context, fit=strict), item).sources == []
