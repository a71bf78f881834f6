"""Fakes for the LLM engine: a LangChain chat model that answers with tool calls, and a
responder for ``tests/openai_stub.py`` that answers the drafting schemas.

Both decide what to answer from the schema asked for (the tool's name) and the prompt's
human message, so a test can write "the model cites [99]" or "the model copies the facts and
adds a date" as a small function of the prompt.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import LanguageModelInput
from langchain_core.language_models.fake_chat_models import FakeMessagesListChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import Field

from assistant.drafting.guards import strip_markers
from assistant.drafting.measure_quotes import quotes_own_fact
from assistant.drafting.models import Measure, PlanItem, only_placeholders
from assistant.settings import Settings, load_settings

NO_TRIM = 1_000_000  # a prompt budget no prompt reaches: no slow trimming loop


def settings_for(
    home: Path, *, key: str | None = None, base_url: str | None = None, trim: bool = False, **llm: Any
) -> Settings:
    """Settings on ``home`` with fake embeddings and the given ``llm`` group.

    Unless ``trim``, the prompt budget is one no prompt reaches, so ``LLMEngine.fit`` counts
    each prompt once: its trimming loop recounts the whole prompt for every dropped line
    (about 1 s per plan on this corpus). test_token_budget uses the default budget.
    """
    if not trim:
        llm.setdefault("prompt_token_budget", NO_TRIM)
    secrets: dict[str, str] = {}
    if key is not None:
        secrets["openai_api_key"] = key
    if base_url is not None:
        secrets["openai_base_url"] = base_url
    return load_settings(home=home, index={"embedder": "fake"}, llm=llm, **secrets)


#: ``answer(schema name, human message) -> the tool call's arguments``
Answer = Callable[[str, str], dict[str, Any]]

_LINE_RE = re.compile(r"^\[(\d+)\](.*)$", re.M)


def field(human: str, label: str) -> str:
    """The value of a ``label：value`` line of a prompt's human message."""
    m = re.search(rf"^{re.escape(label)}：(.*)$", human, re.M)
    if m is None:
        raise AssertionError(f"no line {label}： in the prompt:\n{human}")
    return m.group(1).strip()


def numbered_lines(human: str) -> dict[int, str]:
    """The numbered source lines of a prompt: ``{n: the text after [n]}``."""
    return {int(m.group(1)): m.group(2) for m in _LINE_RE.finditer(human)}


def default_measures(problem: str) -> list[str]:
    """The measures :func:`default_answer` writes for a problem (the first cites [1], the
    second [2])."""
    return [f"针对{problem}，建立健全长效工作机制。", f"建立{problem}问题整改台账，逐项对账销号。"]


def default_answer(schema: str, human: str) -> dict[str, Any]:
    """Plausible, guard-clean answers for every drafting schema."""
    if schema == "ItemDraft":
        problem = field(human, "问题")
        # two measures, as a plan item needs (fit.MIN_FITTING); each cites one line by number,
        # whether or not the prompt had that line (the guard must drop what was not shown)
        return {
            "goal": f"彻底解决{problem}问题。",
            "measures": [{"text": m, "citations": [n]} for n, m in enumerate(default_measures(problem), 1)],
        }
    if schema == "FrontMatterDraft":
        return {
            "guiding": "坚持以习近平新时代中国特色社会主义思想为指导。",
            "organisation": "成立整改工作领导小组，统筹推进整改工作。",
            "requirements": "压实整改责任，确保整改见底见效。",
        }
    if schema == "ProgressDraft":
        return {"progress": field(human, "整改事实")}
    if schema == "SectionsDraft":
        return {"work": field(human, "整改工作总体情况"), "next_steps": "持续巩固整改成果。"}
    raise AssertionError(f"unexpected schema {schema}")


class FakeToolChatModel(FakeMessagesListChatModel):
    """A chat model that answers every call with one tool call to the bound schema.

    LangChain's fake chat models have no ``bind_tools``, which
    ``with_structured_output(method="function_calling")`` needs; here it returns a copy of
    the model that remembers the tool's name (the copy shares ``calls``). Each call is
    recorded as ``(schema name, messages)``.
    """

    responses: list[BaseMessage] = Field(default_factory=list)
    answer: Answer = default_answer
    tool: str | None = None
    calls: list[tuple[str, list[BaseMessage]]] = Field(default_factory=list)

    def bind_tools(
        self,
        tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool],
        *,
        tool_choice: str | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        name = convert_to_openai_tool(tools[0])["function"]["name"]
        return self.model_copy(update={"tool": name})

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        if self.tool is None:
            raise AssertionError("FakeToolChatModel called without a bound tool")
        self.calls.append((self.tool, list(messages)))
        args = self.answer(self.tool, str(messages[-1].content))
        message = AIMessage(content="", tool_calls=[{"name": self.tool, "args": args, "id": "x"}])
        return ChatResult(generations=[ChatGeneration(message=message)])

    @property
    def _llm_type(self) -> str:
        return "fake-tool-chat-model"


class StubResponder:
    """A responder for ``OpenAIStub``: a tool call to the request's tool, with arguments
    from ``answer`` (default: :func:`default_answer`). Thread-safe (the stub is threaded)."""

    def __init__(self, answer: Answer = default_answer) -> None:
        self.answer = answer
        self.schemas: list[str] = []
        self._lock = threading.Lock()

    def __call__(self, body: dict[str, Any]) -> dict[str, Any] | str:
        name = str(body["tools"][0]["function"]["name"])
        human = str(body["messages"][-1]["content"])
        with self._lock:
            self.schemas.append(name)
        return {"tool_call": {"name": name, "arguments": self.answer(name, human)}}


def request_text(body: dict[str, Any]) -> str:
    """The messages of a recorded chat request joined as ``LLMEngine`` counts them."""
    return "\n".join(str(m["content"]) for m in body["messages"])


def model_measures(item: PlanItem) -> list[Measure]:
    """What the model wrote for an item: not the remedies for our own facts (they quote one),
    not the placeholders."""
    return [
        m for m in item.measures if not only_placeholders(m.text) and not quotes_own_fact(m.text, item.detail or "")
    ]


def model_texts(item: PlanItem) -> list[str]:
    return [strip_markers(m.text)[0] for m in model_measures(item)]
