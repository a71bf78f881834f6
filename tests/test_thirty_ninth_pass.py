"""Issue 14, thirty-ninth pass: the faults read in round 168 (the thirty-eighth pass's final measurement, left
unmended then) and in the rounds of this pass. Each case is reworded from the text that was read.

Each test fails on the code before its fix, unless it says it keeps a behaviour."""

from __future__ import annotations

from tests.test_twenty_first_pass import _measures_and_open


def _action(text: str) -> str:
    return text.split("”的问题，", 1)[-1]


def test_a_reserve_agreement_left_empty_is_no_patient_in_a_bed() -> None:
    # round 168: 协议储备物资处于“空挂”状态 got the hospital's 住院病例逐例核查 on one word
    text, left = _measures_and_open("与县供销社等2家企业签订的协议储备合同到期后未续签，协议储备物资处于“空挂”状态。")
    assert "住院" not in text and "医保" not in text, text
    assert "空挂" in left, left
    # …while patients kept on the books in empty beds still get it (keeps a behaviour)
    text, _ = _measures_and_open("2024年抽查发现住院患者“空挂”床位7人次，住院期间长期不在院。")
    assert "住院病例逐例核查" in text, text


def test_alarms_left_unchecked_are_closed_not_locked_in_a_storeroom() -> None:
    # round 168: 重大危险源在线监测预警系统报警处置不闭环…无核查反馈记录 got 双人保管、双把锁
    text, _ = _measures_and_open(
        "危险化学品重大危险源在线监测预警系统报警处置不闭环，2024年上半年318条报警信息中有74条无核查反馈记录。"
    )
    assert "双把锁" not in text and "闭环" in _action(text), text
    # …the storeroom's own chemicals keep the five-doubles rule (keeps a behaviour)
    text, _ = _measures_and_open("实验室危险化学品未实行双人双锁管理，领用记录缺失。")
    assert "双把锁" in text, text


def test_idle_equipment_with_no_ledger_is_registered_and_used_not_its_money_cleared() -> None:
    # round 168: 用该经费采购的风力灭火机等器材有38台未建台账、长期闲置 got 逐笔清理相关资金
    text, _ = _measures_and_open("2024年下达森林防火经费52万元，2个乡镇用该经费采购的风力灭火机等器材有21台未建台账、长期闲置。")
    action = _action(text)
    assert "资金" not in action and "台账" in action and "投入使用" in action, text


def test_the_ineligible_who_drew_relief_give_it_back() -> None:
    # round 168: 17户不符合条件人员领取救助资金4.36万元 were only taken off the roll
    text, _ = _measures_and_open("抽查3个乡镇救助对象名册，发现12户不符合条件人员领取救助资金2.91万元，其中4户为村干部近亲属。")
    action = _action(text)
    assert "追回" in action and "追究" in action, text


def test_services_bought_under_their_own_name_are_no_money_to_claw_back() -> None:
    # round 168: 以“安全生产技术服务”名义购买第三方专家检查…服务共计127万元 got 违规部分按规定清退、追缴到位
    text, _ = _measures_and_open(
        "2023年至2024年以“安全生产技术服务”名义购买第三方专家检查等服务共计88万元，其中61万元连续委托同一家机构，未按规定公开采购。"
    )
    assert "追缴" not in text and "采购" in _action(text), text


def test_problems_of_the_last_round_named_again_are_the_look_backs() -> None:
    # round 168: “执法检查重检查轻处罚”“救灾物资台账不健全”等问题…依然存在 got a ledger template beside the look back
    text, left = _measures_and_open(
        "2021年县委巡察反馈的12个问题中有3个未整改到位，“执法检查重检查轻处罚”“救灾物资台账不健全”等问题在本轮巡察中依然存在。"
    )
    assert "回头看" in text and "台账和登记制度" not in text, text
    assert "依然存在" not in left, left


def test_receipts_with_no_list_of_diners_are_answered_by_the_check_of_diners() -> None:
    # round 168: 部分票据无消费明细和值班人员名单 named open beside 逐笔核对加班（值班）记录和就餐人员
    text, left = _measures_and_open(
        "2023年至2024年以“检查指导”名义列支公务接待费用21笔、金额2.96万元，其中8笔无公函、无接待清单。"
        "执法执勤车辆未严格执行派车登记制度，2024年有5次节假日期间未封存停放。"
        "2023年以来以“防汛值班误餐”名义报销餐费1.9万元，部分票据无消费明细和值班人员名单。"
    )
    assert "就餐人员" in text, text
    assert "名单" not in left, left


def test_a_report_saying_all_done_while_two_problems_remain_is_checked_against_the_report() -> None:
    # round 168: …整改报告称‘已全部完成’，但巡察发现…仍超标、编外教师未经公开招聘入职问题依然存在 got the hiring wording
    text, _ = _measures_and_open(
        "对2021年县委巡察反馈的“伙食费结余过多”“编外人员聘用不规范”等问题整改不到位，整改报告称“已全部完成”，"
        "但巡察发现伙食费结余率仍超标、编外教师未经公开招聘入职问题依然存在。"
    )
    assert "对照整改报告" in text and "招聘" not in _action(text), text


def test_food_money_owed_back_to_parents_is_refunded_not_recovered() -> None:
    # round 168: 幼儿…缺勤5天以上的伙食费未按规定按天退还 got 追缴到位
    text, _ = _measures_and_open("幼儿因病因事缺勤5天以上的伙食费未按规定按天退还，2024年应退未退伙食费2.6万元。")
    action = _action(text)
    assert "退还" in action and "追缴" not in action, text


def test_a_kindergartens_leaders_eat_with_the_children() -> None:
    # round 168: 园领导陪餐制度执行不到位 got 学校负责人陪餐制度
    text, _ = _measures_and_open("园领导陪餐制度执行不到位，陪餐记录有22天空白。")
    assert "园领导陪餐" in text and "学校负责人" not in text, text


def test_a_concession_let_at_an_agreed_price_is_no_discount() -> None:
    # round 168: 经营权未经公开招标，以每年6万元协议价交由外地个人承包 got 严禁擅自打折
    text, _ = _measures_and_open("景区停车场经营权未经公开招标，以每年5万元协议价交由个人承包，明显低于评估价。")
    assert "打折" not in text, text
    # …while a fee discounted at an agreed price keeps its wording (keeps a behaviour)
    text, _ = _measures_and_open("对3家合作单位按“协议价”打折收费，未经集体研究。")
    assert "严禁擅自打折" in text, text


def test_meetings_not_held_beside_copied_lessons_are_held() -> None:
    # round 168: 分别有2个季度未召开党员大会，党课记录雷同 only promised no copied records
    text, _ = _measures_and_open("2024年东坞村、西坞村党支部分别有2个季度未召开党员大会，党课记录雷同。")
    assert "召开党员大会" in _action(text), text


def test_an_early_candidate_is_answered_by_the_check_of_admissions() -> None:
    # round 168: 其中1人入党积极分子培养期不满一年即被列为发展对象 named open beside 严把培养考察
    text, left = _measures_and_open("2023年北坞村发展的2名党员政治审查材料不全，其中1人入党积极分子培养期不满一年即被列为发展对象。")
    assert "严把培养考察" in text, text
    assert "培养期" not in left, left


def test_transfer_vehicles_are_checked_against_dispatches_not_laid_up_on_holidays() -> None:
    # round 168: 转运车辆出车记录与加油记录不符，有12次节假日出车无审批 got 节假日定点封存停放
    text, _ = _measures_and_open("患者转运车辆管理不严，转运车辆出车记录与加油记录不符，有9次节假日出车无审批。")
    assert "封存" not in text and "加油记录" in _action(text), text


def test_claims_with_no_acceptance_slip_are_no_project_to_accept() -> None:
    # round 168: 部分报销票据无验收单和事由说明 got 对相关项目逐项组织验收
    text, left = _measures_and_open("部分报销票据无验收单和事由说明，审核把关不严。")
    assert "组织验收" not in text and "报销凭证逐笔复核" in text, text
    assert "验收单" not in left, left


def test_a_share_is_quoted_with_the_whole_it_is_a_share_of() -> None:
    # round 168: 现有编外人员21人，占经办人员总数的近一半，其中5人未经公开招聘 quoted from 占…
    text, _ = _measures_and_open("现有编外人员18人，占经办人员总数的近一半，其中4人未经公开招聘直接聘用。")
    assert "“现有编外人员18人，占经办人员总数的近一半，其中4人未经公开招聘直接聘用”" in text, text


def test_a_stock_short_of_its_ledger_is_counted() -> None:
    # round 168: 帐篷、折叠床等物资实际库存比台账少214件（顶） had neither a measure nor a placeholder
    text, _ = _measures_and_open("2024年底盘点发现，帐篷、折叠床等物资实际库存比台账少126件（顶）。")
    assert "盘点清查" in text, text


def test_deaths_not_compared_monthly_are_answered_by_the_comparison() -> None:
    # round 168: 对…推送的死亡和火化信息未按月开展比对 named open beside 建立死亡等信息定期比对机制
    text, left = _measures_and_open(
        "待遇领取资格认证工作重形式、轻核实，对公安、民政部门推送的死亡和火化信息未按月开展比对，2022年至2024年有41名已死亡人员继续"
        "领取养老保险待遇，多发金额合计27.3万元，截至巡察结束已追回18.1万元，剩余9.2万元未追回；对长期异地居住的206名领取人员未开展实地核查。"
    )
    assert "比对机制" in text, text
    assert "比对" not in left, left


def test_a_rules_frequency_and_costs_not_charged_on_are_answered() -> None:
    # round 168: 未按规定每半年组织一次 beside 明确开展频次; 电费由公司代缴后未全额向承包方收取 beside 催收到位
    text, left = _measures_and_open("公司2024年仅开展消防演练1次，未按规定每半年组织一次。")
    assert "明确开展频次" in text and "每半年" not in left, (text, left)
    text, left = _measures_and_open("承包人累计拖欠承包费32万元；冷库电费由公司代缴后未全额向承包方收取，2023年以来少收电费共计8.2万元。")
    assert "催收到位" in text and "代缴" not in left, (text, left)


def test_firms_paying_a_housing_fund_on_the_minimum_wage_are_pressed_to_pay_on_real_wages() -> None:
    # round 169: 9家单位以最低工资为基数缴存，少缴金额约41.2万元未督促补缴 got 少缴的社会保险费限期补缴到位
    text, _ = _measures_and_open("另有6家单位以最低工资为基数缴存住房公积金，少缴金额约27.5万元未督促补缴。")
    action = _action(text)
    assert "社会保险" not in action and "住房公积金缴存基数" in action, text


def test_a_funds_balance_on_current_account_is_put_on_deposit_not_spent() -> None:
    # round 169: 沉淀资金平均有6800余万元以活期存放 got 按规定用途限期使用，应上缴、收回的按规定上缴
    text, left = _measures_and_open("2023年至2024年沉淀资金平均有4200余万元以活期存放，未按市中心要求办理协定或定期存款。")
    action = _action(text)
    assert "上缴" not in action and "定期存款" in action, text
    assert "协定" not in left, left


def test_payments_approved_by_one_man_go_to_the_collective_decision() -> None:
    # round 169: 大额支出由主任个人审批，会议纪要无表决记录 got 杜绝事后补记 only
    text, _ = _measures_and_open("向受托银行转付的手续费等大额支出由主任个人审批，会议纪要无表决记录。")
    assert "集体研究决定" in _action(text) and "事后补记" not in text, text


def test_a_missing_rule_on_side_jobs_is_set_up() -> None:
    # round 169: 院未建立职工兼职取酬报告和排查制度 got 立即清理违规兼职 only
    text, _ = _measures_and_open("院未建立职工兼职取酬报告和排查制度，4名职工利用单位设备承接私活。")
    assert "报告审批和定期排查制度" in _action(text), text


def test_fuel_with_no_trip_record_is_checked_and_paid_back() -> None:
    # round 169: 2024年有7张加油票据无对应行车记录 got 杜绝事后补记
    text, _ = _measures_and_open("外业车辆管理不严，2024年有5张加油票据无对应行车记录。")
    action = _action(text)
    assert "事后补记" not in action and "退回" in action, text


def test_a_comparison_is_quoted_with_the_staff_it_compares() -> None:
    # round 169: 编外测绘辅助人员41人，超过在编人数，其中9人未经公开招聘 quoted from 超过在编人数
    text, _ = _measures_and_open("现有编外辅助人员37人，超过在编人数，其中8人未经公开招聘直接录用。")
    assert "“现有编外辅助人员37人，超过在编人数，其中8人未经公开招聘直接录用”" in text, text


def test_subsidies_handed_out_in_cash_by_teachers_reach_the_families_by_bank() -> None:
    # round 169: 补助由班主任以现金方式代领代发，签领手续不全 got a ledger template
    text, left = _measures_and_open("2024年秋季学期有4个班的补助由班主任以现金方式代领代发，签领手续不全。")
    action = _action(text)
    assert "银行转账" in action and "台账" not in action, text
    assert "签领" not in left, left


def test_pupils_who_slip_out_unnoticed_are_kept_by_a_handover() -> None:
    # round 169: 2名学生私自离校未被及时发现 got a complaint-handling template
    text, _ = _measures_and_open("寄宿生管理不严，2024年有3名学生私自离校未被及时发现。")
    action = _action(text)
    assert "督办台账" not in action and "离返校交接" in action, text


def test_shopping_cards_bought_as_supplies_are_given_back_by_those_who_got_them() -> None:
    # round 169: 以“办公用品”名义报销购买购物卡4600元 got 归还原渠道
    text, _ = _measures_and_open("以“办公用品”名义报销购买购物卡5200元，作为节日福利发放给教职工。")
    action = _action(text)
    assert "原渠道" not in action and "收受人员全额清退" in action, text


def test_costs_claimed_under_other_names_are_checked_for_what_was_bought() -> None:
    # round 169: 部分费用以“办公用品”“会议费”名义报销，附件仅有发票无明细清单 got 归还原渠道 and the list named open
    text, left = _measures_and_open("部分费用以“办公用品”“会议费”名义报销，附件仅有发票无明细清单。")
    assert "原渠道" not in text and "附明细清单" in text, text
    assert "明细清单" not in left, left


def test_reclaimed_land_left_unfarmed_is_farmed_again_not_scrapped() -> None:
    # round 169: 复垦耕地中有376亩因覆土厚度不足、灌排设施损毁而撂荒 got 更换或报废处置
    text, _ = _measures_and_open("已验收的复垦耕地中有214亩因覆土厚度不足、灌排设施损毁而撂荒。")
    action = _action(text)
    assert "报废" not in action and "恢复耕种" in action, text
    # …and a broken fire system elsewhere in the fact keeps its repair (keeps a behaviour: round 169's dump)
    text, _ = _measures_and_open("安置点2栋安置楼消防设施损坏未修复，配套农田因无人耕种而撂荒。")
    assert "限期修复" in text, text


def test_training_subsidy_on_sheets_signed_for_others_is_recovered() -> None:
    # round 169: 申领培训补贴46.8万元…签到表存在代签、实际课时不足 got 确保资金足额发放到本人
    text, _ = _measures_and_open("申领培训补贴31.2万元，抽查的2期培训签到表存在代签、实际课时不足等问题。")
    action = _action(text)
    assert "发放到本人" not in action and "培训补贴全额追回" in action, text
    # …a training with no subsidy named keeps the records wording (keeps a behaviour: round 169's dump)
    text, _ = _measures_and_open("2023年以来组织安全培训4期，培训签到表中有7人次代签。")
    assert "培训补贴" not in text, text


def test_staff_who_took_referral_money_are_dealt_with() -> None:
    # round 169: 2名驾驶员、1名随车护士收受该民营医院“信息费”共1.8万元 got a lesson only
    text, _ = _measures_and_open("巡察发现2名驾驶员收受某民营医院“信息费”共1.2万元。")
    assert "依规依纪严肃处理" in text and "收缴" in text, text
    # …complaints of kickbacks keep the lesson (keeps a behaviour: round 169's dump)
    text, _ = _measures_and_open("2023年以来收到反映医务人员收受回扣、“红包”问题的信访举报6件。")
    assert "收缴" not in text, text


def test_a_villages_fee_goes_into_the_villages_books() -> None:
    # round 169: 石门村以“协调费”名义向承租方收取费用3.2万元未纳入村集体账务核算 got 单位账户 and welfare to claw back
    text, _ = _measures_and_open("东岭村以“协调费”名义向承租方收取费用2.4万元未纳入村集体账务核算。")
    action = _action(text)
    assert "村集体账户" in action and "单位账户" not in action and "福利" not in action, text


def test_a_branchs_list_of_major_matters_is_answered_by_the_measure_setting_it_up() -> None:
    # round 169: 三重一大事项清单未…修订，党支部研究讨论作为…前置程序的规定未落实 named open beside the measure setting up the list
    text, left = _measures_and_open(
        "2024年新建仓库项目（投资126万元）等重大事项，未经党支部前置研究；公司“三重一大”事项清单未按现代企业制度要求修订。"
    )
    assert "前置研究讨论重大事项清单" in text, text
    assert "清单" not in left, left


def test_savings_paid_before_they_were_assessed_are_assessed_and_settled() -> None:
    # round 170: 仍未组织节能量核定即支付合同能源管理费用19.4万元 got 对尚未解决的问题逐项列出清单
    text, _ = _measures_and_open("办公楼照明节能改造项目至巡察时仍未组织节能量核定即支付合同能源管理费用12.6万元。")
    action = _action(text)
    assert "列出清单" not in action and "核定" in action and "追回" in action, text


def test_a_demand_to_clear_tenants_and_collect_rent_is_a_plan_not_a_refund() -> None:
    # round 170: 应在反馈之日起3个月内完成清退和追缴 (occupants out, rent in) got 逐笔核实相关款项…清退到位
    text, _ = _measures_and_open(
        "现有的60套周转房中有9套被已调离人员超期占用；2019年以来累计拖欠租金共计11.2万元，应在反馈之日起3个月内完成清退和追缴。"
    )
    assert "逐笔核实相关款项，明确责任人和完成时限，按期全部清退到位" not in text, text


def test_a_reminder_only_is_answered_by_the_debts_measure_but_a_debt_with_its_own_sum_is_not() -> None:
    # round 170: 局里仅发出书面催缴通知 named open beside 催收到位; …913万元未采取法律措施催收 dropped as answered by another debt's
    text, left = _measures_and_open("2019年以来累计拖欠租金及物业费共计12.5万元，局里仅发出书面催缴通知，未采取有效措施追缴。")
    assert "催收到位" in text and "催缴通知" not in left, (text, left)
    text, left = _measures_and_open(
        "2023年向1家民营企业出借资金200万元，至巡察进驻时尚有80万元未收回；截至2025年3月应收账款仍有1860万元，"
        "其中账龄3年以上的620万元未采取法律措施催收。"
    )
    assert "620万元" in text or "620万元" in left, (text, left)


def test_wages_paid_after_a_complaint_are_checked_not_promised_again() -> None:
    # round 170: 因拖欠工资引发农民工集体上访2起，经县人社局督办后方才补发到位 got 制定清偿计划…及时足额支付
    text, left = _measures_and_open("2024年春节前因拖欠工资引发农民工集体上访3起，经县人社局督办后方才补发到位。")
    assert "制定清偿计划" not in text and "已结清的款项" in text, text
    assert "补发到位" not in left, left


def test_a_count_with_its_subject_only_is_quoted_with_what_was_counted() -> None:
    # round 170: 未按规定每半年专题研究意识形态工作，2024年党委仅研究1次 quoted only 2024年党委仅研究1次
    text, _ = _measures_and_open("未按规定每半年专题研究意识形态工作，2024年党委仅研究1次。")
    assert "“未按规定每半年专题研究意识形态工作，2024年党委仅研究1次”" in text, text


def test_meals_a_supplier_arranged_and_the_hospital_paid_are_its_own_receptions() -> None:
    # round 170: …名义列支餐饮费用17笔…，其中3笔系由耗材供应商安排后再回院报销 got 严禁接受…宴请
    text, _ = _measures_and_open(
        "2023年至2024年以“学术交流”名义列支餐饮费用12笔、金额2.4万元，无公函、无接待清单，其中2笔系由耗材供应商安排后再回院报销。"
    )
    assert "严禁接受" not in text and "公务接待审批" in _action(text), text


def test_a_growth_of_charges_over_the_last_round_is_no_sum_to_refund() -> None:
    # round 170: 违规收费金额较上轮增长约40% got 违规收取的费用按规定清退
    text, _ = _measures_and_open("对上轮巡察指出的“医保违规收费”问题整改不彻底，此次巡察发现同类问题反复出现，违规收费金额较上轮增长约30%。")
    assert "按规定清退" not in text and "回头看" in text, text


def test_major_matters_decided_by_one_man_are_no_bus_route() -> None:
    # round 170: 教学点校舍维修、校车线路调整等8项重大事项未经党总支会…集体研究 got the bus-route wording
    text, _ = _measures_and_open("2023年以来教学点校舍维修、校车线路调整等6项重大事项未经党总支会和校务会集体研究，由校长个人决定。")
    assert "停靠站点" not in text, text


def test_a_lone_bidder_and_unposted_fees_are_answered_beside_their_measures() -> None:
    # round 170: 仅1家供应商实质响应 beside the slanted parameters; 收费项目和标准未在…公示 beside 报批、公示后执行
    text, left = _measures_and_open("2023年关节镜系统采购参数设置带有明显指向性，仅1家供应商实质响应。")
    assert "指向性" in text and "实质响应" not in left, (text, left)
    text, left = _measures_and_open(
        "以“兴趣特长班”“园服费”名义向家长收取费用共计5.2万元，未经县发改、教育部门审批；收费项目和标准未在园内醒目位置公示。"
    )
    assert "公示后执行" in text and "公示" not in left, (text, left)


def test_shell_cooperatives_lose_their_support_and_give_the_awards_back() -> None:
    # round 170: 5家无生产场所、无社员交易记录，属“空壳社”，2023年仍获得…奖补资金23万元 got 杜绝事后补记
    text, _ = _measures_and_open("镇里扶持的10家专业合作社中有3家无生产场所、无社员交易记录，属“空壳社”，2023年仍获得产业奖补资金14万元。")
    assert "事后补记" not in text and "取消扶持资格" in text, text
    assert "“镇里扶持的10家专业合作社中有3家无生产场所" in text, text


def test_a_side_job_not_reported_is_reported_not_ended() -> None:
    # round 170: 1名村干部在竹笋加工合作社兼职取酬未按规定报备 got 立即清理违规兼职，违规取得的报酬按规定清退
    text, _ = _measures_and_open("1名村干部在农民专业合作社兼职取酬未按规定报备。")
    action = _action(text)
    assert "补办报备" in action and not action.startswith("立即清理"), text


def test_answered_parts_of_a_township_item_are_not_named_open_again() -> None:
    # round 170: a vote skipped beside money kept back, roads without upkeep, a long lease's terms and a deduction's grounds
    text, left = _measures_and_open(
        "2022年至2024年全镇共发放补偿资金218.6万元，其中2个村以“村级统筹”名义截留农户应得补偿资金8.4万元，未召开村民代表会议研究。"
    )
    assert "被截留的资金" in text and "村民代表会议" not in left, (text, left)
    text, left = _measures_and_open("部分林道建成后缺乏管护，2024年汛期损毁的3.1公里至巡察时仍未修复。")
    assert "管护责任" in text and "缺乏管护" not in left, (text, left)
    text, left = _measures_and_open(
        "有3个村将集体竹林对外发包，未经村民代表会议表决，直接与个人签订合同；发包期限最长达30年，租金为每亩每年8元且约定不作调整。"
    )
    assert "期限过长" in text and "30年" not in left, (text, left)
    text, left = _measures_and_open("有2个标段考核得分低于合同约定的80分合格线，应扣减养护费16.2万元未予扣减，仍全额拨付。")
    assert "合格线" not in left, (text, left)


def test_cases_named_by_their_count_are_quoted_with_the_failure_to_hand_them_over() -> None:
    # round 170: 对建设单位擅自砍伐行道树的5起问题线索 named open alone beside 未及时移送…处理
    text, left = _measures_and_open("对建设单位擅自砍伐行道树的4起问题线索，未及时移送县城市管理综合执法部门处理。")
    assert "“对建设单位擅自砍伐行道树的4起问题线索，未及时移送" in text, text
    assert "问题线索" not in left, left


def test_a_sum_partly_returned_is_named_open_when_no_measure_takes_it() -> None:
    # round 170's dump: 值守补贴3.6万元无文件依据，已于巡察期间清退1.2万元 had neither a measure nor a placeholder once a
    # fourth fault took its place: the part returned was read as settling the whole
    from assistant.drafting.open_facts import unanswered_facts
    from tests.test_twenty_first_pass import _uniform

    left = unanswered_facts("向职工发放“值守补贴”2.8万元无文件依据，已于巡察期间清退0.9万元。", [], _uniform())
    assert any("值守补贴" in clause for clause in left), left
    # …while a return of the whole sum still settles it (keeps a behaviour)
    left = unanswered_facts("向职工发放“值守补贴”2.8万元无文件依据，已于巡察期间清退2.8万元。", [], _uniform())
    assert not any("值守补贴" in clause for clause in left), left


def test_a_notarys_files_are_no_enforcement_files() -> None:
    # own reading, a county notary office: 公证卷宗…询问笔录无当事人签名 got 执法案卷制作和法制审核规定
    text, _ = _measures_and_open("抽查2024年公证卷宗80卷，有11卷询问笔录无当事人签名或签名与身份证件不符，4卷未按规定进行视频记录。")
    assert "执法" not in text and "公证卷宗逐卷复查" in text, text
    # …an enforcement file keeps its wording (keeps a behaviour)
    text, _ = _measures_and_open("抽查的60卷执法案卷中，有9卷询问笔录无当事人签字。")
    assert "执法案卷制作" in text, text


def test_a_kickback_taken_by_someone_named_clauses_before_is_dealt_with() -> None:
    # own reading, a county notary office: 1名公证员…，…办理委托公证67件，收受中介“介绍费”1.8万元 got a lesson only
    text, _ = _measures_and_open("1名公证员与房产中介机构存在利益往来，2024年为该中介介绍的当事人办理委托公证41件，收受中介“介绍费”1.1万元。")
    assert "依规依纪严肃处理" in text and "收缴" in text, text


def test_pay_shared_out_unvoted_with_an_overpayment_is_paid_back() -> None:
    # own reading, a county notary office: 绩效工资分配方案未经职工大会讨论，向处领导班子多发绩效奖励2.2万元 got the procedure only
    text, _ = _measures_and_open("绩效工资分配方案未经职工大会讨论，向领导班子多发绩效奖励1.6万元。")
    assert "多发的款项限期清退" in text, text


def test_pathogen_samples_with_no_record_of_destruction_are_traced() -> None:
    # own reading, a county animal disease control centre: 2个样本无销毁记录 got 杜绝事后补记
    text, _ = _measures_and_open("实验室高致病性病原微生物样本保存登记不全，3个样本无销毁记录。")
    assert "核查去向" in text and "事后补记" not in text, text
    # …a testing centre's expired samples keep the record wording (keeps a behaviour: this pass's dump)
    text, _ = _measures_and_open("超期样品处置无审批、无销毁记录。")
    assert "病原" not in text, text


def test_rent_we_owe_villages_is_paid_not_collected() -> None:
    # round 171: 拖欠8个村集体屋顶租金…23.4万元 and 应支付石门村等3个村的…租金…仍拖欠31.5万元 got 催收到位
    text, _ = _measures_and_open("截至2024年底拖欠6个村集体屋顶租金和发电收益分成17.2万元，影响村集体经济收入。")
    assert "催收" not in text and "足额支付" in text, text
    text, _ = _measures_and_open("2024年应支付东岭村等2个村的园区土地流转租金42.6万元，截至巡察结束仍拖欠18.5万元。")
    assert "催收" not in text and "足额支付" in text, text


def test_wages_firms_owe_their_workers_are_pressed_for_from_the_firms() -> None:
    # round 171: 2家…企业2024年拖欠外来…务工人员工资共计46.3万元 got 催收到位，确实无法收回的按规定程序处理
    text, _ = _measures_and_open("巡察发现3家加工企业2024年拖欠外来务工人员工资共计28.7万元，涉及64人。")
    assert "无法收回" not in text and "督促相关企业" in text, text


def test_quotas_passed_on_by_applicants_with_no_record_are_taken_back() -> None:
    # round 171: 38份申请人当年无食用菌种植记录，所获采伐指标实际转给木材加工户使用 got 杜绝事后补记
    text, _ = _measures_and_open("经手初审菌材采伐申请156份，其中21份申请人当年无食用菌种植记录，所获采伐指标实际转给木材加工户使用。")
    assert "事后补记" not in text and "收回或核减" in text, text


def test_samples_taken_by_the_sampled_are_taken_again() -> None:
    # round 171: 41批次样品由养殖户自行采集送检，抽样单无双方签字、无封样记录 got 杜绝事后补记
    text, _ = _measures_and_open("其中23批次样品由养殖户自行采集送检，抽样单无双方签字、无封样记录。")
    assert "事后补记" not in text and "重新抽样" in text, text


def test_a_year_group_head_named_by_the_head_is_no_purchase() -> None:
    # round 171: 个别年级组长由校长直接指定 got 严格执行采购管理规定
    text, _ = _measures_and_open("2024年调整的教务处负责人未经民主推荐，个别年级组长由校长直接指定。")
    assert "采购" not in text, text


def test_an_ambulances_runs_off_call_are_checked_not_laid_up() -> None:
    # round 171: 120救护车使用管理不规范，2024年有5次非急救出车无审批记录 got 节假日定点封存停放
    text, _ = _measures_and_open("120救护车使用管理不规范，2024年有4次非急救出车无审批记录。")
    assert "封存" not in text and "调度任务" in text, text


def test_a_part_back_is_no_settlement_of_the_whole() -> None:
    # round 171: 收取…服务费共计2.3万元，…其中0.8万元已在巡察期间退回 got the wording for money all back
    text, _ = _measures_and_open("3个乡镇站向养殖户收取服务费共计1.9万元，未开具票据、未纳入单位账务核算，其中0.6万元已在巡察期间退回。")
    assert "处理到位情况" not in text, text


def test_a_roof_never_checked_is_checked_and_repaired() -> None:
    # round 171: 安装光伏组件前未开展房屋结构安全鉴定，其中1所学校…漏水，至巡察时仍未修复 got a plan of progress
    text, _ = _measures_and_open("在2所中小学校舍屋顶安装光伏组件前未开展房屋结构安全鉴定，其中1所学校屋面漏水，至巡察时仍未修复。")
    assert "按月调度" not in text and "结构安全鉴定" in _action(text), text
    # …a dam's appraisal keeps its own wording (keeps a behaviour: this pass's dump)
    text, _ = _measures_and_open("有6座水库超期未开展安全鉴定，其中2座病险水库除险加固工程至今未开工。")
    assert "房屋结构" not in text, text


def test_faults_answered_beside_their_measures_are_not_named_again() -> None:
    # round 171: 不在院仍计收费用 beside 在床管理; 固定资产未全面清查 beside 盘点清查; 超出专项用途 beside 归还原渠道
    text, left = _measures_and_open("存在“挂床住院”现象，有5名患者住院期间不在院仍计收费用。")
    assert "在床管理" in text and "不在院" not in left, (text, left)
    text, left = _measures_and_open("2024年专项经费36万元中，有7.2万元用于办公室装修，超出专项用途。")
    assert "归还原渠道" in text and "超出" not in left, (text, left)
