"""What a remedy quotes of a fact: the clauses that show its fault, with the clause before
when they go on from it or cannot be read alone, the short rest and the sum after, and the deed
the fault was done to. Split from ``fact_remedies.py`` (which chooses the wording) in the
twenty-third pass: how much of a fact to quote is a question of its own, read on every kept
problem whenever it changes.
"""

from __future__ import annotations

import re

from assistant.drafting.fact_clauses import A_SUM, ENDS_ON_SUM, SUM_ONLY, clause_span, nested
from assistant.drafting.remedy_rules import RemedyRules

# a clause that opens with a count (2870人次，其中3批次…) is the tail of the one before it
_BARE_COUNT = re.compile(r"\d+(?:\.\d+)?(?![\d.年月日—\-])")
# …nor does one saying only what was overpaid by it (多领补贴0.5万元 after 有9户将…重复申报: the
# overpayment is the deed's, whatever fault the deed shows; round 74 left the deed open), nor one
# saying only what was overcharged by it (多收费用共计31.6万元 after 超过…10年上限: round 75)
# …nor one saying only what was lost by it (少收收入约54万元 after 按低于市场价约15%供应沥青混合料: round 90)
# …and a sum claimed falsely (冒领工资1.4万元) is the claim of the clause before it (round 115)
_OVERPAID_ONLY = re.compile(
    r"^(?:据此|共|累计|合计)?(?:多(?:领取?|发放?|拨付?|申领|报销|支付|付|收取?|结算|计|获得?)|少收(?:取)?|超收(?:金额|费用)?|欠收|冒领|虚领|套取|骗取)[^，,\d]{0,12}?约?\d[\d.]*\s*[万亿]?元$"
    r"|^多报[^，,。；]{0,16}、多(?:发|领|拨付?|支付)[^，,\d]{0,8}?\d[\d.]*\s*[万亿]?元$"  # 多报面积640亩、多发资金1.3万元 (round 170)
)  # 超收金额合计41.7万元 (round 166)
# a clause opening 且 that names a works of its own (且县烈士陵园二期工程完工后8个月未组织竣工验收)
_CHECKED_BY = re.compile(r"^经[^，。；]{0,10}(?:核查|核实|审计|复核)$")
_AND_FIRST = re.compile(r"^(?:且|并且|而且)(?=[^，。；]{6,})")
_OWN_MATTER = re.compile(r"^且(?![^，。；]*(?:仍|尚|还有|仅|只))[^，。；]{0,14}(?:工程|项目|设施|场馆|系统)[^，。；]{6,}")
_ENDS_ON_COUNT = re.compile(r"\d+\s*(?:名|人|户|家|个|辆|台|处)$")
# a verdict on what the clause before names (属“空壳社” after 5家无生产场所、无社员交易记录: round 170 quoted it without them)
_VERDICT_ONLY = re.compile(r"^(?:均|皆)?(?:属|系)(?:于)?[“‘]?[^，。；“”‘’]{1,10}[”’]?$")
# the cases a subjectless 未及时移送 speaks of (对建设单位擅自砍伐行道树的5起问题线索: round 170 named them open alone)
_CASES_NAMED = re.compile(r"^对[^，。；]{2,30}的?\d+(?:起|件|条|个)(?:问题)?(?:线索|案件|问题)$")
_WHO_COUNTED = re.compile(r"\d+\s*(?:名|人)[^，。；\d]{0,16}(?:干部|职工|教师|人员|党员|医生|医师|护士|员工|村医|民警)$")
_WHEN_FIRST = re.compile(r"^(?:\d{4}年[^，。；]{0,8}?(?:在|从|向|以|共|累计|先后|多次)|(?:在|从|向)[^，。；]{1,12}(?:领取|兼职|任职|取酬))")
_MONEY_FIRST = re.compile(r"^(?:补助|补贴|奖补|救助)?(?:资金|经费|款项|专项资金|费用|金额)(?:共计|合计)?约?\d[\d.]*\s*[万亿]?元")  # 补助资金0.7万元已退回 (round 147)
# a total over several deeds (合计违规使用医保基金46.8万元)
_IN_ALL = re.compile(r"^(?:合计|共计|总计)")
# a balance left (结余资金31.6万元…) of fees never settled (…未按学期结算)
_BALANCE_FIRST = re.compile(r"^结余(?:资金|款项|部分)?(?:共计|合计)?约?\d")
_UNSETTLED = re.compile(r"未(?:按[^，。；]{0,6})?(?:结算|清算|结清)$")
# a deed by a named doer (骨伤科将…, 康复中心将…): the deeds a total after them sums
_SUMMED_DEED = re.compile(r"^\s*[^，,、\d]{1,8}?(?:科|室|中心|部|股|站|所|队|组|院)(?:将|把|对|在)")
# the sum a fault comes to: 合计多发46.8万元, or the money itself (仍收取工本费，多收930元)
_SUM = re.compile(r"^(?:(?:合计|共计|总计|涉及[^，,\d]{0,4}(?:金额|资金))[^，,]{0,12}|\d{4}年(?:至\d{4}年)?(?:共计|合计|累计|共)约?\d[\d.]*\s*[万亿]?元|违规(?:金额|资金|费用|收费)(?:共计|合计)?约?\d[\d.]*\s*[万亿]?元|[^，,\d]{2,12}(?:共计|合计|总计)\d[\d.]*\s*[万亿]?元|(?:累计|共)?[多少超](?:报销|[收发付领拨计缴支])[^，,\d]{0,6}\d[\d.]*\s*[万亿]?元)$")
RATIO = re.compile(rf"^[^，,\d]{{0,6}}\d+(?:\.\d+)?[%％]$|{_SUM.pattern}")  # 完成率61.5%
# a clause that ends on what was missing (未经…研究) says how a thing was done, not what: the
# thing is in the next clause
# a clause that only sets the conditions (在未取得农用地转用审批的情况下, 在免收大班保教费的同时): the deed is the next one
_CONDITIONS_ONLY = ("情况下", "的同时")
_PURPOSE_ONLY = re.compile(r"^为(?:了)?(?:规避|逃避|完成|达到|应付)[^，。；]{2,24}$")
_WITHOUT_ONLY = re.compile(r"未经[^，,。；]{0,16}(?:研究|审批|批准|同意|审核|决策|讨论|论证|评估|备案)(?:的情况下)?$")  # …的情况下 (round 84)
_HOW_FIRST = re.compile(r"^(?:均|且|也|并|但)?(?:未经|未报[^，。；]{0,10}(?:核定|审批|批准))")  # …and a clause opening so goes on from a deed (未报市发改委核定 after 自行提高至1400元: round 179)
# "only this, not that" is one statement: 仅追回基金和解除协议，未依法作出行政处罚 of a fraud case
# (the case named open beside a measure on the missing penalty, round 66)
_NOT_AFTER_ONLY = re.compile(r"^(?:也|又|均|但|却|而)?未")
_ONLY = re.compile(r"^(?:仅|只)")
# a short clause opening with "afterwards" (事后补录会议纪要) says what followed the deed before it,
# and one of a comparison's setting (同为网吧接纳未成年人的违法行为) is the subject of the clause after
# it (处罚金额从500元到1.5万元不等): each is quoted with the other (round 68)
_AFTERWARDS = re.compile(r"^(?:事后|会后|随后|之后|此后)")
_SAME_CASE = re.compile(r"^(?:同为|同属|同样是)")
# …and a difference (多报15亩) is the difference of the count before it (实际造林面积仅71亩)
_DIFFERENCE = re.compile(r"^(?:多报|多计|多算|少报|少计)[^，。；\d]{0,6}?(?:合计|共计|共)?\d|^比[^，。；]{0,12}(?:多出|多报|少报|少)约?\d")  # …比村级实际统计面积多出约1800亩 (round 181)
# what was left of the sum before (学校代收…报名费18.3万元，与考级机构结算后剩余的2.6万元未退还学生: round 172's arts school
# named the 18.3万元 open beside the measure on the 2.6万元)
_REMAINDER = re.compile(r"^(?:与[^，。；]{0,12})?(?:结算|使用|支付|发放|开支|列支)后(?:的)?(?:剩余|结余)")
# a count out of a set named in the clause before (…指出的11项不符合项中，有4项至今未整改闭环: round 143 quoted the 4 without the 11)
_OUT_OF_SET = re.compile(r"\d+\s*(?:项|个|件|名|人|户|份|笔|家|处|条|起|宗|批)[^，。；]{0,12}中$")
# …or the part named by what it is first (同期查处的31起违规案件中，以约谈…代替行政处罚的有24起: round 151 named the set open alone)
_SUBSET_FIRST = re.compile(r"^(?:有|仍有|其中)?\d+\s*(?:项|个|件|名|人|户|份|笔|家|处|条|起|宗|批)|^[^，。；]{2,24}的(?:有|达|共)\d+\s*(?:项|个|件|名|人|户|份|笔|家|处|条|起|宗|批)")
_SHORT_PAID = re.compile(r"^(?:少缴|少交|少付|少计|少收)[^，。；]{0,8}\d")
_SUBJECTLESS_START = re.compile(r"^(?:均|也|且|并|但)?未(?!经)")
# a matter named as a topic (场所香烛燃放区与殿堂防火间距不足问题) and what became of it after it was reported (上报县安委会后至今未落实):
# one statement (round 217 quoted the second alone)
_TOPIC_ONLY = re.compile(r"^[^，。；]{4,40}(?:问题|隐患)$")
# a price compared with another (单价低于同期公开挂牌价8至15元/吨) is the price of the deal named before it (其中对5家长期客户执行“协议价”:
# round 218 named the deal open beside the measure on the price)
_PRICE_FIRST = re.compile(r"^(?:单价|价格|售价|费率|租金(?:单价)?|收费标准)(?:均|分别)?(?:低于|高于|超过|超出)")
_PRICED_DEAL = re.compile(r"(?:价|价格|费率|标准)[”’]?$")
_REPORTED_AFTER = re.compile(r"^(?:已|虽)?(?:上报|报请|报送|提交|反映|报告|移交)[^，。；]{0,12}后")
# …and goes on with the deed (利用周末和轮休时间在…诊所坐诊 after 未经医院同意和卫健部门备案: round 89)
_DONE_HOW = re.compile(r"^(?:先后|分别)?(?:由|向|将|对|以|为|给|擅自|直接|自行|即|便|就|利用)")  # 先后向2家…出借资金 (round 176)
_UNREADABLE = 8  # a quote shorter than this (7套闲置) says nothing alone: the clause before goes with it
# a procedure skipped, said alone (未履行变更审批程序), is the procedure of the deed before it when
# that one names the same act (1个项目擅自变更设计…): one fault, quoted whole (round 66)
_PROCEDURE_ONLY = re.compile(r"^[^，。；]{0,4}未(?:按规定)?(?:履行|经|办理|报)[^，。；]{0,10}(?:程序|手续|审批|报批)$")
_PROCEDURE_WORDS = re.compile(r"未|按规定|履行|程序|手续|审批|报批|办理|经|报|相关|有关")


# …and a rate alone (审计覆盖率不足15%) of the count before it (仅对126个村中的18个开展了财务审计:
# named open beside a measure on the rate, round 66)
_RATE_ONLY = re.compile(r"^[^，。；\d]{0,10}(?:率|比例|占比)[^，。；]{0,4}(?:仅|不足|低于|只有|未达到?|为)[^，。；]{0,10}$")
# …the thing it is the rate of, the two characters before it (审计 of 审计覆盖率), named before
_RATE_OF = re.compile(r"([^\W\d_]{2})(?:覆盖|完成|达标|执行|参与|知晓|合格|使用|到位)?(?:率|比例|占比)")


def _not_after_only(clause: str, before: str) -> bool:
    """Whether ``clause`` says what was not done after ``before`` said what only was."""
    return bool(_NOT_AFTER_ONLY.match(clause.strip(" \u3000，,、")) and _ONLY.match(before.strip(" \u3000，,、")))


def _rate_of_the_count_before(short: str, before: str) -> bool:
    """Whether ``short`` only says the rate of what ``before`` counts (审计覆盖率不足15% of
    18个村开展了财务审计)."""
    short = short.strip(" \u3000，,、")
    return bool(_RATE_ONLY.match(short)) and (rate := _RATE_OF.search(short)) is not None and rate.group(1) in before


_WHEN_ONLY = re.compile(r"^(?:节假日|节假日期间|双休日|周末|夜间|汛期|非汛期|非工作时间)[^，。；]{0,2}(?:均|也|仍)?未")
_PLAN_SHARE = re.compile(r"^(?:\d{4}年)?(?:全年)?(?:仅|只)?完成(?:年度)?计划(?:任务)?的?\d+(?:\.\d+)?[%％]$")
# a share of a whole named before it (占经办人员总数的近一半 after 现有编外人员21人: round 168 quoted it without the staff), or
# a comparison of it (超过在编人数 after 编外测绘辅助人员41人: round 169)
_SHARE_ONLY = re.compile(
    r"^占[^，。；]{1,16}的?(?:近|约|超过|达|逾)?(?:一半|半数|\d+(?:\.\d+)?[%％]|[一二三四五六七八九]成)$"
    r"|^(?:已)?(?:超过|多于|高于|超出)[^，。；]{0,6}(?:在编|编制|核定|定编)[^，。；]{0,4}(?:人数|数|总数|数量)?$"
)
_WHILE = re.compile(r"(?:期间|之际|过程中)$")
_MATTERS_END = re.compile(r"等(?:重大|重要)?(?:事项|事宜|议题)$")
_UNDECIDED = re.compile(r"^(?:均|也|且|并|但)?(?:未经|未提交|未报|未按)")
_BECAUSE_ONLY = re.compile(r"^(?:\d{4}年[^，。；]{0,12}?)?(?:因|由于)[^，。；]{2,16}$")
# a clause saying only what kind of fault the one before shows (…仅做理疗、无实质性治疗，存在挂床住院嫌疑:
# round 78's hospital named the patients open beside a measure on 挂床)
_NAMES_WHAT_BEFORE = re.compile(r"^(?:均|也|即)?存在[^，。；]{0,12}(?:嫌疑|现象|行为|问题)")  # …问题 (存在补记、编造数据问题: round 91)
# …or only how often (2024年全年仅研究1次: of what? round 78's township)
_ANOTHER = re.compile(r"^(?:另有|另外|此外|还有)(?=[^，。；]{6,})")  # a matter of its own, named after another
_TERMS_FIRST = re.compile(r"^(?:并|且)?(?:约定|合同约定|协议约定)")
_SIGNED = re.compile(r"签订[^，。；]{0,16}(?:协议|合同)$")
# …with or without the body that did it, never what (2024年党委仅研究1次 after 未按规定每半年专题研究意识形态工作: round 170 quoted it alone)
_COUNT_ONLY = re.compile(r"^(?:\d{4}年)?(?:全年)?(?:党委|党组|党总支|党支部|支部|党工委|领导班子)?(?:仅|只)(?:研究|召开|开展|组织|举办|进行)(?:过)?\d+次$")
# …or none at all (伙食管理委员会未吸收供养对象代表参加，2024年全年未召开会议: round 164 quoted the meetings without whose)
_NONE_HELD = re.compile(r"^(?:\d{4}年)?(?:全年|以来|至今)?(?:均|从|一直)?未(?:召开|开展|组织|举办)(?:过)?(?:会议|活动)?$")
# …or a clause before that is only the deed a subjectless fault was done in (…以每亩每年80元的价格对外发包)
_DEED_END = re.compile(r"(?:发包|出租|转让|签订|采购|购置|发放|支付|拨付|出借|处置|实施|开工|建设|续租|流转|承包给[^，。；]{1,8}经营)$")
# pay "still" drawn says not why it should have stopped: the clause before does, whatever fault it
# shows (在编演员中有2人长期在外地民营剧团演出，2023年以来仍领取全额工资: round 76 named the absence open)
# …or only how long the deed before runs (以每亩每年30元的价格发包，期限长达30年: round 88's town quoted the term alone)
_TERM_ONLY = re.compile(r"^(?:期限|租期|承包期|合同期|租赁期)(?:长达|达|为|已达)?\d+年$")
# …or names what is still drawn and by whom (补贴仍由原登记船东领取 after 其中3艘渔船已长期出租…: round 94 named the
# lease open alone)
_STILL_DRAWN = re.compile(
    r"^(?:\d{4}年[^，。；]{0,8}?)?(?:仍|继续|照常)照?(?:领取|享受|领|拿|发放|拨付|兑现)"
    r"|^(?:补贴|补助|津贴|工资|资金|待遇)(?:仍|继续|照常)由[^，。；]{1,10}(?:领取|享受|申领|领)"
)
# a clause telling when a matter was at last dealt with (直至2024年3月群众反映后才组织处置) is the tail of the statement
# before it, not the setting of the short fault after it (桥梁“一桥一档”资料缺失严重: round 97 read the join as garbled)
_LATE_TAIL = re.compile(r"^(?:直至|直到)[^，。；]*才")
# a clause that sums up the fault before it (涉及学生2140人、金额27.5万元), never the deed of the one after it
_TAIL_OF_BEFORE = re.compile(r"^涉及")
_DONE_AGAIN = re.compile(r"^(?:\d{4}年(?:至\d{4}年)?(?:以来)?|其中)?([^\W\d_]{2})的[^，。；]{0,8}?\d")


def _deed_named_again(clause: str, before: str, rules: RemedyRules) -> bool:
    """Whether ``clause`` opens on the deed ``before`` names (收取 of 2024年收取的2.3万元 after
    …收取职工餐费), which shows no fault of its own."""
    again = _DONE_AGAIN.match(clause.strip(" \u3000，,、"))
    return again is not None and again.group(1) in before and not rules.any_fault.search(before)


def _procedure_of_the_deed_before(short: str, before: str) -> bool:
    """Whether ``short`` only says the procedure of the act ``before`` names (变更 of 变更设计)."""
    short = short.strip(" \u3000，,、")
    if not _PROCEDURE_ONLY.match(short):
        return False
    core = _PROCEDURE_WORDS.sub("", short)
    return any(core[i : i + 2] in before for i in range(len(core) - 1))


def quoted(fact: str, fault: re.Match[str], rules: RemedyRules, *, deed_before: bool = True) -> str:
    """What the measure quotes: the clauses of ``fact`` that show the fault (a fact often
    names two faults, and the remedy answers one), with the clause before when they go on
    from it (其中…) or are too short to be read alone and that one shows no fault of its own,
    and (``deed_before``) the deed they were done to (``with_deed_before``); nested quotes as ‘’."""
    clauses, first, last = clause_span(fact, fault)

    def takes_the_one_before(first: int) -> bool:
        span = len("".join(clauses[first : last + 1]))
        this = clauses[first].strip(" \u3000，,、")  # the clause that may not read without the one before
        if _ANOTHER.match(this):
            return False  # 另有5家企业欠缴租金96万元 is not the 减免租金合计172万元 before it (round 107)
        if _OWN_MATTER.match(this) and rules.any_fault.search(clauses[first - 1]):
            return False  # 且县烈士陵园二期工程…未组织竣工验收 is not the 仅完成29处 before it (round 75)
        if (
            first > 1
            and rules.rest_of_quote.search(clauses[first - 1].strip(" \u3000，,、"))
            and rules.any_fault.search(clauses[first - 2])
            # …but 其中3笔… cannot be read without what it is part of (round 66), nor 未… after 仅…
            and not rules.refers_back.search(clauses[first])
            and not _not_after_only(clauses[first], clauses[first - 1])
            and not (span < rules.shortest_quote and _AFTERWARDS.match(clauses[first]))
        ):
            return False  # 由其他学科教师跨学科任教 is the rest of 教师缺口4人 before it, not our setting
        return bool(
            # the one before sets only the conditions (在未取得农用地转用审批的情况下, then 占用集体土地23亩…: round 176)
            clauses[first - 1].rstrip(" \u3000，,、").endswith(_CONDITIONS_ONLY)
            # …or only its purpose (为规避医保单次住院支付限额: round 184 named it open alone)
            or _PURPOSE_ONLY.match(clauses[first - 1].strip(" \u3000，,、")) is not None
            or (
                rules.continues.search(clauses[first].lstrip(" \u3000"))  # a stray space after the comma (round 83)
                # 截至2024年底…负债386万元 after 林地流转未经表决 starts the debt's own statement
                and not (
                    rules.new_setting.search(clauses[first])
                    and rules.fault.search(clauses[first - 1])
                    and not rules.summary.search(clauses[first - 1].strip(" \u3000，,、"))
                )
            )
            or (_BARE_COUNT.match(clauses[first]) and not rules.fault.search(clauses[first - 1]))
            or (SUM_ONLY.match(this) and not rules.fault.search(clauses[first - 1]))
            # money named by its sum alone (资金87万元滞留中心账户) is the money of the clause before,
            # whatever that one says (2个子项目仍未完工: one fault, round 64)
            or _MONEY_FIRST.match(this) is not None
            # …or a balance left of fees never settled before it (…军训服装费未按学期结算，结余资金31.6万元…未退还学生: round 193)
            or (_BALANCE_FIRST.match(this) is not None and _UNSETTLED.search(clauses[first - 1].rstrip(" \u3000，,、")) is not None)
            or _OVERPAID_ONLY.match(this) is not None
            or rules.cited.search(clauses[first - 1])  # the earlier problems it speaks of
            # 未经村民代表会议表决 says how the deed before it was done (鱼塘直接发包给个人): round 58
            or (_HOW_FIRST.match(clauses[first]) is not None and not rules.fault.search(clauses[first - 1]))
            or _not_after_only(clauses[first], clauses[first - 1])
            or (span < rules.shortest_quote and _AFTERWARDS.match(clauses[first]) is not None)
            or _SAME_CASE.match(clauses[first - 1].strip(" \u3000，,、")) is not None
            or _DIFFERENCE.match(this) is not None
            or _REMAINDER.match(this) is not None
            # 少缴餐费共计4.1万元 says not who paid short nor how (按每餐5元缴费，低于实际成本: round 152's primary school)
            or _SHORT_PAID.match(this) is not None
            or (
                _OUT_OF_SET.search(clauses[first - 1].rstrip(" \u3000，,、")) is not None
                and _SUBSET_FIRST.match(this) is not None
            )
            # 未经…集体研究，由主要负责人个人签批后实施: what was done unstudied, read from its start
            or (_DONE_HOW.match(clauses[first]) is not None and _WITHOUT_ONLY.search(clauses[first - 1].rstrip(" \u3000，,")) is not None)
            or span < _UNREADABLE
            or (
                span < rules.shortest_quote
                and not rules.fault.search(clauses[first - 1])
                and _LATE_TAIL.match(clauses[first - 1].strip(" \u3000，,、")) is None
            )
            # …or says only that someone failed to notice or take back (保障股未及时发现和收回 after 9套房屋被承租人转租…:
            # round 97 read it as cut from its subject)
            or (span < rules.shortest_quote and rules.not_noticed.search(clauses[first].rstrip(" \u3000，,、")) is not None)
            # …or says not who did it (未签订采购合同，未开展比价 after 食材采购长期由1家供应商供货), whatever
            # fault the clause naming them shows (its quote alone was read as garbled, round 74), unless
            # that one fails at something of its own (11名一年以上未参加组织生活 before 未建立动态管理台账:
            # a register does not answer it)
            or (
                span < rules.shortest_quote
                and _SUBJECTLESS_START.match(this) is not None
                and "未" not in clauses[first - 1]
            )
            # …whatever its length, when the clause before only names whom by a count and shows no fault
            # (墓区管理员等岗位使用编外人员14名，未签订劳动合同，也未缴纳社会保险: round 75 quoted the
            # faults without the staff)
            or (
                _SUBJECTLESS_START.match(this) is not None
                and _ENDS_ON_COUNT.search(clauses[first - 1].rstrip(" \u3000，,、")) is not None
                and not rules.any_fault.search(clauses[first - 1])
            )
            # …or the clause before names whom by a count (有9名为县农业农村局在职干部) and shows no fault, and
            # this one opens on when or where, not on who (2023年至2024年在本校领取课酬…: round 76)
            or (
                _WHO_COUNTED.search(clauses[first - 1].rstrip(" \u3000，,、")) is not None
                and _WHEN_FIRST.match(this) is not None
                and not rules.any_fault.search(clauses[first - 1])
            )
            # …or this one names again the deed of the one before (中心食堂以现金方式收取职工餐费，2024年收取的
            # 2.3万元未入账: round 75 quoted the sum without whose it was)
            or _deed_named_again(clauses[first], clauses[first - 1], rules)
            or _VERDICT_ONLY.match(this) is not None
            or (
                _SUBJECTLESS_START.match(this) is not None
                and _CASES_NAMED.match(clauses[first - 1].strip(" \u3000，,、")) is not None
            )
            # …or it says only how much of a plan was done, not of what (…蚕病监测未按年度计划开展，
            # 2024年仅完成计划的40%: round 75's sericulture station, read as garbled alone)
            or _PLAN_SHARE.match(this) is not None
            or _SHARE_ONLY.match(this) is not None
            # …or the one before only sets when (以“草原监测”名义下乡期间: named open alone, round 76)
            or (_WHILE.search(clauses[first - 1].rstrip(" \u3000，,、")) is not None and not rules.fault.search(clauses[first - 1]))
            or _STILL_DRAWN.match(this) is not None
            # …or the one before only says why (2024年10月至12月因服务费回款滞后，拖欠保安员工资1个月以上: round 111 named
            # the cause open alone)
            or (_PRICE_FIRST.match(this) is not None and _PRICED_DEAL.search(clauses[first - 1].rstrip(" \u3000，,、")) is not None)
            or (_TOPIC_ONLY.match(clauses[first - 1].strip(" \u3000，,、")) is not None and _REPORTED_AFTER.match(this) is not None)
            or _BECAUSE_ONLY.match(clauses[first - 1].strip(" \u3000，,、")) is not None
            # …or it says how matters were decided and the one before only lists them (2024年购置4辆运钞车…和对外出借资金50万元
            # 等事项，未经党委会前置研究: round 111 named the matters open)
            or (_MATTERS_END.search(clauses[first - 1].rstrip(" \u3000，,、")) is not None and _UNDECIDED.match(this) is not None)
            or _TERM_ONLY.match(this) is not None
            or _NAMES_WHAT_BEFORE.match(this) is not None
            or _COUNT_ONLY.match(this) is not None
            or _NONE_HELD.match(this) is not None
            # …or it says what an agreement signed just before binds us to (签订试剂绑定采购协议，约定每年采购试剂不低于60万元:
            # round 106 named the terms open without the agreement)
            or (
                _TERMS_FIRST.match(this) is not None
                and _SIGNED.search(clauses[first - 1].rstrip(" \u3000，,、")) is not None
                and not rules.any_fault.search(clauses[first - 1])
            )
            # …or it says not who did what, and the one before is only the deed (…滩地212亩以每亩每年80元的价格对外
            # 发包，未进入农村产权交易平台公开流转: round 78's township read the quote as garbled)
            or (
                _SUBJECTLESS_START.match(this) is not None
                and _DEED_END.search(clauses[first - 1].rstrip(" \u3000，,、")) is not None
                and not rules.any_fault.search(clauses[first - 1])
            )
            # …or it says only when (节假日未按规定封存 after 公务用车2辆长期由所长专人使用: round 76)
            or (span < rules.shortest_quote and _WHEN_ONLY.match(this) is not None)
            or (span < rules.shortest_quote and _procedure_of_the_deed_before(clauses[first], clauses[first - 1]))
            or (span < rules.shortest_quote and _rate_of_the_count_before(clauses[first], clauses[first - 1]))
            # …or a summary of its matter that names what it is about (意识形态工作责任制落实不到位，
            # 2024年仅专题研究1次: the count alone says not of what, round 66)
            or (span < rules.shortest_quote and rules.summary.search(clauses[first - 1].strip(" \u3000，,、")) is not None)
        )

    while first > 0 and takes_the_one_before(first):
        first -= 1
    while last + 1 < len(clauses) and (
        _SUM.match(clauses[last + 1].strip(" \u3000，,、")) or _OVERPAID_ONLY.match(clauses[last + 1].strip(" \u3000，,、"))
    ):
        last += 1  # …and the sum it comes to (仍按原标准发放，合计多发1.6万元; …等问题，违规使用医保基金共计136.4万元;
        # 虚报野外作业天数共计486天，多领取野外工作津贴和住勤补助7.3万元: round 75)
    while last + 1 < len(clauses) and _is_rest(clauses[last + 1], rules):
        last += 1  # …and the short rest of its fault (列支工作餐费用23笔，无公函和接待清单: round 63)
    while last + 1 < len(clauses) and clauses[last].rstrip(" \u3000，,").endswith("中"):
        last += 1  # "列支的26.8万元中，有9.2万元用于…" is one statement (read in round 49)
    while last + 1 < len(clauses) and clauses[last].rstrip(" \u3000，,").endswith(_CONDITIONS_ONLY):
        last += 1  # "在未履行成本监审和报批程序的情况下，将门票价格由98元上调至128元": the deed is after (round 176)
    while (
        last + 1 < len(clauses)
        and _WITHOUT_ONLY.search(clauses[last].rstrip(" \u3000，,"))
        and _DONE_HOW.match(clauses[last + 1].lstrip(" \u3000"))
    ):
        last += 1  # "未经联合社党组研究，向…出借资金80万元": what was done unstudied (round 53; 先后向…: round 176)
    while last + 1 < len(clauses) and _is_rest(clauses[last + 1], rules):
        last += 1  # …and the rest of what was done so (…发放奖金共计38.6万元，超出集团核定的工资总额)
    while last + 1 < len(clauses) and _SUM.match(clauses[last + 1].strip(" \u3000，,、")):
        last += 1  # …and what that rest came to (仍按合同全额支付费用，多付金额约9.8万元: round 73)
    while last > first and last + 1 < len(clauses) and _CHECKED_BY.match(clauses[last].strip(" \u3000，,、")):
        last -= 1  # "经现场核查" leads into the finding after it, which the quote does not take (round 178 read it as cut)
    if _IN_ALL.match(clauses[last].strip(" \u3000，,、")):
        while first > 0 and _SUMMED_DEED.search(clauses[first - 1]) and not A_SUM.search(clauses[first - 1]):
            first -= 1  # a total of all the deeds before it (骨伤科将…重复计费，康复中心将…串换…，合计违规使用医保基金
            # 46.8万元: round 192's hospital hung the whole sum on the second deed alone)
    quote = nested("".join(clauses[first : last + 1]).strip(" \u3000，,、"))
    quote = _AND_FIRST.sub("", quote)  # 且县烈士陵园二期工程…: the 且 ties it to what is not quoted
    return with_deed_before(fact, quote, rules) if deed_before else quote


def clause_before(fact: str, quote: str) -> str | None:
    """The clause of ``fact`` just before ``quote`` (as quoted, nested quotes as ‘’), if a
    comma parts them; None when the quote opens the fact or a sentence."""
    said = nested(fact)
    start = said.find(quote)
    if start <= 1 or said[start - 1] not in "，,":
        return None
    begin = max(said.rfind(c, 0, start - 1) for c in "，,；;。") + 1
    opened = said.rfind("（", 0, begin)
    if opened >= 0 and said.rfind("）", 0, begin) < opened:
        # a comma inside brackets parts no clauses: never "总投资196万元）未经竣工验收…" out of
        # 工程（小水窖42口、管网8.6公里，总投资196万元） (round 103)
        begin = max(said.rfind(c, 0, opened) for c in "，,；;。") + 1
    return said[begin : start - 1].strip(" \u3000")


def with_deed_before(fact: str, quote: str, rules: RemedyRules) -> str:
    """``quote`` with the clause just before it when that one names a deed and the sum it came
    to and shows no fault of its own: what the fault was done to (2024年采购网格员工作手机320部共计
    48万元，拆分为4批次…规避公开招标: round 75 quoted the split alone). For reading only: the
    wording is chosen on the fault, and the deed's 资金 does not make a purchase money."""
    before = clause_before(fact, quote)
    if (
        before is None
        or ENDS_ON_SUM.search(before) is None
        or SUM_ONLY.match(before) is not None
        or _SUM.match(before) is not None
        or rules.any_fault.search(before) is not None
        # …nor one that is the tail of the fault before it (涉及学生2140人、金额27.5万元 of the study guides, not of the
        # uniform money after it: round 103)
        or _TAIL_OF_BEFORE.match(before.strip(" \u3000，,、")) is not None
        # …nor the deed of a matter the quote names as another (减免租金合计172万元 before 另有5家企业欠缴租金: round 107)
        or _ANOTHER.match(quote.strip(" \u3000，,、")) is not None
    ):
        return quote
    return f"{before}，{quote}"


def _is_rest(clause: str, rules: RemedyRules) -> bool:
    """Whether ``clause``, just after a quote, is the short rest of its fault."""
    clause = clause.strip(" \u3000，,、")
    short = len(clause) < rules.shortest_quote and rules.rest_of_quote.search(clause) is not None
    return short or rules.rest_of_quote_long.search(clause) is not None
