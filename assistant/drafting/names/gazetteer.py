"""The place gazetteer and its matching rules (see the package doc for the rules).

``data/places.txt`` (generated from cpca's adcodes by ``data/make_places.py``) lists China's
provinces, prefecture-level cities and counties; this module adds their short forms and the
context rules that turn a match back into an ordinary word.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

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

# After an X城市, these make it that city's committee or government, not 沿海城市.
_COMMITTEE_AFTER = frozenset({"委、", "委，", "委。", "委部", "委书", "委常", "委巡", "委和", "委及", "委统", "委办", "委政"})

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


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


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
class Place:
    full: tuple[str, ...]  # the gazetteer names this form stands for
    bounded: bool  # 成县, 海城市: needs a word boundary before it (see _BOUNDARY_BEFORE)


NameIndex = dict[str, tuple[int, ...]]


def name_index(keys: Iterable[str]) -> NameIndex:
    """First character -> the lengths of the keys starting with it, longest first."""
    lengths: dict[str, set[int]] = {}
    for key in keys:
        lengths.setdefault(key[0], set()).add(len(key))
    return {ch: tuple(sorted(ls, reverse=True)) for ch, ls in lengths.items()}


@cache
def place_table() -> tuple[dict[str, Place], NameIndex]:
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
        form: Place(tuple(names), bounded=False)
        for form, names in short_names.items()
        if form not in full_names
    }
    for form, names in full_names.items():
        bounded = len(form) == 2 or (len(form) == 3 and form.endswith("城市"))
        table[form] = Place(tuple(names), bounded=bounded)
    return table, name_index(table)


def strip_leading_places(name: str) -> tuple[str, list[str]]:
    """Cut place names off the front: (what is left, the rests after each cut).

    拉萨市城关区委 -> ("委", ["城关区委", "委"]); a name of places only leaves "".
    """
    table, index = place_table()
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


def protected_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for phrase in PROTECTED_PHRASES:
        at = text.find(phrase)
        while at >= 0:
            spans.append((at, at + len(phrase)))
            at = text.find(phrase, at + len(phrase))
    return sorted(spans)


def accept_place(
    text: str, start: int, end: int, form: str, place: Place, after_hit: bool
) -> bool:
    """Context rules that turn a gazetteer match back into an ordinary word."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    committee = form.endswith("城市") and text[end : end + 2] in _COMMITTEE_AFTER
    if (
        place.bounded
        and _is_cjk(before)
        and not after_hit
        and before not in _BOUNDARY_BEFORE
        and not committee  # 落实禹城市委部署: an X城市委 is that city's committee
    ):
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
