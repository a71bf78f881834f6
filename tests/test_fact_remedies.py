"""Measures for the facts of our own problem (``drafting/fact_remedies.py``).

Each class has a fact that calls for its remedy and a look-alike that must not get it; the
quote is the clause that shows the fault; the offline plan puts these measures first, cites
no precedent for them, and review does not ask for one, while it still does for any other
uncited measure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.drafting.context import DraftingContext
from assistant.drafting.engines.extractive import ExtractiveEngine
from assistant.drafting.fact_remedies import fact_remedies, facts_of
from assistant.drafting.hygiene import fit_rules
from assistant.drafting.inputs.feedback.model import Feedback
from assistant.drafting.measure_quotes import quotes_own_fact
from assistant.drafting.models import Measure, only_placeholders
from assistant.drafting.open_facts import unanswered_facts
from assistant.drafting.open_labels import facts_placeholder
from assistant.drafting.plan import build_plan
from assistant.drafting.remedy_rules import remedy_rules
from assistant.drafting.subject import SubjectMatcher
from assistant.review.checks import check_plan_citations
from assistant.settings import Settings
from tests.test_fit_drafting import _feedback


@pytest.mark.parametrize(
    ("fact", "kind", "says"),
    [
        ("2024年骨伤科原科室主任收受医药代表回扣5.2万元被县纪委监委立案审查", "case", "警示教育"),
        ("2024年拨付的专科建设资金120万元中，有46.5万元结余未使用", "idle", "限期使用"),
        ("集采医保资金结余留用1460万元未及时拨付医疗机构", "idle", "限期按规定拨付到位"),
        ("滞留超过2个月的罚没款达14.6万元", "idle", "足额上缴国库"),
        ("乡镇农产品质量安全监管站快检设备闲置", "idle", "盘活利用方案"),
        ("2023年超核定总额发放绩效41.2万元", "money", "违规发放的款项按规定清退收回"),
        ("‘一次性材料费’等项目超范围收费", "money", "违规收取的费用按规定清退"),
        ("有6名已死亡人员仍在领取特别扶助金", "money", "立即停发"),
        ("处置收入9.6万元未及时上缴国库", "money", "足额上缴"),
        ("违规使用福利彩票公益金支付公务用车维修费8.7万元", "money", "归还原渠道"),
        ("对3家违规收取‘评比费’的社会团体未予查处", "oversight", "依法依规核查处理"),
        ("对第三方监测机构数据质量监管缺位，2024年以来未开展专项检查", "oversight", "按规定开展检查"),
        ("2024年有2个季度未按要求上党课", "frequency", "明确开展频次"),
        ("部分整改销号佐证资料不全", "records", "建立健全相关台账"),  # evidence, not open items
        ("2024年信息化项目（金额126万元）未经党组会议集体研究", "procedure", "依规依纪严肃处理"),
        # twenty-sixth pass: the government's purchasing rules only where the fact names them
        ("2个道路配套项目拆分为3个标段规避公开招标", "procedure", "严格执行招标投标和采购管理有关规定"),
        ("2022—2024年审计查出的问题中仍有73个未整改到位", "unrectified", "逐项解决、逐项销号"),
        ("有5名科长在同一岗位任职超过10年", "rotation", "交流轮岗"),
        ("医疗纠纷登记台账缺失", "records", "建立健全相关台账"),
        ("党组会议记录不完整", "minutes", "按时召开会议"),  # minutes are never made up
        ("流动采血车消毒记录不全", "minutes", "杜绝事后补记"),  # nor is a log
        ("2023年下达的修缮资金45万元至今未开工", "unrectified", "限期办结到位"),
        ("抽查发现3个批次共42剂二类疫苗出入库账实不符", "stocktake", "查明账实不符的原因"),
        ("城区学校超编教师33人与乡村学校缺编并存", "staffing", "推动超编单位人员向缺编单位合理流动"),
        ("2023年采购检测试剂和耗材时化整为零规避政府采购", "procedure", "严禁化整为零"),
        ("以‘观摩培训’名义安排公务接待5次，费用2.1万元未按规定审批", "procedure", "违规支出的费用按规定清退"),
        ("2024年支委会仅召开5次", "frequency", "明确开展频次"),
        ("医院实际开放床位720张，医院感染管理科专职人员仅2名", "staffing", "配齐配强"),
        ("规划的28公里生物防火林带仅完成11.5公里", "target", "按要求完成目标任务"),
    ],
)
def test_a_fact_gets_the_remedy_of_its_kind(fact: str, kind: str, says: str) -> None:
    [remedy] = fact_remedies(fact)
    assert remedy.kind == kind
    assert says in remedy.text
    assert remedy.text.startswith("针对“") and remedy.text.endswith("。")


@pytest.mark.parametrize(
    "fact",
    [
        "省有关部门明确停止收取公共资源交易服务费",  # charging is not by itself a fault
        "发展青年教师党员工作滞后，35岁以下党员教师仅3名",  # members are not posts to fill
        "干部年龄结构不合理，35岁以下干部仅3名",  # an age structure is not a headcount
        "网格员履职不到位，网格化管理流于形式",  # no fact a standard remedy answers
        "工业企业场（厂）内机动车辆未登记使用、作业人员无证上岗问题突出",  # others' vehicles
        "催收方式仅限于电话和短信，未按规定启动担保处置程序",  # enforcement, not a decision
        "强制免疫‘先打后补’政策落实不到位",  # a policy's name, not a procedure skipped
        # a check owed to each patient is not a recurring activity to plan (frequency)
        "抽查危重孕产妇病历30份，有7份未按规定开展妊娠风险动态评估",
        "家长反映后学校仅口头提醒，未按规定上报县教育局和处理",  # 上报 is not 上党课
        "2024年11月曾发生1名幼儿滞留车内约20分钟的险情",  # a child left in a bus is not idle money
    ],
)
def test_a_look_alike_gets_no_remedy(fact: str) -> None:
    assert fact_remedies(fact) == []


def test_the_quote_is_the_clause_that_shows_the_fault() -> None:
    [remedy] = fact_remedies("乡防火物资储备库7台风力灭火机无法正常启动，半专业扑火队2024年仅开展演练1次")
    assert "“半专业扑火队2024年仅开展演练1次”" in remedy.text
    # a clause going on from the one before (其中…) is quoted with it
    [money] = fact_remedies("下拨补助资金4218万元，其中3家乡镇卫生院挤占挪用126.5万元用于基建维修")
    assert "“下拨补助资金4218万元，其中3家乡镇卫生院挤占挪用126.5万元用于基建维修”" in money.text
    # no remedy approves a violation after the event or makes up a record
    for fact in ("采购项目未经党组会议集体研究", "党组会议纪要记录简单", "固定资产账实不符"):
        [remedy] = fact_remedies(fact)
        assert "补正" not in remedy.text and "补齐" not in remedy.text
    # quotes inside the fact are nested as ‘’; a fact that names its 问题 is not 问题的问题
    [charges] = fact_remedies("存在“分解住院”、超标准收费等问题")
    assert "“存在‘分解住院’、超标准收费等问题”，" in charges.text


def test_each_kind_once_and_at_most_per_problem() -> None:
    detail = (
        "2024年采购项目（金额48万元）未经党组会议集体研究；维修工程（金额36万元）未经党组会议研究；"
        "党组会议纪要记录简单；有3名干部在同一岗位任职超过10年；2处办公用房闲置2年"
    )
    remedies = fact_remedies(detail)
    assert remedy_rules().per_problem == 3
    assert [r.kind for r in remedies] == ["procedure", "minutes", "rotation"]


def test_facts_are_the_details_sentences_without_the_users_numbers() -> None:
    assert facts_of("1. 2024年仅召开2次会议；\n（2）未经党组会研究即实施\n12.5万元未经审批") == [
        "2024年仅召开2次会议",
        "未经党组会研究即实施",
        "12.5万元未经审批",
    ]


def test_a_remedy_is_recognised_only_with_a_fact_of_our_own() -> None:
    detail = "2024年支委会仅召开5次；党费收缴不规范"
    [remedy] = fact_remedies(detail)
    assert quotes_own_fact(remedy.text, detail)
    assert not quotes_own_fact(remedy.text, "党费收缴不规范")
    assert not quotes_own_fact("针对“资金”的问题，加强管理。", "资金拨付滞后")  # too short to be a fact


def _feedback_with_detail(unit: str, title: str, detail: str) -> Feedback:
    data = _feedback(unit, "县委第三巡察组", problems=[title]).model_dump(mode="json")
    data["feedback"][0]["problems"][0]["detail"] = detail
    return Feedback.model_validate(data)


def test_the_offline_plan_answers_our_facts_first_and_review_asks_no_citation_for_them(
    draft_settings: Settings,
) -> None:
    detail = "2024年信息系统升级项目（金额386万元）未经党组会研究即签订合同；2024年仅召开党组会议3次"
    feedback = _feedback_with_detail("中共青山县农业农村局党组", "“三重一大”决策制度执行不严", detail)
    plan = build_plan(DraftingContext.build(draft_settings, feedback), ExtractiveEngine())
    [item] = plan.items
    first, second = item.measures[:2]
    assert first.text.startswith("针对“2024年信息系统升级项目（金额386万元）未经党组会研究即签订合同”")
    assert "2024年仅召开党组会议3次" in second.text
    assert not first.citations and not second.citations
    assert not [f for f in check_plan_citations(plan) if f.check == "citation_missing"]
    # an uncited measure that answers no fact of ours is still flagged
    item.measures.append(Measure(text="针对“采购程序”的问题，严格执行采购制度。"))
    assert [f for f in check_plan_citations(plan) if f.check == "citation_missing"]


def test_a_problem_without_facts_gets_no_remedy(draft_settings: Settings) -> None:
    feedback = _feedback("中共青山县农业农村局党组", "县委第三巡察组", problems=["“三重一大”决策制度执行不严"])
    plan = build_plan(DraftingContext.build(draft_settings, feedback), ExtractiveEngine())
    assert not any(m.text.startswith("针对“") for m in plan.items[0].measures)


def _uniform() -> SubjectMatcher:
    return SubjectMatcher.uniform(fit_rules().generic)


def test_a_fact_no_measure_answers_is_named_and_an_answered_one_is_not() -> None:
    detail = (
        "公务接待管理不规范，2024年有4批次公务接待无公函；执行公务用车使用登记不全，3辆执行用车有11次出车无派车单；"
        "差旅费报销审核把关不严，有6笔差旅费超标准报销"
    )
    measures = [
        "完善财务管理制度，严格公务接待规范和要求，确保今后公务接待规范报支[1]。",
        "针对“有6笔差旅费超标准报销”的问题，逐笔核查资金使用情况。",
    ]
    assert unanswered_facts(detail, measures, _uniform()) == [
        "执行公务用车使用登记不全，3辆执行用车有11次出车无派车单"
    ]
    # a fact that is only genre words has no subject to miss
    assert unanswered_facts("工作落实不到位", [], _uniform()) == []


def test_the_placeholder_names_the_open_facts_by_what_they_are_about() -> None:
    text = facts_placeholder(
        ["涉企案件审理周期偏长，2024年审结的合同纠纷平均审理天数86.4天", "2024年审批的38场营业性演出中有6场未审查节目单"]
    )
    # within fact_label characters a fact is quoted whole
    assert text == "【待补充：针对“涉企案件审理周期偏长，2024年审结的合同纠纷平均审理天数86.4天”“2024年审批的38场营业性演出中有6场未审查节目单”的整改措施】"
    many = facts_placeholder([f"第{i}个检查站点设备长期闲置" for i in range(8)])
    assert many.count("“") == 6 and "等问题的整改措施" in many


def test_the_offline_plan_leaves_the_unanswered_facts_open_by_name(draft_settings: Settings) -> None:
    detail = "2024年审批的38场营业性演出中有6场未审查节目单；2024年仅召开党组会议3次"
    feedback = _feedback_with_detail("中共青山县文化广电和旅游局党组", "意识形态工作责任制落实不到位", detail)
    plan = build_plan(DraftingContext.build(draft_settings, feedback), ExtractiveEngine())
    [item] = plan.items
    texts = [m.text for m in item.measures]
    assert any("营业性演出" in t and t.startswith("【待补充：针对") for t in texts), texts
    # one placeholder, not the generic one beside the named one
    assert sum(1 for t in texts if only_placeholders(t)) == 1


def test_a_measure_on_the_same_matter_answers_a_fact_that_shares_few_bigrams() -> None:
    detail = "2025年部分公务接待无公函、无接待清单；公车使用登记不完整，节假日未封存"
    measures = ["完善财务管理制度，严格公务接待规范和要求，确保今后公务接待规范报支[1]。"]
    assert unanswered_facts(detail, measures, _uniform()) == ["公车使用登记不完整，节假日未封存"]


def test_the_placeholder_names_a_fact_by_the_clause_that_shows_the_fault() -> None:
    text = facts_placeholder(
        [
            "社区党员86名，其中流动党员23名、外出务工党员17名、年老体弱党员11名，近两年有4名流动党员未参加组织生活，党费收缴不及时",
            "救护车76辆，其中12辆车龄超过10年，车载设备老化，3辆负压救护车长期停用",
        ]
    )
    # a count alone (社区党员86名) says nothing of what is wrong; every fault is named
    assert "“社区党员86名" not in text and "“近两年有4名流动党员未参加组织生活，党费收缴不及时”" in text
    assert "救护车76辆，其中12辆车龄超过10年" in text and "3辆负压救护车长期停用”" in text
    # a fact with no word of fault is named by its first and last clause
    bare = facts_placeholder(["2023年开展违法建设专项治理，摸排存量违建312处、面积4.76万平方米，截至巡察时拆除197处，拆除比例63.1%"])
    assert "“2023年开展违法建设专项治理……拆除比例63.1%”" in bare
    # …but a 完成率 is the fault, named with the counts it sums up
    rate = facts_placeholder(["2023年开展违法建设专项治理，摸排存量违建312处、面积4.76万平方米，截至巡察时拆除197处，完成率63.1%"])
    assert "“摸排存量违建312处、面积4.76万平方米，截至巡察时拆除197处，完成率63.1%”" in rate


def test_a_short_fact_is_named_whole_with_what_it_is_about() -> None:
    # read: "占18.7%，竞价、摇号规则执行不严" did not say what was 18.7% of what
    fact = "2024年选取中介服务的项目182个，其中34个采取直接选取方式，占18.7%，竞价规则执行不严"
    assert facts_placeholder([fact]) == f"【待补充：针对“{fact}”的整改措施】"


def test_a_comparison_with_the_standard_is_quoted_with_what_it_measures() -> None:
    [remedy] = fact_remedies("开设的特色课程仅9门，未达到全县城区学校不少于15门的要求")
    assert "“开设的特色课程仅9门，未达到全县城区学校不少于15门的要求”" in remedy.text


def test_a_short_quote_does_not_take_in_a_second_fault_before_it() -> None:
    detail = "1件信访积案历时2年未化解，接待日仅开展3次"
    [remedy] = fact_remedies(detail)
    assert "信访积案" not in remedy.text and "接待日仅开展3次" in remedy.text
    # the case beside the quoted clause is still open
    assert unanswered_facts(detail, [remedy.text], _uniform()) == ["1件信访积案历时2年未化解"]


def test_the_part_of_a_fact_a_remedy_does_not_quote_stays_open() -> None:
    detail = "结余资金32万元未上缴，2处办公用房闲置2年"
    measures = ["针对“结余资金32万元未上缴”的问题，逐笔清理相关资金，按规定上缴。"]
    assert unanswered_facts(detail, measures, _uniform()) == ["2处办公用房闲置2年"]
    # a setting beside the quote (no fault of its own) leaves nothing open
    assert unanswered_facts("共有结余资金账户3个，结余资金32万元未上缴", measures, _uniform()) == []


@pytest.mark.parametrize(
    ("fact", "kind", "says", "not_says"),
    [
        ("2024年采购的全自动生化免疫流水线（金额386万元）以单一来源方式采购", "purchase", "严格执行政府采购规定", "工程"),
        ("食堂大宗食材采购未公开招标", "purchase", "按规定方式采购", "开工"),
        ("城北片区棚改安置房项目未批先建", "purchase", "手续不全的不得开工", "政府采购"),
        ("2024年有7户因病因灾支出骤增家庭未及时纳入监测范围", "eligibility", "符合条件的及时纳入", ""),
        ("有4户不符合条件的家庭领取慰问金", "eligibility", "不符合条件的按规定退出", ""),
        ("为完成考核指标虚增服务数量", "falsified", "据实更正", ""),
        ("2024年派车6820次，其中有412次派车单事后补签", "falsified", "据实更正", ""),
        ("收费项目、收费标准和伙食费收支情况未按规定每月公示", "disclosure", "及时、全面公示", "公开"),
        ("社区党组织服务群众专项经费使用公开不及时", "disclosure", "及时、全面公开", "公示"),
        ("街道所属17间临街门面出租未公开招租", "disclosure", "按规定公开招租", "接受群众监督"),
        ("2024年招聘的17名协管员未公开组织，均由内部推荐", "disclosure", "公开组织、择优录用", "接受群众监督"),
        ("班子成员与分管股室负责人谈心谈话记录缺失", "minutes", "如实记录谈话内容", "议题"),
        ("对32家企业的隐患以责令整改代替处罚", "oversight", "应罚尽罚", "督办台账"),
        # ninth reading: idle and not in the books, idle and leaking, a vote signed afterwards
        ("2处闲置校舍、38亩集体林地未登记入账", "records", "登记制度", "盘活"),
        ("2023年改建的214座农村户厕中有29座存在粪污渗漏或长期闲置", "repair", "限期修复", "盘活"),
        ("村民代表会议存在事后补签字现象", "falsified", "当场表决、当场签字", "弄虚作假"),
        ("2023年采购的12台车载呼吸机中有3台长期故障未维修", "repair", "能修复的限期修复", ""),
        ("电子交易平台通过网络安全等级保护三级测评后未按规定复测", "repair", "限期完成检测", "维修"),
        ("178个村团支部中有63个一年以上未开展活动", "inactive", "限期整顿", ""),
        ("2025年应收未收广告费38.7万元", "arrears", "催收到位", "清偿"),
        ("拖欠公租房租金62户", "arrears", "催收到位", "清偿"),  # tenants owe us
        ("拖欠中小企业账款3860万元", "arrears", "制定清偿计划", "催收"),  # we owe them
        # a case not pursued, or a check on cases not held, is ours to act on, not a case
        ("对群众反映的3起律师收费不规范投诉，未按规定立案调查", "oversight", "逐项依法依规核查处理", "警示教育"),
        ("教师节、春节期间收受家长礼品礼金问题专项检查未开展", "oversight", "按规定开展检查", "警示教育"),
        ("2024年度人民调解‘以案定补’经费12.4万元至今未兑现", "idle", "拨付到位", "逐项列出清单"),
        # others who broke the rules unnoticed: our oversight failed, not our procedure
        ("2名社区矫正对象未经批准赴外省务工长达26天未被发现", "oversight", "加强日常监管", "程序"),
        ("甲级病历率87.5%，低于90%的考核要求", "target", "按要求完成目标任务", ""),
        ("2024年有3批次生物监测结果未存档", "records", "有据可查", ""),
        ("全乡12处集中供水工程中有9处未配备净化消毒设备", "equipment", "配齐相关设施设备", "人员"),
        # money held in our account is ours to use; idle flats are assets, not funds
        ("营养膳食补助资金2024年结余8.7万元滞留账户", "idle", "按规定用途限期使用", "拨付"),
        ("部分惠农资金滞留乡镇财政所", "idle", "限期按规定拨付到位", "上缴"),
        ("2022年建成的24套教师周转房中7套闲置", "idle", "盘活利用方案", "上缴"),
        ("其中3个站点日均服务老人不足5人，助餐、日间照料等功能基本闲置", "idle", "查明闲置原因", "资金"),
        ("维修养护资金480万元，截至巡察时仍有96万元未拨付使用", "idle", "拨付到位", "追回"),
        ("截至巡察时仍拖欠2024年度村医补助98.7万元", "arrears", "制定清偿计划", "催收"),  # we owe them
        ("有2户独生子女伤残家庭因鉴定材料不全被长期搁置，应纳未纳时间超过1年", "eligibility", "及时纳入", ""),
        ("签约服务随访记录内容雷同、代签代填", "falsified", "据实更正", "事后补记"),
    ],
)
def test_the_sixth_pass_classes(fact: str, kind: str, says: str, not_says: str) -> None:
    [remedy] = fact_remedies(fact)
    assert remedy.kind == kind and says in remedy.text
    assert not not_says or not_says not in remedy.text.split("”", 1)[1]


@pytest.mark.parametrize(
    "fact",
    [
        "2025年上半年排查的468家商户中有53家未安装燃气泄漏报警装置",  # 泄漏报警 is not 漏报
        "干部个人有关事项报告抽查核实中发现3人漏报房产",  # a report, not a benefit list
        "学生社团开设的新媒体账号12个未纳入备案管理",
        "2023年以来被冒用身份信息虚假登记的企业有14户",  # others' falsehood: a regulator's case
        "城乡客运班线有9台车辆超期未年检仍在运营",  # an operator's vehicles
        "认定违法违规项目21个，有4个‘未批先建’项目仅下发整改通知书后未跟踪",  # others' projects
        "全县18个乡镇应急管理办公室中有12个专职人员仅1名",  # the townships' staff, not ours
        "2家气瓶充装单位充装前后检查记录不全",  # the firms' records, not ours to keep
        "医保专项检查发现违规问题涉及金额186.4万元，违规资金虽已退回",  # returned already
        "数字化加工服务项目未经党组会议研究，未公开采购",  # the procedure class answers it
    ],
)
def test_sixth_pass_look_alikes_get_none_of_the_new_classes(fact: str) -> None:
    new = {"purchase", "eligibility", "falsified", "disclosure", "repair", "inactive", "arrears"}
    assert not any(r.kind in new for r in fact_remedies(fact))


def test_a_user_adds_a_remedy_class_from_the_home_folder(draft_settings: Settings, tmp_path: Path) -> None:
    from assistant.drafting.corpus_facts import CorpusFacts
    from assistant.drafting.remedy_rules import remedy_rules

    fact = "镇级河长2024年巡河不到位"
    assert fact_remedies(fact) == []
    (tmp_path / "rules" / "remedies").mkdir(parents=True)
    (tmp_path / "rules" / "remedies" / "river.toml").write_text(
        '[[class]]\nname = "patrol"\nwhen = "巡河.{0,4}不到位"\naction = "按河长制要求定期巡河，如实填写巡河日志"\n'
        "[limits]\nper_problem = 3\n",
        encoding="utf-8",
    )
    rules = remedy_rules(tmp_path)
    assert rules.classes[0].name == "patrol" and rules.per_problem == 3  # theirs first
    assert len(rules.classes) == len(remedy_rules().classes) + 1
    # the plan drafted with that home uses it (the corpus's index, read where it is)
    for name in ("vectorstore", "corpus"):
        if (draft_settings.home / name).exists():
            (tmp_path / name).symlink_to(draft_settings.home / name)
    settings = draft_settings.model_copy(update={"home": tmp_path})
    feedback = _feedback_with_detail("中共青山县白沙镇委员会", "河长制落实不到位", fact)
    context = DraftingContext.build(settings, feedback, corpus=CorpusFacts.load(draft_settings))
    plan = build_plan(context, ExtractiveEngine())
    assert any("如实填写巡河日志" in m.text for m in plan.items[0].measures)


def test_a_broken_user_remedy_rule_is_a_clear_error(tmp_path: Path) -> None:
    from assistant.drafting.remedy_rules import remedy_rules
    from assistant.errors import InputError

    (tmp_path / "rules" / "remedies").mkdir(parents=True)
    (tmp_path / "rules" / "remedies" / "bad.toml").write_text(
        '[[class]]\nname = "bad"\nwhen = "巡河(不到位"\naction = "x"\n', encoding="utf-8"
    )
    with pytest.raises(InputError) as caught:
        remedy_rules(tmp_path)
    assert "rules/remedies" in str(caught.value.where) and "[[class]]" in (caught.value.hint or "")


def test_a_long_fact_is_cut_with_its_fault_in_sight() -> None:
    fact = "2024年县乡村振兴部门、农业农村部门和民政、人社、医保、住建等行业部门推送的防止返贫监测预警信息43条中有11条核查反馈超过规定时限15天以上，影响帮扶及时性"
    text = facts_placeholder([fact])
    assert "超过规定时限" in text and "“……" in text  # the start is cut, the fault kept
    # a fault within the first characters: the end is cut, not the start
    text = facts_placeholder(["全镇14个村（社区）中有5个村2024年集体经营性收入不足10万元，2个村为零"])
    assert "“全镇14个村" in text


def test_a_clause_the_quoting_remedy_words_the_same_way_is_answered_with_it() -> None:
    fact = "2024年生态公益林补偿资金386万元拨付滞后，未及时拨付到乡镇和林权权利人"
    [remedy] = fact_remedies(fact)
    assert unanswered_facts(fact, [remedy.text], _uniform()) == []


def test_a_measure_on_a_matter_settles_only_facts_a_general_rule_can() -> None:
    detail = "信访积案化解不力，3件重复信访积案超过2年未化解；领导干部包案制度落实不到位"
    measures = ["加强对信访工作的业务指导，规范信访事项办理程序[1]。"]
    # a measure on 信访 in general answers no 积案 (公务接待 rules do answer 无公函: above)
    assert len(unanswered_facts(detail, measures, _uniform())) == 2


def test_a_cut_label_never_splits_a_number() -> None:
    # the window kept around the fault would start inside 341
    fact = "农" * 10 + "341处" + "村" * 19 + "配备不足，影响供水安全"
    text = facts_placeholder([fact])
    assert "341处" in text and "不足" in text, text


def test_a_quote_too_short_to_read_alone_takes_the_clause_before() -> None:
    [flats] = fact_remedies("24套教师周转房中有3套由非本校人员长期居住，7套闲置")
    assert "长期居住，7套闲置”" in flats.text and "盘活利用方案" in flats.text  # the fact's 周转房
    [left_out] = fact_remedies("有2户伤残家庭因鉴定材料不全被长期搁置，应纳未纳时间超过1年")
    assert "“有2户伤残家庭" in left_out.text
    [owed] = fact_remedies("水资源费应征312.5万元，实征249.3万元，仍有63.2万元欠缴未追缴")
    assert owed.kind == "arrears"


def test_others_staff_are_not_posts_we_fill() -> None:
    assert fact_remedies("全县18个乡镇应急管理办公室中有12个专职人员仅1名") == []
    [ours] = fact_remedies("局执法大队专职执法人员仅3名")
    assert ours.kind == "staffing"


def test_a_remedy_answers_its_fact_not_the_matter_its_quote_names() -> None:
    detail = (
        "执法车辆管理不规范，18辆执法执勤车中有3辆未按规定喷涂标识，出车8次无派车记录；"
        "2024年环卫车辆采购（金额286万元）未经党组会议集体研究"
    )
    [remedy] = [r.text for r in fact_remedies(detail) if "党组会议" in r.text]
    open_facts = unanswered_facts(detail, [remedy], _uniform())
    assert len(open_facts) == 1 and "派车记录" in open_facts[0]
