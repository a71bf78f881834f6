"""Unit profiles from names: the shipped corpus's 35 units and the example feedback's unit,
against a table written by reading the names (not produced by the code)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.corpus import parse_file
from assistant.errors import InputError
from assistant.units import load_lexicon, profile_for

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# unit: (kind, organ, level, superior, head, first sub-unit word, sector, province)
# fmt: off
EXPECTED: dict[
    str, tuple[str, str, str | None, str | None, str, str | None, str | None, str | None]
] = {
    "中共青山县农业农村局党组": ("bureau", "党组", "county", "县委", "局长", "股室", "农业农村", None),
    "雨湖区政协机关": ("cppcc", "党组", "county", "区委", "主席", "委室", "政协", "湖南"),
    "中共政协桑植县委员会党组": ("cppcc", "党组", "county", "县委", "主席", "委室", "政协", "湖南"),
    "中共枣庄市政协机关党组": ("cppcc", "党组", "city", "市委", "主席", "委室", "政协", "山东"),
    "司法厅党委": ("provincial_department", "党委", "province", "区党委", "厅长", "处室", "司法", None),
    "漳平市总医院党委": ("hospital", "党委", "county", "市委", "院长", "科室", "卫健", "福建"),
    "中共安徽省归国华侨联合会党组": ("federation", "党组", "province", "省委", "主席", "部室", "群团", "安徽"),
    "中共大庆市委统战部": ("party_department", "部务会", "city", "市委", "部长", "科室", "统战", "黑龙江"),
    "中共吉水县交通运输局委员会": ("bureau", "党委", "county", "县委", "局长", "股室", "交通运输", "江西"),
    "中共南宁市良庆生态环境局党组": ("bureau", "党组", "city", "市委", "局长", "科室", "生态环境", "广西"),
    "中共莆田市涵江区委办公室": ("party_department", "室务会", "county", "区委", "主任", "股室", "办公厅", "福建"),
    "中共三亚市海棠区林旺中学": ("school", "党支部", "county", "区委", "校长", "教研组", "教育", "海南"),
    "中共上海市绿化和市容管理局(上海市林业局)党组": ("bureau", "党组", "province", "市委", "局长", "处室", "城管", "上海"),
    "中共沈阳市和平区发展和改革局党组": ("bureau", "党组", "county", "区委", "局长", "股室", "发改", "辽宁"),
    "中共威远县山王镇委员会": ("township", "党委", "township", "县委", "镇长", "站所", "乡镇街道", "四川"),
    "中共西安市科协党组": ("federation", "党组", "city", "市委", "主席", "部室", "群团", "陕西"),
    "西乡塘区自然资源局党组": ("bureau", "党组", "county", "区委", "局长", "股室", "自然资源", "广西"),
    "津市市公安局党委": ("police", "党委", "county", "市委", "局长", "大队", "公安", "湖南"),
    "中共成县自然资源局党组": ("bureau", "党组", "county", "县委", "局长", "股室", "自然资源", "甘肃"),
    "中共东莞市住房公积金管理中心党组": ("public_institution", "党组", "city", "市委", "主任", "科室", "住建", "广东"),
    "中共防城港市市场监督管理局党组": ("bureau", "党组", "city", "市委", "局长", "科室", "市场监管", "广西"),
    "中共福建省广播电视局党组": ("bureau", "党组", "province", "省委", "局长", "处室", "广电文旅", "福建"),
    "中共福清市人民检察院党组": ("procuratorate", "党组", "county", "市委", "检察长", "检察部", "检察", "福建"),
    "中共福州市人民政府驻北京联络处党组": ("government_office", "党组", "city", "市委", "主任", "科室", "办公厅", "福建"),
    "中共福州市台江区司法局党组": ("bureau", "党组", "county", "区委", "局长", "股室", "司法", "福建"),
    "中共赣州市水利局党组": ("bureau", "党组", "city", "市委", "局长", "科室", "水利", "江西"),
    "中共洪江区工委": ("party_committee", "党工委", "county", "市委", "书记", None, "地方党委", "湖南"),
    "中共南安市住房和城乡建设局党组": ("bureau", "党组", "county", "市委", "局长", "股室", "住建", "福建"),
    "中共黔东南州人大常委会机关党组": ("congress", "党组", "city", "州委", "主任", "委室", "人大", "贵州"),
    "中共山东省人民政府办公厅党组": ("government_office", "党组", "province", "省委", "秘书长", "处室", "办公厅", "山东"),
    "中共铜陵市市场监督管理局党组": ("bureau", "党组", "city", "市委", "局长", "科室", "市场监管", "安徽"),
    "中共湘东区委": ("party_committee", "常委会", "county", "市委", "书记", None, "地方党委", "江西"),
    "中共益阳市资阳区委": ("party_committee", "常委会", "county", "市委", "书记", None, "地方党委", "湖南"),
    "中共禹城市供销合作社联合社委员会": ("cooperative", "党委", "county", "市委", "主任", "股室", "供销", "山东"),
    "中共岳阳市云溪区委": ("party_committee", "常委会", "county", "市委", "书记", None, "地方党委", "湖南"),
    "中共漳州市国资委委员会": ("bureau", "党委", "city", "市委", "主任", "科室", "国资", "福建"),
}
# fmt: on


def _corpus_units() -> list[tuple[str, str | None, str | None]]:
    units: list[tuple[str, str | None, str | None]] = [
        ("中共青山县农业农村局党组", "县委第三巡察组", "巡察")
    ]
    for path in sorted(CORPUS.glob("*.txt")):
        for notice in parse_file(path).notices:
            assert notice.unit
            units.append((notice.unit, notice.inspecting_body, notice.kind))
    return units


def test_every_corpus_unit_has_an_expected_row() -> None:
    units = {u for u, _, _ in _corpus_units()}
    assert units == set(EXPECTED)
    assert len(units) == 36


@pytest.mark.parametrize(("unit", "body", "tour"), _corpus_units(), ids=lambda v: str(v)[:14])
def test_corpus_unit_profile(unit: str, body: str | None, tour: str | None) -> None:
    kind, organ, level, superior, head, subunit, sector, province = EXPECTED[unit]
    p = profile_for(unit, inspection_body=body, inspection_kind=tour)
    assert (p.kind, p.organ, p.level, p.superior, p.head, p.sector, p.province) == (
        kind,
        organ,
        level,
        superior,
        head,
        sector,
        province,
    )
    if subunit is not None:
        assert p.subunits[0] == subunit
    assert p.inspection_kind == tour


@pytest.mark.parametrize(
    ("unit", "body", "kind", "organ", "level", "superior", "head", "short"),
    [
        (
            "中共XX县农业农村局党组",
            "县委第三巡察组",
            "bureau",
            "党组",
            "county",
            "县委",
            "局长",
            "局",
        ),
        ("XX市中级人民法院党组", None, "court", "党组", "city", "市委", "院长", "院"),
        ("XX省高级人民法院党组", None, "court", "党组", "province", "省委", "院长", "院"),
        ("政协XX县委员会党组", None, "cppcc", "党组", "county", "县委", "主席", None),
        ("XX镇党委", None, "township", "党委", "township", "县委", "镇长", "镇"),
        ("XX街道党工委", None, "township", "党工委", "township", "县委", "办事处主任", "街道"),
        ("XX县人民医院党委", None, "hospital", "党委", "county", "县委", "院长", "院"),
        ("XX中学党支部", "区委第二巡察组", "school", "党支部", "county", "区委", "校长", "校"),
        ("XX大学党委", "省委第三巡视组", "school", "党委", "province", "省委", "校长", "校"),
        ("XX市总工会党组", None, "federation", "党组", "city", "市委", "主席", "市总工会"),
        ("XX区委", None, "party_committee", "常委会", "county", "市委", "书记", None),
        ("中共XX县委员会", None, "party_committee", "常委会", "county", "市委", "书记", None),
        ("中共XX县委宣传部", None, "party_department", "部务会", "county", "县委", "部长", "部"),
        (
            "中共XX县纪委监委机关党委",
            None,
            "discipline",
            "机关党委",
            "county",
            "县委",
            "书记",
            "委",
        ),
        ("XX市公安局党委", None, "police", "党委", "city", "市委", "局长", "局"),
        ("XX县人大常委会党组", None, "congress", "党组", "county", "县委", "主任", None),
        ("XX集团有限公司党委", None, "soe", "党委", None, None, "董事长", "集团"),  # a group company is a 集团 (round 125)
        ("中共XX市发展和改革委员会党组", None, "bureau", "党组", "city", "市委", "主任", "委"),
    ],
)
def test_profile_from_name_and_body(
    unit: str,
    body: str | None,
    kind: str,
    organ: str,
    level: str | None,
    superior: str | None,
    head: str,
    short: str | None,
) -> None:
    p = profile_for(unit, inspection_body=body)
    assert (p.kind, p.organ, p.level, p.superior, p.head, p.short) == (
        kind,
        organ,
        level,
        superior,
        head,
        short,
    )


def test_body_decides_level_and_superior_when_the_name_has_no_place() -> None:
    p = profile_for("司法局党组", inspection_body="县委第三巡察组")
    assert (p.level, p.superior, p.inspector, p.inspection_kind) == (
        "county",
        "县委",
        "县委",
        "巡察",
    )
    assert p.subunits[0] == "股室"
    assert "县纪委监委" in p.discipline


def test_inspector_differs_from_superior_for_a_raised_inspection() -> None:
    p = profile_for("中共政协桑植县委员会党组", inspection_body="市委第七巡察组")
    assert (p.superior, p.inspector) == ("县委", "市委")


def test_region_words_hold_our_places_and_province() -> None:
    p = profile_for("中共西安市科协党组")
    assert {"西安市", "西安", "陕西", "来陕", "延安精神"} <= set(p.region_words)
    q = profile_for("中共青山县农业农村局党组", province="江西")
    assert q.province == "江西" and "赣" in q.region_words


def test_user_extension_from_home(isolated_home: Path) -> None:
    folder = isolated_home / "rules" / "units"
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text(
        '[[detect]]\nkind = "public_institution"\npattern = "数据局"\n'
        '[kinds.public_institution]\nwords = ["数据专班"]\n'
        '[sectors."数据"]\nwords = ["数据要素"]\n',
        "utf-8",
    )
    lex = load_lexicon(isolated_home)
    p = profile_for("中共XX市数据局党组", lexicon=lex)
    assert p.kind == "public_institution"  # the user's rule wins over the shipped bureau rule
    assert "数据专班" in lex.kinds["public_institution"].words
    assert "主任办公会" in lex.kinds["public_institution"].words  # shipped words kept
    assert lex.sector_words["数据要素"] == frozenset({"数据"})
    assert profile_for("中共XX市数据局党组").kind == "bureau"  # shipped tables alone


def test_broken_user_table_is_a_clear_error(isolated_home: Path) -> None:
    folder = isolated_home / "rules" / "units"
    folder.mkdir(parents=True)
    (folder / "bad.toml").write_text("[[detect]]\nkind = \n", "utf-8")
    with pytest.raises(InputError) as err:
        load_lexicon(isolated_home)
    assert "bad.toml" in str(err.value.where)
    (folder / "bad.toml").write_text('[[detect]]\nkind = "nosuch"\npattern = "x"\n', "utf-8")
    with pytest.raises(InputError):
        load_lexicon(isolated_home)
