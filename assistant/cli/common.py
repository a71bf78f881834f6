"""What every command module shares: error reporting, the common options, settings.

Command modules import the core inside their command functions, so that `rectify --help`
loads typer and little else.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeVar

import typer

from assistant.errors import RectifyError
from assistant.i18n import _

if TYPE_CHECKING:
    from assistant.settings import Settings

P = ParamSpec("P")
R = TypeVar("R")


def reports_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Print a RectifyError as '错误：where: what / 提示：what to do' and exit 1."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except RectifyError as exc:
            _print_error(exc)
            raise typer.Exit(1) from None
        except Exception as exc:  # a read-only home, a full disk, a damaged catalog
            from assistant.store_failures import explain

            explained = explain(exc)
            if explained is None:
                raise
            _print_error(explained)
            raise typer.Exit(1) from None

    return wrapper


def _print_error(exc: RectifyError) -> None:
    from assistant.redaction import redact

    typer.echo(redact(_("错误：{error}").format(error=exc)), err=True)


JsonOpt = Annotated[bool, typer.Option("--json", help=_("输出 JSON 而不是表格。"))]
HomeOpt = Annotated[
    Path | None,
    typer.Option("--home", envvar="RECTIFY_HOME", help=_("存放 corpus/ 和 vectorstore/ 的文件夹。")),
]
EngineOpt = Annotated[
    str | None,
    typer.Option(
        "--engine",
        help=_(
            "extractive（离线抽取）或 llm（需 OPENAI_API_KEY/OPENAI_BASE_URL）；默认：设置了"
            "密钥时用 llm，否则用 extractive。"
        ),
    ),
]


def settings_for(home: Path | None) -> Settings:
    from assistant.settings import load_settings

    return load_settings(**({"home": home} if home else {}))


def require_catalog(settings: Settings) -> None:
    """A clear 'no catalog yet, run corpus add' before the embedding model is loaded."""
    from assistant.corpus.catalog import Catalog
    from assistant.corpus.rebuild_state import refuse_if_rebuilding

    refuse_if_rebuilding(settings)
    with Catalog(settings.catalog_path, create=False):
        pass


def print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
