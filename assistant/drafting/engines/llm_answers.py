"""Is a model's structured answer usable? If not, say what came back.

LangChain's structured output gives ``{"raw", "parsed", "parsing_error"}``; ``parsed`` is
None both when the model wrote prose instead of calling the tool (no error at all) and when
its JSON or fields were wrong. ``problem`` tells these apart in words a user (and, on the
retry, the model) can act on, and also rejects answers that parse but say nothing: an empty
goal, no measures, an empty progress text.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ValidationError

from assistant.drafting.engines.protocol import (
    FrontMatterDraft,
    ItemDraft,
    ProgressDraft,
    SectionsDraft,
)

MIN_MEASURES = 1  # an item needs at least this many measures with text
_SHOWN = 80  # characters of what came back quoted in a message


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return f"“{text[:_SHOWN]}{'…' if len(text) > _SHOWN else ''}”"


def _field_errors(error: ValidationError) -> str:
    parts = [
        f"字段 {'.'.join(str(p) for p in e['loc']) or '（整体）'}：{e['msg']}"
        for e in error.errors()[:3]
    ]
    return "；".join(parts)


def _validation_error(error: BaseException | None) -> ValidationError | None:
    while error is not None:
        if isinstance(error, ValidationError):
            return error
        error = error.__cause__ or error.__context__
    return None


def _raw_summary(raw: Any) -> str:
    calls = getattr(raw, "tool_calls", None) or []
    invalid = getattr(raw, "invalid_tool_calls", None) or []
    if invalid:
        return f"无法解析的 JSON 参数 {_clip(str(invalid[0].get('args') or ''))}"
    if calls:
        return f"工具调用 {_clip(json.dumps(calls[0].get('args'), ensure_ascii=False))}"
    content = str(getattr(raw, "content", "") or "")
    return f"一段文字而不是工具调用：{_clip(content)}" if content.strip() else "空回答"


def _empty_parts(parsed: BaseModel) -> str | None:
    """What a parsed answer lacks, or None when it says something everywhere it must."""
    if isinstance(parsed, ItemDraft):
        if not parsed.goal.strip():
            return "整改目标（goal）为空"
        measures = [m for m in parsed.measures if m.text.strip()]
        if len(measures) < MIN_MEASURES:
            return f"整改措施（measures）只有 {len(measures)} 条有内容，至少需要 {MIN_MEASURES} 条"
    blank = {
        FrontMatterDraft: ("guiding", "organisation", "requirements"),
        ProgressDraft: ("progress",),
        SectionsDraft: ("work",),
    }.get(type(parsed), ())
    for name in blank:
        if not str(getattr(parsed, name)).strip():
            return f"字段 {name} 为空"
    return None


def problem(out: dict[str, Any], schema: type[BaseModel]) -> str | None:
    """None for a usable answer; otherwise what came back and what is wrong with it."""
    parsed, error, raw = out.get("parsed"), out.get("parsing_error"), out.get("raw")
    if isinstance(parsed, schema):
        empty = _empty_parts(parsed)
        return None if empty is None else f"回答结构正确但{empty}"
    fields = _validation_error(error)
    if fields is not None:
        return f"回答的字段不符合要求（{_field_errors(fields)}）；收到：{_raw_summary(raw)}"
    if error is not None:
        return f"回答无法解析（{type(error).__name__}: {_clip(str(error))}）；收到：{_raw_summary(raw)}"
    return f"模型没有按要求调用工具作答；收到：{_raw_summary(raw)}"


def retry_instruction(what: str) -> str:
    """The message appended for the one retry: the model sees what was wrong."""
    return (
        f"你上一次的回答不可用：{what}。请重新作答：必须调用所给的工具，按其 JSON 结构填写"
        "每个字段，不得留空。"
    )
