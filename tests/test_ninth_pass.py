"""The ninth pass (issue 14), round 25: kinds of unit the code had not seen (an approval bureau,
an open university, a civil air defence office, an inspection and testing centre, a township
rest home, an agricultural extension centre, a local chronicles centre, a technician school).
Each case is worded differently from the fact read, so that the rule, not the sentence, is
tested."""

from __future__ import annotations

import pytest

from assistant.drafting import front_matter
from assistant.drafting.context import DraftingContext
from assistant.drafting.engines.extractive import ExtractiveEngine, goal_for
from assistant.drafting.fact_remedies import fact_remedies
from assistant.drafting.fit import MISSING_MEASURE, TOO_FEW
from assistant.drafting.hygiene import topics_named
from assistant.drafting.inputs.feedback.model import Feedback
from assistant.drafting.models import Deadline
from assistant.drafting.plan import build_plan
from assistant.drafting.unit_forms import unit_forms
from assistant.settings import Settings
from assistant.units import misfits, profile_for
from tests.test_fit_drafting import _feedback
from tests.test_fit_seventh_pass import assert_remedy_case
from tests.test_front_matter_eighth import assert_group

# fact, its class, what the remedy says, what it must not
REMEDIES = [
    # equipment of a system boxed up is an asset to use, not an online service to promote
    ("采购的应急指挥平台系统设备45万元因机房未建成至今封存闲置", "idle", "闲置资产", "提高使用率"),
    # …while an online service little used still is
    ("智慧养老服务平台注册用户使用率仅为12%", "idle", "提高使用率", "闲置资产"),
    # machines not put to use are idle assets, not a backlog to list
    ("其中价值36万元的3台实训设备因无专业教师至今未投入使用", "idle", "闲置资产", "逐项列出清单"),
    # money an agent collected and held is collected from it, not "used as budgeted"
    ("通过乡镇代办点代收水费12.6万元，其中4.1万元滞留代办点3个月才上缴", "idle", "代收款项", "按规定用途限期使用"),
    # paid at the old standard: too little as well as too much
    ("3名失能老人的高龄津贴仍按原标准发放", "money", "少发的及时补发", "清退收回"),
    # fees lawfully taken and kept are paid over, not refunded
    ("收取的场地租赁费8.2万元未及时上缴县财政", "money", "足额上缴", "清退"),
    # outside staff taken on unvetted are vetted and contracted
    ("外聘教练12人未经资格审查、无聘用协议", "procedure", "资格审核", "公开组织"),
    # spending on the people we keep below its standard is made up to it
    ("住养老人人均日伙食费仅13元，低于民政部门核定的16元标准", "target", "足额保障", "按月调度进度"),
    # an earlier round's problem named in quotes is not this fact's fault: it is back again
    ("上轮巡察反馈的“账实不符”问题，整改报告称已完成，但同类问题仍然存在", "unrectified", "回头看", "盘点"),
    # round 26: a body camera worn too little is a rule of recording, not an asset to dispose of
    ("执法人员执法记录仪佩戴使用率仅为41%", "idle", "执法全过程记录", "按规定处置"),
    # a case short of evidence is corrected, never completed after the decision
    ("评查的案卷中有4件证据不足、3件询问笔录无当事人签名", "records", "依法依规纠正", "限期补齐"),
    # forms filled in by others are not true records
    ("2024年有12份巡查记录由村干部代填", "falsified", "据实更正", "开展频次"),
    # greenhouses built and idle are assets, not money to use
    ("投资21万元建设的蔬菜大棚8个建成后一直闲置", "idle", "闲置资产", "按规定用途限期使用"),
    ("监区卫生室只配备医生1名", "staffing", "配齐配强", "按月调度"),
    # a cause not found is looked into, not listed
    ("查获的违禁物品来源至今未查明", "unrectified", "查清来源", "逐项列出清单"),
    # round 27: a bank's staff lending fraud is a case with a loss to recover
    ("2025年客户经理违规放贷案件1起，涉及冒名贷款3笔", "case", "追回损失", "据实调整账务"),
    # a loan split to dodge approval is not a tender dodged
    ("存在拆分授信规避审批问题，涉及贷款4笔", "procedure", "审批权限", "政府采购"),
    # over budget is held to the budget, not "returned to its channel"
    ("2024年会议费超预算列支2.3万元", "money", "预算管理", "归还原渠道"),
    # hired without the review of the body above: approval first, not an open call
    ("3名工作人员未经县局人事股审核由所里自行聘用", "procedure", "报批", "公开组织"),
    # goods are checked into stock, not accepted as a project
    ("采购的劳保物资有4批次无验收入库手续", "acceptance", "验收入库", "合同验收"),
    # a filing carries no benefit to stop
    ("1名已调离的教职人员仍未注销备案", "unrectified", "备案注销", "待遇"),
    ("有3台对讲设备已到报废年限仍在使用", "repair", "报废更新", "杜绝"),
    # a handover not recorded is recorded now; a vetting's papers are reviewed
    ("2台执法车辆的领用交接记录缺失", "minutes", "补办", "杜绝事后补记"),
    ("新入职人员保密审查材料不全5人", "records", "逐一复核", "建立健全相关台账"),
    # others' signs put up unapproved are an enforcer's case
    ("未经审批设置店招店牌21处", "procedure", "责令当事人", "程序未履行完毕"),
    # a benefit not claimed is brought to those entitled; nobody is to leave
    ("符合条件的残疾人两项补贴应享未享52人", "eligibility", "落实到位", "按规定退出"),
    # round 28: a reward paid below its standard is recovered, not a target to reach
    ("兑现招商奖励5笔，其中2笔共计30万元的项目实际投资未达到规定的奖励标准", "money", "追回", "按月调度进度"),
    # too little recovered is pressed for
    ("2024年追回违规使用的医保基金仅12.3万元", "money", "追回到位", "清退"),
    # accounts opened without approval are closed; a change with no approval is a procedure
    ("仍有4个预算单位存在未经批准开立的银行账户", "procedure", "限期撤销", "依规依纪严肃处理"),
    ("2024年系统用户权限调整7次无审批手续", "procedure", "程序", "事后补记"),
    # things lent without approval come back
    ("借出的发电机2台至今未归还，无借用审批手续", "procedure", "归还入库", "逐项列出清单"),
    # an expropriation's valuer is chosen by those expropriated, not bought
    ("3个征收项目的评估机构由中心直接指定，未由被征收人协商选定", "purchase", "协商选定", "限额标准"),
    # round 29: projects spending little and not cut are cut, not hurried
    ("对执行率连续两年低于40%的9个项目未调减预算", "idle", "压减或取消", "加快项目实施"),
    # a project's money idle is money, not the building
    ("污水处理厂三期项目3800万元因环评未批闲置超过1年", "idle", "闲置资金", "闲置资产"),
    # staff seconded without papers are sent back or seconded properly
    ("从下属事业单位借调工作人员5人，借调手续不全", "records", "返回原单位", "凭证"),
    # money lent is called in, not returned to stock
    ("未经董事会研究向关联企业出借资金300万元", "procedure", "收回", "归还入库"),
    # residents' complaints about leaks are cases to settle, not our equipment to scrap
    ("热线工单中反映楼道漏水的有46件", "", "", ""),
    # round 30: cadres borrowed without papers are seconded properly or sent back
    ("长期借用基层干部2人且借用手续不全", "records", "返回原单位", "凭证"),
    # shell bodies are deregistered; they have no 待遇 to stop
    ("认定的“空壳”合作社中仍有12家未注销", "unrectified", "注销或清理退出", "待遇"),
    # a firm's rent owed to farmers is not ours to collect
    ("某公司流转土地后拖欠流转费52万元", "", "", ""),
    # a building site left idle is an asset to use, not money
    ("规划的农房集中安置点因用地指标未落实闲置至今，规划编制费用共计30万元", "idle", "闲置资产", "按规定用途限期使用"),
    # instructions not followed up are followed up; visits not made are made
    ("县领导批示件办理情况无跟踪反馈记录", "minutes", "跟踪督办", "杜绝事后补记"),
    ("计划入户走访的40户中有9户走访记录空白", "minutes", "开展走访", "杜绝事后补记"),
    # money signed for by others goes to the person; a handover is signed on the spot
    ("补助资金通过现金发放，签领表有代签", "falsified", "银行转账", "据实更正"),
    ("试卷交接单存在事后补签", "falsified", "当场签字", "据实更正"),
    # outside staff on secret work are vetted and sign an agreement
    ("驻场外包人员3人未签订保密协议", "procedure", "背景审查", "程序未履行完毕"),
    # a car sent out with no approval is a matter of the car rules; fees waived are owed
    ("2024年公务车辆有9次出车无审批单", "procedure", "派车审批", "程序未履行完毕"),
    ("对5家单位擅自免收检测费2.1万元，无审批手续", "procedure", "追收", "清退"),
    # round 31: what we paid late and have paid since is paid on time from now on
    ("调查员劳务补助9.2万元直至2025年3月才支付到位，最长拖欠8个月", "arrears", "及时足额发放", "催收到位"),
    # a change built first and signed afterwards is a procedure, not false data
    ("6项设计变更先施工后补办手续，由监理单位事后补签", "procedure", "程序", "据实更正"),
    # a meeting's record unsigned is signed at the meeting from now on
    ("村民代表会议记录无参会人员签名", "records", "当场签名", "建立健全相关台账"),
    # below a rule is kept to the rule, not scheduled as a target
    ("留样比例仅为3%，低于5%的质控要求", "target", "严格执行相关规定", "按月调度进度"),
    # read at the end: machines not deregistered are not people whose 待遇 is stopped
    ("已领取报废补贴的15台收割机仍未在监理系统中办理注销登记", "unrectified", "逐项销号", "待遇"),
]


@pytest.mark.parametrize("case", REMEDIES, ids=[c[0][:12] for c in REMEDIES])
def test_a_fact_of_an_unseen_kind_gets_its_remedy(case: tuple[str, str, str, str]) -> None:
    assert_remedy_case(case)  # a look-alike (no class): no remedy


@pytest.mark.parametrize(
    ("fact", "quote"),
    [
        # a clause that opens with a count is the tail of the one before it
        ("2024年开展技能鉴定25批次、1320人次，其中2批次考评员配备不足", "2024年开展技能鉴定25批次、1320人次，其中2批次"),
        # …and one that opens with 远低于 goes on from the share it compares
        ("“双师型”教师仅占专业课教师的28%，远低于35%的建设标准", "‘双师型’教师仅占专业课教师的28%，远低于"),
        # a count after 、 of files (卷) is a fault of its own, and the quote does not end in 、
        ("有6卷罚没物品记录缺失、4卷裁量基准适用错误", "有6卷罚没物品记录缺失”"),
        # the earlier problems a recurrence speaks of are quoted with it
        ("2022年县委巡察组指出的“公车私用”问题，整改后又出现反弹", "2022年县委巡察组指出的‘公车私用’问题，整改后"),
    ],
)
def test_a_quote_keeps_what_it_is_about(fact: str, quote: str) -> None:
    [remedy] = fact_remedies(fact)
    assert f"针对“{quote}" in remedy.text, remedy.text


def test_an_office_names_itself_ban_not_shi(draft_settings: Settings) -> None:
    assert unit_forms("中共鸥川县人民防空办公室党组").organ == "办"
    assert unit_forms("中共鸥川县委党史研究室支部委员会").organ == "室"  # a 研究室 is one
    context = DraftingContext.build(draft_settings, _feedback("中共鸥川县人民防空办公室党组", "县委第四巡察组"))
    assert context.ours.party_short == "办党组"  # 区工委坚决扛起… read 室党组坚决扛起…


GROUPS = [
    # an open university and a technician school have no 年级组, and a branch has no office
    ("中共鸥川县开放大学支部委员会", "校党支部书记、校长", "教务处", "各处室、教学部门主要负责同志", "年级组"),
    ("中共鸥川县开放大学支部委员会", "校党支部书记、校长", "教务处", "办公室设在校办公室", "校党支部办公室"),
    ("中共鸥川县技工学校支部委员会", "校党支部书记、校长", "教务科", "专业系部", "年级组"),
    # a township rest home has its 班组, not a bureau's 股室
    ("中共鸥川县青石镇中心敬老院支部委员会", "党支部书记、院长", "院办公室", "各班组主要负责同志", "股室"),
    # round 26: a detention centre is a police 所 working through its 中队, its office its 综合室
    ("中共鸥川县公安局看守所支部委员会", "所党支部书记、所长", "所综合室", "各中队主要负责同志", "局"),
    ("中共鸥川县看守所支部委员会", "所党支部书记、所长", "所综合室", "办公室设在所综合室", "股室"),
    # round 30: a township's own office is its staff, and its office is not itself
    ("中共鸥川县石砚镇规划建设办公室支部委员会", "办公室党支部书记、主任", "规划建设办公室", "办内全体干部职工", "设在规划建设办公室"),
    # a government's 研究室 is a 室 whose office is its 综合科
    ("中共鸥川县人民政府研究室支部委员会", "室党支部书记、主任", "县政府研究室综合科", "研究室综合科", "办党支部"),
    # round 28: a township's 站 has a few staff, no 股室
    ("中共鸥川县青石镇水利站支部委员会", "站党支部书记、站长", "站综合办公室", "站内全体干部职工", "股室"),
    # round 27: a court's township tribunal is a 法庭 with its 庭长, not the 院
    ("中共鸥川县人民法院青溪人民法庭支部委员会", "法庭党支部书记、庭长", "法庭综合办公室", "成立法庭党支部巡察整改工作领导小组", "院党支部"),
    # a bank is a 行 with its 行长, 部室 and 支行; a group's county 分公司 is a 分公司
    ("中共鸥川县农村商业银行股份有限公司委员会", "党委书记、董事长", "党委办公室", "行长、行党委副书记", "总经理"),
    ("中共中国邮政集团有限公司鸥川县分公司委员会", "分公司党委书记、总经理", "综合办公室", "成立分公司党委巡察整改工作领导小组", "成立公司党委"),
    # a liaison office is an 办事处: 处党支部 reads as a 处-level branch
    ("中共鸥川县人民政府驻省城办事处支部委员会", "办事处党支部书记、主任", "综合科", "成立办事处党支部巡察整改工作领导小组", "成立处党支部"),
]


@pytest.mark.parametrize(("unit", "leader", "department", "present", "absent"), GROUPS)
def test_the_group_is_worded_for_our_kind_of_unit(
    draft_settings: Settings, unit: str, leader: str, department: str, present: str, absent: str
) -> None:
    assert_group(draft_settings, unit, leader, department, present, absent)


def test_a_centres_own_meeting_is_its_directors_and_offices_with_units_are_a_bureaus() -> None:
    centre, bureau = profile_for("中共鸥川县检验检测中心支部委员会"), profile_for("中共鸥川县民政局党组")
    meeting = "召开主任办公会议研究整改工作"
    assert misfits(meeting, centre) == [] and misfits(meeting, bureau) != []
    heads = "督促责任领导和科室（单位）负责人对照标准逐个整改"
    assert misfits(heads, centre) != [] and misfits(heads, bureau) == []


def test_an_item_left_open_says_what_it_holds(draft_settings: Settings) -> None:
    """Read: every finding said 【待补充：结合本单位业务的整改措施】 was left, where the plan held
    measures for the feedback's own facts and a placeholder naming the facts still open."""
    data = _feedback("中共鸥川县检验检测中心支部委员会", "县委第一巡察组").model_dump(mode="json")
    detail = "2023年采购的质谱测算设备45万元因实验室未建成至今封存闲置；火星样品前处理流程与轨道测算规程衔接不畅，星图校准周期不明确"
    data["feedback"] = [{"title": "履行职能方面", "problems": [{"title": "火星样品检测能力不足", "detail": detail}]}]
    context = DraftingContext.build(draft_settings, Feedback.model_validate(data))
    plan = build_plan(context, ExtractiveEngine())
    [item] = plan.items
    own = [m.text for m in item.measures if not m.citations and "闲置资产" in m.text]
    assert own and MISSING_MEASURE not in [m.text for m in item.measures]
    [finding] = [f for f in plan.findings if f.check == TOO_FEW]
    assert MISSING_MEASURE not in finding.message and "【待补充：针对“" in finding.message, finding.message


def test_a_goal_nests_the_quotes_of_its_title() -> None:
    goal = goal_for("“三重一大”决策制度执行不到位", Deadline(kind="长期坚持"))
    assert goal.startswith("针对“‘三重一大’决策制度执行不到位”问题"), goal


def test_one_matter_gets_at_most_two_borrowed_measures(draft_settings: Settings) -> None:
    """Read twice: three rules on 公务接待 under one problem read as one measure thrice."""
    data = _feedback("中共鸥川县青石镇中心敬老院支部委员会", "县委第五巡察组").model_dump(mode="json")
    problems = [{"title": "落实中央八项规定精神不够严格", "detail": "公务接待管理不规范，接待审批不严，接待清单不全，超标准接待"}]
    data["feedback"] = [{"title": "全面从严治党方面", "problems": problems}]
    context = DraftingContext.build(draft_settings, Feedback.model_validate(data))
    [item] = build_plan(context, ExtractiveEngine()).items
    borrowed = [m.text for m in item.measures if m.citations]
    on_reception = [t for t in borrowed if "公务接待" in topics_named(t, context.fit)]
    assert len(on_reception) <= 2, borrowed


def test_a_committees_office_of_one_remit_does_not_speak_of_every_kind() -> None:
    """Read: a 县委机要和保密局 borrowed a procuratorate's 干警, as if it were the 县委."""
    secrecy = profile_for("中共鸥川县委机要和保密局支部委员会")
    assert secrecy.sector != "地方党委" and misfits("组织干警学习保密法律法规", secrecy) != []
    assert profile_for("中共鸥川县委员会").sector == "地方党委"


def test_a_room_the_feedback_names_twice_is_one_member(draft_settings: Settings) -> None:
    """Read: "…和财务室、学校财务室负责同志为成员" in a sports school's group."""
    data = _feedback("中共鸥川县体育运动学校支部委员会", "县委第五巡察组", problems=["食堂管理不规范", "财务管理不规范"]).model_dump(mode="json")
    data["feedback"][0]["problems"][0]["department"] = "学校财务室"
    data["feedback"][0]["problems"][1]["department"] = "财务室"
    text = front_matter.organisation(DraftingContext.build(draft_settings, Feedback.model_validate(data)))
    assert text.count("财务室") == 1, text
