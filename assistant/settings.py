"""The one settings object.

Sources, highest priority first: explicit arguments, environment (prefix ``RECTIFY_``,
nested groups with ``__``, e.g. ``RECTIFY_INDEX__EMBEDDER=openai``), ``<home>/rectify.toml``,
defaults. API keys are read from the standard variables (``OPENAI_API_KEY``,
``OPENAI_BASE_URL``) only, and are never printed or hashed.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from assistant.i18n import _

TOML_NAME = "rectify.toml"


class _Group(BaseModel):
    model_config = ConfigDict(extra="forbid")


class IndexSettings(_Group):
    embedder: Literal["e5", "openai", "sentence-transformers", "fake"] = Field(
        "e5", description="Embedding backend; 'fake' is for tests and scale benchmarks."
    )
    openai_embedding_model: str = Field(
        "text-embedding-3-small", description="Model name for the 'openai' embedder."
    )
    st_model_path: Path | None = Field(
        None, description="Local folder of a sentence-transformers model."
    )
    chroma_url: str | None = Field(
        None, description="http://host:port of a Chroma server; unset = embedded store."
    )
    collection: str = Field("precedents", description="Chroma collection name (3+ chars).")
    per_notice_cap: int = Field(2, ge=1, description="At most N items of one notice in top k.")
    recency_weight: float = Field(
        0.0, ge=0.0, description="Score bonus per year of recency (0 = off)."
    )
    exact_dense_limit: int = Field(
        20000,
        ge=0,
        description="Up to this many entries the dense search scores every vector (exact, the same run to run); "
        "above it Chroma's approximate HNSW search is used.",
    )


class LLMSettings(_Group):
    model: str = Field("gpt-4o-mini", description="Chat model name on the server.")
    temperature: float = Field(0.2, description="Sampling temperature.")
    timeout_s: float = Field(60.0, description="Per-request timeout in seconds.")
    max_retries: int = Field(3, description="Retries on 429/5xx/timeouts.")
    concurrency: int = Field(4, ge=1, description="Items drafted in parallel.")
    prompt_token_budget: int = Field(3000, ge=500, description="Max prompt tokens per call.")
    structured_output: Literal["function_calling", "json_schema", "json_mode"] = Field(
        "function_calling",
        description="How the model returns JSON; function calling is the most widely served.",
    )
    cache: bool = Field(True, description="Reuse responses from disk: a re-run costs no calls.")


class DraftSettings(_Group):
    engine: Literal["auto", "extractive", "llm"] = Field(
        "auto", description="auto = llm when OPENAI_API_KEY is set, else extractive."
    )
    precedents_per_item: int = Field(
        24, ge=1, le=50,
        description="Precedents retrieved per problem (before the fit filter keeps those that fit).",
    )
    deadline_months: int = Field(
        3, ge=1, le=24, description="限期整改 deadline: months after the feedback date."
    )


class ReviewSettings(_Group):
    support_threshold: float = Field(
        0.33,
        ge=0.0,
        le=1.0,
        description="A citation whose clause scores below this against its measure is flagged "
        "(a shuffled citation scores under 0.33 99 % of the time: bench/bench_support.py).",
    )


class FetchSettings(_Group):
    timeout_s: float = Field(20.0, gt=0, description="Per-request timeout for `corpus add URL`.")
    max_bytes: int = Field(
        10_000_000, ge=1_000, description="Largest body read; a bigger page is refused."
    )
    max_redirects: int = Field(5, ge=0, description="Redirects followed before giving up.")
    user_agent: str = Field(
        "rectify/0.1 (corpus refresh)",
        description="User-Agent header sent with every fetch.",
    )


class CorpusSettings(_Group):
    max_file_mb: float = Field(
        20.0, gt=0, description="Largest local file `corpus add` reads (MB); a bigger one is refused."
    )


class ExportSettings(_Group):
    """Fonts of the DOCX export (GB/T 9704-2012); change them where the 方正/GB2312 fonts
    are not installed (e.g. 仿宋, 楷体, 华文中宋)."""

    title_font: str = Field("方正小标宋简体", description="Title, 2号.")
    body_font: str = Field("仿宋_GB2312", description="Body and 1./（1） headings, 3号.")
    heading1_font: str = Field("黑体", description="一、 headings, 3号.")
    heading2_font: str = Field("楷体_GB2312", description="（一） headings, 3号.")
    page_number_font: str = Field("宋体", description="Page numbers — N —, 4号.")
    heading3_bold: bool = Field(True, description="1. headings in bold (optional in the standard).")


class Settings(BaseSettings):
    """All configuration of rectify; see the module docstring for the sources."""

    model_config = SettingsConfigDict(
        env_prefix="RECTIFY_",
        env_nested_delimiter="__",
        extra="forbid",
    )

    home: Path = Field(
        default_factory=Path.cwd,
        description="Folder holding corpus/, vectorstore/ and drafts/.",
    )
    index: IndexSettings = Field(default_factory=IndexSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    draft: DraftSettings = Field(default_factory=DraftSettings)
    fetch: FetchSettings = Field(default_factory=FetchSettings)
    corpus: CorpusSettings = Field(default_factory=CorpusSettings)
    review: ReviewSettings = Field(default_factory=ReviewSettings)
    export: ExportSettings = Field(default_factory=ExportSettings)
    audit: bool = Field(True, description="Record every LLM call and draft in SQLite.")

    # Read from the standard variables, not RECTIFY_*; excluded from dumps and hashes.
    openai_api_key: SecretStr | None = Field(default=None, exclude=True)
    openai_base_url: str | None = Field(default=None, exclude=True)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        home = Path(os.environ.get("RECTIFY_HOME") or Path.cwd())
        toml = TomlConfigSettingsSource(settings_cls, toml_file=home / TOML_NAME)
        return (init_settings, env_settings, toml)

    @property
    def corpus_dir(self) -> Path:
        return self.home / "corpus"

    @property
    def vectorstore_dir(self) -> Path:
        return self.home / "vectorstore"

    @property
    def drafts_dir(self) -> Path:
        return self.home / "drafts"

    @property
    def state_dir(self) -> Path:
        """LLM response cache and audit log (kept apart from the rebuildable index)."""
        return self.home / ".rectify"

    @property
    def catalog_path(self) -> Path:
        return self.vectorstore_dir / "catalog.sqlite3"

    def fingerprint(self) -> str:
        """A short hash of the settings that shape results (no secrets, no paths)."""
        # fetching only decides how pages are downloaded, export only how a draft is laid
        # out in Word, corpus only which files are read: none changes what a draft says
        data: dict[str, Any] = self.model_dump(
            mode="json", exclude={"home", "fetch", "export", "corpus"}
        )
        blob = json.dumps(data, sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha256(blob).hexdigest()[:12]


def load_settings(**overrides: Any) -> Settings:
    """Build the settings, filling the API key and base URL from the standard variables."""
    from pydantic import ValidationError

    from assistant.errors import ConfigError

    values: dict[str, Any] = dict(overrides)
    if "openai_api_key" not in values and os.environ.get("OPENAI_API_KEY"):
        values["openai_api_key"] = os.environ["OPENAI_API_KEY"]
    if "openai_base_url" not in values and os.environ.get("OPENAI_BASE_URL"):
        values["openai_base_url"] = os.environ["OPENAI_BASE_URL"]
    try:
        settings = Settings(**values)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise ConfigError(
            _("设置有误：{problems}").format(problems=problems),
            hint=_("请检查 RECTIFY_* 环境变量和主文件夹中的 {file}").format(file=TOML_NAME),
        ) from None
    settings.home = settings.home.expanduser().resolve()
    return settings
