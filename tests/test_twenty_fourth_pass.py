"""Issue 14, twenty-fourth pass: round 76's readings (a county talent service centre written by
the author; an opera troupe, a labour inspection brigade, a grassland station and a sand and
gravel company written by helpers). Each case is reworded from the text that was read.

Each test fails on the code before its fix, unless it says it keeps a behaviour."""

from __future__ import annotations

from tests.test_twenty_first_pass import _measures_and_open


def test_the_total_a_part_is_taken_from_is_quoted_with_it_not_named_open() -> None:
    # round 76's talent centre: the 才…补 of 人才安家补贴 read as "only then paid" (a fault), so the
    # total before 其中 was named open as if it were a fault of its own
    text, left = _measures_and_open("2022年至2024年兑现人才安家补贴共计212万元，其中有5名人才未满服务期即调离，应退回的补贴19万元未予追回。")
    assert "针对“2022年至2024年兑现人才安家补贴共计212万元，其中" in text and left == "", (text, left)
    # …while "only then paid" is still a fault of its own
    _text, left = _measures_and_open("2024年度防疫员补助迟至2025年5月才兑付。")
    assert "才兑付" in left or "才兑付" in _text, (_text, left)


def test_a_debt_not_pressed_for_is_quoted_with_the_debt() -> None:
    # round 76's talent centre: 中心未按合同催缴 was named open beside a measure pressing for the rent
    text, left = _measures_and_open("公寓入住人员欠缴租金共计4.1万元，中心未按合同催缴。")
    assert "欠缴租金共计4.1万元，中心未按合同催缴”" in text and "催收到位" in text and left == "", (text, left)


def test_the_excess_is_quoted_with_what_exceeded() -> None:
    # round 76's talent centre: 超标准部分3800元未退回 quoted alone, its cause named open
    text, left = _measures_and_open("有5张住宿发票超过规定标准，超标准部分2600元未退回。")
    assert "针对“有5张住宿发票超过规定标准，超标准部分2600元未退回”" in text and left == "", (text, left)


def test_a_meals_cost_and_the_fund_it_was_charged_to_go_with_the_meal() -> None:
    # round 76's talent centre (and an elderly university, a vocational school): the cost was named open
    text, left = _measures_and_open("2024年以“业务交流”名义在酒店聚餐3次，费用共计0.9万元在培训专项经费中列支。")
    assert "聚餐3次，费用共计0.9万元在培训专项经费中列支”" in text and left == "", (text, left)


def test_a_special_funds_money_spent_on_running_costs_goes_back() -> None:
    # round 76's talent centre: 专项经费 (not 资金) spent on office costs got no measure
    text, left = _measures_and_open("招才引智专项经费中有12.4万元用于支付日常办公费用。")
    assert "归还原渠道" in text and left == "", (text, left)
    # …and the scope it went outside is quoted with it, not named open
    text, left = _measures_and_open("2024年普法专项经费18.5万元中有4.2万元用于会议室装修，超出专项资金使用范围。")
    assert "超出专项资金使用范围”" in text and left == "", (text, left)


def test_pay_from_a_fee_income_outside_its_use_is_not_a_fee_to_refund() -> None:
    # a kindergarten's bonus paid from its after-school fee income: the quote now holds 收费使用范围,
    # which must not choose "停止违规收费" (keeps a behaviour: the quote held no 收费 before)
    text, _ = _measures_and_open("2024年以“延时服务补助”名义向全体教职工发放补贴6.72万元，超出核定的课后延时服务收费使用范围。")
    assert "停止违规收费" not in text, text


def test_our_own_branch_past_its_term_holds_its_election() -> None:
    # round 76's talent centre: "对未按期换届的组织逐一督促指导" is a superior's wording
    text, _ = _measures_and_open("支部委员会换届超期8个月未进行。")
    assert "限期召开党员大会（党员代表大会）完成换届选举" in text and "督促指导" not in text, text
    # …while branches below us, counted, are still urged by us
    text, _ = _measures_and_open("院内1个党支部超过1年未按期换届。")
    assert "督促指导" in text, text


def test_minutes_written_up_afterwards_are_kept_on_time_from_now() -> None:
    # round 76's talent centre (and four schools): 记录…系事后补记 got no measure
    text, left = _measures_and_open("2024年支部“三会一课”记录有3次为事后补记。")
    assert "杜绝事后补记" in text and left == "", (text, left)


def test_pay_handed_out_with_no_receipt_is_traced_to_whom_it_was_for() -> None:
    # round 76's farmer school: 发放的误工补贴…无学员本人签收 got "对手续不全的…按规定完善"
    text, _ = _measures_and_open("向学员发放的误工补贴3.1万元无学员本人签收。")
    assert "逐人逐笔核实发放对象和实际领取情况" in text and "按规定完善" not in text, text


def test_a_service_paid_in_full_unassessed_is_assessed() -> None:
    # round 76's farmer school: 未按合同约定进行考核即全额拨付 got no measure
    text, left = _measures_and_open("委托第三方机构承办的培训项目支付费用64万元，未按合同约定进行考核即全额拨付。")
    assert "逐项开展履约考核" in text and left == "", (text, left)


def test_a_subsidy_drawn_on_a_lapsed_standing_loses_the_standing() -> None:
    # round 76's farmer school: bases closed or turned to other trades kept their standing and subsidy
    text, left = _measures_and_open("认定的12个实训基地中有4个已停止经营，仍保留基地资格并获得基地补助2.8万元。")
    assert "取消资格" in text and "追回" in text and left == "", (text, left)


def test_a_list_of_counted_things_missing_is_quoted_with_the_stocktake() -> None:
    # round 76's farmer school: "2台无人机、" was cut off and "6台笔记本电脑…" named open alone
    text, left = _measures_and_open("学校固定资产账实不符，3台无人机、5台笔记本电脑账上有记录但实物无法找到。")
    assert "3台无人机、5台笔记本电脑账上有记录但实物无法找到”" in text and left == "", (text, left)


def test_other_units_cadres_paid_to_teach_are_quoted_with_who_they_are() -> None:
    # round 76's farmer school: the quote opened on "2023年至2024年在本校领取课酬…", whom not said,
    # and got the procedure wording
    text, _ = _measures_and_open("聘请的20名兼职教师中有6名为县水利局在职干部，2024年在本校领取课酬共计3.2万元，未经所在单位批准。")
    assert "针对“聘请的20名兼职教师中有6名为县水利局在职干部，2024年" in text, text
    assert "未经其所在单位批准的停止聘请" in text, text


def test_a_promotion_without_its_recommendation_gets_the_selection_wording() -> None:
    # round 76's farmer school: 未进行民主推荐 got no measure; 调整/任命 without 提拔 got the
    # generic procedure wording (about 100 kept problems)
    text, left = _measures_and_open("2023年提拔的2名股室负责人未进行民主推荐。")
    assert "严格执行干部选拔任用工作程序" in text and left == "", (text, left)
    text, _ = _measures_and_open("2024年调整的3名股室负责人未经民主推荐和任前公示。")
    assert "严格执行干部选拔任用工作程序" in text, text


def test_a_sign_in_sheet_in_one_hand_is_falsified() -> None:
    # round 76's farmer school: 签到表笔迹雷同，实到人数无法核实 was named open
    text, left = _measures_and_open("2024年有3个培训班学员签到表笔迹雷同，实到人数无法核实。")
    assert "对弄虚作假的依规依纪严肃追责" in text and left == "", (text, left)


def test_a_sum_that_names_its_deed_again_is_quoted_with_the_deed() -> None:
    # round 75's governance centre (left over): 2024年收取的2.3万元未入账 was quoted without whose it was
    text, _ = _measures_and_open("中心食堂以现金方式收取职工餐费，2024年收取的1.8万元未入账，由食堂管理员个人保管。")
    assert "针对“中心食堂以现金方式收取职工餐费，2024年收取的1.8万元未入账" in text, text


# -- round 76: a county river course management office (written by the author) ------------------


def test_wages_paid_with_no_signature_of_the_payee_are_traced() -> None:
    # "对相关事项逐一重新核实，未实际开展的重新办理…如实签字确认" for cleaners' wages
    text, _ = _measures_and_open("有4个村的保洁员工资发放表无本人签字。")
    assert "逐人逐笔核实发放对象和实际领取情况" in text and "未实际开展" not in text, text


def test_works_paid_before_their_settlement_audit_are_audited() -> None:
    text, left = _measures_and_open("其中2个项目完工后未进行结算审计即支付全部工程款。")
    assert "逐项开展结算审计" in text and left == "", (text, left)
    # …and what the group's own check found overcharged goes with it
    text, left = _measures_and_open("3个项目未经结算审计即付清工程款，经巡察组延伸核查，多计工程量价款4.35万元。")
    assert "多计工程量价款4.35万元”" in text and left == "", (text, left)


def test_a_cashier_in_one_post_for_years_is_rotated() -> None:
    text, left = _measures_and_open("财务室出纳同一人任职已满9年。")
    assert "交流轮岗" in text and left == "", (text, left)


def test_matters_days_over_their_limit_are_chased() -> None:
    text, _ = _measures_and_open("县级河长巡河发现问题的交办单有23件超过30日未办结。")
    assert "建立时限预警和督办机制" in text, text


def test_the_part_of_a_sum_spent_out_of_season_is_quoted_with_it() -> None:
    text, left = _measures_and_open("2023年以“防汛值守”名义列支工作人员餐费4.8万元，其中有1.2万元发生在非汛期。")
    assert "其中有1.2万元发生在非汛期”" in text and left == "", (text, left)


def test_a_fault_said_only_by_when_is_quoted_with_whose() -> None:
    text, _ = _measures_and_open("公务用车2辆长期由所长和副所长专人使用，节假日未按规定封存。")
    assert "针对“公务用车2辆长期由所长和副所长专人使用，节假日未按规定封存”" in text, text


def test_money_kept_in_a_persons_own_name_is_quoted_with_the_money() -> None:
    text, left = _measures_and_open("收取的“河道修复保证金”42万元未纳入单位账户核算，存放在所长个人名下账户。")
    assert "存放在所长个人名下账户”" in text and left == "", (text, left)


def test_paying_ahead_of_the_contract_is_a_fault_of_its_own() -> None:
    # 超合同 read as no fault: 3个项目超合同约定进度支付工程款 was quoted with the settlement audit
    text, left = _measures_and_open("3个项目超合同约定进度支付工程款共计892万元，2个项目未经结算审计即支付尾款。")
    # (named open, or since the twenty-fifth pass answered by a measure of its own that squares the excess)
    assert "针对“2个项目未经结算审计即支付尾款”" in text and ("超合同约定进度" in left or "依约扣回" in text), (text, left)
    assert "归还原渠道" not in text, text


# -- round 76: a county grassland station (written by a helper) -------------------------------


def test_pay_drawn_for_no_work_and_pay_drawn_by_others_are_answered() -> None:
    # 仍照领工资 and 由他人代领 got no measure
    text, left = _measures_and_open("有5名管护员长期在外务工仍照领工资，2024年共领取管护员工资6.2万元。")
    # (the twenty-fifth pass words it as pay stopped for staff long away, not a household's benefit)
    assert "违规领取的工资限期全部追回" in text and "共领取管护员工资6.2万元”" in text and left == "", (text, left)
    text, _ = _measures_and_open("管护员工资有8人由他人代领。")
    assert "逐人逐笔核实发放对象和实际领取情况" in text, text


def test_meals_claimed_as_allowances_with_no_letter_are_receptions() -> None:
    # …报销16笔、金额2.3万元，无公函、无用餐人员清单 was named open, and its 下乡期间 cut off
    text, left = _measures_and_open(
        "以“补奖核查”名义下乡期间，在嘎查和牧户家中就餐后由站里以“误餐补助”报销12笔、金额1.6万元，无公函、无用餐人员清单。"
    )
    assert "针对“以‘补奖核查’名义下乡期间，在嘎查" in text and "公务接待审批和清单制度" in text and left == "", (text, left)


def test_the_cost_of_a_deed_is_quoted_with_the_deed() -> None:
    # a kept water bureau: "费用1.4万元由水库管理所列支" was quoted, the meals named open
    text, left = _measures_and_open("2023年以“防汛检查”名义在下属水库管理所安排工作餐9次，费用1.1万元由水库管理所列支，无公函和接待清单。")
    assert "针对“2023年以‘防汛检查’名义在下属水库管理所安排工作餐9次，费用" in text and left == "", (text, left)


def test_paid_for_unaccepted_is_accepted_however_it_is_worded() -> None:
    # round 75's sericulture station (read again now): 未经验收即全额拨付 got no measure (未经 was
    # not one of 未…验收's words)
    text, left = _measures_and_open("2024年支付基地管护费8.2万元未经验收即全额拨付。")
    assert ("逐项组织验收" in text or "逐项开展履约考核" in text) and left == "", (text, left)
    # …but a house certified unaccepted is no payment to withhold
    text, _ = _measures_and_open("抽查的60户中有9户未经验收即办理了不动产登记所需的相关证明。")
    assert "不得支付款项" not in text, text


def test_a_share_of_a_plan_is_quoted_with_what_was_planned() -> None:
    # round 75's sericulture station: "针对“2024年仅完成计划的40%”的问题" says not of what
    text, _ = _measures_and_open("蚕病监测未按年度计划开展，2024年仅完成计划的35%。")
    assert "针对“蚕病监测未按年度计划开展，2024年仅完成计划的35%”" in text, text


def test_broken_fences_beside_what_they_should_stop_are_mended_and_the_grazing_stopped() -> None:
    # round 76's grassland station: 偷牧夜牧 quoted and answered only by mending the fences
    text, _ = _measures_and_open("禁牧区内有9处围栏损毁、偷牧夜牧现象在巡察期间仍然存在。")
    assert "限期修复" in text and "违法违规行为及时制止" in text, text


def test_seedlings_that_died_are_claimed_from_the_supplier() -> None:
    # round 75's sericulture station, read independently: "督促施工单位限期补植补造" where there is no
    # contractor, only a supplier not pursued
    text, left = _measures_and_open("2024年1批次桑苗成活率不足45%，未向供货方追责索赔。")
    assert "向供货方追究违约责任" in text and "施工单位" not in text and left == "", (text, left)
