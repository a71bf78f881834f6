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
