"""The drafting engines' names and the one check of a name the user gave.

Kept free of the drafting stack, so the CLI can check ``--engine`` before loading it.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.errors import ConfigError
from assistant.i18n import _

DRAFTING_ENGINES = ("extractive", "llm")
ENGINES = ("auto", *DRAFTING_ENGINES)  # auto: llm when an API key is set


def check_engine_name(name: str, allowed: Sequence[str] = ENGINES) -> str:
    """``name`` if it is one of ``allowed``; else a ConfigError naming the choices."""
    if name not in allowed:
        raise ConfigError(_("未知的引擎“{name}”").format(name=name),
                          hint=_("请从 {choices} 中选择").format(choices=_("、").join(allowed)))
    return name
