"""Names of other units and of places in a draft: find them and scrub them.

A draft is written from precedent notices of *other* units. Whatever those notices call
themselves ("西藏自治区司法厅系统开展…") must not end up in the user's draft: the user is some
other unit, in some other place. ``NameGuard`` finds two kinds of names:

* **places** from a gazetteer of China's provinces, prefecture-level cities and counties
  (``data/places.txt``, generated from cpca's adcodes by ``data/make_places.py``), plus their
  short forms under the rule below;
* **units** of the corpus (the catalog's ``unit`` column) in every form ``unit_variants``
  knows: with or without 中共, with or without the party-organ suffix, and the bare organ.

Names that occur in the user's own input (their unit, the inspecting body, the feedback) are
allowed: they are the user's, not a leak.

Short forms (precision first: a false positive replaces an ordinary word in the draft):

* provinces: the name without 省/市/自治区/特别行政区 and without the ethnic names of an
  autonomous region (西藏自治区→西藏, 广西壮族自治区→广西, 北京市→北京);
* prefecture-level units: without 市/地区/盟/自治州 and the ethnic names (拉萨市→拉萨,
  阿坝藏族羌族自治州→阿坝), plus the usual "X州" form of an autonomous prefecture (黔东南州);
* counties: only when the full name has at least 4 characters (长阳土家族自治县→长阳,
  西乡塘区→西乡塘). A 3-character county like 和平区 or 白云区 keeps its full name only:
  和平, 白云, 朝阳, 青山 … are ordinary words far more often than places;
* every short form has at least 2 characters and is not in ``SHORT_STOPLIST`` (common words
  such as 中山, 大同, 长治, 文山 of 文山会海, 通道, 河口, 互助); a banner like
  "左/右/前/中/后旗" gets no short form (乌拉特中旗 is never written 乌拉特中).

Full names and short forms also pass context rules: generic full names (城区, 郊区, 矿区,
新城区, 老城区, 古城区, 和县) are never matched; a 2-character county (忠县, 成县) or an X城市
(海城市) only where it cannot be the tail of a word (示范县, 形成县, 沿海城市); X市+场 and
X区+域 read as 市场 and 区域; a few names have listed neighbours that make them ordinary
words (隆重庆祝, 黄河北岸, 入海口, 推广西瓜); ``PROTECTED_PHRASES`` (延安精神, 遵义会议 …)
are national vocabulary, not a locality; and a longer name starting inside a match wins
(认定西安市 is 西安市, not 定西).

Units: a bare organ (司法厅, 财政局) right after a level word of the user's own locality
(县财政局, 市司法局) is the user's own organ, not a hit; after another place (西藏自治区司法厅)
or on its own it is.

Not done: a pattern for XX镇/XX乡/XX街道/XX村. Tried against real notices it cannot tell a
town from a verb or a generic word (加强乡…, 各乡镇, 驻村, 城乡) without a town gazetteer,
and cpca has none; a wrong hit is worse than a miss here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from assistant.drafting.people import person_spans

HitKind = Literal["unit", "place", "person"]

PLACES_RESOURCE = "data/places.txt"

# The 56 ethnic groups (plus 各族 of 隆林各族自治县), to cut an autonomous area's name down
# to the place part: 黔东南苗族侗族自治州 -> 黔东南. Longest first so 土家族 wins over 土族.
_ETHNIC_GROUPS = (
    "汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 "
    "哈尼族 哈萨克族 傣族 黎族 傈僳族 佤族 畲族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 "
    "土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 塔吉克族 怒族 "
    "乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 赫哲族 "
    "门巴族 珞巴族 基诺族 高山族 各族"
).split()
# Official names sometimes drop 族 (伊犁哈萨克自治州, 察布查尔锡伯自治县); a one-character stem
# without 族 (回, 白, 水 …) is too likely to be part of the place name itself.
_ETHNIC_TAILS = sorted(
    set(_ETHNIC_GROUPS) | {g[:-1] for g in _ETHNIC_GROUPS if len(g) >= 3},
    key=len,
    reverse=True,
)

# Suffixes cut to make a short form, most specific first. 林区 is not here: 万柏林区 is 万柏林
# plus 区, and the one real 林区 (神农架林区) is in _SHORT_OVERRIDES.
_PLACE_SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "新区",
    "矿区",
    "特区",
    "省",
    "市",
    "县",
    "区",
    "旗",
    "盟",
    "州",
)
_SHORT_OVERRIDES = {"神农架林区": "神农架"}

# Short forms that are ordinary words (or parts of set phrases) more often than places in
# Chinese official prose. Each is still found under its full name (中山市, 长治市, 文山州 …).
SHORT_STOPLIST = frozenset(
    {
        # prefecture level
        "中山",  # 中山路, 中山装, 孙中山
        "大同",  # 世界大同, 求大同存小异
        "长治",  # 长治久安
        "朝阳",  # 朝阳产业
        "四平",  # 四平八稳
        "文山",  # 文山会海 (a stock phrase of every formalism rectification)
        "安康",  # 人民安康
        "来宾",  # 来宾 (guests)
        "新乡",  # 新乡贤
        "日照",  # 日照充足
        "白银",  # 黄金白银
        "开封",  # 开封 (to unseal)
        "中卫",  # 集中卫生
        "阿里",  # 阿里巴巴, 阿里云
        "大理",  # 广大理事, 大理石
        "安顺",  # 平安顺利
        # county level (from names of 4+ characters)
        "通道",  # 通道 (channel)
        "道真",  # 报道真实
        "门源",  # 部门源头
        "清原",  # 查清原因
        "互助",  # 互助 (mutual aid)
        "河口",  # 河口 (estuary)
        "沿河",  # 沿河 (along the river)
        "江城",  # 江城 (Wuhan's nickname, any river town)
        "三江",  # 三江源, 三江并流
        "大通",  # 大通道
        "民和",
        "大厂",
        "大化",
        "石柱",
        "滨海",  # 滨海城市
        "城步",
        "新平",
        "连山",
        "青龙",
        "白沙",
        "金平",
        "江华",
        "长白",  # 长白山 is a mountain, not 长白朝鲜族自治县
        "五峰",
        "紫云",
        "玉龙",
        # generic words the other rules would produce
        "开发",
        "高新",
        "经济",
        "城关",
        "新城",
        "城区",
        "郊区",
        "矿区",
        "平安",
        "和平",
        "东方",
        "长安",
        "太平",
        "红旗",
        "光明",
        "人民",
        "新华",
        "团结",
        "胜利",
        "解放",
        "前进",
        "永安",
        "青山",
        "白云",
        "东区",
        "西区",
        "南区",
        "北区",
        "中区",
    }
)

# Full names that are generic words in official prose (城区 = downtown, 新城区 = the new town)
# or a conjunction plus 县 (市和县 = "cities and counties"): never matched.
FULL_STOPLIST = frozenset(
    {"城区", "郊区", "矿区", "东区", "西区", "新城区", "老城区", "古城区", "和县"}
)

# Set phrases that contain a place name but are national vocabulary, not a unit's locality.
PROTECTED_PHRASES = (
    "延安精神",
    "井冈山精神",
    "遵义会议",
    "大庆精神",
    "上甘岭精神",
    "北京冬奥",
    "北京时间",
    "港澳台",
    "天南海北",
    "山南海北",
    "延安时期",
    "延安整风",
)

# Where a 2-character county (成县, 范县) or an X城市 (海城市, 应城市) may start: after these
# it is not the tail of an ordinary word (示范县, 形成县, 沿海城市, 适应城市). Non-CJK
# characters and the end of a place hit count too.
_BOUNDARY_BEFORE = frozenset("省市州盟区县旗在赴到至与及和同向从往对经是为由据")

# Per-name context that turns a match into an ordinary word: (chars before, chars after).
_CONTEXT_EXCEPTIONS: dict[str, tuple[str, str]] = {
    "重庆": ("隆郑", "祝典"),  # 隆重庆祝
    "福建": ("幸造祈享", ""),  # 幸福建设, 造福建档立卡户
    "海口": ("入出", ""),  # 入海口
    "承德": ("传秉继", ""),  # 传承德育
    "大连": ("广", ""),  # 广大连队
    "新县": ("", "城"),  # 新县城
    "大庆": ("盛", "典祝"),  # 盛大庆典
    "广西": ("推宽", ""),  # 推广西瓜
    "广东": ("推宽", ""),
    "成都": ("建形完变达组构合促生造落集", ""),  # 建成都市圈
    "成都市": ("建形完变达组构合促生造落集", ""),
    "河北": ("", "岸侧麓坡"),  # 黄河北岸
    "河南": ("", "岸侧麓坡"),
    "湖北": ("", "岸侧麓坡"),
    "湖南": ("", "岸侧麓坡"),
    "江西": ("", "岸侧麓坡"),
    "江北": ("", "岸侧麓坡"),
    "江南": ("", "岸侧麓坡"),
    "山东": ("", "岸侧麓坡"),
    "山西": ("", "岸侧麓坡"),
}

# Party organs written after a unit's own name; longest first. 委员会 covers both 党委员会
# (中共…局委员会) and the committee of a place (中共拉萨市城关区委员会).
PARTY_SUFFIXES = (
    "机关党总支",
    "机关党支部",
    "机关党委",
    "党总支",
    "党支部",
    "党工委",
    "委员会",
    "党委",
    "党组",
    "纪委",
    "工委",
)

# Organs every locality has: as a bare core they name nobody in particular, and a draft
# mentions its own (县委办公室, 县人民法院) all the time.
GENERIC_ORGANS = frozenset(
    {
        "党委",
        "党组",
        "政府",
        "人民政府",
        "机关",
        "委员会",
        "常委会",
        "人大",
        "人大常委会",
        "政协",
        "纪委",
        "监委",
        "纪委监委",
        "纪检监察组",
        "办公室",
        "办公厅",
        "政府办公室",
        "政府办公厅",
        "人民政府办公室",
        "人民政府办公厅",
        "党委办公室",
        "统战部",
        "组织部",
        "宣传部",
        "政法委",
        "编办",
        "机关工委",
        "直属机关工委",
        "工委",
        "党工委",
        "管委会",
        "人民法院",
        "人民检察院",
        "法院",
        "检察院",
        "总工会",
        "团委",
        "妇联",
        "科协",
        "文联",
        "侨联",
        "工商联",
        "残联",
        "党校",
        "区委",
        "县委",
        "市委",
        "省委",
        "州委",
    }
)

# A bare organ right after one of these names the user's own locality (县财政局 is the
# county's finance bureau, whoever wrote the precedent about some 财政局).
_OWN_LEVEL_BEFORE = frozenset("省市县区州乡镇旗")
_ADMIN_END = frozenset("省市县区州旗盟")
# A unit written with a bare level word first (县财政局党组: a precedent that did not name its
# county) names no place; its 县财政局 form would hit the user's own bureau, so only the core
# (财政局, under the rule above) is kept. Not when the level word starts a word (市场监督管理局).
_BARE_LEVEL_FIRST = frozenset("省市县区州旗乡镇")
_LEVEL_WORDS = frozenset(
    {"市场", "市政", "市容", "区域", "县域", "市域", "省直", "市直", "县直", "区直"}
    | {"省级", "市级", "县级", "区级", "乡级", "镇级", "乡村", "县城", "州府"}
)
_MIN_UNIT_LEN = 3
_TAIL = 64  # longer than any replacement anybody passes to scrub

_PARENS = re.compile(r"[（(]([^（）()]*)[）)]")
_CPPCC = re.compile(r"政协(.+?)委员会(.*)")


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


@dataclass(frozen=True)
class NameHit:
    """One name found in a text: ``text[start:end] == name``."""

    name: str
    start: int
    end: int
    kind: HitKind


@cache
def load_places() -> dict[str, str]:
    """The gazetteer: name -> level (province, city or county), about 3,200 names."""
    text = resources.files("assistant.drafting").joinpath(PLACES_RESOURCE).read_text("utf-8")
    places: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, level = line.split("\t")
        places[name] = level
    return places


def _strip_ethnic(stem: str) -> str:
    """黔东南苗族侗族 -> 黔东南; returns '' when nothing but ethnic names is left."""
    changed = True
    while changed:
        changed = False
        for tail in _ETHNIC_TAILS:
            if stem.endswith(tail):
                stem = stem[: -len(tail)]
                changed = True
                break
    return stem


def short_form(name: str, level: str) -> str | None:
    """The short form a place is also written in, or None (see the module doc for the rule)."""
    if name in _SHORT_OVERRIDES:
        return _SHORT_OVERRIDES[name]
    if level == "county" and len(name) < 4:
        return None
    for suffix in _PLACE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            break
    else:
        return None
    if "自治" in suffix or stem.endswith("族"):
        stem = _strip_ethnic(stem)
    if len(stem) < 2 or stem in SHORT_STOPLIST or stem[-1] in "前中后左右翼":
        return None
    return stem


@dataclass(frozen=True)
class _Place:
    full: tuple[str, ...]  # the gazetteer names this form stands for
    bounded: bool  # 成县, 海城市: needs a word boundary before it (see _BOUNDARY_BEFORE)


@dataclass(frozen=True)
class _Unit:
    main: str  # the unit as the catalog names it
    core: bool  # a bare organ (司法厅): not a hit after 县/市/… of the user's own locality


_Index = dict[str, tuple[int, ...]]


def _index(keys: Iterable[str]) -> _Index:
    """First character -> the lengths of the keys starting with it, longest first."""
    lengths: dict[str, set[int]] = {}
    for key in keys:
        lengths.setdefault(key[0], set()).add(len(key))
    return {ch: tuple(sorted(ls, reverse=True)) for ch, ls in lengths.items()}


@cache
def _place_table() -> tuple[dict[str, _Place], _Index]:
    """Every matchable place form; the same for every guard, so built once."""
    full_names: dict[str, list[str]] = {}
    short_names: dict[str, list[str]] = {}
    for name, level in load_places().items():
        if name in FULL_STOPLIST:
            continue
        full_names.setdefault(name, []).append(name)
        short = short_form(name, level)
        if short:
            short_names.setdefault(short, []).append(name)
        if name.endswith("自治州") and short:
            # 黔东南州, 恩施州: how autonomous prefectures are usually written.
            short_names.setdefault(short + "州", []).append(name)
    table = {
        form: _Place(tuple(names), bounded=False)
        for form, names in short_names.items()
        if form not in full_names
    }
    for form, names in full_names.items():
        bounded = len(form) == 2 or (len(form) == 3 and form.endswith("城市"))
        table[form] = _Place(tuple(names), bounded=bounded)
    return table, _index(table)


def _strip_leading_places(name: str) -> tuple[str, list[str]]:
    """Cut place names off the front: (what is left, the rests after each cut).

    拉萨市城关区委 -> ("委", ["城关区委", "委"]); a name of places only leaves "".
    """
    table, index = _place_table()
    rests: list[str] = []
    while name:
        for length in index.get(name[0], ()):
            if length <= len(name) and name[:length] in table:
                name = name[length:]
                rests.append(name)
                break
        else:
            if name.startswith("自治区"):
                name = name[3:]  # 自治区商务厅: the level word alone, no place
                rests.append(name)
                continue
            break
    return name, rests


def _strip_party_suffix(name: str) -> str:
    changed = True
    while changed:
        changed = False
        for suffix in PARTY_SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix):
                name = name[: -len(suffix)]
                changed = True
                break
    return name


def _bare_level_first(name: str) -> bool:
    return name[:1] in _BARE_LEVEL_FIRST and name[:2] not in _LEVEL_WORDS


def _unit_forms(unit: str) -> tuple[set[str], str]:
    """(all variants, the unit's main name: no 中共, no party-organ suffix)."""
    unit = re.sub(r"\s+", "", unit)
    names = [_PARENS.sub("", unit)] + [m for m in _PARENS.findall(unit) if m]
    variants: set[str] = set()
    main = ""
    for name in names:
        plain = name.removeprefix("中共")
        bases = {name, plain}
        stripped = _strip_party_suffix(plain)
        if stripped.endswith("机关") and len(stripped) > 2:
            bases.add(stripped)  # 雨湖区政协机关 is also 雨湖区政协
            stripped = stripped[:-2]
        bases.add(stripped)
        main = main or stripped
        if plain.endswith("委员会") and stripped and stripped[-1] in _ADMIN_END:
            bases.add(stripped + "委")  # 中共拉萨市城关区委员会 = 拉萨市城关区委
        cppcc = _CPPCC.fullmatch(plain)
        if cppcc:  # 政协桑植县委员会 is usually written 桑植县政协, often 桑植政协
            bases.add(cppcc[1] + "政协")
            bases.add(cppcc[1] + "政协" + cppcc[2])
            place = cppcc[1]
            if len(place) >= 3 and place[-1] in "县区市旗":
                bases.add(place[:-1] + "政协")
        for base in list(bases):
            core, rests = _strip_leading_places(base)
            # Rests that still start with a place name stay (涵江区委办公室 of
            # 莆田市涵江区委办公室); the last rest is the bare core, handled below.
            bases.update(rest for rest in rests[:-1] if not rest.startswith("委"))
            if _bare_level_first(core):
                core = core[1:]  # 县财政局 -> 财政局
            if core.startswith("委"):
                core = core[1:]  # 大庆市委统战部 -> 统战部
            core = _strip_party_suffix(core)
            if len(core) > 4:
                core = core.removesuffix("机关")  # 人大常委会机关 -> 人大常委会
            if core:
                bases.add(core)
        variants |= bases
    keep = {
        v
        for v in variants
        if len(v) >= _MIN_UNIT_LEN
        and not _bare_level_first(v.removeprefix("中共"))
        and v not in GENERIC_ORGANS
        and v not in PARTY_SUFFIXES
        and _strip_leading_places(v.removeprefix("中共"))[0] != ""  # places are places
    }
    return keep, main


def unit_variants(unit: str) -> set[str]:
    """Forms a unit is written in.

    The full name (中共西藏自治区司法厅委员会), the name without 中共, without the party-organ
    suffix (党委/党组/委员会/党工委/党总支/党支部/机关党委/纪委/工委), the "X区委" form of a
    place's committee, "X政协" for "政协X委员会", the alternative name in brackets, and the
    core organ without any place (司法厅) when it has at least 3 characters and is not an organ
    every locality has (``GENERIC_ORGANS``: 党委, 政府, 办公室, 统战部 …). Forms shorter than
    3 characters are dropped.
    """
    return _unit_forms(unit)[0]


def _protected_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for phrase in PROTECTED_PHRASES:
        at = text.find(phrase)
        while at >= 0:
            spans.append((at, at + len(phrase)))
            at = text.find(phrase, at + len(phrase))
    return sorted(spans)


def _accept_place(
    text: str, start: int, end: int, form: str, place: _Place, after_hit: bool
) -> bool:
    """Context rules that turn a gazetteer match back into an ordinary word."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if place.bounded and _is_cjk(before) and not after_hit and before not in _BOUNDARY_BEFORE:
        return False  # 示范县, 形成县: the county name is the tail of a word
    if form[-1] == "市" and after == "场":
        return False  # 东方市场 is a market
    if form[-1] == "区" and after == "域":
        return False  # 江北区域 is a region
    exception = _CONTEXT_EXCEPTIONS.get(form)
    if exception:
        bad_before, bad_after = exception
        if (before and before in bad_before) or (after and after in bad_after):
            return False
    return True


_Match = tuple[int, int, str, _Place | _Unit, bool]  # start, end, form, entry, allowed


def _scan(
    text: str,
    index: _Index,
    units: dict[str, _Unit],
    place_allowed: Callable[[str, _Place], bool] | None = None,
) -> list[_Match]:
    """Longest-first scan over the place gazetteer and the given unit forms.

    A dictionary walk, not a regex: Python's re tries the thousands of alternatives of a
    gazetteer one by one at every position, while here each position costs one lookup per
    length that a name starting with that character has. The longest name at a position
    wins, and loses to a longer one starting inside it (认定西安市: 西安市, not 定西). Allowed
    names still take their span, so a name inside an allowed one is no hit either.
    """
    places = _place_table()[0]
    n = len(text)

    def longest_at(i: int, after_hit: bool) -> tuple[int, _Place | _Unit] | None:
        for length in index.get(text[i], ()):
            end = i + length
            if end > n:
                continue
            form = text[i:end]
            unit = units.get(form)
            if unit is not None:
                if unit.core and i > 0 and not after_hit and text[i - 1] in _OWN_LEVEL_BEFORE:
                    continue  # 县财政局: the user's own county's bureau
                return length, unit
            place = places.get(form)
            if place is not None and _accept_place(text, i, end, form, place, after_hit):
                return length, place
        return None

    out: list[_Match] = []
    protected = _protected_spans(text)
    i = 0
    p = 0
    hit_end = -1  # end of the last place that is a hit (not allowed)
    while i < n:
        while p < len(protected) and protected[p][1] <= i:
            p += 1
        if p < len(protected) and protected[p][0] <= i:
            i = protected[p][1]
            continue
        found = longest_at(i, hit_end == i)
        if found is None:
            i += 1
            continue
        length, entry = found
        end = i + length
        if any(
            (inner := longest_at(j, False)) is not None and inner[0] > length and j + inner[0] > end
            for j in range(i + 1, end)
        ):
            i += 1  # a longer name starts inside this one
            continue
        form = text[i:end]
        allowed = False
        if isinstance(entry, _Place):
            allowed = place_allowed is not None and place_allowed(form, entry)
            if not allowed:
                hit_end = end
        out.append((i, end, form, entry, allowed))
        i = end
    return out


def _has_place(text: str) -> bool:
    return bool(_scan(text, _place_table()[1], {}))


class NameGuard:
    """Finds and scrubs names of other units and of places that the user did not write."""

    def __init__(self, allowed_text: str, other_units: Iterable[str]) -> None:
        """allowed_text: everything the user wrote (unit, body, feedback). other_units: the
        units of the corpus (catalog). Names (or variants) that occur in allowed_text are
        allowed."""
        self._allowed_text = allowed_text
        place_index = _place_table()[1]
        self._units: dict[str, _Unit] = {}
        for unit in other_units:
            if not unit or not unit.strip():
                continue
            variants, main = _unit_forms(unit)
            if main and main in allowed_text:
                continue  # the user's own unit (a precedent of theirs in the corpus)
            for variant in variants:
                if variant in allowed_text:
                    continue
                # A bare organ (司法厅) names nobody once 县/市 of the user's locality is put
                # before it; a form with a place in it (涵江区委办公室) always does. A form
                # that is bare for one unit and placed for another cannot be: same string.
                self._units[variant] = _Unit(main or unit, core=not _has_place(variant))
        # The unit forms join the cached place index; only their first characters change.
        self._index: _Index = dict(place_index)
        for ch, lengths in _index(self._units).items():
            merged = set(lengths) | set(place_index.get(ch, ()))
            self._index[ch] = tuple(sorted(merged, reverse=True))
        # Places the user wrote, in any form: each of their forms is allowed.
        self._allowed_places: set[str] = set()
        for _start, _end, form, entry, _allowed in _scan(allowed_text, place_index, {}):
            if isinstance(entry, _Place):
                self._allowed_places.add(form)
                self._allowed_places.update(entry.full)
        self._allowed_forms: dict[str, bool] = {}

    def _place_allowed(self, form: str, place: _Place) -> bool:
        if form in self._allowed_places or any(f in self._allowed_places for f in place.full):
            return True
        known = self._allowed_forms.get(form)
        if known is None:
            known = self._allowed_forms[form] = form in self._allowed_text
        return known

    def find(self, text: str) -> list[NameHit]:
        """Non-overlapping hits in text order, the longest name at each position.

        A unit is widened over a 中共 before it and a party-organ suffix after it (中共…
        司法厅党组 is one hit), so a scrub leaves no 中共我单位 or 我单位党组 behind.
        """
        hits: list[NameHit] = []
        for start, end, _form, entry, allowed in _scan(
            text, self._index, self._units, self._place_allowed
        ):
            if allowed:
                continue
            if isinstance(entry, _Unit):
                if start >= 2 and text[start - 2 : start] == "中共":
                    if not hits or hits[-1].end <= start - 2:
                        start -= 2
                for suffix in PARTY_SUFFIXES:
                    if text.startswith(suffix, end):
                        end += len(suffix)
                        break
                if hits and start < hits[-1].end:
                    continue  # cannot happen unless a widened unit ran into the next match
                hits.append(NameHit(text[start:end], start, end, "unit"))
            else:
                if hits and start < hits[-1].end:
                    continue  # swallowed by the suffix of the unit before it
                hits.append(NameHit(text[start:end], start, end, "place"))
        for start, end in person_spans(text):
            name = text[start:end]
            if name in self._allowed_text or any(
                h.kind == "unit" and h.start < end and start < h.end for h in hits
            ):
                continue
            # a person's name wins over a place inside it (梁西安 is not 西安)
            hits = [h for h in hits if not (h.start < end and start < h.end)]
            hits.append(NameHit(name, start, end, "person"))
        return sorted(hits, key=lambda h: h.start)

    def scrub(
        self,
        text: str,
        unit_replacement: str = "我单位",
        place_replacement: str = "【待核实：地名】",
        person_replacement: str = "【待补充：姓名】",
    ) -> tuple[str, list[NameHit]]:
        """Replace every hit: units -> unit_replacement, places -> place_replacement, people
        -> person_replacement.

        Adjacent hits are one name written in parts (西藏自治区 + 司法厅, 拉萨市 + 城关区) and
        get one replacement: the unit one if any part is a unit. A replacement is not written
        next to the same text (no 我单位我单位).
        """
        hits = self.find(text)
        out: list[str] = []
        pos = 0  # text[:pos] is done
        tail = ""  # the end of the output so far, to see a replacement already there
        k = 0
        while k < len(hits):
            start, end, kind = hits[k].start, hits[k].end, hits[k].kind
            is_unit = kind == "unit"
            # a person is never part of a unit's or place's name
            while (
                kind != "person"
                and k + 1 < len(hits)
                and hits[k + 1].start == end
                and hits[k + 1].kind != "person"
            ):
                k += 1
                end = hits[k].end
                is_unit = is_unit or hits[k].kind == "unit"
            k += 1
            if kind == "person":
                replacement = person_replacement
            else:
                replacement = unit_replacement if is_unit else place_replacement
            if start > pos:
                out.append(text[pos:start])
                tail = (tail + text[pos:start])[-_TAIL:]
            if not tail.endswith(replacement) and not text.startswith(replacement, end):
                out.append(replacement)
                tail = (tail + replacement)[-_TAIL:]
            pos = end
        out.append(text[pos:])
        return "".join(out), hits


def core_organ(unit: str) -> str:
    """The unit's organ without 中共, places and party suffix: 中共西安市科协党组 → 科协."""
    _, main = _unit_forms(unit)
    core, _ = _strip_leading_places(main)
    return core.removeprefix("委") or main
