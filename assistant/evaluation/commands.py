"""`rectify eval drafting`: the leave-one-notice-out drafting benchmark on the command line."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from assistant.cli_common import (
    HomeOpt,
    JsonOpt,
    print_json,
    reports_errors,
    require_catalog,
    settings_for,
)
from assistant.errors import ConfigError
from assistant.evaluation.baselines import RANDOM_SEED
from assistant.settings import Settings

if TYPE_CHECKING:  # the drafting stack loads the index libraries: only when the command runs
    from assistant.drafting.engine import Engine
    from assistant.drafting.names import NameGuard
    from assistant.evaluation.drafting import DraftingEval, EngineFactory

ENGINES = ("extractive", "llm")
_err = Console(stderr=True)


def engine_factories(settings: Settings, requested: list[str] | None) -> dict[str, EngineFactory]:
    """The engines to evaluate: those asked for, else extractive and (with a key) llm."""
    names = list(dict.fromkeys(requested or [])) or [
        "extractive", *(["llm"] if settings.openai_api_key else [])
    ]
    for name in names:
        if name not in ENGINES:
            raise ConfigError(f"unknown engine '{name}'", hint=f"choose from {', '.join(ENGINES)}")
    if "llm" in names and not settings.openai_api_key:
        raise ConfigError(
            "the llm engine needs OPENAI_API_KEY",
            hint="export OPENAI_API_KEY (and OPENAI_BASE_URL), or leave out --engine llm",
        )

    from assistant.drafting.engines import make_engine

    def factory(name: str) -> EngineFactory:
        def make(s: Settings, guard: NameGuard) -> Engine:
            # as `rectify plan` does: the extractive engine avoids clauses naming others
            return make_engine(s, name, foreign_names=lambda text: len(guard.find(text)))

        return make

    return {name: factory(name) for name in names}


def print_table(result: DraftingEval) -> None:
    table = Table(
        "method", "ROUGE-L", "similarity", "type recall", "covered", "invalid cit.",
        "leaked names", "unsupported",
        title=f"{len(result.notices)} notices, leave one out, embedder {result.embedder}, "
        f"{result.seconds:.0f} s",
    )
    for r in result.summary():
        table.add_row(
            r["method"], f"{r['rouge_l']:.3f}", f"{r['similarity']:.3f}", f"{r['type_recall']:.3f}",
            f"{r['covered']}/{r['items']}", str(r["invalid_citations"]), str(r["leaked_names"]),
            str(r["unsupported_citations"]),
        )
    Console().print(table)


def register(eval_app: typer.Typer) -> None:
    @eval_app.command("drafting")
    @reports_errors
    def eval_drafting(
        limit: Annotated[int | None, typer.Option(help="Only the first N notices (by id).")] = None,
        notice: Annotated[
            list[str] | None,
            typer.Option("--notice", help="A notice id (or prefix) to evaluate; repeatable."),
        ] = None,
        engine: Annotated[
            list[str] | None,
            typer.Option(
                "--engine",
                help="extractive or llm; repeatable (default: extractive, plus llm when "
                "OPENAI_API_KEY is set).",
            ),
        ] = None,
        seed: Annotated[int, typer.Option(help="Seed of the random baseline.")] = RANDOM_SEED,
        out: Annotated[
            Path | None,
            typer.Option("--out", "-o", help="Folder for drafting.md and drafting.png "
                         "(default: <home>/eval)."),
        ] = None,
        as_json: JsonOpt = False,
        home: HomeOpt = None,
    ) -> None:
        """Draft each notice's own problems with that notice left out of retrieval and compare
        with the measures it published: ROUGE-L, similarity, measure types, integrity."""
        from assistant.evaluation.drafting import evaluate_drafting, select_notices
        from assistant.evaluation.report import write_report
        from assistant.index.precedents import PrecedentIndex

        settings = settings_for(home)
        require_catalog(settings)
        engines = engine_factories(settings, engine)
        ids = select_notices(settings, notice or [], limit)

        def progress(done: int, total: int, unit: str) -> None:
            if done < total:
                _err.print(f"[{done + 1}/{total}] {unit}", highlight=False)

        result = evaluate_drafting(
            settings, PrecedentIndex(settings), ids, engines, seed=seed, progress=progress
        )
        command = "rectify eval drafting" + (f" --limit {limit}" if limit else "")
        written = write_report(result, out or settings.home / "eval", command=command)
        if as_json:
            print_json(result.summary())
        else:
            print_table(result)
            for path in written:
                typer.echo(f"wrote {path}")
