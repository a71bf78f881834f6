"""`rectify eval …`: the retrieval benchmark and the leave-one-notice-out drafting benchmark."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape

from assistant.cli import views
from assistant.cli.common import (
    HomeOpt,
    JsonOpt,
    print_json,
    reports_errors,
    require_catalog,
    settings_for,
)
from assistant.drafting.engines.choice import DRAFTING_ENGINES, check_engine_name
from assistant.errors import ConfigError
from assistant.i18n import _

if TYPE_CHECKING:  # the drafting stack loads the index libraries: only when the command runs
    from assistant.drafting.engines.protocol import Engine
    from assistant.evaluation.drafting import EngineFactory
    from assistant.settings import Settings

_err = Console(stderr=True)


def engine_factories(settings: Settings, requested: list[str] | None) -> dict[str, EngineFactory]:
    """The engines to evaluate: those asked for, else extractive and (with a key) llm."""
    names = list(dict.fromkeys(requested or [])) or [
        "extractive", *(["llm"] if settings.openai_api_key else [])
    ]
    for name in names:
        check_engine_name(name, DRAFTING_ENGINES)
    if "llm" in names and not settings.openai_api_key:
        raise ConfigError(
            _("llm 引擎需要 OPENAI_API_KEY"),
            hint=_("请设置 OPENAI_API_KEY（及 OPENAI_BASE_URL），或去掉 --engine llm"),
        )

    from assistant.drafting.engines.factory import make_engine

    def factory(name: str) -> EngineFactory:
        def make(s: Settings) -> Engine:
            return make_engine(s, name)

        return make

    return {name: factory(name) for name in names}


eval_app = typer.Typer(help=_("评测：在语料库上衡量检索和起草的效果。"), no_args_is_help=True)


@eval_app.command(
    "retrieval", help=_("以每项问题为查询、其本身的整改措施为目标，计算 MRR 和 R@k。")
)
@reports_errors
def eval_retrieval(
    limit: Annotated[int | None, typer.Option(help=_("只用前 N 项作查询。"))] = None,
    as_json: JsonOpt = False,
    home: HomeOpt = None,
) -> None:
    """Each item's problem as the query, its own measures as the target: MRR and R@k."""
    from assistant.evaluation.retrieval import evaluate_retrieval
    from assistant.index.precedents import PrecedentIndex

    settings = settings_for(home)
    require_catalog(settings)
    with views.working(_("正在评测检索……")):
        result = evaluate_retrieval(PrecedentIndex(settings), limit=limit)
    if as_json:
        print_json(
            [
                {"method": name, "embedder": result["embedder"], "queries": result["queries"], **m}
                for name, m in result["methods"].items()
            ]
        )
    else:
        views.print_retrieval_eval(result)


def register(app: typer.Typer) -> None:
    """Add `eval …` to the main app."""
    app.add_typer(eval_app, name="eval")

    @eval_app.command(
        "drafting",
        help=_(
            "逐份通报留出：检索时排除该通报，起草其问题的整改措施，与其公开的措施比较"
            "（ROUGE-L、相似度、措施类型、引用完整性）。"
        ),
    )
    @reports_errors
    def eval_drafting(
        limit: Annotated[int | None, typer.Option(help=_("只评测前 N 份通报（按编号）。"))] = None,
        notice: Annotated[
            list[str] | None,
            typer.Option("--notice", help=_("要评测的通报编号（或前缀）；可重复。")),
        ] = None,
        engine: Annotated[
            list[str] | None,
            typer.Option(
                "--engine",
                help=_(
                    "extractive 或 llm；可重复（默认：extractive，设置了 OPENAI_API_KEY 时再加 llm）。"
                ),
            ),
        ] = None,
        seed: Annotated[
            int | None,
            typer.Option(help=_("随机基线的种子（默认：评测自带的种子）。")),
        ] = None,
        out: Annotated[
            Path | None,
            typer.Option("--out", "-o", help=_("写入 drafting.md 和 drafting.png 的文件夹"
                                               "（默认：<home>/eval）。")),
        ] = None,
        as_json: JsonOpt = False,
        home: HomeOpt = None,
    ) -> None:
        """Draft each notice's own problems with that notice left out of retrieval and compare
        with the measures it published: ROUGE-L, similarity, measure types, integrity."""
        from assistant.evaluation.baselines import RANDOM_SEED
        from assistant.evaluation.drafting import evaluate_drafting, select_notices
        from assistant.evaluation.report import write_report
        from assistant.index.precedents import PrecedentIndex

        settings = settings_for(home)
        require_catalog(settings)
        engines = engine_factories(settings, engine)
        ids = select_notices(settings, notice or [], limit)

        def progress(done: int, total: int, unit: str) -> None:
            if done < total and _err.is_terminal:
                _err.print(f"[{done + 1}/{total}] {escape(unit)}", highlight=False)

        result = evaluate_drafting(
            settings,
            PrecedentIndex(settings),
            ids,
            engines,
            seed=RANDOM_SEED if seed is None else seed,
            progress=progress,
        )
        command = "rectify eval drafting" + (f" --limit {limit}" if limit else "")
        written = write_report(result, out or settings.home / "eval", command=command)
        if as_json:
            print_json(result.summary())
        else:
            views.print_drafting_eval(result)
            for path in written:
                typer.echo(_("已写入 {path}").format(path=path))
