"""Names of other units and places: found, scrubbed, and ordinary words left alone."""

from __future__ import annotations

import pytest

from assistant.corpus.models import Notice
from assistant.drafting.names.gazetteer import load_places, short_form
from assistant.drafting.names.guard import NameGuard, NameHit
from assistant.drafting.names.variants import unit_variants

ALLOWED = "中共青山县农业农村局党组 县委第三巡察组 反馈意见：理论学习不深入，青山县农业农村局…"
OTHER_UNITS = ["司法厅党委", "中共拉萨市城关区委员会", "自治区商务厅党组"]


@pytest.fixture(scope="module")
def guard() -> NameGuard:
    return NameGuard(ALLOWED, OTHER_UNITS)


def names(hits: list[NameHit]) -> list[tuple[str, str]]:
    return [(h.name, h.kind) for h in hits]


def test_gazetteer_is_loaded_from_package_data() -> None:
    places = load_places()
    assert len(places) > 3000
    assert places["城关区"] == "county"
    assert places["拉萨市"] == "city"
    assert places["西藏自治区"] == "province"
    assert "市辖区" not in places and "县" not in places
    assert "省直辖县级行政区划" not in places


def test_short_forms() -> None:
    assert short_form("西藏自治区", "province") == "西藏"
    assert short_form("广西壮族自治区", "province") == "广西"
    assert short_form("拉萨市", "city") == "拉萨"
    assert short_form("黔东南苗族侗族自治州", "city") == "黔东南"
    assert short_form("长阳土家族自治县", "county") == "长阳"
    # 3-character counties keep their full name only; common words are stoplisted.
    assert short_form("和平区", "county") is None
    assert short_form("白云区", "county") is None
    assert short_form("中山市", "city") is None
    assert short_form("文山壮族苗族自治州", "city") is None
    assert short_form("乌拉特中旗", "county") is None
    assert short_form("东乡族自治县", "county") is None  # only the ethnic name is left


def test_unit_variants() -> None:
    assert {"司法厅党委", "司法厅"} <= unit_variants("司法厅党委")
    full = unit_variants("中共西藏自治区司法厅委员会")
    assert {"西藏自治区司法厅委员会", "西藏自治区司法厅", "司法厅"} <= full
    city = unit_variants("中共拉萨市城关区委员会")
    assert {"拉萨市城关区委", "城关区委", "拉萨市城关区委员会"} <= city
    assert "拉萨市城关区" not in city  # only places: the gazetteer's job
    assert {"桑植县政协", "桑植政协"} <= unit_variants("中共政协桑植县委员会党组")
    assert "上海市林业局" in unit_variants("中共上海市绿化和市容管理局(上海市林业局)党组")
    # Generic organs and too-short forms are not names.
    assert "统战部" not in unit_variants("中共大庆市委统战部")
    assert "办公室" not in unit_variants("中共莆田市涵江区委办公室")
    assert "涵江区委办公室" in unit_variants("中共莆田市涵江区委办公室")
    assert "科协" not in unit_variants("中共西安市科协党组")
    # A precedent that did not name its county: only the organ is left.
    assert unit_variants("中共县财政局党组") == {"财政局"}


def test_other_place_and_unit_are_found_and_scrubbed(guard: NameGuard) -> None:
    text = "西藏自治区司法厅系统开展学习"
    hits = guard.find(text)
    assert names(hits) == [("西藏自治区", "place"), ("司法厅", "unit")]
    assert all(text[h.start : h.end] == h.name for h in hits)
    scrubbed, _ = guard.scrub(text)
    assert "西藏" not in scrubbed and "司法厅" not in scrubbed
    assert scrubbed == "我单位系统开展学习"


def test_city_and_county(guard: NameGuard) -> None:
    hits = guard.find("拉萨市城关区组织开展")
    assert names(hits) == [("拉萨市", "place"), ("城关区", "place")]
    scrubbed, _ = guard.scrub("拉萨市城关区组织开展")
    assert scrubbed == "【待核实：地名】组织开展"


@pytest.mark.parametrize(
    "text",
    [
        "推动全市经济发展，加强市场监管，县域经济，乡村振兴，城市社区",
        "团结和平，白云蓝天",
        "本县各乡镇，我区园区、景区和开发区，自治区、市委、县委、区委、省委部署",
        "创建示范县，形成县乡村三级联动，提高县域经济水平，建设沿海城市",
        "隆重庆祝建党100周年，精简文山会海，确保长治久安，推广西瓜种植",
        "弘扬延安精神，学习遵义会议精神，查清原因，报道真实，广大理事，入海口",
        "东方市场，江北区域，城区改造，新县城，市和县两级",
    ],
)
def test_ordinary_words_are_not_names(guard: NameGuard, text: str) -> None:
    assert guard.find(text) == []
    assert guard.scrub(text) == (text, [])


def test_own_place_in_allowed_text(guard: NameGuard) -> None:
    assert guard.find("青山县农业农村局") == []
    # The user's own place counts in any of its forms.
    tibet = NameGuard("中共西藏自治区某县委员会", [])
    assert tibet.find("中央第七次西藏工作座谈会精神") == []


def test_province_short_form(guard: NameGuard) -> None:
    text = "中央第七次西藏工作座谈会精神"
    assert names(guard.find(text)) == [("西藏", "place")]
    assert "西藏" not in guard.scrub(text)[0]


def test_unit_with_party_prefix_or_without_suffix(guard: NameGuard) -> None:
    assert names(guard.find("中共自治区商务厅党组研究部署")) == [("中共自治区商务厅党组", "unit")]
    assert names(guard.find("自治区商务厅研究部署")) == [("自治区商务厅", "unit")]
    assert names(guard.find("商务厅党组召开会议")) == [("商务厅党组", "unit")]
    assert names(guard.find("中共拉萨市城关区委召开会议")) == [("中共拉萨市城关区委", "unit")]
    assert guard.scrub("中共拉萨市城关区委召开会议")[0] == "我单位召开会议"


def test_bare_organ_of_own_locality_is_not_a_hit() -> None:
    guard = NameGuard(ALLOWED, ["中共东莞市财政局党组", "司法厅党委"])
    assert guard.find("配合县财政局、市司法厅开展检查") == []
    assert names(guard.find("财政局开展检查")) == [("财政局", "unit")]


def test_unit_named_in_allowed_text_is_allowed() -> None:
    guard = NameGuard(ALLOWED, ["中共青山县农业农村局党组", "司法厅党委"])
    assert guard.find("中共青山县农业农村局党组召开会议") == []


def test_scrub_does_not_double_the_replacement(guard: NameGuard) -> None:
    assert guard.scrub("司法厅司法厅开展")[0] == "我单位开展"
    assert guard.scrub("我单位司法厅开展")[0] == "我单位开展"
    assert guard.scrub("司法厅我单位开展")[0] == "我单位开展"
    text, hits = guard.scrub("拉萨市、司法厅", unit_replacement="本局", place_replacement="某地")
    assert text == "某地、本局" and len(hits) == 2


def test_longer_name_inside_a_match_wins(guard: NameGuard) -> None:
    assert names(guard.find("认定西安市专家")) == [("西安市", "place")]


def test_two_character_county_needs_a_boundary(guard: NameGuard) -> None:
    assert names(guard.find("忠县开展")) == [("忠县", "place")]
    assert names(guard.find("安徽省寿县")) == [("安徽省", "place"), ("寿县", "place")]
    assert guard.find("示范县") == []


# -- people ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("成立以党组书记、主任刘用全为组长的领导小组", ["刘用全"]),
        ("部长李明、副部长赵小刚参加会议", ["李明", "赵小刚"]),
        ("调研员，梁西安同志负责整改", ["梁西安"]),  # a person, not the place 西安
        ("党组书记任组长，班子成员任副组长", []),  # posts, not people
        ("对有关同志进行提醒谈话，局长高度重视", []),
        ("深入学习习近平同志关于党的建设的重要思想", []),
    ],
)
def test_people_are_found_after_posts_and_before_comrade(text: str, names: list[str]) -> None:
    guard = NameGuard("中共青山县农业农村局党组", [])
    assert [h.name for h in guard.find(text) if h.kind == "person"] == names


def test_a_person_the_user_named_is_allowed_and_others_are_scrubbed() -> None:
    guard = NameGuard("中共青山县农业农村局党组 leader: 张三", [])
    cleaned, hits = guard.scrub("由张三同志牵头，原局长王建国同志主持。")
    assert cleaned == "由张三同志牵头，原局长【待补充：姓名】同志主持。"
    assert [(h.name, h.kind) for h in hits] == [("王建国", "person")]


def test_a_seed_clause_naming_an_official_is_adapted_without_the_name(corpus_notices: list[Notice]) -> None:
    from assistant.drafting.adapt import adapt_clause, unit_forms

    notice = next(n for n in corpus_notices if "刘用全" in n.text)
    clause = next(c for item in notice.items for c in item.clauses if "刘用全" in c)
    adapted = adapt_clause(clause, notice.unit or "", unit_forms("中共青山县农业农村局党组"))
    assert "刘用全" not in adapted and "【待补充：姓名】" in adapted
