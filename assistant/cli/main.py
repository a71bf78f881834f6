"""The `rectify` command line: parse arguments, call the core, print, set the exit code.

Each command module imports the core inside its commands, so `rectify --help` loads little.
"""

from __future__ import annotations

import sys

import typer

from assistant.cli import corpus, drafting, evaluation, export, review
from assistant.errors import RectifyError

app = typer.Typer(
    help="Draft inspection rectification plans and progress reports from published precedents.",
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
        app()
    except RectifyError as exc:  # raised outside a command (should not happen)
        typer.echo(f"error: {exc}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
