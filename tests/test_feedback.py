"""Reading a unit's feedback from YAML and from the group's plain text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.drafting.deadlines import deadline_for
from assistant.drafting.inputs.feedback.loader import load_feedback
from assistant.drafting.inputs.feedback.text_reader import parse_feedback_text
from assistant.drafting.inputs.feedback.yaml_reader import parse_feedback_yaml
from assistant.errors import InputError

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
UNIT = "中共青山县农业农村局党组"

# A minimal valid YAML; tests break one thing at a time.
MINIMAL = f"""\
unit: {UNIT}
feedback:
  - title: 贯彻落实党的理论和路线方针政策方面
    problems:
      - title: 理论学习不够深入
"""

TEXT = """\
县委第三巡察组关于巡察县农业农村局党组的反馈意见
被巡察党组织：中共青山县农业农村局党组
巡察时间：2026年3月10日至5月10日
根据县委统一部署，县委第三巡察组开展了十五届县委第六轮巡察。现反馈如下：
一、贯彻落实党的理论和路线方针政策方面
（一）理论学习不够深入。中心组学习流于形式。
二、落实全面从严治党战略部署方面
（一）惠农资金监管不严。补贴审核把关不严。
"""


def _yaml_error(text: str) -> InputError:
    with pytest.raises(InputError) as info:
        parse_feedback_yaml(text, "feedback.yaml")
    return info.value


def _text_error(text: str) -> InputError:
    with pytest.raises(InputError) as info:
        parse_feedback_text(text, "feedback.txt")
    return info.value


# --------------------------------------------------------------------------- examples


def test_example_yaml_loads() -> None:
    feedback = load_feedback(EXAMPLES / "feedback.yaml")
    assert feedback.unit == UNIT
    assert feedback.source == str(EXAMPLES / "feedback.yaml")
    assert feedback.inspection.kind == "巡察"
    assert feedback.inspection.body == "县委第三巡察组"
    assert feedback.inspection.round == "十五届县委第六轮巡察"
    assert feedback.inspection.start == dt.date(2026, 3, 10)
    assert feedback.inspection.feedback_date == dt.date(2026, 6, 15)  # written 2026年6月15日
    assert feedback.contacts.postcode == "333000"  # a number stays text
    assert feedback.defaults.department == "局办公室"
    assert [len(c.problems) for c in feedback.feedback] == [3, 4, 2]

    leaves = feedback.problems()
    assert len(leaves) == 10
    keys = [leaf.key for leaf in leaves]
    assert keys[:3] == ["1.1", "1.2", "1.3"]
    assert "2.3" not in keys  # a heading with sub-problems is not a leaf
    by_key = {leaf.key: leaf for leaf in leaves}
    assert by_key["1.1"].problem.title == "理论学习不够深入"
    assert by_key["1.1"].problem.deadline == "长期坚持"
    assert by_key["1.2"].problem.deadline == dt.date(2026, 8, 31)
    assert by_key["2.2"].problem.deadline == dt.date(2026, 9, 30)
    sub = by_key["2.3.1"]
    assert sub.problem.title == "公务接待管理不规范"
    assert sub.path == ["落实全面从严治党战略部署方面", "落实中央八项规定精神不严格"]
    # folded YAML lines are joined without the space YAML puts between them
    assert "研讨仅4次；学用结合" in by_key["1.1"].problem.detail

    first_category = feedback.feedback[0]
    assert first_category.line is not None and first_category.line > 1
    assert by_key["1.1"].problem.line is not None
    assert by_key["1.1"].problem.line > first_category.line
    assert (sub.problem.line, by_key["2.2"].problem.line) == (83, 74)


def test_example_text_loads_like_the_yaml() -> None:
    from_yaml = load_feedback(EXAMPLES / "feedback.yaml")
    feedback = load_feedback(EXAMPLES / "feedback.txt")
    assert feedback.unit == from_yaml.unit
    assert feedback.inspection.body == from_yaml.inspection.body
    assert feedback.inspection.round == "十五届县委第六轮巡察"  # from the intro
    assert (feedback.inspection.start, feedback.inspection.end) == (
        dt.date(2026, 3, 10),
        dt.date(2026, 5, 10),
    )
    assert feedback.inspection.feedback_date == dt.date(2026, 6, 15)
    assert [c.title for c in feedback.feedback] == [c.title for c in from_yaml.feedback]
    assert [leaf.key for leaf in feedback.problems()] == [leaf.key for leaf in from_yaml.problems()]
    by_key = {leaf.key: leaf for leaf in feedback.problems()}
    assert by_key["1.1"].problem.title == "理论学习不够深入"
    assert by_key["1.1"].problem.line == 12
    # the continuation line of （一） is part of its detail
    assert by_key["1.1"].problem.detail.endswith("运用党的创新理论指导乡村全面振兴工作不够有力。")
    assert by_key["2.3.1"].path == ["落实全面从严治党战略部署方面", "落实中央八项规定精神不严格"]
    # the closing request and the signature are not the last problem's detail
    assert by_key["3.2"].problem.detail.endswith("个别干部选拔任用动议环节记录不全。")
    assert feedback.feedback[2].line == 23


# --------------------------------------------------------------------------- YAML errors


def test_minimal_yaml_and_category_alias() -> None:
    text = MINIMAL.replace("\n  - title:", "\n  - category:")
    feedback = parse_feedback_yaml(text, "feedback.yaml")
    assert feedback.feedback[0].title == "贯彻落实党的理论和路线方针政策方面"
    assert feedback.feedback[0].line == 3
    assert feedback.feedback[0].problems[0].line == 5
    assert feedback.source == "feedback.yaml"


def test_malformed_yaml_names_the_line() -> None:
    text = MINIMAL + "     - title: 缩进错了\n"
    error = _yaml_error(text)
    assert error.line == 6
    assert "line 6, column 6" in error.message
    assert error.hint is not None and "YAML syntax" in error.hint


def test_full_width_colon_is_explained() -> None:
    error = _yaml_error(f"unit：{UNIT}\n")
    assert error.line == 1
    assert error.hint is not None and "not `：`" in error.hint


def test_missing_unit() -> None:
    error = _yaml_error(MINIMAL.split("\n", 1)[1])
    assert error.message == "the feedback file has no `unit` (the inspected party organisation)"
    assert error.line == 1
    assert str(error).startswith("feedback.yaml:1: the feedback file has no `unit`")


@pytest.mark.parametrize("value", ["[]", ""])
def test_empty_feedback(value: str) -> None:
    error = _yaml_error(f"unit: {UNIT}\nfeedback: {value}\n")
    assert error.message == "`feedback` lists no problems"
    assert error.line == 2


def test_category_without_problems_is_named() -> None:
    text = MINIMAL + "  - category: 落实新时代党的组织路线方面\n    problems: []\n"
    error = _yaml_error(text)
    assert error.message == "category `落实新时代党的组织路线方面` has no problems"
    assert error.line == 7


def test_unknown_key_with_its_line_and_the_allowed_keys() -> None:
    text = MINIMAL + "        deadlne: 立行立改\n"
    error = _yaml_error(text)
    assert error.message == "unknown key `deadlne` in feedback[0].problems[0]"
    assert error.line == 6
    assert error.hint is not None
    assert "did you mean `deadline`?" in error.hint
    assert "title, detail, leader, department, deadline, sub_problems" in error.hint


def test_unknown_top_level_key() -> None:
    error = _yaml_error(MINIMAL + "leader: 张三\n")
    assert error.message == "unknown key `leader` in the top level"
    assert error.line == 6


def test_wrong_type_deep_in_the_tree_names_path_and_line() -> None:
    text = MINIMAL + (
        "      - title: 落实中央八项规定精神不严格\n"
        "        sub_problems:\n"
        "          - title: 公务接待管理不规范\n"
        "          - title: [公务用车, 管理不严]\n"
    )
    error = _yaml_error(text)
    assert error.line == 9
    assert error.message == (
        "feedback[0].problems[1].sub_problems[1].title: Input should be a valid string"
    )


def test_missing_title_uses_the_line_of_its_mapping() -> None:
    text = MINIMAL + "      - detail: 只有细节没有标题\n"
    error = _yaml_error(text)
    assert error.message == "feedback[0].problems[1].title: Field required"
    assert error.line == 6


def test_chinese_dates_and_deadlines() -> None:
    text = (
        MINIMAL.replace(
            "feedback:\n", "inspection:\n  start: 2026年3月10日\n  end: 2026-05-10\nfeedback:\n"
        )
        + "        deadline: 2026年6月底前\n"
        + "      - title: 意识形态工作责任制落实不到位\n"
        + "        deadline: 2026年7月31日\n"
    )
    feedback = parse_feedback_yaml(text, "feedback.yaml")
    assert feedback.inspection.start == dt.date(2026, 3, 10)
    assert feedback.inspection.end == dt.date(2026, 5, 10)
    assert [leaf.problem.deadline for leaf in feedback.problems()] == [
        dt.date(2026, 6, 30),
        dt.date(2026, 7, 31),
    ]


def test_bad_deadline_is_refused_with_its_line() -> None:
    error = _yaml_error(MINIMAL + "        deadline: 下个月\n")
    assert error.line == 6
    assert error.message == "feedback[0].problems[0].deadline: `下个月` is not a deadline"


def test_a_term_from_the_feedback_is_a_deadline_dated_from_the_feedback() -> None:
    """`deadline: 在反馈之日起2个月内` (as groups write it) was refused as no deadline."""
    text = (
        MINIMAL.replace("feedback:\n", "inspection:\n  feedback_date: 2026-06-12\nfeedback:\n")
        + "        deadline: 在反馈之日起2个月内\n"
        + "      - title: 意识形态工作责任制落实不到位\n"
        + "        deadline: 三个月内完成整改\n"
    )
    feedback = parse_feedback_yaml(text, "feedback.yaml")
    leaves = list(feedback.problems())
    assert [leaf.problem.deadline for leaf in leaves] == ["反馈之日起2个月内", "反馈之日起3个月内"]
    dated = [deadline_for(leaf, feedback, 6) for leaf in leaves]
    assert [(d.kind, d.date) for d in dated] == [
        ("限期整改", dt.date(2026, 8, 12)),
        ("限期整改", dt.date(2026, 9, 12)),
    ]
    # a term with no month count stays an error
    assert "is not a deadline" in _yaml_error(MINIMAL + "        deadline: 反馈之日起尽快\n").message


# --------------------------------------------------------------------------- plain text


def test_text_reads_header_title_and_tree() -> None:
    feedback = parse_feedback_text(TEXT, "feedback.txt")
    assert feedback.unit == UNIT  # the header wins over the title's 县农业农村局党组
    assert feedback.inspection.body == "县委第三巡察组"  # from the title
    assert feedback.inspection.kind == "巡察"
    assert feedback.inspection.round == "十五届县委第六轮巡察"
    assert feedback.inspection.end == dt.date(2026, 5, 10)  # the year is carried over
    assert [
        (leaf.key, leaf.problem.title, leaf.problem.detail) for leaf in feedback.problems()
    ] == [
        ("1.1", "理论学习不够深入", "中心组学习流于形式。"),
        ("2.1", "惠农资金监管不严", "补贴审核把关不严。"),
    ]
    assert [c.line for c in feedback.feedback] == [5, 7]


def test_text_title_alone_gives_unit_and_kind() -> None:
    text = (
        "省委第二巡视组关于对青山市委巡视情况的反馈意见\n"
        "一、巡视发现的主要问题\n"
        "（一）贯彻落实党中央决策部署方面\n"
        "1.学习贯彻不够深入，主要表现在：学用脱节。\n"
        "2.落实不到位。\n"
        "二、意见建议\n"
        "1.加强理论学习。\n"
    )
    feedback = parse_feedback_text(text, "feedback.txt")
    assert feedback.unit == "青山市委"
    assert feedback.inspection.kind == "巡视"
    assert feedback.inspection.body == "省委第二巡视组"
    assert [c.title for c in feedback.feedback] == ["贯彻落实党中央决策部署方面"]
    assert [leaf.problem.title for leaf in feedback.problems()] == [
        "学习贯彻不够深入",
        "落实不到位",
    ]


def test_text_flat_problems_make_one_category() -> None:
    text = f"被巡察党组织：{UNIT}\n1.理论学习不够深入。\n2.惠农资金监管不严。\n"
    feedback = parse_feedback_text(text, "feedback.txt")
    assert [c.title for c in feedback.feedback] == ["巡察发现的主要问题"]
    assert [leaf.key for leaf in feedback.problems()] == ["1.1", "1.2"]


def test_yaml_problem_written_as_plain_text() -> None:
    error = _yaml_error(MINIMAL.replace("- title: 理论学习不够深入", "- 理论学习不够深入"))
    assert error.line == 5
    assert error.message.startswith("feedback[0].problems[0]: expected keys such as `title: …`")


def test_text_closing_is_not_swallowed() -> None:
    text = (
        TEXT
        + "\n希望局党组高度重视，认真整改。\n联系电话：0798-6123456\n县委第三巡察组\n2026年6月15日\n"
    )
    feedback = parse_feedback_text(text, "feedback.txt")
    assert feedback.problems()[-1].problem.detail == "补贴审核把关不严。"
    assert feedback.contacts.phone == "0798-6123456"
    assert feedback.inspection.feedback_date == dt.date(2026, 6, 15)  # from the date line


def test_text_without_unit() -> None:
    text = "\n".join(line for line in TEXT.splitlines()[3:])
    error = _text_error(text)
    assert error.message == "no inspected unit found"
    assert error.hint is not None and "被巡察党组织：" in error.hint


def test_text_without_numbered_problems() -> None:
    error = _text_error(f"被巡察党组织：{UNIT}\n巡察发现理论学习不深入等问题。\n")
    assert error.message == "no numbered problems found"


def test_text_category_without_problems_has_its_line() -> None:
    text = TEXT + "三、落实新时代党的组织路线方面\n存在一些问题。\n"
    error = _text_error(text)
    assert error.line == 9
    assert (
        error.message == "category `落实新时代党的组织路线方面` has no numbered problems under it"
    )


def test_text_bad_period_has_its_line() -> None:
    error = _text_error(TEXT.replace("2026年3月10日至5月10日", "三月至五月"))
    assert error.line == 3
    assert error.message == "cannot read the period in `三月至五月`"


# --------------------------------------------------------------------------- files


def test_gbk_text_file(tmp_path: Path) -> None:
    path = tmp_path / "反馈意见.txt"
    path.write_bytes(TEXT.encode("gbk"))
    feedback = load_feedback(path)
    assert feedback.unit == UNIT
    assert len(feedback.problems()) == 2
    assert feedback.source == str(path)


def test_yaml_content_in_a_txt_file_is_read_as_yaml(tmp_path: Path) -> None:
    path = tmp_path / "feedback.txt"
    path.write_text(MINIMAL, encoding="utf-8")
    assert load_feedback(path).problems()[0].problem.title == "理论学习不够深入"


def test_missing_path_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        load_feedback(tmp_path / "nope.yaml")
    assert info.value.message == "no such file" and info.value.hint
    with pytest.raises(InputError) as info:
        load_feedback(tmp_path)
    assert info.value.message == "this is a folder, not a feedback file" and info.value.hint


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "feedback.yaml"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_feedback(path)
    assert info.value.message == "the file is empty"
