"""Issue 14, thirty-second pass: the twelve faults left in round 115 (the thirty-first pass's measurement)
and the rounds after it, read independently. Each case is reworded from the text that was read.

Each test fails on the code before its fix, unless it says it keeps a behaviour."""

from __future__ import annotations

from tests.test_twenty_first_pass import _measures_and_open


def test_vehicles_waved_through_free_are_tolls_to_collect_not_fees_to_refund() -> None:
    # round 115's toll branch: 违规免费放行亲友…车辆31次 got 违规收取的费用按规定清退
    text, _ = _measures_and_open("1名收费员利用当班权限违规免费放行亲友车辆26次。")
    assert "清退" not in text and "追缴" in text, text


def test_free_passes_without_approval_are_tolls_lost_not_charges_refunded() -> None:
    # round 115: 免费放行车辆…无审批记录…涉及通行费 got 对未经审批收取的费用逐笔核查
    text, _ = _measures_and_open("2024年以“系统故障”等名义免费放行车辆900辆次，其中120辆次无审批记录，涉及通行费1.2万元。")
    assert "收取的费用" not in text and "应收未收" in text, text


def test_vehicles_not_blacklisted_are_no_income_to_book() -> None:
    # round 115: 对多次违规享受免费政策的38辆车未纳入“黑名单”管理 got 收支两条线
    text, _ = _measures_and_open("对多次违规享受免费政策的20辆车未纳入“黑名单”管理。")
    assert "收支两条线" not in text and "坐收坐支" not in text, text


def test_workers_converted_without_open_selection_are_hiring_not_a_notice() -> None:
    # round 115: 劳务派遣收费员转为合同制员工未公开择优 got 明确公开的事项、内容和时限
    text, _ = _measures_and_open("劳务派遣人员转为合同制员工未公开择优。")
    assert "公开的事项" not in text and "择优录用" in text, text


def test_rent_below_the_approved_price_is_checked_not_a_target_plan() -> None:
    # round 115's expo centre: “一事一议”确定租金，低于核定标准价 got 对照目标任务制定推进计划
    text, _ = _measures_and_open("有9场由总经理办公会“一事一议”确定租金，低于核定标准价合计22.6万元。")
    assert "推进计划" not in text and "核定价格标准" in text, text


def test_fees_of_events_over_are_checked_against_delivery_not_accepted_now() -> None:
    # round 115: 开幕式、论坛活动费用无明细清单和验收记录 got 逐项组织验收、补齐验收手续
    text, _ = _measures_and_open("部分开幕式、论坛活动费用无明细清单和验收记录，仅凭发票入账。")
    assert "补齐验收手续" not in text and "明细清单" in text, text


def test_a_commission_on_a_caterers_own_figures_is_checked_not_a_lesson() -> None:
    # round 115: 仅按对方自报数据收取提成费 got 以案为鉴、以案促改
    text, _ = _measures_and_open("2024年仅按对方自报数据收取提成费8.2万元。")
    assert "以案为鉴" not in text and "营业流水" in text, text


def test_a_loan_listed_among_matters_never_studied_is_the_decision_not_a_loan_recalled() -> None:
    # round 115: 借出资金500万元、对外签订10年期…协议等重大事项，未经支委会前置研究 got 对出借资金逐笔清理
    text, _ = _measures_and_open(
        "2024年向市属平台公司借出资金300万元、对外签订8年期场馆委托运营协议等重大事项，未经支委会前置研究。"
    )
    assert "出借资金逐笔清理" not in text and "前置研究" in text, text


def test_a_surcharge_a_supplier_laid_on_us_is_a_cost_removed_not_a_fee_refunded() -> None:
    # round 115's tunnel office: 被供电部门加收力调电费 got 违规收取的费用按规定清退
    text, _ = _measures_and_open("2024年因功率因数不达标被供电部门加收力调电费6.3万元。")
    assert "清退" not in text and "计量数据" in text, text


def test_money_owed_to_villages_and_held_is_paid_out_not_spent_on_its_use() -> None:
    # round 115's forest park: 应兑付…村集体和林农的补偿资金…滞留 got 按规定用途限期使用
    text, _ = _measures_and_open("应兑付4个村集体和林农的补偿资金18.6万元滞留管理处账户10个月。")
    assert "用途限期使用" not in text and "兑付到位" in text, text


def test_money_held_and_not_passed_on_keeps_its_passing_on_wording() -> None:
    # keeps a behaviour: 滞留…未拨付 keeps 逐笔核实应拨付的资金 (the new 兑付 wording sits after it)
    text, _ = _measures_and_open("2024年下达的救灾资金中有40万元在局账户滞留超过6个月未拨付。")
    assert "逐笔核实应拨付的资金" in text, text


def test_a_checkpoint_missed_in_a_risk_season_is_kept_in_every_season_not_listed() -> None:
    # round 115: 清明期间仍有2处林区入口未设卡检查火源 got 对尚未解决的问题逐项列出清单
    text, _ = _measures_and_open("2025年清明期间仍有3处林区入口未设卡检查火源。")
    assert "列出清单" not in text and "重点时段" in text, text


def test_wages_claimed_for_absent_workers_are_wages_not_benefits_of_the_dead() -> None:
    # round 115's cotton company: 3人实际未到岗，冒领工资1.4万元 got 冒领的待遇…死亡等信息定期比对
    text, open_ = _measures_and_open("2024年季节工工资发放表中有2人实际未到岗，冒领工资0.9万元。")
    assert "死亡" not in text and "考勤" in text and "未到岗" in text and not open_, (text, open_)
