"""The item tree of a problems section: numbered headings, labels, measures.

A heading becomes an *item* when measures answer it (a label such as 整改情况：, or plain
text before the next heading of the same or a higher level). Plain text that is followed by
a deeper heading describes a category (a note). Once a label has opened an item's
measures, deeper-numbered lines belong to the measures (（1）…（2）… clauses).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.corpus.clauses import split_clauses
from assistant.corpus.cleaning import Line
from assistant.corpus.models import Item
from assistant.corpus.patterns import (
    INLINE_MEASURE_LABEL_RE,
    MEASURE_LABEL_RE,
    ONE_IS_RE,
    PROBLEM_LABEL_RE,
    marker_level,
)

_PROBLEM_WORDS = re.compile(
    r"问题|不够|不到位|不足|不严|不实|不力|不强|不高|不深|不细|不全|不规范|不完善|不明显|不及时|"
    r"缺乏|缺失|欠缺|差距|薄弱|滞后|弱化|虚化|淡化|走过场|流于形式|形式主义|未|没有|偏|短板|风险|"
    r"方面|“"
)
_MEASURE_START = re.compile(
    r"^(?:\d{4}年|\d{1,2}月|加强|建立|健全|制定|开展|组织|召开|完善|严格|落实|印发|修订|推进|"
    r"坚持|强化|深化|持续|规范|明确|成立|举办|邀请|对|针对|通过|按照|根据|结合|已|将|目前|截至)"
)
_CATEGORY_END = re.compile(r"(?:方面|情况|方面问题|方面的问题)[。：:]?$")


@dataclass
class Node:
    level: int
    number: str
    text: str
    start: int
    end: int
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    pending: list[Line] = field(default_factory=list)
    detail: list[str] = field(default_factory=list)
    measures: list[str] = field(default_factory=list)
    label: str | None = None
    problem_label: str | None = None
    labelled: bool = False  # measures opened by a label: deeper numbering is clauses
    in_measures: bool = False

    def touch(self, line: Line) -> None:
        self.end = max(self.end, line.end)
        if self.parent is not None:
            self.parent.touch(line)

    def absorb(self, line: Line | None = None) -> None:
        """The pending lines, and ``line`` if given, become measures from here on."""
        self.measures.extend(p.text for p in self.pending)
        self.pending = []
        self.in_measures = True
        if line is not None:
            self.measures.append(line.text)
            self.touch(line)


def looks_like_problem(text: str) -> bool:
    """A problem statement rather than a measure: '针对…的问题。', '…不到位', '关于“…”'."""
    first_sentence = re.split(r"[。；;]", text, maxsplit=1)[0]
    if re.search(r"问题|方面", first_sentence):
        return True
    return bool(_PROBLEM_WORDS.search(first_sentence)) and not _MEASURE_START.match(text)


@dataclass
class ItemTree:
    """Builds the tree for one section; ``items()`` returns the leaf problems with measures."""

    notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.root = Node(0, "", "", 0, 0)
        self.stack: list[Node] = [self.root]

    # -- building ------------------------------------------------------------------------
    def feed(self, line: Line) -> None:
        level = marker_level(line.text)
        label = MEASURE_LABEL_RE.match(line.text)
        problem_label = PROBLEM_LABEL_RE.match(line.text)
        current = self.stack[-1]
        if level:
            self._heading(line, *level)
        elif label:
            self._label(line, label.group(1), line.text[label.end() :])
        elif problem_label and not current.in_measures:
            self._problem_text(line, line.text[problem_label.end() :])
        elif current.in_measures:
            current.measures.append(line.text)
            current.touch(line)
        else:
            current.pending.append(line)
            current.touch(line)

    def _heading(self, line: Line, level: int, number: str) -> None:
        current = self.stack[-1]
        text = line.text[len(line.text) - len(line.text.lstrip()) :]
        body = text[text.index(number) + len(number) :].strip() if number in text else text
        if current is not self.root and ONE_IS_RE.match(body):
            # '（1）一是…' or a mis-numbered '（二）一是…': a measure line, whatever its level
            current.absorb(line)
            return
        if current is not self.root and level > current.level:
            # A deeper number: a clause of the measures (after a label, or after unlabelled
            # measure text), unless it states a problem (then the text before was a note).
            if current.labelled:
                current.absorb(line)
                return
            if current.pending and looks_like_problem(body):
                self.notes.extend(p.text for p in current.pending)
                current.pending = []
            elif current.pending or (current.in_measures and not looks_like_problem(body)):
                current.absorb(line)
                return
        while self.stack[-1] is not self.root and self.stack[-1].level >= level:
            self._close(self.stack.pop())
        parent = self.stack[-1]
        if parent is self.root and parent.pending:
            self.notes.extend(p.text for p in parent.pending)
            parent.pending = []
        node = Node(level, number, body, line.start, line.end, parent=parent)
        parent.children.append(node)
        self.stack.append(node)
        self._split_inline_label(node)

    def _split_inline_label(self, node: Node) -> None:
        """'（1）针对“…”问题。整改情况：一是…' → problem, label, measures."""
        m = INLINE_MEASURE_LABEL_RE.search(node.text)
        if m:
            node.measures.append(node.text[m.end() :])
            node.label = m.group("label") or m.group("glued")
            node.text = node.text[: m.start()].strip()
            node.labelled = node.in_measures = True
        problem_label = PROBLEM_LABEL_RE.match(node.text)
        if problem_label:
            node.problem_label = problem_label.group(1)
            node.text = node.text[problem_label.end() :].strip()

    def _new_unnumbered(self, parent: Node, lines: list[Line]) -> Node:
        text = "".join(p.text for p in lines[:1])
        node = Node(parent.level + 1, "", text, lines[0].start, lines[-1].end, parent=parent)
        node.detail.extend(p.text for p in lines[1:])
        parent.children.append(node)
        self.stack.append(node)
        return node

    def _label(self, line: Line, label: str, rest: str) -> None:
        target = self.stack[-1]
        if target.pending:
            pending, target.pending = target.pending, []
            category = target is self.root or bool(_CATEGORY_END.search(target.text))
            if category or target.children or target.in_measures:
                if target.in_measures:  # a finished item: the text is the next problem
                    self._close(self.stack.pop())
                    target = self.stack[-1]
                target = self._new_unnumbered(target, pending)
            else:
                target.detail.extend(p.text for p in pending)
        elif target is self.root:
            target = self._new_unnumbered(target, [line])
            target.text = ""
        if target.labelled:  # a second label (整改成效：…) stays inside the measures
            target.measures.append(line.text)
        else:
            target.label = label
            if rest.strip():
                target.measures.append(rest.strip())
            target.labelled = target.in_measures = True
        target.touch(line)

    def _problem_text(self, line: Line, rest: str) -> None:
        target = self.stack[-1]
        if target is self.root or target.children or target.pending:
            target = self._new_unnumbered(target, [Line(rest, line.start, line.end)])
        elif target.text:
            target.detail.append(rest)
        else:
            target.text = rest
        target.touch(line)

    def _close(self, node: Node) -> None:
        if node.pending:
            node.absorb()

    # -- reading -------------------------------------------------------------------------
    def finish(self) -> None:
        while len(self.stack) > 1:
            self._close(self.stack.pop())
        if self.root.pending:
            for line in self.root.pending:
                problem, measures = _split_same_line(line.text)
                if measures and not self.root.children and looks_like_problem(problem):
                    # '关于“…”问题。目前…' with no numbering at all: one item per paragraph
                    node = Node(1, "", problem, line.start, line.end, parent=self.root)
                    node.measures = [measures]
                    self.root.children.append(node)
                else:
                    self.notes.append(line.text)
            self.root.pending = []
        self._fold_clause_children(self.root)

    def _fold_clause_children(self, node: Node) -> None:
        """Children that are bare numbered clauses under a problem are its measures."""
        for child in node.children:
            self._fold_clause_children(child)
        if (
            node is not self.root
            and not node.measures
            and node.children
            and all(not c.children and not c.measures and not c.detail for c in node.children)
            and not any(looks_like_problem(c.text) for c in node.children)
        ):
            node.measures = [f"{c.number}{c.text}" for c in node.children]
            node.children = []

    def items(self, section: str, key_prefix: str, path_prefix: list[str]) -> list[Item]:
        out: list[Item] = []

        def walk(node: Node, key: str, path: list[str]) -> None:
            for index, child in enumerate(node.children, start=1):
                child_key = f"{key}.{index}"
                heading = f"{child.number}{child.text}"
                if child.measures or child.label:
                    out.append(_to_item(child, section, child_key, path))
                elif child.children:
                    walk(child, child_key, [*path, heading])
                else:
                    problem, measures = _split_same_line(child.text)
                    if measures:
                        child.text, child.measures = problem, [measures]
                        out.append(_to_item(child, section, child_key, path))
                    else:
                        self.notes.append(heading)

        walk(self.root, key_prefix, path_prefix)
        return out


def _split_same_line(text: str) -> tuple[str, str]:
    """'关于…的问题。采取了3项措施：一是…' → problem, measures (empty when no measures)."""
    m = re.search(r"(?<=问题)[。：:]|[。]", text)
    if not m:
        return text, ""
    rest = text[m.end() :].strip()
    if len(rest) < 10:
        return text, ""
    return text[: m.end()].strip(), rest


def _to_item(node: Node, section: str, key: str, path: list[str]) -> Item:
    measures = "\n".join(m for m in node.measures if m.strip())
    return Item(
        key=key,
        section="further" if section == "further" else "items",
        path=path,
        number=node.number,
        problem=node.text,
        problem_label=node.problem_label,
        detail="\n".join(node.detail),
        label=node.label,
        measures=measures,
        clauses=split_clauses(measures),
        start_line=node.start,
        end_line=node.end,
    )
