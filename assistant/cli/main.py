"""The `rectify` command line: parse arguments, call the core, print, set the exit code.

Each command module imports the core inside its commands, so `rectify --help` loads little.
"""

from __future__ import annotations

import sys
from typing import Any

import typer
from typer.core import TyperGroup

from assistant.cli import corpus, drafting, evaluation, export, review, typer_text
from assistant.errors import RectifyError
from assistant.i18n import _

# The order a unit works in: build the corpus, draft, review, report, export; then the tools.
WORKFLOW_ORDER = ("corpus", "plan", "review", "report", "export", "ledger", "search", "eval")


class _WorkflowOrder(TyperGroup):
    """`rectify --help` lists the commands in workflow order, not registration order."""

    def list_commands(self, ctx: Any) -> list[str]:  # typer's vendored Context
        names = super().list_commands(ctx)
        rank = {name: i for i, name in enumerate(WORKFLOW_ORDER)}
        return sorted(names, key=lambda name: rank.get(name, len(rank)))


typer_text.apply()
app = typer.Typer(
    cls=_WorkflowOrder,
    help=_("依据已公开的整改通报（先例），起草巡视巡察整改方案和整改进展情况的通报。"),
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)
app.add_typer(corpus.corpus_app, name="corpus")
drafting.register(app)  # rectify search, plan, report
evaluation.register(app)  # rectify eval retrieval, eval drafting
review.register(app)  # rectify review …
export.register(app)  # rectify export, rectify import, rectify ledger import


def main() -> None:
    """Console-script entry point."""
    try:
        app(prog_name="rectify")
    except RectifyError as exc:  # raised outside a command (should not happen)
        typer.echo(_("错误：{error}").format(error=exc), err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
