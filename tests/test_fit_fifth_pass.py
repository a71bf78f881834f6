"""The fifth pass's rules from reading: another unit's accounts and a bureau's phrase with a
word changed. Each has a clause that fails it and one that passes."""

from __future__ import annotations

import pytest

from assistant.drafting.hygiene import clause_fault
from tests.test_fit_unseen_kinds import _misfit_words


@pytest.mark.parametrize(
    "clause",
    [
        "对发现的执行不到位问题已全部按决策程序补齐手续。",
        "准备结合事业单位机构改革，对我局股级干部进行重新调整。",
        "根据文件及时任市主要领导批示精神，相关聘用人员工资待遇参照事业单位工作人员工资标准。",
        "该办法经县政府审核同意，以县公路建设领导小组办公室名义下发。",
        "同时还组织支部全体党员对照党章，对照初心和使命，查找差距。",  # a story's middle
        "于2021年3月制定《聘任考评方案》（草拟稿），明确考评内容。",  # their paper's state
    ],
)
def test_another_units_account_is_not_a_measure(clause: str) -> None:
    assert clause_fault(clause, clause, year=2025) is not None


@pytest.mark.parametrize(
    "clause",
    [
        "全部问题整改到位后，及时向县委巡察办报送整改情况。",
        "以局党组名义印发整改方案，明确责任分工。",  # our own paper, not another body's
        "按规定准备好民主生活会的对照检查材料。",
    ],
)
def test_measures_with_the_same_words_are_kept(clause: str) -> None:
    assert clause_fault(clause, clause, year=2025) is None


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("进一步规范中心机关及中心属单位公务接待范围、标准", "中共汶澜市疾病预防控制中心支部委员会"),
        ("进一步规范公司机关及公司属单位公务接待范围、标准", "中共岑阳县城市建设投资集团有限公司委员会"),
        ("进一步规范院机关及院属单位公务接待范围、标准", "中共椿溪县人民检察院党组"),
        # powers: the discipline body is asked by party committees, townships' by the county's
        ("要求纪检监察组织加强重大项目评标会现场监督", "中共枫市生态环境局枫县分局党组"),
        ("组织各乡镇（街）党（工）委、园区党委对征地拆迁资金开展自查", "中共枫市生态环境局枫县分局党组"),
        ("制定出台免费刻制合同章的措施", "中共青山县人民法院党组"),  # market regulation's
        # a hospital speaking of itself, in a blood centre of the same sector
        ("由科教科制定院内培训计划，每月至少开展一次院内讲座", "中共珩州市中心血站支部委员会"),
    ],
)
def test_a_bureaus_phrase_with_our_word_put_in_is_a_misfit(text: str, unit: str) -> None:
    assert _misfit_words(text, unit)


def test_the_same_words_fit_where_they_belong() -> None:
    assert _misfit_words("进一步规范局机关及局属单位公务接待范围、标准", "中共青山县农业农村局党组") == []
    assert _misfit_words("要求派驻纪检监察组加强日常监督", "中共青山县纪律检查委员会") == []
    assert _misfit_words("邀请派驻纪检监察组列席党组会议", "中共青山县农业农村局党组") == []
    assert _misfit_words("由科教科制定院内培训计划，全院医务人员参加", "中共清河县人民医院委员会") == []
    # a health bureau speaks of hospitals (院内感染, 医务人员), not as one (全院)
    assert _misfit_words("督促医疗机构加强院内感染管理，对医务人员开展培训", "中共青山县卫生健康局党组") == []
    assert _misfit_words("全院干部职工参加培训", "中共青山县卫生健康局党组") == ["全院"]


def test_a_discipline_commission_named_in_full_is_a_discipline_body() -> None:
    from assistant.units import profile_for

    profile = profile_for("中共青山县纪律检查委员会")
    assert (profile.kind, profile.level) == ("discipline", "county")


@pytest.mark.parametrize(
    ("unit", "short"),
    [
        ("中共榉川县科学技术协会党组", "县科协"),  # not 会党组, 我会
        ("中共某县妇女联合会党组", "县妇联"),
        ("中共某市工商业联合会党组", "市工商联"),
        ("中共某县红十字会党组", "会"),
    ],
)
def test_a_federation_is_called_by_its_usual_short_name(unit: str, short: str) -> None:
    from assistant.units import profile_for

    assert profile_for(unit).short == short
