"""Typer's own words (Usage:, Options, Error, the help option, usage errors) in our language.

Typer 0.2x vendors click and writes most of its strings without gettext, so they cannot be
translated by binding a catalogue. Instead, at start-up (`apply`):

- typer's rich panel constants (titles, "[default: …]", "Try … for help.") get our messages;
- the usage prefix and the help option's text are set where click creates them;
- a usage error's message is matched against the patterns click writes and re-worded;
- plain flags show no `<bool>` type (a flag takes no value).

The words themselves are ordinary `_()` messages, so they live in the one catalogue.
`tests/test_cli_language.py` fails if a typer upgrade moves any of these.

typer loads its rich help module (and markdown-it with it) only to print help or an error;
so do we: its constants are set when it is first imported, not at start-up.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import re
import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

from assistant.i18n import _


def _usage_error_patterns() -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]:
    """click's usage-error wordings and ours, most specific first."""
    return [
        (re.compile(r"^Missing argument '?(?P<name>[^'.]+)'?\.$"),
         lambda m: _("缺少参数 {name}。").format(name=m["name"])),
        (re.compile(r"^Missing option '?(?P<name>[^'.]+)'?\.$"),
         lambda m: _("缺少选项 {name}。").format(name=m["name"])),
        (re.compile(r"^No such command '(?P<name>[^']+)'\.(?: Did you mean (?P<alt>.+)\?)?$"),
         lambda m: _("没有命令 {name}。").format(name=m["name"])
         + (_("是不是要用 {alternatives}？").format(alternatives=m["alt"]) if m["alt"] else "")),
        (re.compile(r"^No such option: (?P<name>\S+)(?: \(Possible options: (?P<alt>.+)\))?$"),
         lambda m: _("没有选项 {name}。").format(name=m["name"])
         + (_("可用的选项：{alternatives}").format(alternatives=m["alt"]) if m["alt"] else "")),
        (re.compile(r"^Option '(?P<name>[^']+)' requires an argument\.$"),
         lambda m: _("选项 {name} 需要一个值。").format(name=m["name"])),
        (re.compile(r"^Got unexpected extra arguments? \((?P<args>.+)\)$"),
         lambda m: _("多余的参数：{arguments}").format(arguments=m["args"])),
        (re.compile(r"^Invalid value for (?P<name>.+?): Value (?P<value>.+) is not a valid "
                    r"(?P<kind>\w+)\.$"),
         lambda m: _("{name} 的值 {value} 无效：应为 {kind}。").format(
             name=m["name"], value=m["value"], kind=_type_name(m["kind"]))),
        (re.compile(r"^Invalid value for (?P<name>.+?): Input should be a valid (?P<kind>\w+)"
                    r"(?:,.*)?$", re.S),
         lambda m: _("{name} 的值无效：{reason}").format(
             name=m["name"], reason=_("应为{kind}").format(kind=_type_name(m["kind"])))),
        (re.compile(r"^Invalid value for (?P<name>.+?): (?P<why>.+)$", re.S),
         lambda m: _("{name} 的值无效：{reason}").format(name=m["name"], reason=m["why"])),
        (re.compile(r"^Missing command\.$"), lambda m: _("缺少命令。")),
    ]


def _type_name(kind: str) -> str:
    names = {"integer": _("整数"), "int": _("整数"), "float": _("数"), "boolean": _("是或否")}
    return names.get(kind, kind)


def translate_usage_error(message: str) -> str:
    """click's English usage-error message in our language (unchanged if not recognised)."""
    for pattern, reword in _usage_error_patterns():
        match = pattern.match(message)
        if match:
            return reword(match)
    return message


class _WhenRichUtilsLoads(importlib.abc.MetaPathFinder):
    """Runs `_reword_rich_utils` right after typer.rich_utils is first imported."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != "typer.rich_utils":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        if spec is None or spec.loader is None:
            return spec
        loader = spec.loader
        exec_module = loader.exec_module

        def exec_and_reword(module: ModuleType) -> None:
            exec_module(module)
            _reword_rich_utils(module)

        loader.exec_module = exec_and_reword  # type: ignore[method-assign]
        return spec


def apply() -> None:
    """Put typer's help and error texts into the current language (call once, at start)."""
    import typer.core
    from typer._click.core import Command
    from typer._click.formatting import HelpFormatter

    if "typer.rich_utils" in sys.modules:
        _reword_rich_utils(sys.modules["typer.rich_utils"])
    else:
        sys.meta_path.insert(0, _WhenRichUtilsLoads())

    write_usage = HelpFormatter.write_usage

    def usage_in_our_words(
        self: HelpFormatter, prog: str, args: str = "", prefix: str | None = None
    ) -> None:
        write_usage(self, prog, args, _("用法：") if prefix is None else prefix)

    HelpFormatter.write_usage = usage_in_our_words  # type: ignore[method-assign]

    get_help_option = Command.get_help_option

    def help_option_in_our_words(self: Command, ctx: Any) -> Any:
        option = get_help_option(self, ctx)
        if option is not None:
            option.help = _("显示本帮助并退出。")
        return option

    Command.get_help_option = help_option_in_our_words  # type: ignore[method-assign]

    display_type_rich = typer.core.TyperOption.display_type_rich

    def no_type_for_flags(self: typer.core.TyperOption, ctx: Any) -> str | None:
        return None if self.is_flag else display_type_rich(self, ctx)

    typer.core.TyperOption.display_type_rich = no_type_for_flags  # type: ignore[method-assign]


def _reword_rich_utils(rich_utils: Any) -> None:
    """typer's rich help constants and its usage-error printer, in our words."""
    rich_utils.ARGUMENTS_PANEL_TITLE = _("参数")
    rich_utils.OPTIONS_PANEL_TITLE = _("选项")
    rich_utils.COMMANDS_PANEL_TITLE = _("命令")
    rich_utils.ERRORS_PANEL_TITLE = _("错误")
    rich_utils.ABORTED_TEXT = _("已中止。")
    rich_utils.DEFAULT_STRING = _("[默认：{}]")
    rich_utils.ENVVAR_STRING = _("[环境变量：{}]")
    rich_utils.REQUIRED_LONG_STRING = _("[必填]")
    rich_utils.DEPRECATED_STRING = _("（已弃用）")
    rich_utils.RICH_HELP = _("运行 [blue]'{command_path} {help_option}'[/] 查看帮助。")

    format_error = rich_utils.rich_format_error

    def error_in_our_words(error: Any) -> None:
        message = translate_usage_error(error.format_message())
        error.format_message = lambda: message
        format_error(error)

    rich_utils.rich_format_error = error_in_our_words

    # Chinese has no spaces to wrap at: a help text wider than its column would be cut with
    # "…"; folding it keeps every character.
    make_rich_text = rich_utils._make_rich_text

    def folded(*args: Any, **kwargs: Any) -> Any:
        text = make_rich_text(*args, **kwargs)
        if hasattr(text, "overflow"):
            text.overflow = "fold"
        return text

    rich_utils._make_rich_text = folded
