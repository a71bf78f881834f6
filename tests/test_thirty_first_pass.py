"""Issue 14, thirty-first pass: the eight faults left in round 110 (the thirtieth pass's measurement)
and the rounds after it, read independently. Each case is reworded from the text that was read.

Each test fails on the code before its fix, unless it says it keeps a behaviour."""

from __future__ import annotations

from assistant.settings import Settings
from tests.test_thirtieth_pass import _organisation
from tests.test_twenty_first_pass import _measures_and_open


def test_kit_a_guard_carries_is_issued_not_posts_filled() -> None:
    # round 110's railway protection office: 未配备反光背心、强光手电等基本装备 got 配齐配强相关人员
    text, _ = _measures_and_open("部分巡防队员未配备反光背心、强光手电等基本装备。")
    assert "相关人员，一时无法配齐" not in text and "装备" in text and "发放登记" in text, text


def test_training_coverage_is_a_training_plan_not_an_indicator_pushed_by_months() -> None:
    # round 110: 培训覆盖率不足60% got 分析指标偏低的原因…按月监测通报
    text, _ = _measures_and_open("巡防队员岗前培训和年度安全培训覆盖率不足55%。")
    assert "按月监测" not in text and "应训尽训" in text, text


def test_rebates_paid_to_dealers_short_of_target_are_got_back_not_a_target_plan() -> None:
    # round 110's distillery: 未完成年度任务仍按达标标准兑付返利 got 对照目标任务制定推进计划
    text, open_ = _measures_and_open("其中5家经销商未完成年度任务仍按达标标准兑付返利186万元。")
    assert "推进计划" not in text and "追回" in text and not open_, (text, open_)


def test_a_contractor_short_of_staff_and_paid_in_full_keeps_its_contract_wording() -> None:
    # keeps a behaviour: 仍按合同全额支付 is not 仍…兑付 (the target class still takes the contractor)
    text, _ = _measures_and_open("合同约定保洁人员40人，实际在岗仅31人，仍按合同全额支付服务费。")
    assert "按合同约定配齐人员" in text, text


def test_irrigation_idle_for_want_of_a_keeper_is_kept_not_disposed_of() -> None:
    # round 110's grape town: 管护主体…未落实…因缺少维护闲置 got 制定盘活利用方案…按规定处置
    text, _ = _measures_and_open("项目建成后管护主体和管护经费未落实，至2024年底有900亩喷灌设施因缺少维护闲置。")
    assert "处置" not in text and "管护主体" in text and "恢复使用" in text, text


def test_sponsorship_kept_off_the_books_is_money_cleared_not_a_stocktake() -> None:
    # round 110's grape town: 收取“赞助费”…存放在…账外管理 got 组织全面盘点清查
    text, _ = _measures_and_open("向辖区企业收取“赞助费”22万元存放在镇文化站账外管理，已支出12万元。")
    assert "盘点" not in text and "停止收取" in text and "追回" in text, text


def test_life_jackets_untraced_are_traced_not_only_a_register_set_up() -> None:
    # round 110's ferry station: 台账不全，有310件救生衣去向无法核实 got 建立健全相关台账
    text, _ = _measures_and_open("器材发放台账不全，有240件救生衣去向无法核实。")
    assert "查明去向" in text and "建立健全相关台账" not in text, text


def test_equipment_never_booked_is_booked_not_traced_as_lost() -> None:
    # round 110's planning exhibition hall: 展陈设备未登记入账 got 查明去向…追偿
    text, _ = _measures_and_open("价值38.2万元的展陈设备未登记入账。")
    assert "追偿" not in text and "去向" not in text and "登记纳入固定资产账" in text, text


def test_other_units_assets_off_their_books_are_not_booked_by_us() -> None:
    # keeps a behaviour: a treasury centre's agency clients' assets are theirs (11家固定资产未入账)
    text, _ = _measures_and_open("2024年抽查的35家代理核算单位中有11家固定资产未入账，涉及资产原值538万元。")
    assert "登记纳入固定资产账" not in text, text


def test_a_charter_without_the_party_is_amended_not_listed_as_open() -> None:
    # round 110's fireworks company: 党建工作要求至今未写入公司章程 got 对尚未解决的问题逐项列出清单
    text, open_ = _measures_and_open("党建工作要求至今未写入公司章程，前置研究讨论重大经营管理事项清单未建立。")
    assert "列出清单" not in text and "修订公司章程" in text and not open_, (text, open_)


def test_a_charter_without_the_party_is_amended_without_a_word_of_delay() -> None:
    text, _ = _measures_and_open("党组织研究讨论作为重大经营管理事项前置程序的规定未写入公司章程。")
    assert "修订公司章程" in text, text


# round 111 (drafted at 3a28900): a dairy company, an expressway service-area company, a porcelain town, a cash escort
# company, an intellectual-property office, an auction company


def test_milk_money_the_company_owes_farmers_is_paid_not_collected() -> None:
    # the dairy company: 拖欠62户奶农奶款 got 催收到位，确实无法收回的…
    text, _ = _measures_and_open("2024年第三季度因资金紧张拖欠48户奶农奶款共计211.6万元，最长拖欠期达4个月。")
    assert "催收" not in text and "无法收回" not in text and "清偿计划" in text, text


def test_a_deadline_for_the_rest_of_the_problems_is_no_demand_of_its_own() -> None:
    # the dairy company: 其余问题须在反馈之日起2个月内整改到位 got a measure of its own (制定工作方案)
    text, _ = _measures_and_open("虚报冒领的3.2万元已于巡察期间退回市财政，其余问题须在反馈之日起2个月内整改到位。")
    assert "工作方案" not in text, text


def test_records_of_animals_already_dead_are_false_records() -> None:
    # the dairy company: the 173 records of culled cows got no measure and were not named open
    text, _ = _measures_and_open("有96头次冻精使用记录对应的母牛耳标号已于此前淘汰或死亡，涉及补贴资金2.9万元。")
    assert "弄虚作假" in text, text


def test_a_late_recall_is_recalled_in_time_not_only_recorded() -> None:
    text, _ = _measures_and_open("2023年以来因菌落总数超标被抽检通报2次，相关批次产品召回不及时，召回记录不完整。")
    assert "启动召回" in text, text


def test_part_of_a_sum_back_in_a_statement_of_its_own_is_not_all_promised_back() -> None:
    # the dairy company: 超标准发放的福利已于巡察期间清退5.6万元 (a sentence of its own) got the whole 18.3万元 promised back
    text, _ = _measures_and_open(
        "2024年春节以“职工福利”名义向全体职工发放购物卡，合计12.6万元，超出规定标准。超标准发放的福利已于巡察期间清退3.1万元。"
    )
    assert "已清退部分" in text, text


def test_a_part_back_of_another_sum_does_not_make_the_receptions_partly_back() -> None:
    # keeps a behaviour: 违规由储备库承担的接待费用0.46万元已退回 is that part's, not the 3.1万元 of receptions
    text, _ = _measures_and_open(
        "以“检查指导”名义列支公务接待费用23笔、金额3.1万元，其中9笔无公函、无接待清单。违规由储备库承担的接待费用0.46万元已退回。"
    )
    assert "已清退部分" not in text, text


def test_a_sum_back_with_its_time_between_is_part_back() -> None:
    # the auction company: 其中2.4万元已于巡察期间退回 settled the whole 6.2万元
    text, _ = _measures_and_open("5宗委托拍卖项目按成交价5%顶格收取佣金，超出与委托方约定比例，多收4.8万元，其中1.6万元已于巡察期间退回。")
    assert "已清退部分" in text and "顶格收取佣金" in text, text


def test_an_auction_companys_commission_is_its_fee_not_a_kickback() -> None:
    # the auction company: 收取佣金 got 以案为鉴、以案促改 twice
    text, _ = _measures_and_open("2023年至2024年有28笔现金收取的车辆拍卖佣金合计6.1万元未当日存入银行，最长延迟12天。")
    assert "以案为鉴" not in text and "当日送存银行" in text, text


def test_an_idle_asset_named_as_a_kind_of_lot_is_not_idle() -> None:
    # the auction company: 闲置资产拍卖项目共163宗 got 上缴国库
    text, _ = _measures_and_open("2023年至2025年受托的罚没物资、行政事业单位闲置资产拍卖项目共120宗，其中25宗超过6个月未组织拍卖。")
    assert "上缴国库" not in text, text


def test_money_held_and_passed_on_late_is_not_paid_over_again() -> None:
    # the auction company: 成交款…滞留2个月以上才划转委托单位 got 按规定及时足额上缴国库
    text, _ = _measures_and_open("2024年有4宗拍卖成交款合计98万元在公司账户滞留2个月以上才划转委托单位。")
    assert "逐笔清理，按规定及时足额上缴国库" not in text and "滞留的原因" in text, text


def test_a_companys_takings_held_on_a_platform_are_collected_not_paid_to_the_treasury() -> None:
    # the expressway company: 收入滞留平台账户 got 上缴国库或财政专户
    text, _ = _measures_and_open("充电桩运营收入与第三方平台对账不及时，2024年有3.6万元收入滞留平台账户超过6个月。")
    assert "国库" not in text and "归集到单位账户" in text, text


def test_rent_arrears_pressed_weakly_are_ours_to_collect_not_a_regulators_case() -> None:
    # the expressway company: 对租户欠租催缴不力 got 对相关线索和问题逐项依法依规核查处理
    text, _ = _measures_and_open("对租户欠租催缴不力，截至2025年4月，2家餐饮商户累计拖欠租金及水电费18.2万元。")
    assert "线索" not in text and "催收" in text, text


def test_too_few_womens_toilets_are_rebuilt_not_staffed_by_the_cleaner() -> None:
    # the expressway company: 女厕厕位比例未达到上级要求 got 督促服务单位按合同约定配齐人员
    text, _ = _measures_and_open("公厕保洁外包考核流于形式，服务区女厕厕位比例未达到上级要求。")
    assert "配齐人员" not in text and "厕位" in text, text


def test_takings_kept_back_and_settled_are_not_named_open_again() -> None:
    # the expressway company: 未及时缴存公司账户 named open beside the settled measure on the same money
    text, open_ = _measures_and_open(
        "夜间停车费长期由现场管理人员通过个人微信收款码收取，2023年至2024年共收取9.6万元，未及时缴存公司账户。"
        "巡察期间已将账外资金全部收回入账。"
    )
    assert "缴存公司账户" not in open_, (text, open_)


def test_shops_let_outside_the_exchange_are_let_openly() -> None:
    # the expressway company: 未进场公开招租 got no measure
    text, _ = _measures_and_open("到期的27间商铺中，有9间未进场公开招租，以“原租户优先续租”名义直接续签。")
    assert "公开招租" in text, text


def test_a_service_priced_below_its_cost_is_repriced_not_collected_from_the_schools() -> None:
    # the escort company: 服务费按低于人力成本的标准收取 got 催收到位
    text, _ = _measures_and_open("向8所学校派驻保安员的服务费按低于人力成本的标准收取，两年少收约42万元。")
    assert "催收" not in text and "重新核定收费标准" in text, text


def test_overtime_never_paid_is_paid() -> None:
    # the escort company: 寒暑假值守加班未按规定支付加班工资 was named open
    text, open_ = _measures_and_open("派驻学校保安员寒暑假期间值守加班未按规定支付加班工资，涉及120人、金额约26万元。")
    assert "补发" in text and not open_, (text, open_)


def test_wages_owed_and_ordered_paid_are_paid_and_the_cause_is_quoted_with_them() -> None:
    # the escort company: the demand quoted 引发集体信访2起 alone and said nothing of pay; 因服务费回款滞后 was named open
    text, open_ = _measures_and_open(
        "2024年10月至12月因服务费回款滞后，拖欠保安员工资1个月以上，引发集体信访2起，须在反馈之日起2个月内补发到位。"
    )
    assert "全部补发到位" in text and "回款滞后" not in open_, (text, open_)


def test_insurance_paid_on_the_lowest_base_for_staff_is_put_right() -> None:
    text, _ = _measures_and_open("2023年至2024年公司按最低缴费基数为派驻保安员缴纳社会保险，与实际工资基数不符，少缴单位部分约90万元。")
    assert "缴费基数" in text, text


def test_guns_drawn_without_a_signature_are_checked_against_the_armoury_not_money() -> None:
    # the escort company: 领还枪记录无枪管员签字 got 涉及资金的限期追回
    text, _ = _measures_and_open("2023年至2024年有31次领还枪记录无枪管员签字。")
    assert "资金" not in text and "枪支弹药" in text, text


def test_escort_vans_on_call_are_not_laid_up_on_holidays() -> None:
    # the escort company: 押运备勤车辆…节假日出车无派车单 got 节假日定点封存停放
    text, _ = _measures_and_open("指挥车和押运备勤车辆管理松散，2024年有12次节假日出车无派车单。")
    assert "封存" not in text and "备勤" in text, text


def test_other_vehicles_on_holidays_keep_the_lay_up_rule() -> None:
    # keeps a behaviour: an enforcement bureau's cars are laid up on holidays
    text, _ = _measures_and_open("执法执勤车辆管理不严，2024年有9次节假日出车无派车单和行车记录。")
    assert "封存" in text and "押运" not in text, text


def test_matters_decided_without_the_committee_are_quoted_with_the_matters() -> None:
    # the escort company: 购置4辆运钞车…等事项 was named open apart from 未经党委会前置研究
    text, open_ = _measures_and_open("2024年购置3辆运钞车（金额150万元）和对外出借资金30万元等事项，未经党委会前置研究，直接提交总经理办公会决定。")
    assert "运钞车" in text and "运钞车" not in open_, (text, open_)


def test_an_earlier_rounds_problems_still_there_are_the_look_backs() -> None:
    text, open_ = _measures_and_open(
        "对2021年市委巡察反馈的“枪弹管理存在安全隐患”等5个问题整改不到位，其中2个问题在本轮巡察中仍然存在。"
    )
    assert "回头看" in text and "仍然存在" not in open_, (text, open_)


def test_staff_hired_unopenly_are_a_hiring_rule_not_seconded_cadres_sent_back() -> None:
    # the porcelain town: 借用和聘用编外人员16名，其中5人未经公开招聘 got 期满按期返回原单位
    text, _ = _measures_and_open("2023年以来镇属站所借用和聘用编外人员12名，其中4人未经公开招聘直接使用。")
    assert "返回原单位" not in text and "公开组织" in text, text


def test_workshops_built_on_farmland_without_approval_are_pulled_down() -> None:
    # the porcelain town: 新增未经审批的窑作坊…占用耕地 got 今后同类事项严格按规定程序办理
    text, _ = _measures_and_open("2022年至2024年新增未经审批的窑作坊和堆料场21处，占用耕地共计30.2亩，其中占用永久基本农田6.1亩。")
    assert "按规定程序办理" not in text and "复耕" in text, text


def test_waste_still_not_carted_away_is_carted_away_and_quoted_with_its_subject() -> None:
    # the porcelain town: 2024年两次督办后仍未清运到位 got 列出清单, without what was to be carted
    text, _ = _measures_and_open("废弃石膏模具、废坯料等固体废物在河滩随意堆放约800立方米，2024年两次督办后仍未清运到位。")
    assert "列出清单" not in text and "清运" in text and "石膏模具" in text, text


def test_industrial_land_idle_is_taken_back_and_its_agreement_not_named_open() -> None:
    text, open_ = _measures_and_open(
        "引进的19个入园项目中有4个未履行投资协议，合计闲置已供工业用地52亩超过2年，未按约定收回土地或追缴违约金。"
    )
    assert "闲置土地" in text and "收回土地" not in open_, (text, open_)


def test_a_rent_waiver_without_basis_is_quoted_whole() -> None:
    # the porcelain town: ……也无兑现依据 was named open as a fragment
    text, open_ = _measures_and_open("以“扶持初创窑企”名义为3家企业减免标准厂房租金共计21万元，未经镇党委会研究，也无兑现依据。")
    assert "兑现依据" not in open_, (text, open_)


def test_a_reward_paid_on_lapsed_patents_is_got_back_not_fees_pressed_for() -> None:
    # the IP office: 对…未缴纳年费已失效的43件发明专利兑现“维持奖励” got 督促足额缴纳到位
    text, _ = _measures_and_open("对授权后未缴纳年费已失效的30件发明专利兑现“有效发明专利维持奖励”3.6万元。")
    assert "缴纳到位" not in text and "清退" in text, text


def test_a_subsidy_used_against_its_rule_is_quoted_with_who_used_it() -> None:
    # the IP office: 不符合“用于研发和生产经营”的规定，涉及贴息7.8万元 was named open without the firms
    text, open_ = _measures_and_open(
        "其中有2家企业贷款实际用于归还其他借款和购置土地，不符合“用于研发和生产经营”的规定，涉及贴息5.1万元。"
    )
    assert "归还其他借款" in text and not open_, (text, open_)


# round 112 (drafted at 1da3230): a fishing port company, a county hospital leading a medical community, a ski resort
# company, a Yao township, a livestock market company, a city special school


def test_a_member_admitted_without_the_branch_meeting_is_an_admission_not_a_village_vote() -> None:
    # the fishing port company: 未经支部党员大会讨论 got 今后涉及村级的重大事项…“四议两公开”
    text, _ = _measures_and_open("2023年发展的1名党员未经支部党员大会讨论即上报。")
    assert "四议两公开" not in text and "村级" not in text and "发展党员" in text, text


def test_a_village_vote_skipped_keeps_the_village_procedure() -> None:
    # keeps a behaviour: a village's 党员大会审议 is its 四议两公开
    text, _ = _measures_and_open("村集体机动地120亩发包未经党员大会审议和村民代表会议表决。")
    assert "四议两公开" in text, text


def test_fuel_sold_on_credit_is_collected_not_refunded() -> None:
    # the fishing port company: 对部分船东违规长期赊销 got 违规部分按规定清退
    text, open_ = _measures_and_open("对部分船东违规长期赊销，截至2024年底应收油款余额达61.5万元，其中账龄3年以上的22万元未采取催收措施。")
    assert "清退" not in text and "催收" in text and "赊销" not in open_, (text, open_)


def test_a_contractors_unapproved_extension_is_legalised_or_pulled_down() -> None:
    # the fishing port company: 承包人擅自扩建的…未办理审批手续 got 今后同类事项严格按规定程序办理
    text, _ = _measures_and_open("承包人擅自扩建的冷库附属用房未办理审批手续，存在安全隐患。")
    assert "按规定程序办理" not in text and "拆除" in text, text


def test_a_lease_outside_the_exchange_is_quoted_with_what_was_let() -> None:
    text, _ = _measures_and_open("2022年将制冰厂整体承包给个人经营，未进行资产评估，也未通过县公共资源交易平台公开招租。")
    assert "制冰厂" in text and "公开招租" in text, text


def test_reading_matter_never_reviewed_is_reviewed_not_a_decision_procedure() -> None:
    # the special school: 读物未经审核把关 got 程序未履行完毕的一律不得实施
    text, _ = _measures_and_open("学生阅览室和心理辅导室读物未经审核把关。")
    assert "不得实施" not in text and "下架" in text, text


def test_free_ski_passes_are_no_money_to_claw_back() -> None:
    # the ski resort: 发放免费雪票、赠卡4,680张 got 违规发放的款项按规定清退收回
    text, _ = _measures_and_open("以“营销推广”名义发放免费雪票、赠卡3,200张，其中1,500张无审批手续。")
    assert "款项" not in text and "免费票" in text, text


def test_a_subsidy_overpaid_is_quoted_with_the_records_it_did_not_match() -> None:
    # the ski resort: 多结算补贴资金22.7万元 was quoted alone and its 1,136人次 named open
    text, open_ = _measures_and_open(
        "其中按学校报送名单结算的1.42万人次中有980人次与滑雪场闸机入场记录不符，多结算补贴资金19.6万元。"
    )
    assert "闸机" in text and "闸机" not in open_, (text, open_)


def test_few_minority_cadres_are_trained_and_chosen_not_posts_filled() -> None:
    # the Yao township: 瑶族干部仅9名 got 按规定标准配齐配强相关人员
    text, _ = _measures_and_open("乡机关45名干部中瑶族干部仅9名。")
    assert "配齐配强" not in text and "少数民族干部" in text, text


def test_minutes_without_votes_are_kept_at_the_meeting_not_data_corrected() -> None:
    # the Yao township: 会议纪要未记录参会人员表决意见，事后补签 got 据实更正…数据抽查核验
    text, _ = _measures_and_open("部分党委会会议纪要未记录参会人员表决意见，事后补签现象较为普遍。")
    assert "数据" not in text and "表决意见" in text, text


def test_sellers_money_held_by_the_market_is_paid_out_not_collected() -> None:
    # the livestock market: 代收的牧民售畜款平均滞留 got 未缴回的限期足额收缴
    text, _ = _measures_and_open("结算中心代收的牧民售畜款平均滞留3个工作日，最长达18天。")
    assert "收缴" not in text and "支付给收款人" in text, text


def test_a_travel_allowance_paid_twice_is_got_back_not_households_checked() -> None:
    # the livestock market: 差旅补助重复发放 got 逐户核实重复领取情况…部门间信息定期比对
    text, _ = _measures_and_open("以白条、收据入账报销费用9笔、金额1.8万元，其中0.8万元差旅补助重复发放。")
    assert "逐户" not in text and "合规票据" in text, text


def test_a_rule_promised_and_still_not_issued_is_issued_not_listed() -> None:
    # the livestock market: 承诺建立的经纪人管理办法…至今未印发执行 got 对尚未解决的问题逐项列出清单
    text, _ = _measures_and_open("整改中承诺建立的经纪人管理办法至今未印发执行。")
    assert "列出清单" not in text and "印发实施" in text, text


def test_meetings_in_hotels_are_meeting_costs_not_receptions() -> None:
    # the county hospital: 在县外酒店举办会议…超标准 got 公务接待审批和清单制度
    text, _ = _measures_and_open("以“学术交流”名义在县外酒店举办会议3次，列支费用9.2万元，其中餐费、住宿费超标准1.6万元。")
    assert "接待" not in text and "会议费" in text, text


def test_balances_between_branches_are_settled_both_ways_not_pressed_for() -> None:
    # the county hospital: 总院与分院往来款长期挂账 got 催收到位
    text, open_ = _measures_and_open("总院与分院往来款长期挂账860万元，其中3年以上未清理的有210万元。")
    assert "应付的及时结算" in text and "未清理" not in open_, (text, open_)


def test_a_fees_want_of_a_basis_is_not_named_open_beside_its_refund() -> None:
    # the county hospital: 2024年共计38.7万元无文件依据 was named open beside the 配送服务费 refunded
    text, open_ = _measures_and_open("向分院配送时加收“配送服务费”，2024年共计26.1万元无文件依据。")
    assert "清退" in text and "无文件依据" not in open_, (text, open_)


# round 113 (drafted at 84d967f): a seed farm company, a teaching hospital, a printing company, a river-chief office, a
# prison with a farm, a logistics park company


def test_trainees_paid_below_their_floor_are_paid_the_difference_not_a_target() -> None:
    # the teaching hospital: 生活补助按每月1800元发放，低于省定不少于每月2500元的标准 got 对照目标任务制定推进计划
    text, _ = _measures_and_open("面向社会招收的住培学员生活补助按每月2000元发放，低于省定不少于每月2600元的标准。")
    assert "推进计划" not in text and "补发差额" in text, text


def test_fees_paid_in_cash_without_receipts_are_traced_not_only_recorded() -> None:
    # the teaching hospital: 带教费以现金形式发放，无签领记录 got 如实、完整记录…杜绝事后补记
    text, _ = _measures_and_open("5个专业基地带教老师带教费以现金形式发放，无签领记录。")
    assert "发放到人" in text, text


def test_sponsorship_from_drug_firms_is_booked_and_its_meals_repaid() -> None:
    text, _ = _measures_and_open("以学术会议名义接受医药企业赞助共计52万元，未纳入财务统一管理，其中9.6万元用于会议期间餐饮和景区参观。")
    assert "赞助" in text and "餐饮" in text, text


def test_a_debt_to_households_is_paid_not_collected() -> None:
    # the seed farm: 仍拖欠41户制种款 got 催收到位，确实无法收回的
    text, _ = _measures_and_open("2024年早稻制种款分3次支付，至巡察进驻时仍拖欠33户制种款共计28.4万元。")
    assert "催收" not in text and "清偿计划" in text, text


def test_wages_signed_for_by_others_are_traced_to_the_workers_not_data_corrected() -> None:
    # the seed farm: 签收单…由他人代签 got 据实更正…数据抽查核验机制
    text, _ = _measures_and_open("农忙季节临时用工工资共计21.5万元以现金发放，用工花名册与签收单不一致，部分签名由他人代签。")
    assert "据实更正" not in text and "发放到人" in text, text


def test_a_batch_still_sold_as_passing_is_not_named_open_beside_its_recall() -> None:
    text, open_ = _measures_and_open("2023年有1批次小麦种子发芽率实测82%，低于国家标准85%的要求，仍以“合格”名义对外销售1.6万公斤。")
    assert "召回" in text and "合格" not in open_, (text, open_)


def test_pay_docked_without_grounds_is_given_back_not_clawed_back() -> None:
    # the prison: 以“违规扣分”名义扣减罪犯劳动报酬…无考核记录和本人签字确认 got 清退、追缴 and 涉及资金的限期追回
    text, _ = _measures_and_open("第三监区以“违规扣分”名义扣减罪犯劳动报酬共计2.1万元，无考核记录和本人签字确认。")
    assert "追缴" not in text and "追回" not in text and "返还本人" in text, text


def test_pay_not_docked_and_overpaid_keeps_the_clawback() -> None:
    # keeps a behaviour: 未扣减劳务报酬，多发放 is pay to get back
    text, _ = _measures_and_open("乡镇林业站未扣减劳务报酬，多发放资金约6.2万元。")
    assert "返还本人" not in text and "清退" in text, text


def test_pay_below_the_lowest_standard_is_paid_the_difference() -> None:
    text, _ = _measures_and_open("农业生产监区罪犯人均月劳动报酬仅为40元，低于省监狱管理局规定的最低标准，少发金额合计12.6万元。")
    assert "补发差额" in text, text


def test_a_site_let_for_a_fee_without_a_contract_is_let_properly_not_a_fee_refunded() -> None:
    # the logistics park: 以“临时场地使用费”名义…收取费用8.4万元未签订规范合同 got 违规收取的按规定清退
    text, _ = _measures_and_open(
        "2024年将园区北侧10亩待建用地以“临时场地使用费”名义交由个人堆放砂石建材，收取费用6.2万元未签订规范合同、未报县国资中心备案。"
    )
    assert "清退" not in text and "补签规范合同" in text and "待建用地" in text, text


def test_cards_returned_in_a_statement_of_their_own_are_not_promised_back() -> None:
    # the logistics park: 违规发放的购物卡款项已由相关人员全额退回 (a sentence of its own) got 清退收回
    text, _ = _measures_and_open(
        "以“办公用品”名义购买购物卡1.8万元用于节日发放。巡察期间违规发放的购物卡款项已由相关人员全额退回。"
    )
    assert "清退收回" not in text and "处理到位情况" in text, text


def test_money_firms_must_repay_and_have_not_is_recovered_not_settled() -> None:
    # the logistics park: 2家已迁出企业应退回资金97万元至今未追回 got the settled wording (已迁出…应退回 read as 已退回)
    text, _ = _measures_and_open("对协议约定条款执行不力，2家已迁出企业应退回资金 65万元至今未追回。")
    assert "处理到位情况" not in text and "追缴" in text, text


def test_subsidies_firms_got_without_meeting_their_terms_are_got_back() -> None:
    text, open_ = _measures_and_open("其中3家企业投资强度和纳税额均未达到入园协议约定条件，仍获得奖补资金126万元。")
    assert "追" in text and not open_, (text, open_)


def test_a_list_never_drawn_up_is_drawn_up_not_listed_as_open_items() -> None:
    # the logistics park: 前置程序的清单至今未制定 got 对尚未解决的问题逐项列出清单
    text, _ = _measures_and_open("党组织研究讨论作为重大经营管理事项前置程序的清单至今未制定。")
    assert "列出清单" not in text and "印发执行" in text, text


def test_cards_given_to_clients_officials_are_gifts_to_answer_for() -> None:
    # the printing company: 购物卡…赠送委托单位有关经办人员 got 违规发放的款项按规定清退收回
    text, _ = _measures_and_open("2024年春节前以“市场开拓费”名义购买购物卡1.2万元，赠送委托单位有关经办人员。")
    assert "清退收回" not in text and "赠送" in text, text


def test_gifts_a_taiwan_office_gives_by_its_work_are_no_bribe() -> None:
    # keeps a behaviour: 以赠送台胞礼品名义购买茶叶 is money to check, not gifts to officials
    text, _ = _measures_and_open("以赠送台胞礼品名义购买茶叶、土特产共1.8万元。")
    assert "严禁以任何名义赠送" not in text, text


def test_staff_in_secret_posts_sign_their_pledges_not_outsiders_cleared() -> None:
    text, _ = _measures_and_open("涉密岗位在岗人员30名中有5人未签订保密承诺书。")
    assert "外包" not in text and "调离涉密岗位" in text, text


def test_video_kept_too_short_is_kept_for_its_term_not_a_target() -> None:
    text, _ = _measures_and_open("保密车间监控录像仅保存15天，未达到保存至考试结束后不少于3个月的要求。")
    assert "推进计划" not in text and "保存" in text, text


def test_sprinklers_never_tested_are_tested_not_drilled() -> None:
    text, _ = _measures_and_open("纸张成品仓库消防通道被堆放纸卷占用，自动喷淋系统2024年全年未开展检测。")
    assert "应急演练" not in text and "检测" in text, text


def test_subsidy_money_townships_spent_on_canteens_is_got_back_not_listed() -> None:
    # the river-chief office: 将补助资金6.8万元用于乡镇机关食堂开支…至巡察时尚未整改 got 逐项列出清单
    text, _ = _measures_and_open("2个乡镇以“统筹使用”为由将补助资金5.2万元用于乡镇机关食堂开支和会议费用，至巡察时尚未整改。")
    assert "列出清单" not in text and "归还原渠道" in text, text


def test_a_subsidy_got_twice_for_the_same_assets_goes_back_where_it_came_from() -> None:
    text, _ = _measures_and_open("申报补助资金时，将已由专项债券资金购置的冷库重复纳入申报范围，多获补助资金160万元。")
    assert "拨款渠道" in text, text


# round 114 (drafted at a9cae4b): a school bus company, a housing maintenance fund centre, a drainage company, a mediation
# centre, a port and shipping centre, an irrigation district office


def test_fares_taken_in_cash_by_drivers_are_banked_not_refunded() -> None:
    # the school bus company: 仍由驾驶员现金收取乘车费 got 违规收取的费用按规定清退
    text, _ = _measures_and_open("2023年至2024年有2条线路仍由驾驶员现金收取乘车费，共计6.4万元。")
    assert "清退" not in text and "送存银行" in text, text


def test_takings_not_yet_booked_are_booked_not_listed() -> None:
    text, _ = _measures_and_open("在驾驶员个人手中滞留1至3个月后才交公司财务，其中0.5万元至巡察时仍未入账。")
    assert "列出清单" not in text and "入账" in text, text


def test_a_system_never_put_to_use_is_built_not_cash_rules() -> None:
    # the school bus company: 线上缴费系统至今未投入使用 got 严格执行现金管理规定
    text, _ = _measures_and_open("承诺于2022年底前建成的乘车费线上缴费系统至今未投入使用。")
    assert "现金" not in text and "建成投入使用" in text, text


def test_referrals_without_a_signed_handover_are_followed_up_not_goods_counted() -> None:
    # the mediation centre: 转介事项无交接签收记录 got 逐项核实相关物品去向
    text, _ = _measures_and_open("转介事项无交接签收记录，有5件在两个部门之间往返推诿超过1个月。")
    assert "物品" not in text and "跟踪反馈" in text, text


def test_files_that_differ_and_lending_unlogged_are_compared_and_logged() -> None:
    # the mediation centre: 电子档案与纸质档案不一致…借阅无登记 got 缺失的材料限期补齐
    text, _ = _measures_and_open("电子档案与纸质档案不一致，涉及个人信息的案卷借阅无登记。")
    assert "补齐" not in text and "借阅审批登记" in text, text


def test_measures_only_on_paper_are_carried_out_not_better_recorded() -> None:
    text, _ = _measures_and_open("整改台账中3项长效机制建设措施仅有文件无落实记录。")
    assert "事后补记" not in text and "落实到位" in text, text


def test_a_rule_said_unapplied_is_named_with_the_rule() -> None:
    # the mediation centre: ……但巡察发现该制度2023年以来未实际执行 was named open without what 该制度 was
    _, open_ = _measures_and_open(
        "上轮巡察反馈的“调解员补贴发放不规范”等4个问题中，有2个问题未整改到位，整改报告称“已建立补贴三级审核制度”，"
        "但巡察发现该制度2023年以来未实际执行。"
    )
    assert "三级审核" in open_, open_


def test_townships_pressed_too_little_are_pressed_not_clues_handled() -> None:
    # the port and shipping centre: 对乡镇落实渡口“双签发”责任督促不力 got 对相关线索和问题逐项依法依规核查处理
    text, _ = _measures_and_open("对乡镇落实渡口“双签发”责任督促不力。")
    assert "线索" not in text and "督促指导" in text, text


def test_a_car_returned_does_not_settle_the_meals_beside_it() -> None:
    # the port and shipping centre: 借用的1辆越野车…已于巡察期间退还 settled the 3.4万元 of meals
    text, _ = _measures_and_open(
        "以“航道巡查”名义列支工作餐费用18笔、金额2.6万元，无公函和陪餐人员清单；向航标维护单位借用的1辆越野车长期由中心使用，已于巡察期间退还。"
    )
    assert "处理到位情况" not in text, text


def test_a_demand_to_collect_what_was_undercharged_is_worded_as_collecting() -> None:
    # the drainage company: 少收费用应在反馈之日起2个月内清缴到位 got 制定工作方案
    text, _ = _measures_and_open("其中15家未按核定标准收取接驳费，少收费用41.2万元。少收费用应在反馈之日起2个月内清缴到位。")
    # (since the thirty-seventh pass the debt's own measure takes the order up: 按反馈要求的时限全部催收到位)
    assert ("清缴到位" in text or "按反馈要求的时限全部催收到位" in text) and "制定工作方案" not in text, text


def test_assemblies_not_held_are_held_not_elections_pressed() -> None:
    # the irrigation district: 8个协会未按章程召开会员代表大会，收支情况未向农户公开 got 限期…完成换届
    text, open_ = _measures_and_open("有6个用水户协会未按章程召开会员代表大会，收支情况未向农户公开。")
    assert "换届" not in text and "会员（代表）大会" in text and not open_, (text, open_)


def test_an_association_spending_its_subsidy_wrongly_is_pressed_to_return_it() -> None:
    # the irrigation district: 2个协会将3.1万元用于支付会长误工补贴和招待支出 got our own reception rules
    text, _ = _measures_and_open("2个协会将2.2万元用于支付会长误工补贴和招待支出，至今未追回。")
    assert "公务接待" not in text and "督促相关组织" in text, text


def test_gates_still_unbooked_are_booked_not_listed() -> None:
    text, _ = _measures_and_open("固定资产清查后仍有9台套闸门设备未登记入账。")
    assert "列出清单" not in text and "登记纳入固定资产账" in text, text


def test_a_worker_away_for_months_is_stopped_and_repays_not_reassessed() -> None:
    # the irrigation district: 连续5个月未到岗仍全额领取工资 got 按考核结果重新核定
    text, _ = _measures_and_open("1名职工2024年连续4个月未到岗仍全额领取工资3.2万元。")
    assert "考核结果重新核定" not in text and "追回" in text, text


def test_fees_held_and_not_paid_in_are_paid_in_not_spent_on_their_use() -> None:
    text, _ = _measures_and_open("所收水费中有26.1万元在管理段和协会账户滞留3个月以上未及时上缴。")
    assert "按规定用途限期使用" not in text and "限期足额上缴" in text, text


def test_a_committee_past_its_term_drawing_money_is_checked_not_pressed_to_elect() -> None:
    # the maintenance fund centre: 业主委员会任期届满未换届仍以其名义申请使用维修资金 got 限期…完成换届
    text, _ = _measures_and_open("2023年以来有4个小区业主委员会任期届满未换届仍以其名义申请使用维修资金86万元。")
    assert "完成换届" not in text and "不予受理" in text, text


def test_applications_named_by_their_kinds_are_no_repairs() -> None:
    # the maintenance fund centre: 受理电梯故障、屋面渗漏等应急使用申请64件 got 对相关设施设备逐一检查…修复
    text, _ = _measures_and_open("2023年至2024年受理电梯故障、屋面渗漏等应急使用申请52件，平均办结时长17个工作日，超出规定的7个工作日时限。")
    assert "修复" not in text and "时限" in text, text


# the pass's own reading, on 53946d4: a vehicle administration office and a county cement plant


def test_a_vehicle_administration_office_is_its_own_office_not_the_police_bureau(draft_settings: Settings) -> None:
    # got 成立局党支部…各大队主要负责同志…办公室设在局办公室
    text = _organisation(draft_settings, "中共枞岭县公安局交通管理大队车辆管理所支部委员会", "县委第四巡察组")
    assert "局党支部" not in text and "大队" not in text and "所党支部" in text, text


def test_video_kept_for_a_term_too_short_is_kept_not_a_target() -> None:
    text, _ = _measures_and_open("科目二、科目三考场监控录像保存期仅为30天，未达到不少于1年的要求。")
    assert "推进计划" not in text and "妥善保存" in text, text


def test_a_danger_still_not_dealt_with_is_dealt_with_and_quoted_with_its_cause() -> None:
    # got 对尚未解决的问题逐项列出清单 for 存在滑坡隐患，至巡察时仍未治理 (its slope named open apart)
    text, open_ = _measures_and_open("石灰石矿山2处边坡未按设计放坡，存在滑坡隐患，至巡察时仍未治理。")
    assert "列出清单" not in text and "隐患逐项治理" in text and "边坡" in text and not open_, (text, open_)


def test_goods_sold_cheap_to_related_firms_are_a_related_deal_not_a_fee_waived() -> None:
    text, _ = _measures_and_open("向3家关联企业低于出厂价销售水泥共计0.8万吨，少收货款约31万元，未经董事会研究。")
    assert "减免" not in text and "关联交易" in text, text


def test_part_of_a_bonus_back_during_the_inspection_is_part_back() -> None:
    text, _ = _measures_and_open("2024年春节向职工发放超标准节日福利（购物卡）4.8万元。巡察期间超标准发放的福利已清退1.5万元。")
    assert "已清退部分" in text, text


def test_a_car_not_parked_on_holidays_is_not_named_open_beside_the_car_rule() -> None:
    text, open_ = _measures_and_open("1辆执法执勤车辆节假日未按规定停放，有6次出车无派车单。")
    assert "封存停放" in text and "停放" not in open_, (text, open_)
