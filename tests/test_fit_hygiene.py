"""Clause hygiene and problem fit (issue 14): each rule on a clause it keeps and one it drops."""

from __future__ import annotations

import pytest

from assistant.drafting.hygiene import clause_fault, fit_rules, their_sector_work, their_short_name
from assistant.drafting.subject import SubjectMatcher

KEPT = [
    "严格落实请示报告制度，规范重大事项报告程序。",
    "建立惠农资金发放台账，逐户核对发放对象和标准。",
    "要求各股室对照问题清单逐项整改，确保按期销号。",
]


@pytest.mark.parametrize("clause", KEPT)
def test_a_plain_measure_passes(clause: str) -> None:
    assert clause_fault(clause, clause) is None


@pytest.mark.parametrize(
    ("clause", "family"),
    [
        ("组织建设方面：", "heading"),
        ("一是召开局务会，研究解决办法。二是局党组会学习《干部人事档案工作条例》。", "list"),
        ("具体如下：①以短期培训形式派送两名骨干医师进修。", "list"),
        ("即知即改。", "heading"),
        ("加强干部队伍建设，的", "cut"),
        ("，并对相关人员进行约谈。", "cut"),
        ("修订完善《【待补充：文件名称】》。", "placeholder"),
        ("相关做法受到市委主要领导批示肯定。", "result"),
        ("经自查，未发现违规发放津补贴问题。", "result"),
        ("通过整改，干部作风明显增强。", "result"),
        ("对3名责任人给予党纪处分。", "result"),
        ("新选拔任用科级干部12人。", "result"),
        ("相关违规使用专项资金的行为已停止。", "result"),
        ("因制度不健全导致资金拨付滞后。", "cause"),
        ("由于财务人员对合同解读不足，未及时督促施工单位缴交保证金。", "cause"),
        ("通过“路尚政企车队管理平台”落实派车程序。", "brand"),
        ("充分利用贺龙纪念馆等红色资源开展教育。", "brand"),
    ],
)
def test_a_non_measure_is_dropped_with_its_reason(clause: str, family: str) -> None:
    assert clause_fault(clause, clause) == family


def test_their_own_short_name_is_caught_ours_is_not() -> None:
    text = "县交通局研究制定项目管理办法。"
    assert their_short_name(text, "中共宜章县交通运输局党组", "中共青山县农业农村局党组")
    assert their_short_name(text, "中共宜章县交通运输局党组", "中共青山县交通运输局党组") is None
    assert (
        their_short_name(
            "会同县财政局开展检查。", "中共宜章县交通运输局党组", "中共青山县农业农村局党组"
        )
        is None
    )


def test_their_sector_work_is_caught_in_another_sector_only() -> None:
    text = "扎实推进自然资源业务与党建融合。"
    assert their_sector_work(text, "自然资源", "卫健")
    assert not their_sector_work(text, "自然资源", "自然资源")
    assert not their_sector_work("扎实推进党建与业务融合。", "自然资源", "卫健")


def test_subject_fit_needs_the_subject_not_the_framing() -> None:
    subject_fit = SubjectMatcher.uniform(fit_rules().generic).score
    ours = "惠农资金监管不严"
    assert subject_fit(ours, "惠农补贴资金发放监管不到位的问题") >= 0.3
    # shares only framing and genre words (资金, 监管, 不严, 问题): no subject in common
    assert subject_fit(ours, "差旅费报销监管不严的问题") < fit_rules().floor
    assert subject_fit(ours, "关于“意识形态工作不到位”的问题") == 0.0
    # 安全 is how a problem is handled, not what it is about
    assert subject_fit("文物安全管理不到位", "城镇燃气安全隐患排查不彻底") == 0.0
    assert subject_fit("文物安全管理不到位", "文物保护工作不到位") > 0.3


def test_a_problem_of_genre_words_only_still_finds_its_precedents() -> None:
    """发展党员程序不规范 is all genre words: compared with them kept, not left at 0."""
    subject_fit = SubjectMatcher.uniform(fit_rules().generic).score
    assert subject_fit("发展党员程序不规范", "发展党员工作不规范") > 0.3
    assert subject_fit("发展党员程序不规范", "干部选拔任用程序不规范") < fit_rules().floor


def test_rare_shared_words_weigh_more_than_common_ones() -> None:
    """With the corpus's problem frequencies, sharing a rare subject (惠农) counts for more
    than sharing a common one (党员)."""
    df = {"惠农": 1, "党员": 80, "补贴": 5, "教育": 60}
    matcher = SubjectMatcher.from_document_frequencies(df, 100, fit_rules().generic)
    uniform = SubjectMatcher.uniform(fit_rules().generic)
    rare, common = "惠农补贴党员教育", "惠农补贴"
    assert matcher.score(rare, common) > uniform.score(rare, common)
    assert matcher.score(rare, "党员教育") < uniform.score(rare, "党员教育")