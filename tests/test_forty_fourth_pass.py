"""Issue 14, forty-fourth pass: the faults read in round 198 (the forty-third pass's final measurement, left
unmended then) and in the rounds of this pass. Each case is reworded from the text that was read.

Each test fails on the code before its fix, unless it says it keeps a behaviour."""

from __future__ import annotations

from tests.test_fortieth_pass import _action
from tests.test_twenty_first_pass import _measures_and_open


def test_takings_on_a_staff_wechat_paid_in_late_are_not_paid_in_again() -> None:
    # round 198: 其中12.3万元销售款通过个人微信收款，迟至2个月后才转入医院账户 was promised 全额纳入单位账户 again, quoted
    # without its late transfer
    text, _ = _measures_and_open("其中8.6万元门诊收入通过个人微信收款，迟至3个月后才转入中心账户。")
    assert "迟至3个月后才转入中心账户" in text and "停止通过个人微信" in text, text
    assert "全额纳入单位账户" not in text, text


def test_a_discipline_committee_that_did_not_watch_the_rectification_watches_it_now() -> None:
    # round 198: 院纪委对整改落实情况监督不力，问题出现反弹 got the nuisance wording (依法依规治理到位…长效管控机制)
    text, _ = _measures_and_open("中心纪检委员对整改落实情况监督不力，问题出现反弹。")
    assert "纪检组织" in text and "治理到位" not in text, text
    # …a comeback alone keeps its wording (keeps a behaviour)
    text, _ = _measures_and_open("2023年整治的占道经营点位中有6处问题出现反弹。")
    assert "治理到位" in text, text


def test_repair_trucks_out_on_holidays_are_not_laid_up() -> None:
    # round 198: 3辆抢修工程车…17次节假日出车无派车单 were ordered 节假日定点封存停放
    text, _ = _measures_and_open("4辆供水抢修工程车使用登记不全，2024年有12次节假日出车无派车单。")
    assert "封存" not in text and "派车单" in _action(text), text
    # …but repair trucks the group found not laid up keep the lay-up (keeps a behaviour)
    text, _ = _measures_and_open("2辆工程抢修车节假日未封存。")
    assert "封存" in _action(text), text


def test_a_staff_ratio_and_how_far_below_the_rule_it_is_go_with_the_staffing_quote() -> None:
    # round 198: 师生比约为1:87，远低于…不低于1:50的配备要求 was named open beside the staff brought up to the standard
    text, left = _measures_and_open("学校现有寄宿生520名，仅配备生活老师6名，师生比约为1:87，远低于县教育局不低于1:50的配备要求。")
    assert "配齐配强" in text and "师生比" not in left and "推进计划" not in text, (text, left)


def test_a_balance_hung_on_the_current_accounts_goes_with_the_balance() -> None:
    # round 198: 结余资金23.5万元未按规定上缴财政，长期挂在往来账上 named 长期挂在往来账上 open, a fragment
    text, left = _measures_and_open("2023年度项目结余资金18.2万元未按规定上缴财政，长期挂在往来账上。")
    assert "往来账" in text and "往来账" not in left, (text, left)


def test_rents_too_low_and_leases_run_out_beside_their_re_letting_are_not_named_again() -> None:
    # round 198: 12份发包合同租金明显偏低且有5份已到期未重新发包 named open beside 租金明显偏低…重新公开招租（发包）
    text, left = _measures_and_open("石塘村集体山林发包未经村民代表会议表决，9份发包合同租金明显偏低且有3份已到期未重新发包。")
    assert "重新公开招租" in text and "租金明显偏低" not in left, (text, left)


def test_a_rectification_on_paper_beside_its_check_is_not_named_again() -> None:
    # round 198: 对上轮巡察反馈的…等问题整改流于形式 named open beside 逐项重新核查整改实效
    text, left = _measures_and_open(
        "对上轮巡察反馈的“低保审核不严”“财务管理混乱”等问题整改流于形式，5项整改措施中有2项未完成即报送销号，整改台账与实际不符。"
    )
    assert "重新核查整改实效" in text and not left, (text, left)


def test_a_dinner_over_the_standard_beside_its_costs_checked_is_not_named_again() -> None:
    # round 198: 人均标准超标 of meals in a farmhouse restaurant named open beside the reception costs checked one by one
    text, left = _measures_and_open("2024年以“客商接待”名义列支餐费15笔、金额3.2万元，无公函和接待清单，其中4笔系在农家乐宴请，人均标准超标。")
    assert "逐笔核查相关接待费用" in text and "人均标准超标" not in left, (text, left)


def test_herds_over_insured_for_a_subsidy_are_recovered_not_insured() -> None:
    # round 199: 26户虚报投保数量…多获保费补贴4.1万元 got 立即为相关人员补办参保、补缴保险费
    text, _ = _measures_and_open("协办政策性保险把关不严，2024年有18户虚报投保数量共计860头，多获保费补贴2.7万元。")
    assert "补办参保" not in text and "清退" in text, text


def test_the_same_overcharging_found_again_redoes_the_rectification() -> None:
    # round 199: 销号后问题反弹，本轮巡察仍发现同类违规收费问题 got the fees refunded again
    text, _ = _measures_and_open("对上轮反馈问题整改措施停留在制度层面，销号后问题反弹，本轮巡察仍发现同类违规收费问题。")
    assert "重新整改" in text and "按规定清退" not in text, text


def test_assets_scrapped_without_a_valuation_have_their_disposal_checked() -> None:
    # round 199: 2022年报废处置的2艘旧渡船未经资产评估 got broken equipment assessed one by one for scrapping
    text, _ = _measures_and_open("2023年报废处置的2台旧锅炉未经资产评估，残值收入0.6万元未入公司账。")
    assert "逐台鉴定" not in text and "评估" in _action(text), text


def test_agents_round_the_hall_taking_fees_are_dealt_with_not_refunded() -> None:
    # round 199: 服务大厅周边中介违规代办、收取“包办费” got our own fees refunded
    text, _ = _measures_and_open("政务服务大厅周边中介违规代办、收取“加急费”问题长期存在，中心未主动向有关部门移交线索。")
    assert "按规定清退" not in text and "移交" in text, text


def test_firms_put_on_the_statistics_roll_below_its_threshold_are_taken_off() -> None:
    # round 199: 6家上年度主营业务收入未达到2000万元入库标准…即纳入统计范围 got a target plan
    text, _ = _measures_and_open("2024年新申报入库的21家企业中，有4家上年度营业收入未达到入库标准，仅凭企业自报材料即纳入统计范围。")
    assert "目标任务" not in text and "退库" in text, text


def test_meals_booked_as_training_that_were_a_staff_dinner_are_paid_back() -> None:
    # round 199: 以“普查业务培训”名义列支餐费…实际为局机关内部聚餐 got the reception rules tightened
    text, _ = _measures_and_open("以“业务培训”名义列支餐费4笔共1.1万元，实际为中心内部聚餐。")
    assert "内部聚餐" in _action(text) and "公务接待审批" not in text, text


def test_a_wrong_post_and_cash_off_the_books_beside_their_measures_are_not_named_again() -> None:
    # round 199: 其中1条…数据与正式发布数据不一致 beside 错误内容及时更正, and 截至2024年底账外现金累计3.6万元 beside the
    # income taken into the account, were named open, cut from their subjects
    text, left = _measures_and_open("局微信公众号有5条信息未经审核即发布，其中1条年度数据与正式发布数据不一致。")
    assert "错误内容及时更正" in text and "不一致" not in left, (text, left)
    text, left = _measures_and_open("4个村存在村干部代管现金、坐收坐支现象，截至2024年底账外现金累计2.8万元。")
    assert "全额纳入" in text and "账外现金" not in left, (text, left)


def test_pupils_entitled_and_left_out_are_paid_what_they_were_owed() -> None:
    # round 199: …未及时纳入资助范围，涉及应发未发资金0.96万元 got 不符合条件的按规定退出
    text, _ = _measures_and_open("同期有4名新入学的低保家庭学生未及时纳入资助范围，涉及应发未发资金0.6万元。")
    assert "补发" in text and "按规定退出" not in text, text
    # …a tax relief unclaimed is no money to pay out (keeps a behaviour)
    text, _ = _measures_and_open("小微企业减免政策应享未享户数达120户。")
    assert "补发" not in text, text


def test_a_stocktake_unfinished_and_an_allowance_drawn_beside_their_measures_are_not_named_again() -> None:
    # round 199: 固定资产清查未完成 beside 组织全面盘点清查, and 4名…领取特教津贴共计2.16万元 beside the group's demand to get
    # it all back, were named open
    text, left = _measures_and_open(
        "有2个问题整改不到位，固定资产清查未完成，账实不符问题依然存在；仍有3名行政人员领取特教津贴共计1.5万元，须在反馈之日起2个月内全额追回。"
    )
    assert "盘点清查" in text and "追回" in text and not left, (text, left)


def test_a_reception_centre_building_project_is_not_a_reception() -> None:
    # round 200: 人民来访接待中心改造提升项目…未经党组会议集体研究即启动 got reception costs checked and refunded
    text, _ = _measures_and_open("2024年群众来访接待中心改造项目投资60万元，未经党组会议集体研究即启动。")
    assert "接待审批" not in text and "清退" not in text, text


def test_titles_cited_after_of_them_do_not_choose_the_wording() -> None:
    # round 200: 其中“信访事项超期办理”…等问题在本轮巡察中再次发现 got the wording for petitions handled late
    text, _ = _measures_and_open("上轮巡察反馈的15个问题中，有3个至今未整改到位，其中“案件超期办理”“资金管理不规范”等问题在本轮巡察中再次发现。")
    assert "办理时限" not in text and "回头看" in text, text


def test_a_difference_nobody_can_account_for_is_traced_not_adjusted() -> None:
    # round 200: 救助资金发放台账与财政拨付凭证不一致，差额1.3万元无法说明去向 got the books adjusted
    text, _ = _measures_and_open("救助资金发放台账与财政拨付凭证不一致，差额2.1万元无法说明去向。")
    assert "差额2.1万元无法说明去向" in text and "查清差额资金去向" in text and "据实调整" not in text, text


def test_settlement_bills_with_a_total_only_are_checked_against_the_work() -> None:
    # round 200: 部分结算单据仅有总价无明细清单 got a ledger kept
    text, _ = _measures_and_open("活动服务费用30万元直接委托同一家公司承办，部分结算单据仅有总价无明细清单。")
    assert "台账" not in _action(text.split("。")[-2]) and "明细清单" in text, text


def test_a_rectification_that_only_re_signed_papers_is_redone_in_substance() -> None:
    # round 200: …问题仅对合同文本进行了补签，未对低价发包…等实质问题进行纠正 got data corrected as falsified
    text, _ = _measures_and_open(
        "上轮巡察反馈的12个问题中，仍有2个问题未整改到位，其中“集体林地承包不规范”问题仅对合同文本进行了补签，未对低价发包等实质问题进行纠正。"
    )
    assert "据实更正" not in text and "实质问题" in _action(text), text


def test_grants_docked_for_fees_without_consent_are_paid_back_to_the_pupils() -> None:
    # round 200: 未经学生及家长同意，从386名受助学生的国家助学金中统一抵扣住宿费、教材费 got fees charged without application refunded
    text, _ = _measures_and_open("2024年春季学期未经学生及家长同意，从210名受助学生的国家助学金中统一抵扣住宿费共计15.2万元。")
    assert "退还学生本人" in text and "家长自愿申请" not in text, text


def test_a_lease_run_too_long_beside_its_correction_is_not_named_again() -> None:
    # round 200: 5份承包合同承包期超过30年 named open beside 期限过长的依法依约予以纠正
    text, left = _measures_and_open("其中4个村的集体果园发包未履行“四议两公开”程序；3份承包合同承包期超过30年。")
    assert "期限过长" in text and "承包期" not in left, (text, left)


def test_patients_admitted_without_consent_and_fees_with_no_treatment_are_not_records() -> None:
    # round 200: 有5名患者入院时监护人书面同意材料缺失 got a ledger; 每日固定收取工娱治疗…费用但无治疗记录 got records kept
    text, _ = _measures_and_open("非自愿住院程序执行不规范，有3名患者入院时监护人书面同意材料缺失。")
    assert "台账" not in text and "入院程序" in text, text
    text, _ = _measures_and_open("两个病区对部分住院患者每日固定收取康复治疗费用但无治疗记录。")
    assert "退回" in text and "杜绝事后补记。" not in text, text


def test_works_paid_before_acceptance_beside_food_past_its_date_are_no_canteen_delivery() -> None:
    # round 200: 未经竣工验收即支付工程款113.4万元 in a fact naming 饮用水和食品已过保质期 got the canteen's food rules
    text, _ = _measures_and_open(
        "提升改造项目合同金额80万元，未经竣工验收即支付工程款72万元，有价值0.9万元的饮用水和食品已过保质期未更换。"
    )
    assert "食材" not in text and "验收" in text, text


def test_a_deposit_not_returned_and_food_expired_beside_their_measures_are_not_named_again() -> None:
    # round 200: 其中保证金…未及时退还的有23户 beside 按期全部清退到位; 已过保质期未更换 beside the group's demand to replace it
    text, left = _measures_and_open(
        "另以“风险保证金”名义向60户企业收取费用80万元，其中保证金在业务解保后未及时退还的有15户、金额20.4万元。"
        "多收费用和未退保证金应在反馈之日起2个月内清退到位。"
    )
    assert "清退到位" in text and "未及时退还" not in left, (text, left)


def test_own_reading_goods_gone_gifts_unlogged_and_a_count_reported_false() -> None:
    # own reading (a county Red Cross): 防疫物资无出库记录，去向不明 got records kept better; 2024年…任务5000人，实际完成2860人，
    # 但上报…完成数为5120人 had no measure; (a county legal aid centre) 购买茶叶礼盒30盒、0.96万元，无发放登记 was quoted without
    # the missing log and got a refund
    text, _ = _measures_and_open("有价值4.2万元的救灾物资无出库记录，去向不明。")
    assert "清查出库和使用去向" in text and "杜绝事后补记" not in text, text
    text, left = _measures_and_open("2024年培训任务3000人，实际完成1760人，但上报市红十字会的完成数为3050人。")
    assert "据实更正" in text and not left, (text, left)
    text, _ = _measures_and_open("2024年春节前以“慰问专家”名义购买茶叶礼盒40盒、1.2万元，无发放登记。")
    assert "无发放登记" in text and "发放去向" in text, text


def test_own_reading_a_post_giving_away_someones_identity_is_taken_down() -> None:
    # own reading (a county legal aid centre): 其中1条泄露受援人身份信息 was read as the rest of the posts published unchecked
    # and dropped from both the measure and the placeholder
    text, left = _measures_and_open("中心微信公众号有3条案例信息未经审核即发布，其中1条泄露当事人身份信息。")
    assert "删除" in text and "泄露" in text and not left, (text, left)
    # …a post giving away a station's place is named open, not answered as personal data (keeps the placeholder honest)
    text, left = _measures_and_open("站门户网站发布信息未经审核，2024年有1篇稿件泄露监测站点位置等工作信息。")
    assert "个人信息" not in text and "泄露" in left, (text, left)


def test_round_201_mended_after_its_reading() -> None:
    # round 201 (read on 0bdeedd): a refund promised of what a statement said was back as the total of two sums; a fee taken
    # from a partner firm refunded to it; a self-check not set up after a warning talk answered with a list; landing reports
    # missing answered as our own notes; parking spaces unregistered answered as rented cars; works over-settled and bonuses
    # paid without approval given a review only; signatures signed for others answered as data; clearing seen once and not
    # stopped put in the year's plan; problems closed and found again answered as clues; a leave slip unsigned by parents
    # answered with money to recover; coaches hired without open recruitment given a qualification check
    text, _ = _measures_and_open(
        "检验科存在重复收费，涉及医保基金4.2万元；妇科存在分解住院问题，涉及病例50份、金额6.8万元；违规所得11万元已退回医保基金。"
    )
    assert "按规定清退" not in text and "按规定退回" not in text, text
    text, _ = _measures_and_open("2024年医院以“技术指导费”名义收取对方费用12万元。")
    assert "按规定清退" not in text and "合作" in text, text
    text, _ = _measures_and_open("被县医保局约谈后仍未建立院内常态化自查机制。")
    assert "列出清单" not in text and "自查机制" in _action(text), text
    text, _ = _measures_and_open("2024年以来有25批次调入牛羊无落地报告记录。")
    assert "杜绝事后补记" not in text and "落地报告" in _action(text), text
    text, _ = _measures_and_open("月租车位台账与实际车位不符，有20个车位未登记、未收费。")
    assert "派车单" not in text and "车位" in _action(text), text
    text, _ = _measures_and_open("9个项目结算未经第三方审核，多结算工程款5.6万元。")
    assert "追回" in text, text
    text, _ = _measures_and_open("2024年未经县国资中心核准自行发放绩效奖金共计12.5万元。")
    assert "报批" in text and "程序未履行完毕的一律不得实施" not in text, text
    text, _ = _measures_and_open("3个项目未经业主表决同意，业主签名存在代签现象。")
    assert "重新组织表决" in text and "数据抽查" not in text, text
    text, _ = _measures_and_open("村林业员巡查记录仅有1次发现上报，未及时制止。")
    assert "纳入年度工作计划" not in text and "制止" in _action(text), text
    text, _ = _measures_and_open("对上轮巡察反馈的8个问题，整改销号的“档案管理不规范”等2个问题在本轮巡察中仍然存在。")
    assert "线索" not in text and "重新整改" in text, text
    text, _ = _measures_and_open("学生请假离校未执行家长书面确认制度，抽查的30份请假记录中有9份无家长签字。")
    assert "涉及资金" not in text and "家长签字确认" in text, text
    text, _ = _measures_and_open("2024年聘用的6名外聘教练员中有3人未经公开招聘直接入职。")
    assert "先审核、后聘用" not in text and "公开" in _action(text), text
    # …a total settled that names its own things settles those, not the fault beside them (keeps a behaviour)
    text, _ = _measures_and_open(
        "2024年存在分解住院12人次，将普通病房按负压病房标准收费金额2.1万元；将检验项目串换收费，涉及金额0.9万元。"
        "上述床位费和串换项目违规费用合计3万元已退回医保基金。"
    )
    assert "分解住院违规结算的医保基金" in text, text


def test_round_202_mended_after_its_reading() -> None:
    # round 202 (read on 778660e): exam rooms without cameras got records kept; loans never followed up got citizens'
    # satisfaction; files with disagreeing dates got a ledger; gifts with no list got a ledger; boats scrapped still on the
    # roll got a pension's death checks; a package paid up front got refunded; fees owed never booked got takings booked;
    # cadres paid for society posts got a procedure; project money idle for an unfinished project got an idle asset used;
    # areas never checked on the ground got the notice alone
    text, _ = _measures_and_open("2个教学点考场未按要求安装视频监控，巡考记录缺失。")
    assert "安装视频监控" in text and "杜绝事后补记" not in text, text
    text, _ = _measures_and_open("贷后回访记录缺失率达40%。")
    assert "群众" not in text and "贷后" in _action(text), text
    text, _ = _measures_and_open("抽查的100卷托管档案中有18卷存在材料缺失或出生日期前后不一致问题。")
    assert "台账" not in text and "据实更正" in text, text
    text, _ = _measures_and_open("2024年春节前以“宣传推介”名义采购礼盒40份、金额1.6万元，用于走访赠送，无发放明细。")
    assert "发放去向" in text, text
    text, _ = _measures_and_open("有3艘已拆解灭失的渔船在2023年仍列入补贴名册，冒领补贴4.1万元。")
    assert "死亡" not in text and "补贴名册" in _action(text), text
    text, _ = _measures_and_open("正畸治疗以“全程套餐”名义一次性预收费用。")
    assert "分阶段收费" in text and "按规定清退" not in text, text
    text, _ = _measures_and_open("2024年应收经营费共计120万元，实际收取90万元，欠缴的30万元未纳入应收账款核算。")
    assert "收支两条线" not in text and "应收账款" in _action(text), text
    text, _ = _measures_and_open("2名机关干部在县级学会兼任秘书长，2023年至2024年领取补贴共计1.2万元，未按规定报批。")
    assert "兼任秘书长" in text and "辞去兼职" in text, text
    text, _ = _measures_and_open("其中专项资金120万元拨付到位后项目至今未完工，资金闲置超过12个月。")
    assert "盘活" not in text and "退回资金" in text, text
    text, _ = _measures_and_open("补助面积核实以村里上报数据为准，镇农业综合服务中心未实地复核，公示期不足7天。")
    assert "实地复核" in _action(text), text
    # …and personnel files missing papers keep their own wording (keeps a behaviour)
    text, _ = _measures_and_open("干部人事档案仍有4卷材料缺失。")
    assert "干部选拔任用和人事档案材料" in text, text


def test_round_202_placeholders_answered_beside_them_are_not_named_again() -> None:
    # round 202: a file lent and not returned beside its recovery, one problem with no real measure beside new measures drawn
    # up, and 超出法定期限 cut from a lease, were named open
    text, left = _measures_and_open("档案查借阅登记不完整，2024年有20次借阅无审批手续，2卷档案借出后逾期3个月未归还。")
    assert "逾期未归还的限期追回" in text and not left, (text, left)
    text, left = _measures_and_open("对上轮巡察反馈的问题整改不到位，1个问题未见实质性整改措施，整改台账与实际不符。")
    assert "重新制定措施" in text and "实质性" not in left, (text, left)
    text, left = _measures_and_open("4个村的20宗滩涂发包未经村民代表会议表决，承包期最长达30年，超出法定期限。")
    assert "超出法定期限" not in left, (text, left)


def test_round_203_mended_after_its_reading() -> None:
    # round 203 (read on 53f7526): agents never assessed got their fees refunded by us; basic farmland built over got a filing
    # cancelled; a dividend paid to cadres got a procedure; training settled on padded attendance got data corrected; visit
    # records copied got a party lesson's wording; a rectification failed again got receptions checked; leads never handed
    # over got a warning lesson; a self-check for form got more meetings; leak waivers with no check got pipes repaired;
    # goods with no record out got records kept; an unfinished project's money got an idle asset used
    text, _ = _measures_and_open("对中介机构超时限、超标准收费问题未开展评价考核。")
    assert "按规定清退" not in text and "评价考核" in _action(text), text
    text, _ = _measures_and_open("2022年引进的康养项目以“设施农用地”名义备案占用土地20亩，实际建设客房等经营性设施，其中占用永久基本农田3.2亩，至今未依法完善用地手续。")
    assert "备案注销" not in text and "恢复原状" in text, text
    text, _ = _measures_and_open("某村将分红资金6.5万元以“误工补贴”名义发放给村“两委”成员，未经村民代表会议表决和公示。")
    assert "退回村集体账户" in text, text
    text, _ = _measures_and_open("抽查的4个项目中有2个签到表人数多于实际参训人数，按虚增人数结算培训费用3.4万元。")
    assert "追回" in text and "数据抽查核验机制" not in text, text
    text, _ = _measures_and_open("抽查的120份下校指导记录中有25份内容雷同，部分记录系事后补写。")
    assert "党课" not in text, text
    text, _ = _measures_and_open(
        "对上轮巡察反馈的“培训经费管理不规范”“公务接待审批不严”等问题整改不到位，培训经费超范围列支、接待无公函等问题在2024年仍然反复出现。"
    )
    assert "公务接待审批和清单制度" not in text and "回头看" in text, text
    text, _ = _measures_and_open("对群众反映的3条收受回扣线索未按规定移交处置。")
    assert "警示教育" not in text and "移交纪检监察机关" in text, text
    text, _ = _measures_and_open("集中整治自查自纠走过场，党支部仅召开1次专题会议部署。")
    assert "重新组织开展自查自纠" in text, text
    text, left = _measures_and_open("以“漏水减免”名义为30户用户核减水量1.2万吨、金额3.1万元，无现场核查记录和分管领导审批。")
    assert "修复" not in text and "追缴" in text and not left, (text, left)
    text, _ = _measures_and_open("抽查的管件中有价值4.2万元的物资无出库记录。")
    assert "杜绝事后补记" not in text and "去向" in text, text
    text, _ = _measures_and_open("2022年下达的植被恢复项目（总投资300万元）至巡察时完工率仅约60%，中央财政资金结余120万元滞留超过1年。")
    assert "盘活" not in text and "退回资金" in text, text
    # …inspection records copied keep their own wording (keeps a behaviour)
    text, _ = _measures_and_open("对辖区3家砂石料场的安全检查流于形式，检查记录雷同。")
    assert "现场检查记录据实制作" in text, text


def test_round_204_mended_after_its_reading() -> None:
    # round 204 (the final measurement, read on ade7035, mended after): donated goods unbooked and unsigned for were said to
    # be taken by staff; costumes scrapped with no approval got broken equipment assessed; goods booked in and not there got
    # the books adjusted
    text, _ = _measures_and_open("定点帮扶单位捐赠物资折合12.6万元未登记入账，发放无签收记录。")
    assert "发放给职工" not in text and "服务对象" not in text, text
    text, _ = _measures_and_open("部分服装道具以“演出损耗”为由报废，无审批手续。")
    assert "逐台鉴定" not in text and "处置程序" in text, text
    text, _ = _measures_and_open("采购物资入库验收把关不严，抽查发现价值2.4万元的分类垃圾桶有入库无实物，固定资产账实不符。")
    assert "赔偿" in text, text
    text, _ = _measures_and_open("纪念品出入库台账登记不全，巡察组盘点发现账实相差860件、价值约2.1万元。")
    assert "追回" in text, text


def test_outside_teachers_without_agreements_are_an_outside_hire() -> None:
    # round 204 (mended after the final reading): 外聘…教师17人，其中6人未签订聘用协议 got open recruitment promised
    text, _ = _measures_and_open("2023年以来外聘声乐、器乐等专业教师12人，其中4人未签订聘用协议、未经学校集体研究直接聘请。")
    assert "签订聘用协议" in _action(text) and "公开组织" not in text, text
