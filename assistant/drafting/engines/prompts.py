"""Prompt templates as files: ``prompts/<name>.yaml`` with their variables declared.

They live at the top of the checkout and ship inside the wheel (``PROMPTS_DIR``).

A template whose placeholders differ from its declared variables is refused when loaded,
so a typo in a prompt fails at once, not as a KeyError halfway through a draft.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from langchain_core.messages import BaseMessage
from langchain_core.prompts import ChatPromptTemplate, PromptTemplate

from assistant.errors import ConfigError
from assistant.i18n import _


def prompts_dir() -> Path:
    """``prompts/`` of the checkout (where users edit them) if this runs from one; else
    the copy a wheel ships inside the package (``setup.py`` puts it there)."""
    package = Path(__file__).resolve().parents[2]  # assistant/
    checkout = package.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "prompts").is_dir():
        return checkout / "prompts"
    return package / "_prompts"


PROMPTS_DIR = prompts_dir()
_KEYS = {"name", "description", "variables", "system", "user"}


@dataclass(frozen=True)
class Prompt:
    name: str
    variables: tuple[str, ...]
    template: ChatPromptTemplate
    sha256: str
    path: Path

    def messages(self, **values: str) -> list[BaseMessage]:
        return self.template.format_messages(**values)


def load_prompt(name: str, folder: Path = PROMPTS_DIR) -> Prompt:
    return _load(folder / f"{name}.yaml")


@cache
def _load(path: Path) -> Prompt:
    if not path.exists():
        raise ConfigError(_("提示词文件缺失"), where=path, hint=_("请从代码仓库恢复该文件"))
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or set(data) != _KEYS:
        raise ConfigError(
            _("提示词文件须恰好包含这些键：{keys}").format(keys=", ".join(sorted(_KEYS))), where=path
        )
    declared = tuple(data["variables"])
    used: set[str] = set()
    for part in ("system", "user"):
        used |= set(PromptTemplate.from_template(data[part]).input_variables)
    if used != set(declared):
        raise ConfigError(
            _("提示词的变量与声明不符：声明了 {declared}，用到了 {used}").format(
                declared=sorted(declared), used=sorted(used)),
            where=path,
            hint=_("让 `variables:` 恰好列出 system 和 user 中的占位符"),
        )
    template = ChatPromptTemplate.from_messages([("system", data["system"]), ("human", data["user"])])
    return Prompt(
        name=data["name"],
        variables=declared,
        template=template,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        path=path,
    )
