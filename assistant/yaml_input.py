"""YAML files the user writes (feedback, ledger) read into pydantic models, with every
error pointing at the file and line of the offending node."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from assistant.errors import InputError
from assistant.i18n import _

M = TypeVar("M", bound=BaseModel)
Loc = tuple[int | str, ...]


class TextLoader(yaml.SafeLoader):
    """SafeLoader that leaves numbers and yes/no as text (a postcode 010000, an item key
    1.10); dates and null still resolve."""


_TEXT_TAGS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool"}
TextLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _TEXT_TAGS]
    for first, resolvers in yaml.resolver.Resolver.__dict__["yaml_implicit_resolvers"].items()
}


def _timestamp(loader: yaml.SafeLoader, node: yaml.Node) -> object:
    """A date as SafeLoader reads it; an impossible one (2026-02-30) names its line."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)  # type: ignore[arg-type]
    except ValueError as exc:
        raise InvalidDate(node, str(exc)) from None


class InvalidDate(Exception):
    """A date-shaped value that is no date, with the node it came from."""

    def __init__(self, node: yaml.Node, reason: str) -> None:
        super().__init__(reason)
        self.node, self.reason = node, reason


TextLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def date_error(exc: InvalidDate, text: str, where: str) -> InputError:
    line = exc.node.start_mark.line + 1
    source = text.splitlines()[line - 1] if line <= len(text.splitlines()) else ""
    field = source.split(":", 1)[0].strip(" -") if ":" in source else ""
    return InputError(
        (_("第{line}行字段 `{field}` 的日期 {value} 不存在（{reason}）") if field
         else _("第{line}行日期 {value} 不存在（{reason}）")).format(
            line=line, field=field, value=exc.node.value, reason=exc.reason
        ),
        where=where,
        line=line,
        hint=_("写成真实的日期 YYYY-MM-DD（如 2026-02-28），或留空"),
    )


def syntax_error(exc: yaml.MarkedYAMLError, text: str, where: str) -> InputError:
    """A YAML syntax error with its line, column and the usual causes as the hint."""
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or exc.context or _("YAML 格式有误")
    hint = _(
        "改正这一行或上一行的 YAML 语法：用空格缩进（不用制表符），每个 `:` 后加一个空格，"
        "以 * & ! | > % @ ` 开头或含有 ': ' 的值要加引号"
    )
    if mark is None:
        return InputError(_("YAML 格式有误：{error}").format(error=problem), where=where, hint=hint)
    line, column = mark.line + 1, mark.column + 1
    message = _("YAML 格式有误（第 {line} 行第 {column} 列）：{problem}").format(line=line, column=column, problem=problem)
    if exc.context and exc.context_mark is not None and exc.problem:
        message += _("（{context}，在第 {line} 行）").format(context=exc.context, line=exc.context_mark.line + 1)
    lines = text.splitlines()
    nearby = lines[max(0, line - 2) : line]
    if any(re.match(r"^\s*-?\s*[A-Za-z_]+\s*：", source) for source in nearby):
        hint = _("键后写英文冒号加空格（`unit: …`），不要用 `：`；") + hint
    return InputError(message, where=where, line=line, hint=hint)


def read_yaml(path: Path, what: str) -> tuple[Any, yaml.Node | None]:
    """The data and its node tree (for line numbers); syntax errors name line and column."""
    if not path.exists():
        raise InputError(_("{what}文件不存在").format(what=what), where=path)
    if path.is_dir():
        raise InputError(_("{what}路径是文件夹，不是文件").format(what=what), where=path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            _("{what}文件不是 UTF-8 文本（{reason}）").format(what=what, reason=exc.reason),
            where=path,
            hint=_("请另存为 UTF-8"),
        ) from None
    loader = TextLoader(text)
    try:  # one parse: the data is constructed from the node tree kept for line numbers
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        raise syntax_error(exc, text, str(path)) from None
    except InvalidDate as exc:
        raise date_error(exc, text, str(path)) from None
    finally:
        loader.dispose()
    return data, node


def node_at(node: yaml.Node | None, loc: Loc) -> tuple[yaml.Node | None, bool]:
    """The deepest node along ``loc`` and whether the whole path was found."""
    current = node
    for part in loc:
        if isinstance(current, yaml.MappingNode) and isinstance(part, str):
            child = next((v for k, v in current.value if k.value == part), None)
        elif isinstance(current, yaml.SequenceNode) and isinstance(part, int):
            child = current.value[part] if 0 <= part < len(current.value) else None
        else:
            child = None
        if child is None:
            return current, False
        current = child
    return current, True


def line_of(node: yaml.Node | None, loc: Loc) -> int | None:
    found, _exact = node_at(node, loc)
    return found.start_mark.line + 1 if found is not None else None


def yaml_path(loc: Loc) -> str:
    """('feedback', 0, 'problems', 2, 'title') → feedback[0].problems[2].title"""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def set_lines(model: BaseModel, node: yaml.Node | None) -> None:
    """Fill every ``line`` field of the model tree from the YAML nodes it came from."""
    if node is None:
        return
    if "line" in type(model).model_fields and getattr(model, "line", None) is None:
        model.line = node.start_mark.line + 1  # type: ignore[attr-defined]
    for name in type(model).model_fields:
        value = getattr(model, name)
        child, found = node_at(node, (name,))
        if not found:
            continue
        if isinstance(value, BaseModel):
            set_lines(value, child)
        elif isinstance(value, list) and isinstance(child, yaml.SequenceNode):
            for element, element_node in zip(value, child.value, strict=False):
                if isinstance(element, BaseModel):
                    set_lines(element, element_node)


def validation_error(
    exc: ValidationError, path: Path, node: yaml.Node | None, what: str, hint: Callable[[Loc], str]
) -> InputError:
    first = exc.errors()[0]
    loc: Loc = tuple(p for p in first["loc"] if not (isinstance(p, str) and "[" in p))
    kind = first["type"]
    where = yaml_path(loc) or "(top level)"
    if kind == "missing":
        message = f"`{where}` is missing"
    elif kind == "extra_forbidden":
        message = f"unknown key `{where}`"
    else:
        message = f"`{where}`: {first['msg']}"
    more = len(exc.errors()) - 1
    if more:
        message += f" (and {more} more problem{'s' if more > 1 else ''})"
    return InputError(f"{what}: {message}", where=path, line=line_of(node, loc), hint=hint(loc))


def load_yaml_model(
    path: Path,
    model: type[M],
    *,
    what: str,
    prepare: Callable[[Any], Any] | None = None,
    hint: Callable[[Loc], str] | None = None,
) -> M:
    data, node = read_yaml(path, what)
    if data is None:
        raise InputError(_("{what}文件是空的").format(what=what), where=path)
    if not isinstance(data, dict):
        raise InputError(
            _("{what}文件须是键值映射（现在是 {kind}）").format(what=what, kind=type(data).__name__),
            where=path,
            line=1,
        )
    if prepare is not None:
        data = prepare(data)
    try:
        result = model.model_validate(data)
    except ValidationError as exc:
        raise validation_error(
            exc, path, node, what, hint or (lambda _loc: _("参见 README.md 中 {what} 的格式").format(what=what))
        ) from None
    set_lines(result, node)
    return result
