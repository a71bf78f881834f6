"""Issue 14, forty-third pass: the faults read in round 192 (the forty-second pass's final measurement, left
unmended then) and in the rounds of this pass. Each case is reworded from the text that was read.

Each test fails on the code before its fix, unless it says it keeps a behaviour."""

from __future__ import annotations

from assistant.drafting import front_matter
from assistant.drafting.context import DraftingContext
from assistant.drafting.inputs.feedback.model import Feedback
from assistant.settings import Settings
from tests.test_fit_drafting import _feedback
from tests.test_fortieth_pass import _action
from tests.test_twenty_first_pass import _measures_and_open


def test_a_sum_partly_back_by_a_statement_opening_on_of_it_is_not_refunded_whole() -> None:
    # round 192: 合计违规使用医保基金46.8万元；其中…查出的29.3万元已退回 promised the whole 46.8万元 back, and hung the total on the
    # second deed alone, naming the first open
    text, left = _measures_and_open(
        "针灸科将“拔罐”与“刮痧”重复计费，理疗室将普通推拿串换为“正骨推拿”收费，合计违规使用医保基金32.4万元；"
        "其中县医疗保障局专项检查查出的20.1万元已退回医保基金，其余12.3万元尚未退回。"
    )
    assert "已清退部分" in text and "针灸科将" in text, text
    assert "重复计费" not in left, left


def test_a_goal_unmet_goes_with_the_idle_money_it_follows() -> None:
    # round 192: …扶持资金38万元截至巡察时仍闲置未用，绩效目标未实现 named 绩效目标未实现 open alone
    text, left = _measures_and_open("“溪口村史”编纂项目扶持资金26万元截至巡察时仍闲置未用，绩效目标未实现。")
    assert "绩效目标未实现" in text and not left, (text, left)


def test_training_with_no_plan_beside_training_put_in_the_plan_is_not_named_again() -> None:
    # round 192: 宣传干部教育培训缺乏规划 named open beside 仅组织业务培训2次 put in the year's plan
    text, left = _measures_and_open("干部教育培训缺乏规划，2023年以来仅组织业务培训2次。")
    assert "纳入年度工作计划" in text and "缺乏规划" not in left, (text, left)
    # …but a want of planning of another matter stays open (keeps a behaviour)
    _, left = _measures_and_open("2023年以来仅组织业务培训2次，人才梯队建设缺乏规划。")
    assert "缺乏规划" in left, left


def test_land_left_unfarmed_is_named_with_the_bases_it_belongs_to() -> None:
    # round 192: …2个基地建成后因租金纠纷和管护经费不足，已有41亩改种玉米或撂荒 was cut before what became of the land
    _, left = _measures_and_open(
        "2022年至2024年利用项目资金96万元建设示范基地4个，其中2个基地建成后因租金纠纷和后续管护经费不足，已有36亩改种玉米或撂荒。"
    )
    assert "撂荒" in left, left


def test_a_part_of_posts_published_unchecked_is_checked_with_them() -> None:
    # round 192: 其中1篇转载的农资广告信息未核实 of the 5篇推送未经审核即发布 was named open, spliced onto another fault
    text, left = _measures_and_open("站微信公众号2024年有6篇推送未经审核即发布，其中2篇转载的农药广告信息未核实。")
    assert "逐条复核" in text and "未核实" not in left, (text, left)


def test_the_files_a_summary_of_files_counts_go_with_it() -> None:
    # round 192: 人事档案管理缺失，抽查的20份员工档案中7份缺少…复印件 named the files open beside the files completed
    text, left = _measures_and_open("人事档案管理缺失，抽查的30份员工档案中9份缺少学历或资格证书复印件。")
    assert "补齐" in text and "复印件" not in left, (text, left)
    # …but a count that is an instance itself does not take the fault after it (keeps a behaviour)
    _, left = _measures_and_open("外业设备借用无登记，抽查的64件仪器设备中有9件账实不符、5件长期损坏未按规定报废处置。")
    assert "报废" in left, left


def test_cadres_paid_by_a_firm_go_with_the_oversight_wanting_and_the_report_with_the_posts_cleared() -> None:
    # round 192: 对村干部兼职取酬监管缺失，…4名村干部在…企业兼任管理人员并领取报酬，未按规定报告 named the posts open
    text, left = _measures_and_open(
        "对村干部兼职取酬监管缺失，东坪村、西坪村共有3名村干部在茶叶企业兼任管理人员并领取报酬，未按规定报告。"
    )
    assert "清理违规兼职" in text and not left, (text, left)


def test_the_households_that_over_reported_go_with_the_area_over_reported() -> None:
    # round 192: 抽查的62户中有9户申报面积与实测面积不符 was named open beside 多报面积合计73.5亩，多领补助资金8.8万元
    text, left = _measures_and_open(
        "抽查的48户中有7户申报面积与实测面积不符，多报面积合计52.5亩，多领补助资金6.3万元。"
    )
    assert "申报面积与实测面积不符" in text and not left, (text, left)


def test_a_balance_of_fees_owed_to_students_is_refunded_to_them() -> None:
    # round 193: 结余资金31.6万元长期挂账未退还学生 got idle money spent on its purpose or handed up
    text, left = _measures_and_open(
        "学生代收的教材费、体检费未按学期结算，结余资金22.4万元长期挂账未退还学生。"
    )
    assert "清退给学生" in text and "按规定用途" not in text and "代收的教材费" in text, text
    assert not left, left


def test_food_records_beside_unfixed_findings_are_not_given_the_health_certificate_wording() -> None:
    # round 193: 食材进货查验记录不全 beside 检查发现的留样不足、健康证过期等5项问题仍未整改到位 got the health-certificate wording
    text, _ = _measures_and_open(
        "食材进货查验记录不全，2024年市场监管部门检查发现的留样不足、从业人员健康证过期等4项问题至巡察时仍未整改到位。"
    )
    assert "进货查验" in _action(text.split(" 针对")[0]) and "暂停从事" not in text.split(" 针对")[0], text
    # …the two side by side as faults of the canteen keep it (keeps a behaviour)
    text, _ = _measures_and_open("对助餐点食品安全监管缺位，2个助餐点从业人员健康证过期，留样记录不全。")
    assert "健康证明" in text, text


def test_a_fee_charged_apart_is_named_with_the_classes_it_was_for() -> None:
    # round 193: …开设兴趣班12个，向幼儿家长另行收费19.4万元 was cut before the fee
    # (its 违反…规定 answered by the measure on the meals beside it)
    _, left = _measures_and_open(
        "附属幼儿园2024年以“特色课程”名义开设美术、舞蹈等兴趣班8个，向幼儿家长另行收费12.6万元，违反幼儿园不得在保教费外另收费用的"
        "规定；幼儿伙食费与教职工伙食费未分账核算，2024年幼儿伙食费结余率为8.1%，超过不得高于2%的要求，其中2.4万元用于教职工节日工作餐。"
    )
    assert "另行收费" in left, left


def test_meetings_whose_cost_is_back_are_not_named_open_alone() -> None:
    # round 193: 以“银企对接会”名义召开会议6次，…费用共计3.24万元由县农商银行承担，已于巡察期间退回 named the meetings open
    _, left = _measures_and_open(
        "2023年至2024年以“政银座谈会”名义召开会议5次，会场租赁和工作餐等费用共计2.6万元由县农商银行承担，已于巡察期间退回。"
    )
    assert "召开会议" not in left, left


def test_a_sublet_gain_kept_off_the_books_is_booked_not_a_store_taken_back() -> None:
    # round 193: 转包收益与流转租金差额9.6万元未纳入公司账务核算 got the warehouse wording (依约收回被转租的库位) by its 流转租金
    text, _ = _measures_and_open(
        "2024年将东坳基地400亩林地转包给个人经营，转包收益与流转租金差额6.2万元未纳入公司账务核算。"
    )
    assert "库位" not in text and "纳入单位账务" in text and "转包给个人经营" in text, text
    # …a tenant subletting our store keeps the store taken back (keeps a behaviour)
    text, _ = _measures_and_open("对租户违规转租冷库未予制止，截至2025年4月有6户租户累计拖欠租金82万元。")
    assert "库位" in text, text


def test_a_yield_below_its_standard_is_looked_into_for_loss() -> None:
    # round 193: 加工厂出油率长期低于公司核定标准 got a target planned towards
    text, _ = _measures_and_open("加工厂出油率长期低于公司核定标准。")
    assert "推进计划" not in text and "流失" in text, text


def test_pay_scales_changed_by_one_person_are_a_decision_not_a_promotion() -> None:
    # round 193: 出借资金80万元、调整中层以上人员薪酬标准等事项…由主要负责人个人拍板 got the cadre-selection procedure
    text, _ = _measures_and_open(
        "2024年向一家民营企业出借资金60万元、调整中层以上人员薪酬标准等事项，未经党支部前置研究和董事会集体决策，由主要负责人个人拍板。"
    )
    assert "民主推荐" not in text and "前置研究" in _action(text), text


def test_our_own_replanting_late_is_done_not_pressed_on_a_contractor() -> None:
    # round 193: 新造林成活率…低于85%的验收标准，补植补造未按期完成 got 督促实施主体…方可兑付 for the planter itself
    text, _ = _measures_and_open("2个基地新造林2023年度成活率分别为70%、72%，低于85%的验收标准，补植补造未按期完成。")
    assert "督促实施主体" not in text and "限期完成补植补造" in text, text


def test_what_another_bodys_check_found_in_us_is_ours_to_put_right() -> None:
    # round 193: 市人社局2024年专项检查指出的问题仍未整改到位 got a regulator's 书面督促相关单位限期整改
    text, _ = _measures_and_open("市人社局2024年专项检查指出的问题仍未整改到位。")
    assert "督促相关单位" not in text and "逐项" in text, text
    # …a regulator's own checks of others keep the pressing (keeps a behaviour)
    text, _ = _measures_and_open("2024年对8家企业的检测中发现的问题均未整改到位。")
    assert "督促相关单位" in text, text


def test_dike_hazards_left_and_seals_found_leaking_are_mended_now() -> None:
    # round 193: 隐患31处，…仍有9处未处理完毕 got offenders punished; 闸门止水老化漏水…已发现但未及时修复 got a plan over years
    text, _ = _measures_and_open("2023年以来排查发现的堤身獾洞、散浸等隐患25处，至巡察时仍有7处未处理完毕。")
    assert "违法违规行为" not in text and "治理" in text, text
    text, _ = _measures_and_open("3座涵闸闸门止水老化漏水问题2024年汛前已发现但未及时修复。")
    assert "分年度" not in text and "限期修复" in text, text


def test_a_cadres_relatives_business_paid_above_the_market_is_recovered() -> None:
    # round 193: 1名党支部委员亲属经营的收购点…结算价格高于同期市场均价…，累计多支付货款6.3万元 had no measure
    text, left = _measures_and_open(
        "东岭村1名村委委员亲属经营的收购点2024年向合作社供应干花，结算价格高于同期市场均价每公斤3元，累计多支付货款4.1万元。"
    )
    assert "市场价格" in text and "回避" in text and not left, (text, left)


def test_meetings_held_seldom_and_a_candidate_made_early_are_not_named_beside_their_measures() -> None:
    # round 193: 支部党员大会仅召开2次 and 考察期不满1年即被确定为发展对象 named open beside 按时召开会议 and 按程序做好发展党员工作
    _, left = _measures_and_open(
        "东村党支部2024年支部党员大会仅召开2次，主题党日以开会代替学习，“三会一课”记录不全；2022年以来未发展党员；"
        "西村2023年发展的1名党员，入党积极分子培养考察期不满1年即被确定为发展对象。"
    )
    assert "仅召开2次" not in left and "考察期" not in left, left


def test_a_kindergarten_teachers_college_has_departments_not_year_groups(draft_settings: Settings) -> None:
    # round 193: 组织领导 named 各处室、年级组 for a 幼儿师范高等专科学校
    data = _feedback("中共泓沅幼儿师范高等专科学校委员会", "市委第三巡察组", problems=["问题一"]).model_dump(mode="json")
    text = front_matter.organisation(DraftingContext.build(draft_settings, Feedback.model_validate(data)))
    assert "年级组" not in text and "二级学院" in text, text


def test_a_fund_prepaid_and_never_refunded_is_refunded_not_taken_as_settled() -> None:
    # round 194: 预缴基金486.3万元未予清退，其中12个项目已竣工验收并提交退还申请 got the settled wording (处理到位情况)
    text, _ = _measures_and_open(
        "基金停征后，截至2025年3月仍有22个建设项目预缴基金236.5万元未予清退，其中8个项目已竣工验收并提交退还申请。"
    )
    assert "处理到位情况" not in text and "退还到位" in text, text


def test_a_deposit_partly_given_back_to_some_payers_is_refunded_in_the_rest() -> None:
    # round 194: 收取保证金共计96.5万元，巡察期间已退还5家31.2万元 promised no refund of the rest
    text, _ = _measures_and_open("2023年至2024年以“墙改保证金”名义向12家建设单位收取保证金共计80.5万元，巡察期间已退还4家22.1万元。")
    assert "其余部分" in text, text


def test_a_dinner_already_punished_is_a_lesson_not_punished_again() -> None:
    # rounds 193-194: 接受…宴请，已由县住建局纪检组给予诫勉处理 (已移交…派驻纪检监察组处理) got 对相关人员依规依纪处理到位
    text, _ = _measures_and_open("1名工作人员2024年5月入企检查期间接受企业宴请，已由县住建局纪检组给予诫勉处理。")
    assert "处理到位" not in text and "以案为鉴" in text, text
    text, _ = _measures_and_open("1名股室负责人2024年春节期间接受小额贷款公司安排的宴请，已移交县纪委监委派驻纪检监察组处理。")
    assert "处理到位" not in text, text


def test_a_rate_reported_above_the_true_one_is_falsified_with_its_cause() -> None:
    # round 194: 使用率为61.3%…，但上报数据为72.6%，系直接汇总企业自报数据、未经核实所致 named the cause open alone
    text, left = _measures_and_open(
        "2024年全县散装水泥使用率为58.2%，低于市下达的70%目标任务，但上报数据为71.4%，系直接汇总企业自报数据、未经核实所致。"
    )
    assert "据实更正" in text and "所致" in text and not left, (text, left)


def test_rent_waived_for_those_not_entitled_is_charged_not_taken_back() -> None:
    # round 194: 12家…非科技型企业，仍享受场地租金减免共计31.2万元 got a subsidy stopped and recovered
    text, _ = _measures_and_open("入驻的30家企业中有9家为商贸、餐饮等非科技型企业，仍享受场地租金减免共计24.6万元。")
    assert "停止发放" not in text and "补收租金" in text, text


def test_a_balance_left_with_projects_is_taken_back_not_spent() -> None:
    # round 194: 结余资金52.4万元滞留在项目单位未收回 got 督促项目实施单位加快实施进度、及时拨付使用
    text, _ = _measures_and_open("至本轮巡察时仍有科技专项结余资金38.6万元滞留在项目单位未收回。")
    assert "加快实施进度" not in text and "限期收回" in text, text


def test_houses_renovated_from_idle_farmhouses_are_not_idle_but_those_never_opened_are() -> None:
    # round 194: 改造闲置农房37栋 got the idle-asset wording; 6栋民宿因配套道路…未同步建设，建成后…仍未投入运营 got a list of open items
    text, _ = _measures_and_open(
        "2022年至2024年，公司共使用衔接资金860万元，改造闲置农房25栋，其中东岙村4栋民宿因配套道路、污水管网未同步建设，"
        "建成后至巡察时仍未投入运营，涉及资金146万元。"
    )
    assert "完善配套设施" in text and "东岙村4栋民宿" in text and text.count("针对") == 1, text


def test_rent_we_owe_households_is_paid_not_pressed_for() -> None:
    # round 194: 14户农户累计9.8万元房屋租金超期3个月以上未支付 got 催收到位，确实无法收回的按规定程序处理
    text, _ = _measures_and_open("11户农户累计7.6万元房屋租金超期3个月以上未支付。")
    assert "催收" not in text and "足额支付" in text, text


def test_things_never_put_on_the_assets_register_are_registered() -> None:
    # round 194: 家具、电器、布草等资产318万元未纳入国有资产台账管理 got income booked (收支两条线)
    text, _ = _measures_and_open("民宿改造形成的家具、电器等资产206万元未纳入国有资产台账管理。")
    assert "收支两条线" not in text and "登记入账" in text, text


def test_a_gift_given_back_is_not_taken_again() -> None:
    # round 194: 收受学生家长礼金…2.3万元，已于巡察期间退回 got 违纪所得依规收缴
    text, _ = _measures_and_open("2名教师以“拜师礼”名义收受学生家长礼金、购物卡共计1.6万元，已于巡察期间退回。")
    assert "收缴" not in text and "退还到位" in text, text


def test_an_ambulance_quoted_without_its_name_still_gets_the_ambulance_wording() -> None:
    # round 194: 救护车管理不严，2024年有9次用于接送院领导… got only a log kept
    text, _ = _measures_and_open("救护车管理不严，2024年有7次用于接送院领导和职工参加非医疗公务活动，出车记录不完整。")
    assert "专车专用" in text and "救护车" in _action(text), text


def test_households_clearing_steep_slopes_are_dealt_with_by_law_not_our_procedure() -> None:
    # round 194: 14户果农在坡度25度以上山地违规开垦…，未办理林地使用审批手续 got 程序未履行完毕的一律不得实施
    text, _ = _measures_and_open(
        "2023年至2024年东坑村有9户果农在坡度25度以上山地违规开垦新建脐橙园共计210亩，未办理林地使用审批手续。"
    )
    assert "程序未履行完毕" not in text and "依法依规处置" in text, text


def test_works_over_measured_and_things_never_returned_are_not_named_beside_their_measures() -> None:
    # round 194: 多计工程量金额14.6万元 beside 多付的工程款依约追回; 有11件至今未归还 beside 限期归还入库; 用途无法说明 named alone
    _, left = _measures_and_open(
        "已竣工的15个项目中有6个未经结算审计即全额支付工程款，巡察组抽查发现多计工程量金额9.2万元。"
    )
    assert "多计" not in left, left
    _, left = _measures_and_open("2023年以来服装、乐器对外出借给校外剧团和个人29次，均无审批手续，有8件至今未归还。")
    assert "未归还" not in left, left
    _, left = _measures_and_open("演出团客车使用登记缺失，2024年有5次节假日出车无派车单，用途无法说明。")
    assert not left, left


def test_the_instances_of_a_quoted_list_of_faults_go_with_it() -> None:
    # round 194: …存在串换收费项目、超标准收费、重复收费等问题，其中将普通换药串换为中换药收费2316人次… named open beside them
    _, left = _measures_and_open(
        "对医保基金安全重视不够，2023年至2024年存在串换收费项目、超标准收费、重复收费等问题，其中将普通换药串换为中换药收费1820人次。"
    )
    assert not left, left


def test_money_taken_by_personal_wechat_and_off_the_books_is_booked() -> None:
    # own reading (an elderly activity centre): 由团队负责人个人微信收取，未入中心账务 had no measure at all
    text, left = _measures_and_open("2024年向团队成员收取“服装费”“活动费”共计4.8万元，由团队负责人个人微信收取，未入中心账务。")
    assert "纳入单位账户" in text and "未入中心账务" in text and not left, (text, left)


def test_a_meeting_without_criticism_and_a_members_day_replaced_get_their_own_wording() -> None:
    # own readings: 组织生活会未开展批评和自我批评 got minutes kept; 主题党日以业务会代替，…台账缺失 got a ledger
    text, _ = _measures_and_open("2024年组织生活会未开展批评和自我批评，会议记录为事后补记。")
    assert "批评和自我批评" in _action(text), text
    text, _ = _measures_and_open("主题党日以业务会代替，党员教育管理台账缺失。")
    assert "主题党日" in _action(text), text


def test_meals_over_reported_go_with_the_months_they_were_found_in() -> None:
    # own reading: 有3个月就餐人次与刷卡记录不符 was named open beside 多报就餐人次2160人次，多领补贴3.2万元
    text, left = _measures_and_open("抽查12个月就餐台账，有2个月就餐人次与刷卡记录不符，多报就餐人次1380人次，多领补贴2.1万元。")
    assert "刷卡记录不符" in text and "刷卡" not in left, (text, left)


def test_land_an_investor_left_idle_is_built_on_or_taken_back() -> None:
    # round 195: 4个项目取得土地后闲置超过2年、涉及用地426亩 got our own idle assets put to use
    text, _ = _measures_and_open("其中3个项目取得土地后闲置超过2年、涉及用地210亩。")
    assert "盘活利用方案" not in text and "无偿收回" in text, text


def test_a_guaranteed_minimum_left_unused_is_renegotiated_not_spent() -> None:
    # round 195: 按每年保底飞行100小时支付费用，…支付保底费用中闲置部分达236万元 got money used for its purpose or handed up
    text, _ = _measures_and_open(
        "按每年保底飞行80小时支付费用，2023年至2024年实际执行救援飞行仅52小时，支付保底费用中闲置部分达158万元。"
    )
    assert "按规定用途" not in text and "保底" in _action(text), text


def test_an_ambulance_overcharge_goes_back_to_patients() -> None:
    # round 195: 救护车被科室用于非急救转运并按急救标准收费，多收费用3.9万元 got 归还原渠道
    text, _ = _measures_and_open("有4辆救护车被科室用于非急救转运并按急救标准收费，多收费用2.6万元。")
    assert "原渠道" not in text and "退还患者" in text, text


def test_a_dead_animal_point_keeps_its_disposal_records_not_goods_handed_over() -> None:
    # round 195: 病死猪收集暂存点消毒、交接记录缺失 got 补办领用交接登记手续
    text, _ = _measures_and_open("病死猪收集暂存点消毒、交接记录缺失。")
    assert "领用" not in text and "消毒" in _action(text), text


def test_a_building_occupied_is_taken_back_and_sealed_cars_lent_stop() -> None:
    # round 195: 办公楼被原单位3名职工占用居住，至今未收回 got a debt pressed; 4辆封存车辆被借出使用23次 got a log kept
    text, _ = _measures_and_open("原县粮食局西街办公楼被原单位2名职工占用居住，至今未收回。")
    assert "催收" not in text and "收回被占用的房产" in text, text
    text, _ = _measures_and_open("2024年有3辆封存车辆被借出使用17次，无审批和出车记录。")
    assert "停止借用封存车辆" in text, text


def test_a_rectification_reported_done_and_found_again_is_checked_again() -> None:
    # round 195: 中心上报整改已完成，但…有7户再次欠缴租金 got rent pressed; cited titles after 指出中心 were read as faults
    text, left = _measures_and_open(
        "2021年县委巡察县财政局党组时指出中心“门面租金欠缴”“出租未公开招租”等问题，中心上报整改已完成，但巡察发现当时清理的"
        "欠租户中有5户再次欠缴租金，公开招租制度未真正执行；整改台账中有2项长效机制“已建立”但无正式文件，存在“纸面整改”现象。"
    )
    assert "重新核查整改实效" in text and "催收" not in text and not left, (text, left)


def test_rests_of_quotes_go_with_them() -> None:
    # round 195: …3次接报未处置，直至2025年1月县农业农村局查处，没收白条肉460公斤; …考察记录缺失，未按期进行考察;
    # …通过个人微信收款，2024年共计12.4万元未及时入账 named the rests open alone
    _, left = _measures_and_open(
        "镇综合行政执法队对群众举报的私屠滥宰问题3次接报未处置，直至2025年1月县农业农村局查处，没收白条肉380公斤。"
    )
    assert not left, left
    _, left = _measures_and_open("2023年确定的1名入党积极分子培养考察记录缺失，未按期进行考察。")
    assert not left, left
    _, left = _measures_and_open("校服门市零售收入通过个人微信收款，2024年共计9.6万元未及时入账。")
    assert not left, left


def test_instances_after_a_quoted_list_of_faults_and_its_total_go_with_it() -> None:
    # round 195: …等问题，经巡察抽查和市医保局联合核查，共涉及违规费用86.3万元，其中…同日重复计费4200余人次 named open
    _, left = _measures_and_open(
        "2023年至2024年骨科、烧伤整形科存在重复收费、分解收费、串换项目等问题，经巡察抽查和市医保局联合核查，共涉及违规费用52.1万元，"
        "其中“清创缝合”与“换药”同日重复计费2600余人次。"
    )
    assert "重复计费" not in left, left


def test_a_venues_building_left_with_a_word_is_dealt_with_by_law() -> None:
    # round 196: 民间信仰场所…擅自扩建大殿，县民宗局2次现场检查发现后仅口头告知，未依法责令整改 got our own procedure reviewed
    text, left = _measures_and_open(
        "清溪镇1处民间信仰场所2024年未经审批擅自扩建偏殿，建筑面积约160平方米，县民宗局现场检查发现后仅口头告知，未依法责令整改，"
        "至巡察时仍未处置到位。"
    )
    assert "程序未履行完毕" not in text and "责令限期整改" in text and not left, (text, left)


def test_a_nominee_vetted_lightly_is_reviewed_not_the_firms_wages_pressed() -> None:
    # round 196: 其中1人所在企业…拖欠农民工工资38万元…仍被推荐为县政协委员人选 got the firm's wages pressed
    text, _ = _measures_and_open(
        "2023年推荐非公有制经济人士政治安排人选20名，综合评价仅征求了工商联意见；其中1人所在企业拖欠农民工工资26万元，仍被推荐为县政协委员人选。"
    )
    assert "农民工工资保证金" not in text and "综合评价" in _action(text), text


def test_a_roster_drawn_up_by_one_gets_a_second_review() -> None:
    # round 196: 补助名册由经办人员一人编制、无股室负责人审核签字 got signatures at the counter (当场签字确认)
    text, left = _measures_and_open(
        "2名教职人员同时在2处场所重复领取补助0.5万元，补助名册由经办人员一人编制、无股室负责人审核签字。"
    )
    assert "当场签字" not in text and "股室负责人审核" in text and "重复领取" not in left, (text, left)


def test_a_partners_related_firms_supplying_food_are_chosen_openly() -> None:
    # round 196: 大宗食材由合作方关联企业供货，未经公开招标或询价比价 got an operator chosen when its contract ends
    text, _ = _measures_and_open("米、油等大宗食材由合作方关联企业供货，未经公开招标或询价比价。")
    assert "运营方" not in text and "供应商" in _action(text), text


def test_accountability_left_open_is_dealt_with_not_looked_back_on() -> None:
    # round 196: 上轮巡察移交的2名相关责任人员问责处理至今未办结 got a look-back
    text, _ = _measures_and_open("上轮巡察移交的3名相关责任人员问责处理至今未办结。")
    assert "回头看" not in text and "问责到位" in text, text


def test_gifts_with_no_record_of_where_they_went_are_traced() -> None:
    # round 196: 购买茶叶礼盒…，其中486盒、12.4万元无领用登记和去向清单 got the purchase refunded by nobody
    text, _ = _measures_and_open(
        "2023年至2024年以“品牌推广”名义购买茶叶礼盒800盒、金额20.4万元，其中310盒、7.9万元无领用登记和去向清单。"
    )
    assert "追缴到位" not in text and "发放去向" in text, text


def test_rests_and_answered_clauses_of_round_196_are_not_named_alone() -> None:
    # round 196: …因权属争议至今未发放，也未明确专人调处; 有2个季度未召开党员大会 beside meetings held; 12项措施有4项未落实到位
    # beside what is open listed; 未发函催收 beside the debt collected; 账龄超过3年的占62% and 最长滞留27天 cut from their sums
    _, left = _measures_and_open("东岭村9户补偿款3.2万元因权属争议至今未发放，也未明确专人调处。")
    assert not left, left
    _, left = _measures_and_open("2024年支委会仅召开8次，有2个季度未召开党员大会。")
    assert "季度" not in left, left
    _, left = _measures_and_open("2家剧组拖欠场租及水电费共计31.2万元，公司至巡察进驻时未发函催收，也未依法主张权利。")
    assert not left, left
    _, left = _measures_and_open("其他应收款长期挂账142万元，账龄超过3年的占58%。")
    assert "账龄" not in left, left


def test_shops_with_no_sales_and_deputies_with_no_duties_are_not_records_to_keep() -> None:
    # round 197: 12家连续6个月以上无销售记录 and 21名代表两年内无履职记录 got 杜绝事后补记
    text, _ = _measures_and_open("入驻孵化的25家网店中有9家连续6个月以上无销售记录。")
    assert "事后补记" not in text, text
    text, _ = _measures_and_open("代表履职档案登记不完整，有15名代表两年内无履职记录。")
    assert "事后补记" not in text, text


def test_disabled_workers_paid_less_get_equal_pay_not_a_target() -> None:
    # round 197: 残疾职工编织竹篮计件工资为每件2.5元，低于普通编织工每件4元的标准 got a target planned towards
    text, _ = _measures_and_open("残疾职工编织竹篮计件工资为每件2元，低于普通编织工每件3.5元的标准。")
    assert "推进计划" not in text and "同工同酬" in text, text


def test_a_supervisors_log_the_same_day_after_day_holds_the_supervisor_to_account() -> None:
    # round 197: 监理日志有17天记录雷同 got party lectures prepared (党课和会议内容…严禁…雷同)
    text, _ = _measures_and_open("2023年度项目监理日志有12天记录雷同。")
    assert "党课" not in text and "监理单位" in text, text


def test_an_audits_cut_made_and_part_still_owed_is_recovered_not_audited_again() -> None:
    # round 197: 经审计核减工程款41.7万元，截至巡察时仍有16.3万元未追回 got an audit commissioned
    text, _ = _measures_and_open("3个项目多计工程量、重复计量土方，经审计核减工程款28.4万元，截至巡察时仍有9.6万元未追回。")
    assert "委托审计" not in text and "尚未追回" in text, text


def test_works_drawings_missing_are_made_up_and_filed() -> None:
    # round 197: 5个项目竣工图纸、隐蔽工程影像资料缺失 got a register kept from now on
    text, _ = _measures_and_open("11个项目中有4个项目竣工图纸、隐蔽工程影像资料缺失。")
    assert "补齐竣工图纸" in text, text


def test_rent_waived_on_broken_terms_is_stopped_and_charged() -> None:
    # round 197: 减免租金…其中6家企业未达到招商协议约定的…，仍继续享受减免312.7万元 got a benefit stopped and recovered
    text, _ = _measures_and_open(
        "2022年至2024年对12家招商引资入驻企业减免租金共计640万元，其中4家企业未达到招商协议约定的投资强度，仍继续享受减免208万元。"
    )
    assert "停止发放" not in text and "补收租金" in text, text


def test_a_cited_suggestions_title_does_not_make_a_rebound_a_suggestion_handled() -> None:
    # round 197: 党组报告已全部整改完成，但巡察发现“代表建议办理重答复、轻落实”…等3个问题仍然存在 got deputies' suggestions handled
    text, _ = _measures_and_open(
        "对2021年县委巡察反馈的12个问题，党组报告已全部整改完成，但巡察发现“代表建议办理重答复、轻落实”“固定资产账实不符”等2个问题仍然存在。"
    )
    assert "提出人" not in text and "承办单位" not in text, text


def test_a_congress_standing_committee_is_its_committee_not_a_hall(draft_settings: Settings) -> None:
    # round 197: 成立会党组巡察整改工作领导小组…办公室设在会党组办公室 for a county people's congress standing committee
    data = _feedback("中共湘泽县人民代表大会常务委员会党组", "县委第二巡察组", problems=["问题一"]).model_dump(mode="json")
    text = front_matter.organisation(DraftingContext.build(draft_settings, Feedback.model_validate(data)))
    assert "会党组" not in text.replace("常委会党组", ""), text


def test_round_198_mended_after_its_reading() -> None:
    # round 198 (the final measurement, read on 950a215, mended after): rangers paid in full for short patrols got payment to
    # themselves; donated cash in the union's account got receptions checked; a private-car fuel allowance got pool cars
    # sealed; a false completion rate got a target plan; project money spent on a building got a claw-back from staff; a
    # merged unit's old account got a list of open items
    text, _ = _measures_and_open(
        "2024年有60名护林员月均巡护天数不足10天，仍按全额发放补助，部分乡镇林业站存在代签考勤现象。"
    )
    assert "足额发放到本人" not in text and "实际巡护天数" in text, text
    text, _ = _measures_and_open("捐赠现金中2.5万元转入学校工会账户，其中0.6万元用于教职工活动和接待支出，未经集体研究。")
    assert "公务接待审批" not in text and "转回学校账户" in text, text
    text, _ = _measures_and_open("私车公用油费补贴0.7万元无派车单和行程记录。")
    assert "封存" not in text and "油费补贴" in _action(text), text
    text, _ = _measures_and_open("2024年应检水样300份、实检190份，完成率63.3%，但上报县水利局的检测完成率为100%。")
    assert "推进计划" not in text and "据实更正" in text, text
    text, _ = _measures_and_open("2023年将示范资金32.5万元用于公司办公楼维修改造和发放人员绩效奖金，超出资金规定用途。")
    assert "归还项目资金专户" in text, text
    text, _ = _measures_and_open("2020年合并组建后原妇幼保健站银行账户至2024年12月仍未撤销，2023年以来通过该账户收支41笔、22.6万元。")
    assert "撤销账户" in text, text
