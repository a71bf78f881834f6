"""What reposting sites do to a notice, as text transforms for the generalisation suite.

Written from how reposts look, not from the parser's rules: line breaks moved, numbering
styles swapped, punctuation widths swapped, a heading merged with its label line, ads of
wordings the noise rules were not written against, the closing moved, glued, dropped, or the
notice cut after its items. Every transform is deterministic for a given seed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

# Ads in new wordings with other handles (none of them is the shipped watermark).
ADS: list[str] = [
    "想要同款整改报告模板？关注公众号“笔杆子工坊”，回复“整改”免费领取。",
    "开通年度VIP，3万篇精选材料随心下，客服vx：xiezuo_888。",
    "本文由写作助手整理，更多范文请加QQ群 61234587 获取。",
    "整套巡察整改资料已打包上传网盘，提取码 8k2d，链接：https://pan.example.com/s/1xYz。",
    "长按识别二维码，加入材料交流群，每日更新公文写作干货。",
    "喜欢本文记得点赞、在看，转发给身边需要的朋友！",
    "【独家整理】最新整改方案范文合集，会员专享，加薇信 gwxz2023 领取",
    "写材料不求人！扫码进群，海量公文模板随便用。",
    "下载完整Word版请移步公号：机关笔记本（ID：jgbjb66）。",
    "付费内容：剩余80%内容需购买后阅读，仅需9.9元。",
    "【温馨提示：本站资料均来自网络，如有侵权请联系删除，举报邮箱见页脚】",
    "（点击关注，每天推送一篇公文范文）",
    "素材君每日分享5000+篇原创材料，私信“资料”秒发，V信同号 sucaijun520。",
    "本站所有文档均可一键下载，年卡会员仅需68元！",
]

# Written after the noise features were set, never tuned against: a measure of how the
# features carry over to wordings nobody looked at. The suite reports them apart.
HELD_OUT_ADS: list[str] = [
    "需要这篇整改通报的可编辑版本，请添加助理微信 zhuli_0571 备注“通报”。",
    "每周三晚八点直播讲解巡察整改材料写法，预约请扫描下方二维码。",
    "全网最全的整改方案合集（共1200套）已整理完毕，有需要的朋友后台回复“1200”即可。",
    "☞ 点这里加入“笔友会”，和3万名机关写手一起成长",
    "本资料仅限会员查看，非会员每日可免费浏览3篇。",
    "版权声明：本文系网友投稿，转载请注明出处。",
    "粤ICP备2023012345号-1 | 粤公网安备44010602000001号",
    "更多精彩内容，尽在“机关写作圈”APP，各大应用商店均可下载。",
    "文字稿整理不易，觉得有用就打赏一杯咖啡吧～",
    "企鹅号：写作部落  ｜  抖音号：xiezuobuluo",
]

_LABEL_LINE = re.compile(r"^\s*(?:整改情况|整改措施|整改进展情况|整改落实情况|整改完成情况)\s*[:：]")
_MARKER_LINE = re.compile(r"^\s*(?:\d{1,2}\s*[.．、]|[（(]\d{1,2}[）)]|[（(][一二三四五六七八九十]{1,3}[）)])")
# where a line may be broken by a copy from PDF: not before numbering, a label or a date,
# and not before punctuation (Chinese typesetting never starts a line with it)
_NO_BREAK_BEFORE = re.compile(
    r"^(?:[\d（(一二三四五六七八九十①-⑳“”《，。、；：,.;:）)》！？]|欢迎|联系|根据|按照|整改)"
)
_TERMINAL = "。！？；：!?;:…"
_HALF = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"}
_FULL = {v: k for k, v in _HALF.items()}


@dataclass(frozen=True)
class Layout:
    """Where the parts of a notice sit in its raw lines (0-based indexes into the chunk)."""

    last_item_end: int  # index of the last line holding an item's text
    closing: tuple[int, int] | None  # [start, end) of the closing lines
    dated: bool  # the chunk ends with a signature/date after the closing
    signature: tuple[str, ...] = ()  # unit and date lines a repost may add at the end


Transform = Callable[[list[str], Layout, random.Random], list[str] | None]


def rewrap(lines: list[str], _: Layout, rng: random.Random) -> list[str]:
    """Long lines broken once or twice mid-sentence, as a copy from a PDF does."""
    out: list[str] = []
    for line in lines:
        pieces = [line]
        while len(pieces) < 3 and len(pieces[-1]) > 70:
            last = pieces.pop()
            cuts = [
                i
                for i in range(24, len(last) - 40)
                if last[i - 1] not in _TERMINAL
                and not _NO_BREAK_BEFORE.match(last[i:])
                and (not _MARKER_LINE.match(last) or last[i - 1] == "，")
            ]
            if not cuts:
                pieces.append(last)
                break
            cut = rng.choice(cuts)
            pieces.extend([last[:cut], last[cut:]])
        out.extend(pieces)
    return out


def swap_numbering(lines: list[str], _: Layout, __: random.Random) -> list[str]:
    """1. ↔ 1、, （1） → ① (or 1) when ① is taken), （一） → (一), 一、 → 一."""
    text = "\n".join(lines)
    circled_free = not re.search(r"[①-⑳]", text)
    out = []
    for line in lines:
        m = re.match(r"^(\s*)(\d{1,2})([.．、])(?!\d)", line)
        if m:
            mark = "、" if m.group(3) in ".．" else "."
            line = f"{m.group(1)}{m.group(2)}{mark}{line[m.end():]}"
        m = re.match(r"^(\s*)[（(](\d{1,2})[）)]", line)
        if m:
            number = int(m.group(2))
            mark = chr(ord("①") + number - 1) if circled_free and number <= 20 else f"{number})"
            line = f"{m.group(1)}{mark}{line[m.end():]}"
        line = re.sub(r"^(\s*)（([一二三四五六七八九十]{1,3})）", r"\1(\2)", line)
        line = re.sub(r"^(\s*)([一二三四五六七八九十]{1,3})、", r"\1\2.", line)
        out.append(line)
    return out


def swap_widths(lines: list[str], _: Layout, __: random.Random) -> list[str]:
    """Full-width punctuation to half-width, or the other way for a half-width notice."""
    text = "\n".join(lines)
    table = str.maketrans("".join(_FULL), "".join(_FULL.values()))
    if text.count(",") <= text.count("，"):
        table = str.maketrans("".join(_HALF), "".join(_HALF.values()))
    return [line.translate(table) for line in lines]


def merge_headings(lines: list[str], _: Layout, __: random.Random) -> list[str] | None:
    """A numbered problem and its label line (整改情况：…) on one line."""
    out: list[str] = []
    merged = 0
    for line in lines:
        if out and _LABEL_LINE.match(line) and _MARKER_LINE.match(out[-1]):
            out[-1] = out[-1].rstrip() + line.strip()
            merged += 1
        else:
            out.append(line)
    return out if merged else None


def insert_ads(lines: list[str], layout: Layout, rng: random.Random) -> list[str]:
    """Ads at paragraph ends, between two sentences of a line, and glued after a sentence."""
    out: list[str] = []
    for index, line in enumerate(lines):
        roll = rng.random()
        ad = rng.choice(ADS)
        stops = [m.end() for m in re.finditer("。", line)][:-1]
        if roll < 0.12 and stops:  # mid-line, between two sentences
            # an ad with no ending glued in front of a sentence cannot be told from it:
            # mid-line ads are those that end (with 。！？ or a bracket)
            ad = rng.choice([a for a in ADS if a[-1] in "。！？】）"])
            at = rng.choice(stops)
            line = line[:at] + ad + line[at:]
        elif roll < 0.24 and line.rstrip().endswith("。"):  # glued to the end of a sentence
            line = line.rstrip() + ad
        out.append(line)
        if 0.24 <= roll < 0.36 and index < len(lines) - 1:  # a paragraph of its own
            out.append(ad)
    return out


def _closing_block(lines: list[str], layout: Layout) -> tuple[list[str], list[str], list[str]]:
    assert layout.closing is not None
    start, end = layout.closing
    return lines[:start], lines[start:end], lines[end:]


def move_closing(lines: list[str], layout: Layout, _: random.Random) -> list[str] | None:
    """The closing put after the signature and date (added from the header when the
    notice has none at its end)."""
    if layout.closing is None or not (layout.dated or layout.signature):
        return None
    before, closing, after = _closing_block(lines, layout)
    signed = after if layout.dated else [*after, *layout.signature]
    return before + signed + closing


def glue_closing(lines: list[str], layout: Layout, _: random.Random) -> list[str] | None:
    """The closing glued to the end of the line before it (inside the last item's text)."""
    if layout.closing is None or layout.closing[0] == 0:
        return None
    before, closing, after = _closing_block(lines, layout)
    if not before[-1].rstrip().endswith(("。", "；")):
        return None
    return [*before[:-1], before[-1].rstrip() + "".join(c.strip() for c in closing), *after]


def drop_closing(lines: list[str], layout: Layout, _: random.Random) -> list[str] | None:
    if layout.closing is None:
        return None
    before, _closing, after = _closing_block(lines, layout)
    return before + after


def closing_after_items(lines: list[str], layout: Layout, _: random.Random) -> list[str] | None:
    """Whatever stood between the last item and the closing (next steps…) left out."""
    if layout.closing is None or layout.closing[0] <= layout.last_item_end + 1:
        return None
    before, closing, after = _closing_block(lines, layout)
    return before[: layout.last_item_end + 1] + closing + after


def cut_after_items(lines: list[str], layout: Layout, _: random.Random) -> list[str] | None:
    """The notice cut right after its last item (a page that stops there)."""
    if layout.last_item_end + 1 >= len(lines):
        return None
    return lines[: layout.last_item_end + 1]


def full_repost(lines: list[str], layout: Layout, rng: random.Random) -> list[str]:
    """Widths, numbering and line breaks changed, then ads put in by the site."""
    out = swap_widths(swap_numbering(lines, layout, rng), layout, rng)
    return insert_ads(rewrap(out, layout, rng), layout, rng)


# name → (transform, whether the closing and contacts survive it)
TRANSFORMS: dict[str, tuple[Transform, bool]] = {
    "rewrap": (rewrap, True),
    "numbering": (swap_numbering, True),
    "widths": (swap_widths, True),
    "merge_headings": (merge_headings, True),
    "ads": (insert_ads, True),
    "closing_moved": (move_closing, True),
    "closing_glued": (glue_closing, True),
    "closing_dropped": (drop_closing, False),
    "closing_after_items": (closing_after_items, True),
    "cut_after_items": (cut_after_items, False),
    "full_repost": (full_repost, True),
}
