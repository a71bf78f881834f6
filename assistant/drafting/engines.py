"""Choosing the drafting engine from the settings."""

from __future__ import annotations

from collections.abc import Callable

from assistant.drafting.engine import Engine
from assistant.drafting.extractive import ExtractiveEngine
from assistant.errors import ConfigError
from assistant.settings import Settings

ENGINES = ("auto", "extractive", "llm")


def engine_name(settings: Settings, requested: str | None = None) -> str:
    name = requested or settings.draft.engine
    if name not in ENGINES:
        raise ConfigError(f"unknown engine '{name}'", hint=f"choose one of {', '.join(ENGINES)}")
    if name == "auto":
        return "llm" if settings.openai_api_key else "extractive"
    return name


def make_engine(
    settings: Settings,
    requested: str | None = None,
    *,
    foreign_names: Callable[[str], int] | None = None,
) -> Engine:
    name = engine_name(settings, requested)
    if name == "llm":
        from assistant.drafting.llm import LLMEngine  # imports langchain-openai only when used

        return LLMEngine(settings)
    return ExtractiveEngine(foreign_names)
