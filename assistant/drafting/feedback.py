"""Reading a unit's inspection feedback: a YAML file (the schema) or the group's own text.

Both readers fill ``feedback_model.Feedback`` and every error names the file and the line,
so a user can fix the input without guessing.

YAML (``examples/feedback.yaml`` documents the schema): the file is composed into nodes
first, so each value, each unknown key and each pydantic error can point at its line.
Numbers and yes/no stay text (a postcode 010000 is not octal 4096); ``2026-06-15`` and
``2026年6月15日`` are both dates; ``category`` is accepted for a category's ``title``.

Plain text (the 反馈意见 as handed over, ``examples/feedback.txt``):

* the title ``…巡察组关于巡察…的反馈意见`` gives the body and the unit; header lines
  ``被巡察党组织：…`` / ``巡察组：…`` / ``巡察时间：…`` / ``反馈时间：…`` / ``巡察轮次：…``
  win over the title;
* unnumbered prose before the first numbered line is the intro (only a round such as
  ``十五届县委第六轮巡察`` and a ``…至…`` period are picked from it);
* numbered lines form a tree by their marker level (一、 > （一） > 1. > （1） > ①): the
  top level are the categories, their children the problems, deeper levels sub-problems;
  a wrapper heading such as ``一、巡察发现的主要问题`` is unwrapped and sections such as
  ``二、意见建议`` are dropped; problems numbered （一）/1. with no 一、 above them at all
  go into one category ``巡察发现的主要问题``;
* a problem's first sentence (up to 。；：！？) is its title, the rest and its unnumbered
  continuation lines are its detail;
* after the last numbered line, the closing starts at a paragraph beginning 以上/请/希望/望/
  对于以上… that follows a blank line or a finished sentence, or at a contact line, a date
  line or a short signature; it is not part of the last problem (contacts and a date line
  in it are read).
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from assistant.corpus.cleaning import Line, clean_lines, strip_noise
from assistant.corpus.patterns import (
    CONTACT_RE,
    DATE_LINE_RE,
    DATE_RE,
    FULL_DATE_RE,
    TERMINAL_PUNCT,
    marker_level,
    parse_full_date,
    to_date,
)
from assistant.corpus.reading import decode_bytes
from assistant.drafting.feedback_model import (
    Contacts,
    Defaults,
    Feedback,
    FeedbackCategory,
    FeedbackProblem,
    Inspection,
)
from assistant.errors import InputError
from assistant.yaml_input import TextLoader, syntax_error

__all__ = ["load_feedback", "parse_feedback_text", "parse_feedback_yaml"]

_YAML_SUFFIXES = {".yaml", ".yml"}
# A text file is YAML after all when its first line of content is one of our keys.
_YAML_START_RE = re.compile(
    r"^(?:unit|inspection|contacts|signature|defaults|feedback)\s*:(?:\s|$)"
)
_EXAMPLE_HINT = "see examples/feedback.yaml (YAML) or examples/feedback.txt (the group's text)"


def load_feedback(path: Path) -> Feedback:
    """Read a feedback file: .yaml/.yml (or text starting with a schema key) as YAML, else text."""
    if not path.exists():
        raise InputError(
            "no such file", where=path, hint=f"check the path; for the file's form {_EXAMPLE_HINT}"
        )
    if path.is_dir():
        raise InputError(
            "this is a folder, not a feedback file",
            where=path,
            hint="give the feedback file itself, e.g. feedback.yaml or 反馈意见.txt",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", where=path) from None
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise InputError(
            "the file is empty", where=path, hint=f"write the feedback; {_EXAMPLE_HINT}"
        )
    text = decode_bytes(data, str(path)).text
    if path.suffix.lower() in _YAML_SUFFIXES or _looks_like_yaml(text):
        return parse_feedback_yaml(text, str(path))
    return parse_feedback_text(text, str(path))


def _looks_like_yaml(text: str) -> bool:
    for raw in text.lstrip("\ufeff").splitlines():
        line = raw.strip()
        if line and not line.startswith("#") and line != "---":
            return bool(_YAML_START_RE.match(line))
    return False


# --------------------------------------------------------------------------- dates


_DATE_KEYS = {"start", "end", "feedback_date"}
_DEADLINE_KINDS = ("立行立改", "限期整改", "长期坚持")
_NUMERIC_DATE_RE = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})")
_MONTH_END_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(?:底|末)")
_BEFORE_RE = re.compile(r"\s*(?:以前|之前|前)\s*$")


def _date_from_text(text: str) -> dt.date | None:
    """A date written 2026-06-15, 2026/6/15, 2026.6.15, 2026年6月15日 or 2026年6月底 (+ 前)."""
    text = _BEFORE_RE.sub("", text.strip())
    for pattern in (FULL_DATE_RE, _NUMERIC_DATE_RE):
        m = pattern.fullmatch(text)
        if m:
            return to_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _MONTH_END_RE.fullmatch(text)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12:
            return dt.date(year, month, calendar.monthrange(year, month)[1])
    return None


# --------------------------------------------------------------------------- YAML


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
_CJK_GAP_RE = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")


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
                    f"a key in {path or 'the top level'} is not a plain name",
                    line,
                    hint=f"allowed keys here: {', '.join(allowed)}",
                )
            key = str(key_node.value)
            if key not in allowed:
                raise self._unknown_key(key, path, allowed, line)
            name = "title" if model is FeedbackCategory and key == "category" else key
            if name in seen:
                raise self.error(
                    f"`{key}` given twice in {path or 'the top level'}"
                    if seen[name] == key
                    else f"both `title` and `category` given in {path}",
                    line,
                    hint="keep one of them",
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
        hint = f"allowed keys here: {', '.join(allowed)}"
        close = difflib.get_close_matches(key, allowed, n=1)
        if close:
            hint = f"did you mean `{close[0]}`? {hint}"
        elif key == "category":
            hint = f"`category` names a category; a problem has a `title`. {hint}"
        elif key in _READER_FIELDS:
            hint = f"`{key}` is set by rectify itself; {hint}"
        return self.error(f"unknown key `{key}` in {path or 'the top level'}", line, hint=hint)

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
        if name in _DATE_KEYS:
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
                f"{path}: cannot read this value ({exc})".replace("\n", " "),
                _line(node),
                hint="quote the value, or write a date as 2026-06-15 or 2026年6月15日",
            ) from None

    def _date(self, value: Any, path: str, line: int) -> Any:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, str) and value.strip():
            date = _date_from_text(value)
            if date is None:
                raise self.error(
                    f"{path}: `{value}` is not a date",
                    line,
                    hint="write a date as 2026-06-15 or 2026年6月15日",
                )
            return date
        return value

    def _deadline(self, value: Any, path: str, line: int) -> Any:
        if isinstance(value, dt.datetime):
            return value.date()
        if not isinstance(value, str) or not value.strip():
            return value
        text = value.strip()
        if text in _DEADLINE_KINDS:
            return text
        date = _date_from_text(text.removeprefix("限期整改").strip(" ，,：:（）()"))
        if date is None:
            raise self.error(
                f"{path}: `{value}` is not a deadline",
                line,
                hint="write 立行立改, 限期整改, 长期坚持 or a date (2026-06-30 or 2026年6月30日)",
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
            raise InputError(f"malformed YAML: {exc}", where=where, hint="fix the YAML") from None
        if root is None:
            raise InputError(
                "the file holds no YAML data",
                where=where,
                hint=f"write the feedback; {_EXAMPLE_HINT}",
            )
        if not isinstance(root, MappingNode):
            hint = "start with `unit: 中共…党组`, then `feedback:`; " + _EXAMPLE_HINT
            if isinstance(root, ScalarNode) and "：" in str(root.value):
                hint = "write keys with an ASCII colon and a space (`unit: …`), not `：`"
            raise InputError(
                "the top level of a feedback file must be keys such as `unit:` and `feedback:`",
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
    more = [f"line {other_line}: {other}" for other_line, other, _ in found[1:4]]
    if len(found) > 4:
        more.append(f"… and {len(found) - 4} more")
    if more:
        message += "\n  also " + "\n  also ".join(more)
    return InputError(message, where=reader.where, line=line, hint=hint)


def _explain_one(
    kind: str, msg: str, given: Any, loc: tuple[Any, ...], path: str, data: dict[str, Any]
) -> tuple[str, str | None]:
    if loc == ("unit",):
        hint = "name the inspected party organisation, e.g. `unit: 中共青山县农业农村局党组`"
        if kind == "missing":
            return "the feedback file has no `unit` (the inspected party organisation)", hint
        return f"`unit` must be the real name of the inspected party organisation ({msg})", hint
    if loc == ("feedback",):
        hint = "list categories under `feedback:`, each with `title:` and `problems:`; " + (
            _EXAMPLE_HINT
        )
        if kind == "missing":
            return "the feedback file has no `feedback` list, so no problems", hint
        if kind == "too_short":
            return "`feedback` lists no problems", hint
    in_category = len(loc) == 3 and loc[0] == "feedback" and loc[2] == "problems"
    if in_category and kind in ("missing", "too_short"):
        category = data["feedback"][loc[1]]
        title = category.get("title") if isinstance(category, dict) else None
        name = f"`{title}`" if title else f"{path.rsplit('.', 1)[0]}"
        return (
            f"category {name} has no problems",
            "list its problems under `problems:`, each as `- title: …`",
        )
    if kind == "model_type":
        return f"{path}: expected keys such as `title: …`, found `{given}`", (
            "write each entry as a mapping, e.g. `- title: 理论学习不够深入`"
        )
    if kind == "extra_forbidden":  # normally caught while reading the nodes
        return f"unknown key at {path}", None
    if kind == "too_short" and path.endswith("sub_problems"):
        return f"{path}: is empty", "remove `sub_problems:` or list sub-problems under it"
    if kind == "string_too_short" or (kind == "string_type" and given is None):
        return f"{path}: is empty", "write the text after the key, or remove the key"
    return f"{path}: {msg}", None


# --------------------------------------------------------------------------- plain text

# 县委第三巡察组关于巡察县农业农村局党组的反馈意见 / …关于对…巡察情况的反馈意见
_TITLE_RE = re.compile(
    r"(?:(?P<body>[^，。,\s]*?巡[察视]组))?关于(?:对)?(?:巡[察视])?(?P<unit>.+?)"
    r"(?:开展)?(?:巡[察视])?(?:工作)?(?:情况)?的?(?:巡[察视])?(?:情况)?反馈意见"
)
_HEADER_FIELDS = {
    "被巡察党组织": "unit",
    "被巡视党组织": "unit",
    "被巡察单位": "unit",
    "被巡视单位": "unit",
    "巡察对象": "unit",
    "巡视对象": "unit",
    "巡察组": "body",
    "巡视组": "body",
    "巡察类型": "kind",
    "巡视类型": "kind",
    "巡察时间": "period",
    "巡视时间": "period",
    "反馈时间": "feedback_date",
    "反馈日期": "feedback_date",
    "巡察轮次": "round",
    "巡视轮次": "round",
    "轮次": "round",
    "联系电话": "phone",
    "电话": "phone",
    "电子邮箱": "email",
    "电子信箱": "email",
    "邮箱": "email",
    "邮政编码": "postcode",
    "邮编": "postcode",
    "通信地址": "address",
    "通讯地址": "address",
    "地址": "address",
    "责任领导": "leader",
    "牵头领导": "leader",
    "责任部门": "department",
    "牵头部门": "department",
}
_HEADER_RE = re.compile(
    r"^\s*(" + "|".join(sorted(_HEADER_FIELDS, key=len, reverse=True)) + r")\s*[:：]\s*(.*?)\s*$"
)
_ROUND_RE = re.compile(
    r"(?:[一二三四五六七八九十]+届)?(?:省委|市委|州委|县委|区委|旗委|盟委|党委|党组)?"
    r"(?:\d{4}年)?第[一二三四五六七八九十\d]+轮(?:巡[察视])?"
)
_PERIOD_RE = re.compile(
    r"(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:至|到|—+|-|－|～|~)\s*"
    r"((?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)"
)
_MARKDOWN_RE = re.compile(r"^\s*(?:#{1,6}\s+|>\s?)")
_CLOSING_START_RE = re.compile(
    r"^(?:以上|对于?以上|针对以上|对上述|请(?!示)|希望|望(?!远)|巡[察视]组将|特此)"
)
_SIGNATURE_RE = re.compile(r"(?:巡[察视]组|委员会|党组|党委|办公室)$")
_SENTENCE_END_RE = re.compile(r"[。；;！!？?：:]")
# A heading such as '一、党的建设方面' ends without punctuation; prose under it is not its tail.
_HEADING_END_RE = re.compile(r"(?:方面|问题)$")
_LEAD_IN_RE = re.compile(r"[，,]\s*(?:主要|具体)?(?:表现|体现)(?:在|为)$")
# Top-level headings that are not categories of problems, and wrappers around them.
_NOT_PROBLEMS_RE = re.compile(
    r"^(?:巡[察视]组?)?(?:的)?(?:整改)?(?:意见建议|意见和建议|工作建议|整改建议|整改意见"
    r"|整改要求|有关要求|工作要求|问题线索|线索移交|移交)"
)
_WRAPPER_RE = re.compile(r"^(?:巡[察视](?:组)?)?(?:发现的|存在的)?(?:主要)?问题[。：:]?$")


@dataclass
class _Node:
    """A numbered paragraph and the numbered paragraphs below it."""

    level: int
    line: int
    text: str
    children: list[_Node] = field(default_factory=list)


@dataclass
class _Header:
    values: dict[str, tuple[str, int]] = field(default_factory=dict)
    title_body: str | None = None
    title_unit: str | None = None
    kind_text: str = ""  # title and header lines: 巡视 here makes it a 巡视
    intro: str = ""


def _strip_markdown(text: str) -> str:
    """Markdown headings, quotes and bold would hide the numbering; line count is kept."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(_MARKDOWN_RE.sub("", line).replace("**", "") for line in lines)


def _read_header(raw_lines: list[str]) -> _Header:
    header = _Header()
    intro: list[str] = []
    for number, raw in enumerate(raw_lines, start=1):
        line = strip_noise(raw)
        if not line:
            continue
        m = _HEADER_RE.match(line)
        if m:
            key = _HEADER_FIELDS[m.group(1)]
            value = m.group(2).strip().rstrip("。；;，,")
            if value and key not in header.values:
                header.values[key] = (value, number)
            if key not in ("phone", "email", "postcode", "address"):
                header.kind_text += line
            continue
        if header.title_unit is None and "反馈意见" in line:
            t = _TITLE_RE.search(line)
            if t:
                header.title_unit = t.group("unit").strip()
                header.title_body = (t.group("body") or "").strip() or None
                header.kind_text += line
                continue
        intro.append(line)
    header.intro = "".join(intro)
    return header


def _period(value: str) -> tuple[dt.date, dt.date] | None:
    """'2026年3月10日至5月10日': the second date may omit the year (next year if earlier)."""
    dates = list(DATE_RE.finditer(value))
    if len(dates) != 2 or dates[0].group(1) is None:
        return None
    year = int(dates[0].group(1))
    start = to_date(year, int(dates[0].group(2)), int(dates[0].group(3)))
    if start is None:
        return None
    end_year = int(dates[1].group(1)) if dates[1].group(1) else year
    end = to_date(end_year, int(dates[1].group(2)), int(dates[1].group(3)))
    if end is not None and end < start and not dates[1].group(1):
        end = to_date(year + 1, end.month, end.day)
    return (start, end) if end is not None else None


def _split_title(text: str) -> tuple[str, str]:
    """First sentence (up to 。；：！？) is the title, the rest the detail."""
    text = text.strip()
    m = _SENTENCE_END_RE.search(text)
    if m is None or m.start() == 0:
        return text.rstrip("。；;，,"), ""
    title = _LEAD_IN_RE.sub("", text[: m.start()].strip())
    return title, text[m.end() :].strip()


def _blank_between(raw_lines: list[str], before: Line, after: Line) -> bool:
    return any(not raw_lines[i - 1].strip() for i in range(before.end + 1, after.start))


def _is_closing(line: Line, previous: Line, raw_lines: list[str]) -> bool:
    text = line.text
    if CONTACT_RE.match(text) or DATE_LINE_RE.match(text):
        return True
    if len(text) <= 30 and text[-1] not in TERMINAL_PUNCT and _SIGNATURE_RE.search(text):
        return True  # the group's signature
    new_paragraph = previous.text[-1] in "。！？!?…" or _blank_between(raw_lines, previous, line)
    return new_paragraph and bool(_CLOSING_START_RE.match(text))


def _glue(text: str, continuation: str) -> str:
    """A continuation line belongs to the paragraph above; a bare heading gets a full stop."""
    if _HEADING_END_RE.search(text) and continuation[0] not in "，,、。；;：:）)":
        return f"{text}。{continuation}"
    return text + continuation  # a line broken mid-sentence: Chinese needs no space


def _build_tree(lines: list[Line]) -> _Node:
    root = _Node(0, 0, "")
    stack = [root]
    for line in lines:
        found = marker_level(line.text)
        if found is None:
            stack[-1].text = _glue(stack[-1].text, line.text)
            continue
        level, marker = found
        node = _Node(level, line.start, line.text[len(marker) :].strip(" \u3000"))
        while stack[-1].level >= level:
            stack.pop()
        stack[-1].children.append(node)
        stack.append(node)
    return root


def _top_sections(root: _Node) -> list[_Node]:
    """The categories: top-level nodes, without non-problem sections, wrappers unwrapped."""
    out: list[_Node] = []
    for node in root.children:
        title = _split_title(node.text)[0]
        if _NOT_PROBLEMS_RE.match(title):
            continue
        if _WRAPPER_RE.match(title) and node.children:
            if any(child.children for child in node.children):
                out.extend(node.children)
                continue
        out.append(node)
    return out


def _problem(node: _Node, where: str) -> FeedbackProblem:
    title, detail = _split_title(node.text)
    if not title:
        raise InputError(
            "a numbered problem has no text",
            where=where,
            line=node.line,
            hint="write the problem after its number, or remove the number",
        )
    return FeedbackProblem(
        title=title,
        detail=detail,
        sub_problems=[_problem(child, where) for child in node.children],
        line=node.line,
    )


def _category(node: _Node, where: str) -> FeedbackCategory:
    title = _split_title(node.text)[0]
    if not node.children:
        raise InputError(
            f"category `{title or node.text}` has no numbered problems under it",
            where=where,
            line=node.line,
            hint="number each problem under it: （一）（二）… or 1. 2. …",
        )
    if not title:
        raise InputError("a numbered category has no title", where=where, line=node.line)
    return FeedbackCategory(
        title=title, problems=[_problem(child, where) for child in node.children], line=node.line
    )


def _header_date(header: _Header, key: str, where: str) -> dt.date | None:
    if key not in header.values:
        return None
    value, line = header.values[key]
    date = parse_full_date(value)
    if date is None:
        raise InputError(
            f"cannot read the date in `{value}`", where=where, line=line, hint="write 2026年6月15日"
        )
    return date


def parse_feedback_text(text: str, where: str) -> Feedback:
    """Parse the group's feedback text (see the module docstring for the rules)."""
    text = _strip_markdown(text.lstrip("\ufeff"))
    raw_lines = text.split("\n")
    lines = clean_lines(text)
    first = next((i for i, line in enumerate(lines) if marker_level(line.text)), None)
    # The header is read from raw lines: cleaning could glue a header line to the title.
    header = _read_header(raw_lines[: (lines[first].start - 1 if first is not None else None)])

    unit = header.values.get("unit", (header.title_unit or "", 0))[0]
    if not unit:
        raise InputError(
            "no inspected unit found",
            where=where,
            hint="add a line `被巡察党组织：中共…党组` near the top, or the title "
            "`…巡察组关于巡察…的反馈意见`",
        )
    if first is None:
        raise InputError(
            "no numbered problems found",
            where=where,
            hint="number the categories 一、二、… and the problems under them （一）（二）… "
            "or 1. 2. …",
        )

    body_lines = lines[first:]
    last_marker = max(i for i, line in enumerate(body_lines) if marker_level(line.text))
    cut = len(body_lines)
    for i in range(last_marker + 1, len(body_lines)):
        if _is_closing(body_lines[i], body_lines[i - 1], raw_lines):
            cut = i
            break
    closing = body_lines[cut:]
    categories = _top_sections(_build_tree(body_lines[:cut]))
    if not categories:
        raise InputError(
            "no numbered problems found (only suggestions or other sections)",
            where=where,
            line=body_lines[0].start,
            hint="number the categories 一、二、… and the problems under them （一）（二）…",
        )
    kind = "巡视" if "巡视" in header.kind_text else "巡察"
    if all(node.level > 1 and not node.children for node in categories):
        # Problems numbered （一） or 1. with no 一、 heading above: one category holds them.
        categories = [_Node(1, categories[0].line, f"{kind}发现的主要问题", categories)]
    feedback = [_category(node, where) for node in categories]

    values = {key: value for key, (value, _) in header.values.items()}
    inspection: dict[str, Any] = {
        "kind": kind,
        "body": values.get("body") or header.title_body,
        "feedback_date": _header_date(header, "feedback_date", where),
    }
    round_match = _ROUND_RE.search(header.kind_text + header.intro)
    inspection["round"] = values.get("round") or (round_match.group(0) if round_match else None)
    if "period" in values:
        period = _period(values["period"])
        if period is None:
            raise InputError(
                f"cannot read the period in `{values['period']}`",
                where=where,
                line=header.values["period"][1],
                hint="write 2026年3月10日至5月10日",
            )
        inspection["start"], inspection["end"] = period
    else:
        m = _PERIOD_RE.search(header.intro)
        period = _period(m.group(0)) if m else None
        if period is not None:
            inspection["start"], inspection["end"] = period
    contacts: dict[str, str] = {
        k: values[k] for k in ("phone", "email", "postcode", "address") if k in values
    }
    for closing_line in closing:
        m = _HEADER_RE.match(closing_line.text)
        if m and _HEADER_FIELDS[m.group(1)] in ("phone", "email", "postcode", "address"):
            contacts.setdefault(_HEADER_FIELDS[m.group(1)], m.group(2).strip().rstrip("。；;"))
        elif inspection["feedback_date"] is None and DATE_LINE_RE.match(closing_line.text):
            inspection["feedback_date"] = parse_full_date(closing_line.text)
    try:
        return Feedback(
            unit=unit,
            inspection=Inspection.model_validate(inspection),
            contacts=Contacts.model_validate(contacts),
            defaults=Defaults(leader=values.get("leader"), department=values.get("department")),
            feedback=feedback,
            source=where,
        )
    except ValidationError as exc:
        first_error = exc.errors(include_url=False)[0]
        unit_line = header.values["unit"][1] if "unit" in header.values else None
        raise InputError(
            f"{'.'.join(str(p) for p in first_error['loc'])}: {first_error['msg']}",
            where=where,
            line=unit_line if first_error["loc"][:1] == ("unit",) else None,
            hint="the unit must be the full name, e.g. 被巡察党组织：中共青山县农业农村局党组",
        ) from None
