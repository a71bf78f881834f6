"""The info block of a draft: which engine and model, when, with which settings."""

from __future__ import annotations

import datetime as dt

from assistant import __version__
from assistant.drafting.engines.protocol import Engine
from assistant.drafting.models import DraftInfo
from assistant.settings import Settings


def draft_info(settings: Settings, engine: Engine, source: str | None) -> DraftInfo:
    return DraftInfo(
        engine="llm" if engine.name == "llm" else "extractive",
        model=engine.model,
        created=dt.datetime.now().replace(microsecond=0),
        rectify_version=__version__,
        settings=settings.fingerprint(),
        source=source,
        prompt_tokens=engine.usage.prompt_tokens,
        completion_tokens=engine.usage.completion_tokens,
        calls=engine.usage.calls,
    )
