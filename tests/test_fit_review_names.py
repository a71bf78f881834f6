"""The name guard's additions for issue 14: an X城市委 inside a sentence, short forms of
catalogued units (省侨联, 市绿化市容局), and names listed after 人员/干部/职工 … 同志."""

from __future__ import annotations

import pytest

from assistant.drafting.names.guard import NameGuard

OURS = "中共青山区农业农村局党组 区委第三巡察组"
CORPUS = [
    "中共广东省归国华侨联合会党组",
    "中共上海市绿化和市容管理局党组",
    "中共禹城市供销合作社联合社委员会",
]


def _names(text: str, allowed: str = OURS) -> list[tuple[str, str]]:
    return [(h.name, h.kind) for h in NameGuard(allowed, CORPUS).find(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("严格落实禹城市委部署要求。", [("禹城市", "place")]),
        ("根据禹城市委统一部署。", [("禹城市", "place")]),
        ("加强城市委托管理，建设沿海城市。", []),
    ],
)
def test_a_city_committee_inside_a_sentence(text: str, names: list[tuple[str, str]]) -> None:
    assert _names(text) == names


def test_short_forms_of_catalogued_units() -> None:
    assert _names("及时向省侨联报告。") == [("省侨联", "unit")]
    assert _names("市绿化市容局制定了办法。") == [("市绿化市容局", "unit")]
    assert _names("及时向上级报告，督促市场监管局配合。") == []
    # the user's own kind of organ, written short, is theirs
    assert _names("及时向县侨联报告。", "中共青山县归国华侨联合会党组") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("对单位人员卓振海、吴维旺同志进行批评教育。", ["卓振海", "吴维旺"]),
        ("对职工李明和王强同志进行提醒谈话。", ["李明", "王强"]),
        ("对干部张华同志进行诫勉。", ["张华"]),
        ("组织干部职工同志认真学习。", []),
        ("张志斐调整至机关党委任专职副书记，张普社转任为二级调研员。", ["张志斐", "张普社"]),
        ("副主席王晓红分管工程项目建设，党委书记耿占军末位表态。", ["王晓红", "耿占军"]),
        ("校党委书记、校长李强和校党委成员作批评与自我批评。", ["李强"]),
        ("由局长任组长，书记和校长分别讲话，局长及副局长参加。", []),
    ],
)
def test_names_listed_after_a_staff_word(text: str, names: list[str]) -> None:
    assert [n for n, kind in _names(text) if kind == "person"] == names
