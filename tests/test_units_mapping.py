"""Mapping a precedent's unit-bound words to ours: each safe mapping, and what is left alone."""

from __future__ import annotations

import pytest

from assistant.units import map_to_ours, misfits, profile_for

OURS = profile_for(
    "中共青山县农业农村局党组", inspection_body="县委第三巡察组", inspection_kind="巡察"
)
COURT = profile_for("中共XX市中级人民法院党组", inspection_body="市委第二巡察组")
HOSPITAL = profile_for("XX区人民医院党委", inspection_body="区委第一巡察组")
DEPARTMENT = profile_for("司法厅党委", inspection_body="区党委第六巡视组")
DISTRICT_BUREAU = profile_for("中共雨湖区司法局党组", inspection_body="区委第四巡察组")
CITY_BUREAU = profile_for("中共赣州市水利局党组", inspection_body="市委第一巡察组")


def _map(text: str, source: object) -> str:
    assert source is not None
    return map_to_ours(text, source, OURS).text  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("source", "old", "new"),
    [
        (COURT, "院长带头", "局长带头"),
        (COURT, "副院长分工负责", "副局长分工负责"),
        (COURT, "院领导班子成员", "局领导班子成员"),
        (COURT, "全院干警", "全局干警"),
        (COURT, "院党组书记任组长", "局党组书记任组长"),
        (COURT, "院机关各处室", "局机关各股室"),
        (HOSPITAL, "院党委书记任组长", "局党组书记任组长"),
        (HOSPITAL, "党委书记带头", "党组书记带头"),
        (HOSPITAL, "党委委员分工", "党组成员分工"),
        (HOSPITAL, "党委会议研究", "党组会议研究"),
        (HOSPITAL, "区委统一部署", "县委统一部署"),
        (HOSPITAL, "区委第一巡察组反馈", "县委巡察组反馈"),
        (DEPARTMENT, "全厅干部", "全局干部"),
        (DEPARTMENT, "厅机关各处室", "局机关各股室"),
        (DEPARTMENT, "厅长办公会", "局长办公会"),
        (DEPARTMENT, "巡视整改", "巡察整改"),
        (DEPARTMENT, "区党委第六巡视组反馈", "县委巡察组反馈"),
        (DISTRICT_BUREAU, "按照雨湖区委部署", "按照县委部署"),
        (DISTRICT_BUREAU, "区纪委监委派驻", "县纪委监委派驻"),
        (DISTRICT_BUREAU, "落实区委要求", "落实县委要求"),
        (CITY_BUREAU, "各科室负责人", "各股室负责人"),
        (CITY_BUREAU, "市委巡察组", "县委巡察组"),
    ],
)
def test_each_safe_mapping(source: object, old: str, new: str) -> None:
    assert _map(old, source) == new


@pytest.mark.parametrize(
    ("source", "text"),
    [
        (COURT, "法院院长"),  # another court's head is not ours
        (HOSPITAL, "机关党委书记"),  # 机关党委 is another organ
        (DEPARTMENT, "中央巡视组反馈"),  # another committee's tour: left for misfits
        (DEPARTMENT, "落实巡视巡察整改"),
        (DISTRICT_BUREAU, "禹城市委"),
        (COURT, "全局意识"),  # 全局 of a bureau source is ours already; nothing to map
        (OURS, "局长带头，各股室落实"),
    ],
)
def test_left_alone(source: object, text: str) -> None:
    assert _map(text, source) == text


def test_nothing_unsafe_is_mapped_for_a_party_committee_source() -> None:
    district = profile_for("中共湘东区委", inspection_body="省委第四巡视组")
    mapped = map_to_ours(
        "召开省委巡视组整改专题民主生活会，区委书记带头，区委常委会组成人员", district, OURS
    )
    assert mapped.text == "召开县委巡察组整改专题民主生活会，区委书记带头，区委常委会组成人员"
    left = [(m.kind, m.word) for m in misfits(mapped.text, OURS)]
    assert ("level", "区委书记带头") in left or any(k == "level" for k, _ in left)
    assert ("level", "区委常委会组成人员") in left


def test_replacements_carry_spans_in_the_original_text() -> None:
    text = "院党组书记任组长，副院长任副组长，全院各处室落实"
    mapped = map_to_ours(text, COURT, OURS)
    assert mapped.text == "局党组书记任组长，副局长任副组长，全局各股室落实"
    for r in mapped.replacements:
        assert text[r.start : r.end] == r.old
    assert [(r.old, r.new) for r in mapped.replacements] == [
        ("院党组", "局党组"),
        ("副院长", "副局长"),
        ("全院", "全局"),
        ("处室", "股室"),
    ]


def test_mapped_precedent_then_fits() -> None:
    text = "由院党委书记任组长，副院长任副组长，院机关各处室负责人为成员，按区委第一巡察组要求整改"
    mapped = map_to_ours(text, HOSPITAL, OURS)
    assert misfits(text, OURS)
    assert misfits(mapped.text, OURS) == []


def test_township_to_bureau_keeps_what_has_no_counterpart() -> None:
    township = profile_for("中共威远县山王镇委员会", inspection_body="县委第四巡察组")
    mapped = map_to_ours("镇长带头，包村干部落实", township, OURS)
    assert mapped.text == "局长带头，包村干部落实"
    assert [m.word for m in misfits(mapped.text, OURS)] == ["包村干部"]


def test_clinical_departments_are_not_offices() -> None:
    assert _map("各临床科室主任", HOSPITAL) == "各临床科室主任"
    assert [m.word for m in misfits("各临床科室主任", OURS)] == ["临床科室"]
