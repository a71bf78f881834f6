"""Encodings, noise rules, line re-joining, splitting and clause splitting."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.corpus import parse_file, parse_text
from assistant.corpus.clauses import split_clauses
from assistant.corpus.cleaning import clean_lines, strip_noise
from assistant.corpus.reading import decode_bytes
from assistant.corpus.text import fold_width, match_key
from assistant.errors import InputError, NotANoticeError

SMALL_NOTICE = """中共某某县某某局党组关于巡察整改进展情况的通报
2021年07月05日
根据县委统一部署，2020年10月9日至12月31日，县委第二巡察组对县某某局党组开展了常规巡察。2021年1月22日，县委第二巡察组向县某某局党组反馈了巡察意见。现将整改进展情况予以公布。
一、整改工作基本情况
局党组高度重视，成立整改工作领导小组。
二、巡察反馈问题整改情况
（一）关于“理论学习不深入”方面
1.学习流于形式的问题。
整改情况：一是制定学习计划，每月集中学习一次。二是开展专题研讨。
2.意识形态工作责任制落实不到位的问题。
整改措施：一是召开专题会议研究部署。二是完善工作制度。
三、下一步工作打算
一是巩固整改成果。二是建立长效机制。
欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0123-4567890。
"""


def test_utf8_bom_and_gbk_and_gb18030_decode_to_the_same_text() -> None:
    for data, encoding in (
        (SMALL_NOTICE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SMALL_NOTICE.encode("utf-8"), "utf-8"),
        (SMALL_NOTICE.encode("gbk"), "gb18030"),
        (SMALL_NOTICE.encode("gb18030"), "gb18030"),
    ):
        decoded = decode_bytes(data, "x.txt")
        assert decoded.text.lstrip("\ufeff") == SMALL_NOTICE
        assert decoded.encoding == encoding


def test_gbk_file_parses_like_its_utf8_twin(tmp_path: Path) -> None:
    gbk = tmp_path / "gbk.md"
    gbk.write_bytes(SMALL_NOTICE.encode("gbk"))
    utf = tmp_path / "utf.txt"
    utf.write_text(SMALL_NOTICE, "utf-8")
    a, b = parse_file(gbk).notices[0], parse_file(utf).notices[0]
    assert a.id == b.id and len(a.items) == 2
    assert a.items[1].label == "整改措施"
    assert a.items[0].path == ["（一）关于“理论学习不深入”方面"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\r\n ", "empty"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00" * 20, "binary"),
        ("根据市委统一部署".encode() + b"\x80\x81\xff" * 3, "undecodable"),
    ],
)
def test_bad_bytes_are_refused_with_a_reason(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode_bytes(data, "bad.txt")


def test_undecodable_error_names_the_line() -> None:
    data = "第一行\n第二行\n".encode() + b"\x80\xff\xfe"
    with pytest.raises(InputError) as info:
        decode_bytes(data, "bad.txt")
    assert info.value.line == 3
    assert "bad.txt:3" in str(info.value)


def test_not_a_notice_says_why() -> None:
    with pytest.raises(NotANoticeError, match="no item structure"):
        parse_text("这是一段普通的中文文字，没有任何编号结构。\n第二段也是普通文字。", "plain.txt")
    with pytest.raises(NotANoticeError, match="not Chinese"):
        parse_text("just some english text\nwith two lines", "en.txt")


@pytest.mark.parametrize(
    "line",
    [
        "整改情况：一是加强学习。【更多公文素材，微信：dadawk01】",
        "整改情况：一是加强学习。【更多公文素 材，微信：dada wk01】",
        "整改情况：一是加强学习。【 更多公文素材,微信:dadawk0 1】",
        "##paidbegin##整改情况：一是加强学习。",
        "整改情况：一是加强学习。##paidend##",
    ],
)
def test_watermarks_and_paywall_markers_are_cut_out(line: str) -> None:
    assert strip_noise(line) == "整改情况：一是加强学习。"


@pytest.mark.parametrize(
    "line",
    [
        "版权所有 政协枣庄市委员会 | 违法和不良信息举报电话:0632-8269086",
        "地址:山东省枣庄市新城区 鲁ICP备17036507号",
        "来源:张家界廉政网",
        "本文链接:http://www.example.gov.cn/c",
        "t/2020/12/07/8688117.html",
        "【更多公文素材，微信：dadawk01】",
        "以下内容为付费内容，开通会员后阅读全文",
    ],
)
def test_footer_and_ad_lines_are_dropped(line: str) -> None:
    assert strip_noise(line) is None


def test_a_long_sentence_with_footer_words_inside_is_kept() -> None:
    line = (
        "整改情况：一是组织学习《中华人民共和国著作权法》，明确网站转载稿件的版权所有人及其"
        "权利义务，对未经授权转载的稿件逐篇清理；二是建立稿件审核制度，严格落实三审三校，"
        "确保网站内容合法合规，杜绝侵权行为再次发生。"
    )
    assert strip_noise(line) == line


def test_lines_broken_mid_sentence_are_rejoined_and_paragraphs_kept() -> None:
    broken = (
        "1.学习流于形式的问题。\n"
        "整改情况：一是制定学习计划，每月集中学习一次，做到有计划、有记录、\n"
        "有总结。二是开展专题研讨，班子成员带头发言。\n"
        "2.意识形态工作责任制落实不到位的问题。\n"
    )
    lines = clean_lines(broken)
    assert [line.text[:2] for line in lines] == ["1.", "整改", "2."]
    assert lines[1].text.endswith("班子成员带头发言。")
    assert (lines[1].start, lines[1].end) == (2, 3)


def test_broken_notice_parses_like_the_clean_one() -> None:
    text = SMALL_NOTICE.replace("每月集中学习一次。二是", "每月集中学习\n一次。二是").replace(
        "现将整改进展情况予以公布", "现将整改进\n展情况予以公布"
    )
    clean = parse_text(SMALL_NOTICE).notices[0]
    broken = parse_text(text).notices[0]
    assert [i.measures for i in broken.items] == [i.measures for i in clean.items]
    assert broken.intro == clean.intro


def test_title_broken_over_two_lines() -> None:
    text = SMALL_NOTICE.replace("关于巡察整改进展情况的通报", "关于巡察整改进展情况的\n通　报")
    notice = parse_text(text).notices[0]
    assert notice.title == "中共某某县某某局党组关于巡察整改进展情况的通报"
    assert notice.unit == "中共某某县某某局党组"


def test_two_notices_back_to_back_with_and_without_title() -> None:
    second = SMALL_NOTICE.split("\n", 2)[2].replace("某某局", "另一局")
    parsed = parse_text(SMALL_NOTICE + "\n" + second).notices
    assert len(parsed) == 2
    assert parsed[1].title is None and parsed[1].unit == "县另一局党组"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一是加强学习。二是完善制度。三是严肃问责。", ["一是加强学习。", "二是完善制度。", "三是严肃问责。"]),
        ("重点开展以下工作：①召开会议。②印发通知。", ["重点开展以下工作：", "①召开会议。", "②印发通知。"]),
        ("（1）制定办法。\n（2）开展检查。", ["（1）制定办法。", "（2）开展检查。"]),
        ("1）制定办法；2）开展检查。", ["1）制定办法；", "2）开展检查。"]),
        ("一是即知即改。①提高。②建立。二是狠抓落实。", ["一是即知即改。①提高。②建立。", "二是狠抓落实。"]),
        ("报销审批更加严格。", ["报销审批更加严格。"]),
        ("截至2021年3月，完成4.5万元清退。一是专人负责。二是限期整改。", ["截至2021年3月，完成4.5万元清退。", "一是专人负责。", "二是限期整改。"]),
    ],
)
def test_clauses(text: str, expected: list[str]) -> None:
    assert split_clauses(text) == expected


def test_matching_form_folds_widths_and_quotes() -> None:
    assert fold_width("（一）：，１２") == "(一):,12"
    assert match_key("关于“理论学习 不深入”（一）") == match_key('关于"理论学习不深入"(一)')


def test_problem_keeps_quotes_for_display_and_drops_them_for_matching() -> None:
    item = parse_text(SMALL_NOTICE).notices[0].items[0]
    assert item.path[0] == "（一）关于“理论学习不深入”方面"
    notice = parse_text(SMALL_NOTICE.replace("1.学习流于形式的问题。", "1.关于“学习流于形式”的问题。")).notices[0]
    assert notice.items[0].problem == "关于“学习流于形式”的问题。"
    assert notice.items[0].problem_key == "关于学习流于形式的问题。"
