"""Names of people in precedent text: another unit's officials must not reach a draft.

Two shapes are recognised, both anchored so that ordinary words are not taken for names:
a name starting with a common surname before 同志 (对张三同志), and a name right after a post title (党组书记、主任刘用全为
组长…), where the name must be followed by what follows a
name in this genre (为, 对, 任, 主持, 同志, punctuation…). Surnames that are also everyday
words here (任, 全, 成, 和, 时, 于…) are left out of the second shape: 书记任组长 is a post,
not a person.
"""

from __future__ import annotations

import re

_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱覃武戴莫"
    "孔汤温康施牛樊葛邢乔伍庞颜倪庄聂章鲁岳翟殷詹欧耿焦俞柳甘祝包符舒阮柯纪梅童凌裴霍涂苗谷盛"
    "翁冉骆蓝游辛靳柴蒙鲍喻祁蒲房滕屈饶牟艾尤穆卓缪简项芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿"
    "桂佟臧闵苟邬卞姬仇栾隋刁巫寇桑郎甄丛仲虞敖巩佘麻苑迟邝"
)
_TITLES = (
    "书记|副书记|主任|副主任|局长|副局长|部长|副部长|主席|副主席|县长|副县长|市长|副市长|区长|副区长|"
    "镇长|乡长|院长|副院长|校长|所长|处长|科长|组长|副组长|馆长|站长|队长|行长|经理|董事长|秘书长|"
    "主任委员|检察长|厅长|副厅长|委员"
)
_AFTER_TITLE_RE = re.compile(
    rf"(?:{'|'.join(sorted(set(_TITLES.split('|')), key=len, reverse=True))})"
    rf"([{_SURNAMES}][\u4e00-\u9fff]{{1,2}}?)"
    r"(?=同志|为|对|任|主持|带队|带头|讲|作|出席|参加|等|[，、。；（(])"
)
_BEFORE_COMRADE_RE = re.compile(
    rf"(?<=[由对向与和、，。；：请派经将让\s])([{_SURNAMES}][\u4e00-\u9fff]{{1,2}})(?=同志)"
)


def is_surname(ch: str) -> bool:
    """A common surname (the first character of a name this module would take)."""
    return len(ch) == 1 and ch in _SURNAMES


# Quoted as the source of the line, not as another unit's official.
_NATIONAL = {"习近平"}


def person_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every person's name found, in text order, without overlaps."""
    # (有关同志, 党员同志, 机关同志: no surname starts them, so they are never taken)
    spans = [m.span(1) for m in _BEFORE_COMRADE_RE.finditer(text)]
    spans += [m.span(1) for m in _AFTER_TITLE_RE.finditer(text)]
    spans = [(a, b) for a, b in spans if text[a:b] not in _NATIONAL]
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out
