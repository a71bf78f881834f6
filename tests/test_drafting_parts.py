"""The drafting parts one by one: adaptation, guards, deadlines, counts, prompts, rendering."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.corpus.clauses import cn_numeral
from assistant.drafting.adapt import (
    adapt_clause,
    full_width_punctuation,
    placeholder_facts,
    to_plan_register,
    unit_forms,
)
from assistant.drafting.citations import CitationRegister, CitedWriter
from assistant.drafting.deadlines import deadline_for, months_after
from assistant.drafting.engines.extractive import enumerate_clauses
from assistant.drafting.engines.prompts import load_prompt
from assistant.drafting.guards import check_citations, flag_unverified, strip_markers
from assistant.drafting.inputs.feedback.model import Feedback, FeedbackLeaf, FeedbackProblem
from assistant.drafting.models import Counts
from assistant.drafting.names.guard import NameGuard
from assistant.drafting.plan import plan_title
from assistant.drafting.sources import Source, clause_texts, strip_ordinal
from assistant.drafting.unit_forms import committee_of
from assistant.errors import ConfigError
from assistant.index.precedents import Precedent
from assistant.index.records import PrecedentRecord

OURS = unit_forms("中共青山县农业农村局党组")


def feedback(**inspection: object) -> Feedback:
    return Feedback.model_validate(
        {
            "unit": "中共青山县农业农村局党组",
            "inspection": {"body": "县委第三巡察组", **inspection},
            "feedback": [{"title": "方面", "problems": [{"title": "问题"}]}],
        }
    )


def record(unit: str = "中共西安市科协党组", clauses: list[str] | None = None) -> PrecedentRecord:
    clauses = clauses or ["一是制定学习制度。", "二是开展专题研讨。"]
    return PrecedentRecord(
        id="n1:1.1",
        notice_id="n1",
        key="1.1",
        unit=unit,
        kind="巡察",
        level="市",
        sector="",
        year=2021,
        date="2021-06-11",
        path=["一、政治建设方面"],
        problem="理论学习不深入",
        measures="".join(clauses),
        clauses=clauses,
    )


# -- adaptation ---------------------------------------------------------------------------
def test_unit_forms_of_our_unit() -> None:
    assert (OURS.core, OURS.organ, OURS.suffix) == ("青山县农业农村局", "局", "党组")
    assert (OURS.party_short, OURS.we) == ("局党组", "我局")
    assert unit_forms("中共拉萨市城关区委员会").suffix == "党委"


@pytest.mark.parametrize(
    ("clause", "unit", "expected"),
    [
        ("明确市科协党组理论学习中心组成员构成", "中共西安市科协党组", "明确局党组理论学习中心组成员构成。"),
        ("西藏自治区司法厅系统开展学习，厅党委召开会议", "司法厅党委", "我局系统开展学习，局党组召开会议。"),
        ("邀请驻市政协机关纪检组参会", "中共枣庄市政协机关党组", "邀请驻我局纪检组参会。"),
        ("我会召开了专题会议", "中共西安市科协党组", "我局召开专题会议。"),
    ],
)
def test_the_precedents_unit_becomes_ours(clause: str, unit: str, expected: str) -> None:
    assert adapt_clause(clause, unit, OURS) == expected


def test_other_groups_and_named_people_do_not_survive() -> None:
    import dataclasses

    ours = dataclasses.replace(OURS, body="县委第三巡察组")
    text = adapt_clause("紧扣市委第二巡察组反馈意见，由刘发奎同志督导，全体同志参加", "某局党组", ours)
    assert text == "紧扣县委第三巡察组反馈意见，由【待补充：姓名】同志督导，全体同志参加。"
    assert unit_forms("中共某市直属机关党委").organ == ""  # 属 is no organ: no 属党委 form


def test_plan_register_drops_completion_words_but_keeps_le_in_words() -> None:
    assert to_plan_register("已经召开了会议，了解情况") == "召开会议，了解情况"
    assert to_plan_register("目前，已建立台账") == "建立台账"
    assert to_plan_register("为了加强学习，统一了思想") == "为了加强学习，统一思想"


def test_another_units_facts_become_placeholders() -> None:
    text = placeholder_facts(
        "2020年4月23日，制定《市科协学习细则》（西财办〔2020〕5号），指定1名秘书，培训176人次"
    )
    assert "2020" not in text and "176" not in text and "1名" not in text
    assert text.count("【待补充：时间】") == 1
    assert text.count("【待补充：数量】") == 2
    assert "《【待补充：文件名称】》" in text and "【待补充：文号】" in text


def test_national_documents_keep_their_titles() -> None:
    text = adapt_clause("认真学习《市局学习办法》和《中国共产党纪律处分条例》", "某局党组", OURS)
    assert "《中国共产党纪律处分条例》" in text
    assert "《【待补充：文件名称】》" in text
    # …and their own titles after a national one go (round 53: read as blanks to fill)
    text = adapt_clause("认真学习《中国共产党纪律处分条例》和《市局学习办法》", "某局党组", OURS)
    assert text == "认真学习《中国共产党纪律处分条例》。"


def test_half_width_punctuation_in_chinese_becomes_full_width() -> None:
    assert full_width_punctuation("加强学习,突出重点;完善(试行)制度") == "加强学习，突出重点；完善（试行）制度"
    assert full_width_punctuation("GPS 3.5, a,b") == "GPS 3.5, a,b"


# -- sources ------------------------------------------------------------------------------
def test_clauses_lose_their_ordinals_and_short_ones_go() -> None:
    assert strip_ordinal("二是开展专题研讨。") == "开展专题研讨。"
    assert strip_ordinal("（3）建立台账") == "建立台账"
    rec = record(clauses=["一是制定学习制度，每月集中学习。", "二是好。", "三是开展专题研讨交流活动。"])
    assert clause_texts(rec) == ["制定学习制度，每月集中学习。", "开展专题研讨交流活动。"]


# -- guards -------------------------------------------------------------------------------
def test_markers_are_stripped_and_unknown_citations_removed() -> None:
    assert strip_markers("建立台账[2]；完善制度［3］。") == ("建立台账；完善制度。", [2, 3])
    text, kept, findings = check_citations("建立台账[2][9]。", [1], {1, 2, 3}, "1.1")
    assert text == "建立台账。" and kept == [1, 2]
    assert [f.check for f in findings] == ["citation_removed"]
    assert "[9]" in findings[0].message and findings[0].item == "1.1"


def test_unverified_facts_are_flagged_and_supplied_ones_kept() -> None:
    supplied = "2026年7月召开专题会议3次，修订《财务管理办法》"
    text, findings = flag_unverified(
        "2026年7月召开专题会议3次，修订《财务管理办法》和《公务接待规定》，培训干部120人次[4]。",
        supplied,
        "2.1",
    )
    assert "2026年7月召开专题会议3次" in text
    assert "《财务管理办法》" in text and "【待核实：《财务管理办法》】" not in text
    assert "【待核实：《公务接待规定》】" in text
    assert "【待核实：120人】" in text or "【待核实：120人次】" in text
    assert "[4]" in text  # a citation marker is not a fact
    assert sorted(f.message.split(" ")[0] for f in findings) == ["document", "number"]


def test_cited_writer_renumbers_globally_and_scrubs_names() -> None:
    precedent = Precedent(rank=1, score=1.0, signals={}, record=record())
    sources = [Source(1, precedent, "制定学习制度。"), Source(2, precedent, "开展专题研讨。")]
    guard = NameGuard("中共青山县农业农村局党组", ["中共西安市科协党组"])
    writer = CitedWriter(CitationRegister(), guard, "我局")
    first, numbers = writer.write("西安市科协开展专题研讨。", sources, cited=[2])
    assert first == "我局开展专题研讨[1]。" and numbers == [1]
    again, numbers = writer.write("制定学习制度[1]，开展研讨[2]。", sources)
    assert again == "制定学习制度，开展研讨[2][1]。" and numbers == [2, 1]
    assert [c.clause for c in writer.register.citations] == ["开展专题研讨。", "制定学习制度。"]
    assert [f.check for f in writer.findings] == ["leaked_name"]


# -- plan pieces --------------------------------------------------------------------------
def test_deadlines_follow_the_input_then_the_kind_of_problem() -> None:
    fb = feedback(feedback_date="2026-06-15")

    def leaf(title: str, deadline: object = None) -> FeedbackLeaf:
        problem = FeedbackProblem.model_validate({"title": title, "deadline": deadline})
        return FeedbackLeaf(key="1.1", path=["方面"], problem=problem)

    assert deadline_for(leaf("公务接待超标准"), fb, 3).kind == "立行立改"
    assert deadline_for(leaf("理论学习不深入"), fb, 3).kind == "长期坚持"
    fixed = deadline_for(leaf("档案管理混乱"), fb, 3)
    assert (fixed.kind, fixed.date, fixed.text) == ("限期整改", dt.date(2026, 9, 30), "2026年9月底前")
    assert deadline_for(leaf("理论学习不深入", "立行立改"), fb, 3).kind == "立行立改"
    given = deadline_for(leaf("x", dt.date(2026, 12, 1)), fb, 3)
    assert (given.kind, given.date) == ("限期整改", dt.date(2026, 12, 1))
    assert months_after(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)


def test_titles_and_committee_come_from_the_inspection() -> None:
    fb = feedback()
    assert plan_title(fb) == "中共青山县农业农村局党组关于县委第三巡察组巡察反馈意见的整改方案"
    assert committee_of(fb) == "县委"
    assert committee_of(feedback(body="省委第六巡视组", kind="巡视")) == "省委"


def test_counts_sentence_uses_the_counts() -> None:
    counts = Counts(categories=3, problems=10, completed=6, basically_completed=0, in_progress=4)
    assert counts.text("巡察") == "巡察反馈的3个方面10个具体问题中，已完成整改6个，正在推进4个。"
    counts = Counts(categories=2, problems=5, completed=1, basically_completed=2, in_progress=2)
    assert "基本完成2个" in counts.text("巡视") and counts.text("巡视").startswith("巡视")


def test_enumerations_and_numerals() -> None:
    assert enumerate_clauses(["召开会议。", "建立台账；"]) == "一是召开会议；二是建立台账。"
    assert enumerate_clauses(["召开会议"]) == "召开会议。"
    assert [cn_numeral(n) for n in (1, 10, 11, 20, 23)] == ["一", "十", "十一", "二十", "二十三"]


# -- prompts ------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["plan_item", "plan_front_matter", "report_item", "report_sections"])
def test_shipped_prompts_declare_their_variables(name: str) -> None:
    prompt = load_prompt(name)
    values = {v: f"<{v}>" for v in prompt.variables}
    text = "\n".join(str(m.content) for m in prompt.messages(**values))
    assert all(f"<{v}>" in text for v in prompt.variables)
    assert len(prompt.sha256) == 64


def test_a_prompt_using_an_undeclared_variable_is_refused(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(
        "name: bad\ndescription: x\nvariables: [unit]\nsystem: '{unit}'\nuser: '{problem}'\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="problem"):
        load_prompt("bad", tmp_path)


def test_token_budget_trims_context_then_an_overlong_problem() -> None:
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    from assistant.drafting.engines.llm import LLMEngine
    from assistant.index.tokens import count_tokens
    from assistant.settings import load_settings

    engine = LLMEngine(
        load_settings(llm={"prompt_token_budget": 800, "cache": False}, audit=False),
        chat_model=FakeListChatModel(responses=["{}"]),
    )
    prompt = load_prompt("plan_item")
    values = {v: "x" for v in prompt.variables if v != "precedents"}
    lines = [f"[{n}] 建立健全理论学习制度，定期开展专题研讨交流，推动学习走深走实。" for n in range(1, 60)]
    fitted, kept, tokens = engine.fit(prompt, values, "precedents", lines)
    assert 0 < kept < len(lines) and tokens <= 800
    assert tokens > 800 - count_tokens(lines[kept])  # the largest number of lines that fits
    values["detail"] = "问题表现很长。" * 600
    fitted, kept, tokens = engine.fit(prompt, values, "precedents", lines)
    assert kept == 0 and tokens <= 800 and len(fitted["detail"]) < len(values["detail"])


def test_a_national_body_is_not_the_precedents_unit() -> None:
    from assistant.drafting.adapt import replace_own_unit

    text = "学习全国政协、市政协有关加强人民政协理论研究的文件精神，政协党组要带头"
    adapted = replace_own_unit(text, "中共枣庄市政协党组", unit_forms("中共青山县农业农村局党组"))
    assert adapted == "学习全国政协、我局有关加强人民政协理论研究的文件精神，局党组要带头"
