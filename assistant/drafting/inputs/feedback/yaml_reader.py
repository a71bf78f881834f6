"""The YAML form of a feedback (``examples/feedback.yaml`` documents the schema).

The file is composed into nodes first, so each value, each unknown key and each pydantic
error can point at its line. Numbers and yes/no stay text (a postcode 010000 is not octal
4096); ``2026-06-15`` and ``2026年6月15日`` are both dates; ``category`` is accepted for a
category's ``title``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from assistant.drafting.inputs.feedback.dates import DATE_KEYS, DEADLINE_KINDS, date_from_text
from assistant.drafting.inputs.feedback.model import (
    EXAMPLE_HINT,
    Contacts,
    Defaults,
    Feedback,
    FeedbackCategory,
    FeedbackProblem,
    Inspection,
    term_months,
)
from assistant.errors import InputError
from assistant.i18n import _
from assistant.yaml_input import TextLoader, syntax_error

# Keys whose value is a nested model (a mapping) or a list of them.
_NESTED: dict[str, tuple[type[BaseModel], bool]] = {
    "inspection": (Inspection, False),
    "contacts": (Contacts, False),
    "defaults": (Defaults, False),
    "feedback": (FeedbackCategory, True),
    "problems": (FeedbackProblem, True),
    "sub_problems": (FeedbackProblem, True),
}
_LIST_KEYS = {"feedback", "problems", "sub_problems"}
_REQUIRED_KEYS = {"unit", "title"}  # kept when empty so the error says "is empty"
_READER_FIELDS = {"line", "source"}  # set by the readers, never written by hand
_PROSE_KEYS = {"title", "detail"}
# Folded YAML (>-) joins lines with a space, which Chinese text does not have.
# …and after a Chinese stop before a figure (仅14个， 97个; 公告； 2024年: read in plans)
_CJK_GAP_RE = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])|(?<=[，。；：、！？）】》”’])\s+|\s+(?=[，。；：、！？（【《“‘])")


def _allowed_keys(model: type[BaseModel]) -> list[str]:
    keys = [name for name in model.model_fields if name not in _READER_FIELDS]
    if model is FeedbackCategory:
        keys.insert(1, "category")
    return keys


def _line(node: Node) -> int:
    return node.start_mark.line + 1


def _join_path(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


@dataclass(frozen=True)
class _Spot:
    """Where a value of the data came from: its line and its path in YAML terms."""

    line: int
    path: str
    is_mapping: bool


class _YamlReader:
    """Turns the node tree into plain data for pydantic and remembers where each value was."""

    def __init__(self, loader: TextLoader, where: str) -> None:
        self.loader = loader
        self.where = where
        self.spots: dict[tuple[str | int, ...], _Spot] = {}

    def error(self, message: str, line: int, hint: str | None = None) -> InputError:
        return InputError(message, where=self.where, line=line, hint=hint)

    def mapping(
        self, node: MappingNode, model: type[BaseModel], loc: tuple[str | int, ...], path: str
    ) -> dict[str, Any]:
        self.loader.flatten_mapping(node)  # resolve '<<' merge keys
        allowed = _allowed_keys(model)
        out: dict[str, Any] = {}
        seen: dict[str, str] = {}
        for key_node, value_node in node.value:
            line = _line(key_node)
            if not isinstance(key_node, ScalarNode):
                raise self.error(
                    _("{where}中有一个键不是简单的名称").format(where=path or _("顶层")),
                    line,
                    hint=_("此处允许的键：{keys}").format(keys=", ".join(allowed)),
                )
            key = str(key_node.value)
            if key not in allowed:
                raise self._unknown_key(key, path, allowed, line)
            name = "title" if model is FeedbackCategory and key == "category" else key
            if name in seen:
                raise self.error(
                    _("`{key}` 在{where}中出现了两次").format(key=key, where=path or _("顶层"))
                    if seen[name] == key
                    else _("{where}中同时给出了 `title` 和 `category`").format(where=path),
                    line,
                    hint=_("只保留其中一个"),
                )
            seen[name] = key
            sub_loc, sub_path = (*loc, name), _join_path(path, key)
            self.spots[sub_loc] = _Spot(line, sub_path, isinstance(value_node, MappingNode))
            value = self.value(value_node, name, sub_loc, sub_path)
            if value is None:
                if name in _LIST_KEYS:
                    value = []
                elif name not in _REQUIRED_KEYS:
                    continue  # an empty optional key means "not set"
            out[name] = value
        if model in (FeedbackCategory, FeedbackProblem):
            out["line"] = _line(node)
        return out

    def _unknown_key(self, key: str, path: str, allowed: list[str], line: int) -> InputError:
        hint = _("此处可用的键：{keys}").format(keys=", ".join(allowed))
        close = difflib.get_close_matches(key, allowed, n=1)
        if close:
            hint = _("是不是 `{key}`？{hint}").format(key=close[0], hint=hint)
        elif key == "category":
            hint = _("`category` 是类别；问题用 `title`。{hint}").format(hint=hint)
        elif key in _READER_FIELDS:
            hint = _("`{key}` 由 rectify 自己填写；{hint}").format(key=key, hint=hint)
        return self.error(_("{path}中有未知的键 `{key}`").format(
            key=key, path=path or _("顶层")), line, hint=hint)

    def value(self, node: Node, name: str, loc: tuple[str | int, ...], path: str) -> Any:
        nested = _NESTED.get(name)
        if nested is not None:
            model, is_list = nested
            if is_list and isinstance(node, SequenceNode):
                items: list[Any] = []
                for i, item in enumerate(node.value):
                    item_loc, item_path = (*loc, i), f"{path}[{i}]"
                    is_map = isinstance(item, MappingNode)
                    self.spots[item_loc] = _Spot(_line(item), item_path, is_map)
                    if isinstance(item, MappingNode):
                        items.append(self.mapping(item, model, item_loc, item_path))
                    else:
                        items.append(self.scalar(item, item_path))
                return items
            if not is_list and isinstance(node, MappingNode):
                return self.mapping(node, model, loc, path)
        value = self.scalar(node, path)
        if name in DATE_KEYS:
            return self._date(value, path, _line(node))
        if name == "deadline":
            return self._deadline(value, path, _line(node))
        if name in _PROSE_KEYS and isinstance(value, str):
            return _CJK_GAP_RE.sub("", value)
        return value

    def scalar(self, node: Node, path: str) -> Any:
        """Any other value as plain data; pydantic judges its type."""
        try:
            return self.loader.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError) as exc:  # e.g. 2026-02-30 fails in the timestamp
            raise self.error(
                _("{path}：无法读取这个值（{error}）").format(path=path, error=exc).replace("\n", " "),
                _line(node),
                hint=_("给这个值加上引号，或把日期写成 2026-06-15 或 2026年6月15日"),
            ) from None

    def _date(self, value: Any, path: str, line: int) -> Any:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, str) and value.strip():
            date = date_from_text(value)
            if date is None:
                raise self.error(
                    _("{path}：`{value}` 不是日期").format(path=path, value=value),
                    line,
                    hint=_("把日期写成 2026-06-15 或 2026年6月15日"),
                )
            return date
        return value

    def _deadline(self, value: Any, path: str, line: int) -> Any:
        if isinstance(value, dt.datetime):
            return value.date()
        if not isinstance(value, str) or not value.strip():
            return value
        text = value.strip()
        if text in DEADLINE_KINDS:
            return text
        when = text.removeprefix("限期整改").strip(" ，,：:（）()")
        months = term_months(when)
        if months is not None:
            return f"反馈之日起{months}个月内"
        date = date_from_text(when)
        if date is None:
            raise self.error(
                _("{path}：`{value}` 不是完成时限").format(path=path, value=value),
                line,
                hint=_("写 立行立改、限期整改、长期坚持、一个日期（2026-06-30 或 2026年6月30日）"
                       "或从反馈之日起的期限（在反馈之日起2个月内）"),
            )
        return date

    def locate(self, loc: tuple[str | int, ...]) -> tuple[int, str]:
        """The line and YAML path of a pydantic error location.

        The longest known prefix gives the line; a missing key is named under its parent
        mapping (whose line is reported); union branches after a scalar are dropped.
        """
        for cut in range(len(loc), -1, -1):
            spot = self.spots.get(loc[:cut])
            if spot is None:
                continue
            path = spot.path
            rest = loc[cut:]
            if rest and spot.is_mapping and isinstance(rest[0], str):
                path = _join_path(path, rest[0])
            return spot.line, path
        return 1, ".".join(str(part) for part in loc)


def parse_feedback_yaml(text: str, where: str) -> Feedback:
    """Parse the YAML form; every error names the YAML path and the line."""
    loader = TextLoader(text)
    try:
        try:
            root = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            raise syntax_error(exc, text, where) from None
        except yaml.YAMLError as exc:
            raise InputError(_("YAML 格式有误：{error}").format(error=exc), where=where,
                             hint=_("请改正 YAML")) from None
        if root is None:
            raise InputError(
                _("文件中没有 YAML 数据"),
                where=where,
                hint=_("请写入反馈意见；{example}").format(example=_(EXAMPLE_HINT)),
            )
        if not isinstance(root, MappingNode):
            hint = _("先写 `unit: 中共…党组`，再写 `feedback:`；{example}").format(
                example=_(EXAMPLE_HINT))
            if isinstance(root, ScalarNode) and "：" in str(root.value):
                hint = _("键后用半角冒号加空格（`unit: …`），不要用 `：`")
            raise InputError(
                _("反馈意见文件的顶层须是 `unit:`、`feedback:` 这样的键"),
                where=where,
                line=_line(root),
                hint=hint,
            )
        reader = _YamlReader(loader, where)
        reader.spots[()] = _Spot(_line(root), "", True)
        data = reader.mapping(root, Feedback, (), "")
    finally:
        loader.dispose()
    data["source"] = where
    try:
        return Feedback.model_validate(data)
    except ValidationError as exc:
        raise _explain_validation(exc, reader, data) from None


def _explain_validation(
    exc: ValidationError, reader: _YamlReader, data: dict[str, Any]
) -> InputError:
    """The first error (in file order) as the message; up to three more listed after it."""
    found: list[tuple[int, str, str | None]] = []
    seen_paths: set[str] = set()
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        line, path = reader.locate(loc)
        if path in seen_paths:  # a union reports one error per branch
            continue
        seen_paths.add(path)
        message, hint = _explain_one(
            err["type"], str(err["msg"]), err.get("input"), loc, path, data
        )
        found.append((line, message, hint))
    found.sort(key=lambda item: item[0])
    line, message, hint = found[0]
    more = [_("第 {line} 行：{problem}").format(line=other_line, problem=other)
            for other_line, other, _hint in found[1:4]]
    if len(found) > 4:
        more.append(_("……另有 {n} 处").format(n=len(found) - 4))
    if more:
        also = "\n  " + _("另外：")
        message += also + also.join(more)
    return InputError(message, where=reader.where, line=line, hint=hint)


def _explain_one(
    kind: str, msg: str, given: Any, loc: tuple[Any, ...], path: str, data: dict[str, Any]
) -> tuple[str, str | None]:
    if loc == ("unit",):
        hint = _("请写被巡察党组织的名称，例如 `unit: 中共青山县农业农村局党组`")
        if kind == "missing":
            return _("反馈意见文件中没有 `unit`（被巡察党组织）"), hint
        return _("`unit` 须是被巡察党组织的真实名称（{problem}）").format(problem=msg), hint
    if loc == ("feedback",):
        hint = _("在 `feedback:` 下列出类别，每个类别有 `title:` 和 `problems:`；{example}").format(
            example=_(EXAMPLE_HINT))
        if kind == "missing":
            return _("反馈意见文件中没有 `feedback` 列表，因此没有问题"), hint
        if kind == "too_short":
            return _("`feedback` 中没有列出问题"), hint
    in_category = len(loc) == 3 and loc[0] == "feedback" and loc[2] == "problems"
    if in_category and kind in ("missing", "too_short"):
        category = data["feedback"][loc[1]]
        title = category.get("title") if isinstance(category, dict) else None
        name = f"`{title}`" if title else f"{path.rsplit('.', 1)[0]}"
        return (
            _("类别 {name} 下没有问题").format(name=name),
            _("在 `problems:` 下列出问题，每条写作 `- title: …`"),
        )
    if kind == "model_type":
        return _("{path}：应为 `title: …` 这样的键，实际是 `{given}`").format(
            path=path, given=given), _("每一条写成键值形式，例如 `- title: 理论学习不够深入`")
    if kind == "extra_forbidden":  # normally caught while reading the nodes
        return _("{path} 处有未知的键").format(path=path), None
    if kind == "too_short" and path.endswith("sub_problems"):
        return _("{path}：是空的").format(path=path), _("删去 `sub_problems:`，或在其下列出子问题")
    if kind == "string_too_short" or (kind == "string_type" and given is None):
        return _("{path}：是空的").format(path=path), _("在键后写上内容，或删去该键")
    return f"{path}: {msg}", None
