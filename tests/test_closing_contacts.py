"""The closing is found wherever a repost left it, and its contacts are read."""

from __future__ import annotations

import pytest

from assistant.corpus import parse_text
from assistant.corpus.closing import parse_contacts, restore_at

HEAD = """中共某某县某某局党组关于巡察整改进展情况的通报
根据县委统一部署，2021年3月1日至4月30日，县委第三巡察组对县某某局党组开展了常规巡察。2021年5月20日，县委第三巡察组向县某某局党组反馈了巡察意见。现将整改进展情况予以公布。
一、整改工作基本情况
局党组高度重视，成立整改工作领导小组。
二、巡察反馈问题整改情况
1.理论学习不深入的问题。
整改情况：一是制定学习计划，每月集中学习一次。二是开展专题研讨。
2.意识形态工作责任制落实不到位的问题。
整改措施：一是召开专题会议研究部署。二是完善工作制度。"""
CLOSING = (
    "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。"
    "联系电话：0123-4567890；通信地址：某某县人民路1号；邮政编码：123456；电子邮箱：kxj2021163.com。"
)
SIGNED = "中共某某县某某局党组\n2021年7月5日"
LAST_MEASURES = "一是召开专题会议研究部署。二是完善工作制度。"


@pytest.mark.parametrize(
    "text",
    [
        f"{HEAD}\n{CLOSING}\n{SIGNED}",  # after the last item
        f"{HEAD}{CLOSING}\n{SIGNED}",  # glued to the last item's text
        f"{HEAD}\n{SIGNED}\n{CLOSING}",  # after the signature and date
        f"{HEAD}\n{CLOSING}",  # no signature
        f"{HEAD}\n{CLOSING[:30]}\n{CLOSING[30:70]}\n{CLOSING[70:]}\n{SIGNED}",  # broken lines
        f"{HEAD}\n{CLOSING}\n长按识别二维码，关注“机关写作圈”公众号，每天领取范文。\n{SIGNED}",  # an ad
    ],
    ids=["after-items", "glued", "after-signature", "unsigned", "broken", "ad-after"],
)
def test_the_closing_is_found_wherever_it_is(text: str) -> None:
    notice = parse_text(text, "x.txt").notices[0]
    assert notice.items[-1].measures == LAST_MEASURES
    assert notice.closing.replace("\n", "") == CLOSING
    assert notice.contacts == {
        "phone": "0123-4567890",
        "address": "某某县人民路1号",
        "postcode": "123456",
        "email": "kxj2021@163.com",
    }


def test_signature_and_date_are_read_when_the_closing_follows_them() -> None:
    notice = parse_text(f"{HEAD}\n{SIGNED}\n{CLOSING}", "x.txt").notices[0]
    assert notice.signature == "中共某某县某某局党组"
    assert notice.publication_date is not None and notice.publication_date.day == 5


def test_no_closing_leaves_the_last_item_whole() -> None:
    notice = parse_text(f"{HEAD}\n{SIGNED}", "x.txt").notices[0]
    assert (notice.closing, notice.contacts) == ("", {})
    assert notice.items[-1].measures == LAST_MEASURES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "联系方式：0898-88203470；\n地    址：三亚市海棠区林旺社区居委会234号\n电子信箱：lwzx88750392163.com",
            {"phone": "0898-88203470", "address": "三亚市海棠区林旺社区居委会234号", "email": "lwzx88750392@163.com"},
        ),
        (
            "联系电话;0796-8689658;邮政信箱：331600，电子邮箱：jstraffic163.com。",
            {"phone": "0796-8689658", "postcode": "331600", "email": "jstraffic@163.com"},
        ),
        (
            "联系电话：0745-723658；电子邮箱fzzjb508＠163.com。",
            {"phone": "0745-723658", "email": "fzzjb508@163.com"},
        ),
        (
            "联系电话：0744—6223478。通信地址：某某路1号（邮编：230001）",
            {"phone": "0744-6223478", "address": "某某路1号", "postcode": "230001"},
        ),
        ("联系电话：0123-45\n67890；电子邮箱：abc@example.org", {"phone": "0123-4567890", "email": "abc@example.org"}),
    ],
)
def test_contacts_are_parsed(text: str, expected: dict[str, str]) -> None:
    assert parse_contacts(text) == expected


def test_an_at_is_put_back_only_for_known_providers() -> None:
    assert restore_at("xzsfcmsina.cn") == "xzsfcm@sina.cn"
    assert restore_at("abcqq.com") == "abc@qq.com"
    assert restore_at("zzrsclhsr.sh.gov.cn") == "zzrsclhsr.sh.gov.cn"  # where the @ was: unknown
    assert restore_at("163.com") == "163.com"
