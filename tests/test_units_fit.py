"""Misfits: each kind on a failing and a passing sentence, and the issue's fault table."""

from __future__ import annotations

import pytest

from assistant.units import UnitProfile, misfits, profile_for

BUREAU = profile_for(
    "中共青山县农业农村局党组", inspection_body="县委第三巡察组", inspection_kind="巡察"
)


def _words(text: str, ours: UnitProfile = BUREAU) -> list[tuple[str, str]]:
    return [(m.kind, m.word) for m in misfits(text, ours)]


# The fault table, read against the example's county agriculture bureau.
@pytest.mark.parametrize(
    ("text", "kind", "word"),
    [
        ("由局党组副书记、院长任组长", "role", "院长"),
        ("各分院院长", "subunit", "分院"),
        ("院领导带头", "role", "院领导"),
        ("召开主任办公会研究", "role", "主任办公会"),
        ("检察长带头", "role", "检察长"),
        ("全厅干部", "level", "全厅"),
        ("厅机关各处", "level", "厅机关"),
        ("提交主席会议审议", "role", "主席会议"),
        ("办案民警不规范", "role", "办案民警"),
        ("联络处其他领导任副组长", "role", "联络处"),
        ("机关各处室负责落实", "subunit", "处室"),
        ("各委室抓好落实", "subunit", "委室"),
        ("交警支队配合", "subunit", "支队"),
        ("各派出所", "subunit", "派出所"),
        ("推广政协云平台", "role", "政协云"),
        ("统筹全县政协工作", "role", "全县政协工作"),
        ("提高提案质量", "sector", "提案"),
        ("加强台胞联系", "role", "台胞"),
        ("加强市管企业监管", "level", "市管企业"),
        ("落实七五普法规划", "sector", "七五普法"),
        ("神经外科耗材管理", "sector", "神经外科"),
        ("区委书记带头履行第一责任人责任", "level", "区委书记带头履行第一责任人"),
        ("区委常委会组成人员带头", "level", "区委常委会组成人员"),
        ("督促区直各单位", "level", "区直各单位"),
        ("县处级干部个人事项", "level", "县处级干部"),
        ("将其纳入巡察重点", "level", "纳入巡察重点"),
        ("习近平总书记来陕考察重要讲话", "region", "来陕"),
        ("弘扬延安精神", "region", "延安精神"),
        ("深化一次办好改革", "region", "一次办好"),
        ("推行汉藏双语服务", "region", "汉藏双语"),
        ("按照禹城市委部署", "region", "禹城市委"),
        ("召开中央巡视组整改专题民主生活会", "level", "中央巡视组"),
        ("召开巡视整改专题民主生活会", "tour", "巡视整改"),
    ],
)
def test_fault_table_is_flagged(text: str, kind: str, word: str) -> None:
    found = misfits(text, BUREAU)
    assert (kind, word) in [(m.kind, m.word) for m in found]
    item = next(m for m in found if m.word == word)
    assert text[item.start : item.end] == word
    assert item.reason and item.hint


def test_a_fitting_sentence_has_no_misfit() -> None:
    text = (
        "局党组书记带头履行第一责任人职责，局长、副局长分工负责，各股室负责人抓好落实，"
        "按照县委第三巡察组反馈意见和县纪委监委要求，全局干部职工参加，落实巡视巡察整改要求，"
        "规范惠农资金监管，认真办理人大代表建议和政协委员提案，在青山县推广。"
    )
    assert _words(text) == []


@pytest.mark.parametrize(
    ("unit", "fits", "misfit"),
    [
        ("XX市中级人民法院党组", "院长主持审判委员会，各审判庭庭长参加", "召开局长办公会"),
        ("XX县人民医院党委", "院长办公会研究临床科室医疗质量", "检察长带头"),
        ("中共XX县人民检察院党组", "检察长主持检委会，员额检察官参加", "办案民警"),
        ("XX县公安局党委", "办案民警执法办案，各派出所、大队落实", "院长带头"),
        ("政协XX县委员会党组", "主席会议研究，政协委员提案办理，各委室落实", "办案民警"),
        ("XX县人大常委会党组", "主任会议研究，人大代表履职，开展执法检查", "主席会议"),
        ("XX镇党委", "镇长牵头，村两委干部、驻村干部落实", "全厅干部"),
        ("XX中学党支部", "校长带头，班主任、教研组落实师德师风", "审判委员会"),
        ("中共XX市归国华侨联合会党组", "主席会议研究，加强台胞和归侨侨眷联系", "检察长"),
        ("XX区委", "区委书记带头履行第一责任人责任，督促区直各单位，纳入巡察重点", "厅机关"),
        ("XX集团有限公司党委", "董事长带头，党委前置研究，各子公司落实", "主席会议"),
    ],
)
def test_own_kind_words_fit_and_other_kinds_do_not(unit: str, fits: str, misfit: str) -> None:
    ours = profile_for(unit)
    assert _words(fits, ours) == []
    assert _words(misfit, ours), misfit


def test_subunit_fits_by_level() -> None:
    city = profile_for("中共XX市农业农村局党组")
    province = profile_for("中共XX省农业农村厅党组")
    assert _words("各科室负责人", city) == []
    assert _words("各股室负责人", city) == [("subunit", "股室")]
    assert _words("各处室负责人", province) == []
    assert _words("各股室负责人", BUREAU) == []
    assert _words("各处室负责人", BUREAU) == [("subunit", "处室")]
    assert _words("督促各部门各股室、各科室落实", profile_for("XX区委")) == []


def test_sector_fits_our_sector() -> None:
    court = profile_for("XX市中级人民法院党组")
    hospital = profile_for("XX县人民医院党委")
    assert _words("加强神经外科耗材管理", hospital) == []
    assert _words("加强神经外科耗材管理", court) == [("sector", "神经外科")]
    assert _words("规范惠农资金监管", BUREAU) == []
    assert _words("规范惠农资金监管", hospital) == [("sector", "惠农资金")]


def test_level_power_fits_the_right_level() -> None:
    department = profile_for("中共XX省司法厅党组")
    city_sasac = profile_for("中共XX市国资委党委")
    assert _words("全厅干部，厅机关各处室", department) == []
    assert _words("加强市管企业监管", city_sasac) == []
    assert _words("县处级干部个人事项", city_sasac) == []
    assert ("level", "县处级干部") in _words("县处级干部个人事项", BUREAU)


def test_our_superior_is_not_a_level_misfit_but_another_is() -> None:
    district = profile_for("中共XX区司法局党组")
    assert _words("按照区委部署", district) == []
    assert _words("按照区委部署", BUREAU) == [("level", "区委")]


def test_region_fits_our_own_region() -> None:
    xian = profile_for("中共西安市科协党组")
    assert _words("习近平总书记来陕考察，弘扬延安精神", xian) == []
    assert _words("深化一次办好改革", xian) == [("region", "一次办好")]
    yucheng = profile_for("中共禹城市供销合作社联合社委员会")
    assert _words("按照禹城市委部署", yucheng) == []


def test_tour_either_way() -> None:
    province = profile_for("中共XX省司法厅党组", inspection_body="省委第三巡视组")
    assert province.inspection_kind == "巡视"
    assert _words("落实巡视整改", province) == []
    assert _words("落实巡察整改", province) == [("tour", "巡察整改")]
    assert _words("落实巡察整改", BUREAU) == []
    assert _words("落实巡视巡察整改", BUREAU) == []


def test_misfits_do_not_overlap_and_are_sorted() -> None:
    found = misfits("召开中央巡视组整改专题民主生活会，院长带头，各处室落实", BUREAU)
    assert [m.kind for m in found] == ["level", "role", "subunit"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_own_kind_subunit_of_another_level_is_a_misfit() -> None:
    # a county 公安局 has 大队 and 派出所; 支队 and 总队 are the city's and the province's,
    # although they are words of the police kind (seventh pass: 行政执法支队 in a county plan)
    county = profile_for("中共XX县公安局委员会")
    city = profile_for("中共XX市公安局委员会")
    assert _words("要求交警大队、各派出所落实", county) == []
    assert ("subunit", "支队") in _words("要求行政执法支队在行政执法中", county)
    assert _words("要求交警支队落实", city) == []
