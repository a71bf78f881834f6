"""Choosing the drafting engine from the settings."""

from __future__ import annotations

from assistant.drafting.engines.choice import check_engine_name
from assistant.drafting.engines.extractive import ExtractiveEngine
from assistant.drafting.engines.protocol import Engine
from assistant.settings import Settings


def engine_name(settings: Settings, requested: str | None = None) -> str:
    name = check_engine_name(requested or settings.draft.engine)
    if name == "auto":
        return "llm" if settings.openai_api_key else "extractive"
    return name


def make_engine(settings: Settings, requested: str | None = None) -> Engine:
    """A fresh engine (engines keep per-plan state, e.g. the clauses already used); the
    extractive one avoids clauses naming others through the drafting context's guard."""
    name = engine_name(settings, requested)
    if name == "llm":
        from assistant.drafting.engines.llm import (
            LLMEngine,  # imports langchain-openai only when used
        )

        return LLMEngine(settings)
    return ExtractiveEngine()
