"""The name guard catches a person's name right after a post (由党委书记、董事长李强任组长)
and leaves the ordinary words that follow a post alone (局长办公会, 组长单位, 主任科员)."""

from __future__ import annotations

import pytest

from assistant.drafting.names.guard import NameGuard

OURS = "中共青山县农业农村局党组 县委第三巡察组"


def _people(text: str, allowed: str = OURS) -> list[str]:
    return [h.name for h in NameGuard(allowed, []).find(text) if h.kind == "person"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("成立整改工作领导小组，由党委书记、董事长李强任组长。", ["李强"]),
        ("由副主任王晓红分管财务工作。", ["王晓红"]),
        ("局党组书记、局长李强担任巡视整改工作领导小组组长。", ["李强"]),  # not 李强担
        ("副总经理张伟担任副组长，总经理欧阳晓红负责日常工作。", ["张伟", "欧阳晓红"]),
        ("局长赵有为同志、副局长李强等同志参加。", ["赵有为", "李强"]),
        ("检察长陈刚、庭长刘洋牵头，镇党委书记袁春桥亲自部署。", ["陈刚", "刘洋", "袁春桥"]),
    ],
)
def test_a_name_right_after_a_post_is_caught(text: str, names: list[str]) -> None:
    assert _people(text) == names


POSTS = (
    "董事长 总经理 副总经理 党委书记 书记 副书记 局长 副局长 主任 副主任 院长 校长 主席 部长 "
    "镇长 乡长 所长 站长 科长 股长 处长 厅长 组长 委员 检察长 庭长 经理 会长 秘书长"
).split()
CONTINUATIONS = "任 为 同志 担任 牵头 负责 分管 主持 带队 、 ， 。".split()


@pytest.mark.parametrize("post", POSTS)
def test_every_post_is_followed_by_a_name(post: str) -> None:
    assert _people(f"由{post}李强任组长。") == ["李强"]


@pytest.mark.parametrize("after", CONTINUATIONS)
def test_every_continuation_ends_a_name(after: str) -> None:
    assert _people(f"副主任王晓红{after}日常工作。") == ["王晓红"]


@pytest.mark.parametrize(
    "text",
    [
        "党委书记任组长，班子成员任副组长。",
        "召开局长办公会研究部署整改工作。",
        "主任会议审议通过整改方案。",
        "书记带头讲党课。",
        "董事长负责统筹推进。",
        "主任科员参加培训。",
        "组长单位牵头负责，组长单位为办公室。",
        "党委委员会委员、书记员、主任医师参加。",
        "推行书记项目，局长高度重视，局长任期内完成。",
        "党委书记董事长，总经理主持。",
        "书记全面负责，本市长江段、汉江段治理。",
    ],
)
def test_ordinary_words_after_a_post_are_not_names(text: str) -> None:
    assert _people(text) == []


def test_a_name_the_user_wrote_in_the_feedback_is_allowed() -> None:
    feedback = OURS + "\n党委书记、董事长李强对巡察整改负总责。"
    text = "由党委书记、董事长李强任组长，副主任王晓红分管日常工作。"
    assert _people(text, feedback) == ["王晓红"]
    assert _people(text) == ["李强", "王晓红"]


def test_a_name_after_a_post_is_scrubbed_to_a_placeholder() -> None:
    cleaned, _ = NameGuard(OURS, []).scrub("由党委书记、董事长李强任组长。")
    assert cleaned == "由党委书记、董事长【待补充：姓名】任组长。"
