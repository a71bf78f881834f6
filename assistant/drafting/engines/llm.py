"""The LLM engine: prompt file → chat model (any OpenAI-compatible server) → pydantic.

Per call: the precedent context is trimmed to the token budget (counted with tiktoken),
the response cache is asked first, and the call is written to the audit log. Items are
drafted concurrently; the OpenAI client retries 429/5xx/timeouts with backoff.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage, HumanMessage
from langchain_core.runnables import Runnable
from pydantic import BaseModel

from assistant.drafting.adapt import adapt_clause
from assistant.drafting.context import DraftingContext
from assistant.drafting.deadlines import deadline_brief
from assistant.drafting.engines import llm_answers
from assistant.drafting.engines.llm_errors import translate_error
from assistant.drafting.engines.llm_fit import avoid_words, guard_front, guard_item, unit_brief
from assistant.drafting.engines.llm_log import AuditLog, ResponseCache
from assistant.drafting.engines.prompts import Prompt, load_prompt
from assistant.drafting.engines.protocol import (
    FrontMatterDraft,
    ItemDraft,
    ProgressDraft,
    ProgressTask,
    SectionsDraft,
    SectionsTask,
    Usage,
)
from assistant.drafting.engines.server_url import check_server_url
from assistant.drafting.fact_remedies import fact_remedies
from assistant.drafting.models import Finding
from assistant.drafting.own_facts import with_own_facts
from assistant.drafting.report_parts import progress_text
from assistant.drafting.sources import ItemSources, Source
from assistant.drafting.unit_forms import UnitForms
from assistant.errors import ConfigError, ServiceError
from assistant.i18n import _
from assistant.index.tokens import count_tokens, trim_to_tokens
from assistant.redaction import redact, url_secrets, url_without_credentials
from assistant.settings import Settings

T = TypeVar("T", bound=BaseModel)
DEFAULT_SERVER = "https://api.openai.com/v1"


def source_lines(sources: Sequence[Source], ours: UnitForms) -> list[str]:
    """Numbered clauses, already adapted to our unit (their names, dates, counts and own
    documents replaced), so the model has less to copy that the guards must then catch."""
    out = []
    for s in sources:
        rec = s.record
        when = f"{rec.year}年" if rec.year else ""
        clause = s.text or adapt_clause(s.clause, rec.unit, ours)  # fitted by the plan
        out.append(f"[{s.n}]（{when}{rec.kind}；问题：{rec.problem[:60]}）{clause}")
    return out


def numbered_sentences(sources: Sequence[Source], ours: UnitForms) -> list[str]:
    """Section sentences (organisation, next steps), numbered and adapted to our unit."""
    return [f"[{s.n}] {s.text or adapt_clause(s.clause, s.record.unit, ours)}" for s in sources]


def _text(messages: Sequence[BaseMessage]) -> str:
    return "\n".join(str(m.content) for m in messages)


class LLMEngine:
    name = "llm"
    waits_on_io = True

    def __init__(self, settings: Settings, *, chat_model: BaseChatModel | None = None) -> None:
        self.settings = settings
        self.model: str | None = settings.llm.model
        self.usage = Usage()
        # shown, logged and hashed without credentials; the client gets the real URL
        self.server = url_without_credentials(settings.openai_base_url or DEFAULT_SERVER)
        key = settings.openai_api_key
        self._secrets = [key.get_secret_value() if key else None,
                         *url_secrets(settings.openai_base_url)]
        self._chat = chat_model or self._make_chat()
        state = settings.state_dir
        self._cache = ResponseCache(state / "llm-cache.sqlite3") if settings.llm.cache else None
        self._audit = AuditLog(state / "audit.sqlite3") if settings.audit else None
        self._structured: dict[type[BaseModel], Runnable[Any, Any]] = {}
        self._lock = threading.Lock()
        # at most `concurrency` requests in flight, whoever sends them (items, front matter)
        self._slots = threading.BoundedSemaphore(settings.llm.concurrency)
        # measures the fit check removed from the model's answers (the plan reports them)
        self.findings: list[Finding] = []

    def _make_chat(self) -> BaseChatModel:
        from langchain_openai import ChatOpenAI

        key = self.settings.openai_api_key
        if key is None:
            raise ConfigError(
                _("llm 引擎需要 OPENAI_API_KEY"),
                hint=_("设置 OPENAI_API_KEY（使用其他服务器时再设置 OPENAI_BASE_URL），或用 --engine extractive"),
            )
        llm = self.settings.llm
        check_server_url(self.settings.openai_base_url)
        return ChatOpenAI(
            model=llm.model,
            api_key=key,
            base_url=self.settings.openai_base_url,
            temperature=llm.temperature,
            timeout=llm.timeout_s,
            max_retries=llm.max_retries,
        )

    # -- one call ------------------------------------------------------------------------
    def _runnable(self, schema: type[BaseModel]) -> Runnable[Any, Any]:
        with self._lock:
            if schema not in self._structured:
                self._structured[schema] = self._chat.with_structured_output(
                    schema, method=self.settings.llm.structured_output, include_raw=True
                )
            return self._structured[schema]

    def _key(self, messages: Sequence[BaseMessage], schema: type[BaseModel]) -> str:
        blob = json.dumps(
            {
                "model": self.model,
                "server": self.server,
                "temperature": self.settings.llm.temperature,
                "method": self.settings.llm.structured_output,
                "schema": schema.model_json_schema(),
                "messages": [[m.type, m.content] for m in messages],
            },
            ensure_ascii=False,
            sort_keys=True,
        )
        return hashlib.sha256(blob.encode()).hexdigest()

    def _call(
        self,
        schema: type[T],
        prompt: Prompt,
        values: dict[str, str],
        *,
        item: str | None,
        precedents: Sequence[str],
    ) -> T:
        messages = prompt.messages(**values)
        key = self._key(messages, schema)
        log = {
            "task": prompt.name,
            "item": item,
            "template": str(prompt.path.name),
            "template_sha256": prompt.sha256,
            "model": self.model,
            "server": self.server,
            "precedents": list(dict.fromkeys(precedents)),
        }
        hit = self._cache.get(key) if self._cache else None
        cached = schema.model_validate_json(hit[0]) if hit is not None else None
        # an older cache may hold an empty answer: it is asked again
        if hit is not None and cached is not None and llm_answers.problem({"parsed": cached}, schema) is None:
            if self._audit:
                self._audit.record(**log, prompt_tokens=hit[1], completion_tokens=hit[2],
                                   latency_ms=0, cached=1, status="ok")
            return cached
        what, tokens = "", (0, 0)
        for _attempt in (1, 2):  # a second attempt only after an unusable answer
            parsed, what, tokens = self._attempt(schema, messages, log)
            if parsed is not None:
                break
            # the same request with what was wrong added to its last message
            retry = f"{messages[-1].content}\n\n{llm_answers.retry_instruction(what)}"
            messages = [*messages[:-1], HumanMessage(retry)]
        if parsed is None:
            raise ServiceError(
                (_("模型对 {prompt} 第 {item} 项的回答两次都不可用：{what}") if item
                 else _("模型对 {prompt} 的回答两次都不可用：{what}")).format(prompt=prompt.name, item=item, what=what),
                where=self.server,
                hint=_("重试一次（已起草的条目在缓存中）；若反复出现，换用服务器支持的 "
                       "RECTIFY_LLM__STRUCTURED_OUTPUT（function_calling、json_schema、json_mode）"
                       "或换一个模型，或用 --engine extractive 离线起草"),
            )
        if self._cache:
            self._cache.put(key, parsed.model_dump_json(), *tokens)
        return parsed

    def _attempt(
        self, schema: type[T], messages: Sequence[BaseMessage], log: dict[str, Any]
    ) -> tuple[T | None, str, tuple[int, int]]:
        """One request: (the usable answer or None, what came back and why it is unusable,
        (prompt tokens, completion tokens))."""
        start = time.perf_counter()
        try:
            with self._slots:
                out = self._runnable(schema).invoke(messages)
        except Exception as exc:
            if self._audit:
                self._audit.record(**log, latency_ms=_ms(start), cached=0, status="error",
                                   error=redact(f"{type(exc).__name__}: {exc}", self._secrets)[:500])
            raise translate_error(exc, self.server, self.model or "", self._secrets) from None
        raw = out.get("raw")
        usage = getattr(raw, "usage_metadata", None) or {}
        prompt_tokens = int(usage.get("input_tokens", 0)) or count_tokens(_text(messages))
        completion_tokens = int(usage.get("output_tokens", 0))
        what = llm_answers.problem(out, schema)
        if self._audit:
            self._audit.record(**log, prompt_tokens=prompt_tokens,
                               completion_tokens=completion_tokens, latency_ms=_ms(start),
                               cached=0, status="ok" if what is None else "invalid",
                               error=None if what is None else redact(what, self._secrets)[:500])
        with self._lock:
            self.usage.calls += 1
            self.usage.prompt_tokens += prompt_tokens
            self.usage.completion_tokens += completion_tokens
        tokens = (prompt_tokens, completion_tokens)
        if what is not None:
            return None, what, tokens
        parsed = out["parsed"]
        assert isinstance(parsed, schema)
        return parsed, "", tokens

    def fit(
        self, prompt: Prompt, values: dict[str, str], slot: str, lines: Sequence[str]
    ) -> tuple[dict[str, str], int, int]:
        """Values with as many context lines in ``slot`` as the token budget allows:
        (values, lines kept, prompt tokens). Tokens grow with the lines kept, so the
        largest fitting count is found by bisection."""
        budget = self.settings.llm.prompt_token_budget

        def filled(keep: int) -> tuple[dict[str, str], int]:
            out = {**values, slot: "\n".join(lines[:keep]) or "（无）"}
            return out, count_tokens(_text(prompt.messages(**out)))

        best, tokens = filled(len(lines))
        if tokens <= budget:
            return best, len(lines), tokens
        low, high = 0, len(lines) - 1  # invariant: the answer is in [low, high]
        while low < high:
            mid = (low + high + 1) // 2
            if filled(mid)[1] <= budget:
                low = mid
            else:
                high = mid - 1
        best, tokens = filled(low)
        name = max((n for n in best if n != slot), key=lambda n: len(best[n]))
        while tokens > budget and best[name]:  # the problem itself is too long: cut it
            keep_tokens = max(0, count_tokens(best[name]) - (tokens - budget))
            best[name] = trim_to_tokens(best[name], keep_tokens)
            tokens = count_tokens(_text(prompt.messages(**best)))
        return best, low, tokens

    def _parallel(self, jobs: Iterable[Callable[[], T]]) -> list[T]:
        """Run the calls concurrently, each submitted as soon as it is produced; the first
        failure cancels the rest and is raised."""
        with ThreadPoolExecutor(max_workers=self.settings.llm.concurrency) as pool:
            futures = [pool.submit(job) for job in jobs]
            try:
                return [f.result() for f in futures]
            except BaseException:
                for f in futures:
                    f.cancel()
                raise

    # -- the engine interface ------------------------------------------------------------
    def plan_items(
        self, context: DraftingContext, items: Iterable[ItemSources]
    ) -> list[ItemDraft]:
        prompt = load_prompt("plan_item")
        feedback, ours = context.feedback, context.ours
        brief = unit_brief(context.profile)

        def job(item: ItemSources) -> Callable[[], ItemDraft]:
            def run() -> ItemDraft:
                p = item.leaf.problem
                # our facts of a known kind have their remedy already (both engines): the
                # model writes for the rest, and the facts nobody answers are named after
                remedies = [r.text for r in fact_remedies(p.facts, context.remedies)]
                values = {
                    "unit": feedback.unit,
                    "kind": feedback.inspection.kind,
                    "problem": p.title,
                    "detail": p.detail or "（无）",
                    "category": " / ".join(item.leaf.path),
                    "deadline": deadline_brief(context.deadline_of(item.leaf.key)),
                    "hint": item.hint or "（无）",
                    "profile": brief,
                    "avoid": avoid_words(context, item.precedents) or "（无）",
                    "remedies": "\n".join(remedies) or "（无）",
                }
                lines = source_lines(item.sources, ours)
                values, keep, _ = self.fit(prompt, values, "precedents", lines)
                # what the model did not see, it cannot cite: the guard allows only these
                item.sources = item.sources[:keep]
                used = [s.record.id for s in item.sources]
                draft = self._call(ItemDraft, prompt, values, item=item.leaf.key, precedents=used)
                kept, removed = guard_item(context, item.leaf.key, draft)
                with self._lock:
                    self.findings += removed
                most = len(remedies) + len(kept.measures) + 1  # the model chose how many
                measures, _ = with_own_facts(context, p.facts, remedies, kept.measures, most)
                return kept.model_copy(update={"measures": measures})

            return run

        return self._parallel(job(i) for i in items)

    def front_matter(
        self, context: DraftingContext, sources: Sequence[Source]
    ) -> FrontMatterDraft:
        prompt = load_prompt("plan_front_matter")
        values = {
            "unit": context.feedback.unit,
            "kind": context.feedback.inspection.kind,
            "committee": context.committee,
            "profile": unit_brief(context.profile),
            "avoid": avoid_words(context, [s.precedent for s in sources]) or "（无）",
        }
        lines = numbered_sentences(sources, context.ours)
        values, keep, _ = self.fit(prompt, values, "precedents", lines)
        used = [s.record.id for s in sources[:keep]]
        draft = self._call(FrontMatterDraft, prompt, values, item=None, precedents=used)
        kept, removed = guard_front(context, draft)
        with self._lock:
            self.findings += removed
        return kept

    def progress(
        self, context: DraftingContext, tasks: Sequence[ProgressTask]
    ) -> list[ProgressDraft]:
        prompt = load_prompt("report_item")
        feedback = context.feedback

        def job(task: ProgressTask) -> Callable[[], ProgressDraft]:
            def run() -> ProgressDraft:
                values = {
                    "unit": feedback.unit,
                    "kind": feedback.inspection.kind,
                    "problem": task.item.problem,
                    "status": task.ledger.effective_status or "正在推进",
                    "facts": task.ledger.facts.strip() or "（空）",
                    "measures": progress_text(task.item, task.ledger),
                    "next_steps": task.ledger.next_steps.strip() or "（无）",
                }
                values, _, _ = self.fit(prompt, values, "examples", task.examples)
                return self._call(ProgressDraft, prompt, values, item=task.item.key, precedents=[])

            return run

        return self._parallel([job(t) for t in tasks])

    def sections(self, context: DraftingContext, task: SectionsTask) -> SectionsDraft:
        prompt = load_prompt("report_sections")
        values = {
            "unit": context.feedback.unit,
            "kind": context.feedback.inspection.kind,
            "overall": task.overall.strip() or "（空）",
            "next_steps": task.next_steps.strip() or "（无）",
        }
        lines = numbered_sentences(task.sources, context.ours)
        values, keep, _ = self.fit(prompt, values, "precedents", lines)
        used = [s.record.id for s in task.sources[:keep]]
        return self._call(SectionsDraft, prompt, values, item=None, precedents=used)


def _ms(start: float) -> int:
    return int((time.perf_counter() - start) * 1000)
