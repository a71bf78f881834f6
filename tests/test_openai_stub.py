"""The OpenAI stub server, driven by the real ``openai`` and ``langchain_openai`` clients."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import openai
import pytest
from langchain_openai import ChatOpenAI, OpenAIEmbeddings
from pydantic import BaseModel, Field, SecretStr

from tests.openai_stub import OpenAIStub, fake_arguments, fake_embedding, free_port

KEY = "sk-test"


@pytest.fixture(autouse=True)
def no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make sure the clients talk to 127.0.0.1 directly, never through a proxy."""
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture
def stub() -> Iterator[OpenAIStub]:
    with OpenAIStub(require_key=KEY) as running:
        yield running


def client(stub: OpenAIStub, *, max_retries: int = 0, api_key: str = KEY) -> openai.OpenAI:
    return openai.OpenAI(
        base_url=stub.base_url, api_key=api_key, max_retries=max_retries, timeout=10
    )


class Item(BaseModel):
    name: str
    quantity: int


class Order(BaseModel):
    """An order with a nested list of objects and an optional field."""

    customer: str
    items: list[Item] = Field(description="what was ordered")
    note: str | None = None
    urgent: bool = False


# --------------------------------------------------------------------------- no sockets needed


def test_fake_arguments_builds_valid_instances() -> None:
    instance = fake_arguments(Order.model_json_schema())
    order = Order.model_validate(instance)
    assert order.customer == "示例"
    assert len(order.items) == 1 and order.items[0].quantity == 1

    schema: dict[str, Any] = {
        "type": "object",
        "properties": {
            "kind": {"enum": ["a", "b"]},
            "maybe": {"anyOf": [{"type": "null"}, {"type": "integer", "minimum": 3}]},
            "tags": {"type": "array", "items": {"type": "string"}, "minItems": 2},
            "ref": {"$ref": "#/$defs/Leaf"},
        },
        "$defs": {"Leaf": {"type": "object", "properties": {"x": {"type": "number"}}}},
    }
    assert fake_arguments(schema) == {
        "kind": "a",
        "maybe": 3,
        "tags": ["示例", "示例"],
        "ref": {"x": 1.0},
    }


def test_fake_embedding_is_deterministic_unit_vector() -> None:
    vector = fake_embedding("hello", 16)
    assert vector == fake_embedding("hello", 16)
    assert vector != fake_embedding("hellp", 16)
    assert len(vector) == 16
    assert abs(sum(v * v for v in vector) - 1) < 1e-9


# --------------------------------------------------------------------------- loopback


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_plain_chat_completion(stub: OpenAIStub) -> None:
    response = client(stub).chat.completions.create(
        model="m-1", messages=[{"role": "user", "content": "你好"}]
    )
    assert response.choices[0].message.content == "ok"
    assert response.choices[0].finish_reason == "stop"
    assert response.model == "m-1"
    assert response.usage is not None and response.usage.total_tokens > 0

    assert stub.count == 1
    recorded = stub.requests[0]
    assert recorded["path"] == "/v1/chat/completions"
    assert recorded["headers"]["authorization"] == f"Bearer {KEY}"
    assert recorded["body"]["model"] == "m-1"
    assert recorded["body"]["messages"] == [{"role": "user", "content": "你好"}]
    assert recorded["status"] == 200
    assert recorded["end"] is not None and recorded["end"] >= recorded["start"]


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_custom_responder_and_streaming() -> None:
    def responder(body: dict[str, Any]) -> dict[str, Any] | str:
        last = body["messages"][-1]["content"]
        return {"content": f"echo: {last}"}

    with OpenAIStub(responder=responder) as stub:
        llm = ChatOpenAI(base_url=stub.base_url, api_key=KEY, model="m", max_retries=0)
        assert llm.invoke("abc").content == "echo: abc"
        streamed = "".join(str(chunk.content) for chunk in llm.stream("xyz"))
        assert streamed == "echo: xyz"
        assert stub.requests[1]["body"]["stream"] is True


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_structured_output_via_function_calling(stub: OpenAIStub) -> None:
    llm = ChatOpenAI(base_url=stub.base_url, api_key=KEY, model="m", max_retries=0)
    result = llm.with_structured_output(Order, method="function_calling").invoke("hi")
    assert isinstance(result, Order)
    assert result.customer == "示例"
    assert result.items == [Item(name="示例", quantity=1)]

    body = stub.requests[0]["body"]
    assert body["tools"][0]["function"]["name"] == "Order"


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_structured_output_via_json_schema(stub: OpenAIStub) -> None:
    llm = ChatOpenAI(base_url=stub.base_url, api_key=KEY, model="m", max_retries=0)
    result = llm.with_structured_output(Order, method="json_schema").invoke("hi")
    assert isinstance(result, Order)
    assert result.items[0].quantity == 1
    assert stub.requests[0]["body"]["response_format"]["type"] == "json_schema"


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_tool_call_responder() -> None:
    def responder(body: dict[str, Any]) -> dict[str, Any] | str:
        return {"tool_call": {"name": "lookup", "arguments": {"q": "x"}}}

    with OpenAIStub(responder=responder) as stub:
        response = client(stub).chat.completions.create(
            model="m", messages=[{"role": "user", "content": "hi"}]
        )
    choice = response.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.content is None
    calls = choice.message.tool_calls
    assert calls is not None and len(calls) == 1
    call = calls[0]
    assert call.type == "function"
    assert call.function.name == "lookup"
    assert json.loads(call.function.arguments) == {"q": "x"}


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_retry_after_injected_failure() -> None:
    with OpenAIStub(fail_first=1, fail_status=500) as stub:
        started = time.perf_counter()
        response = client(stub, max_retries=2).chat.completions.create(
            model="m", messages=[{"role": "user", "content": "hi"}]
        )
        elapsed = time.perf_counter() - started
    assert response.choices[0].message.content == "ok"
    assert stub.count == 2
    assert [r["status"] for r in stub.requests] == [500, 200]
    assert elapsed < 2  # retry-after-ms: 10 keeps the client's back-off short


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_injected_failure_without_retries_is_an_error() -> None:
    with OpenAIStub(fail_first=1, fail_status=429) as stub:
        with pytest.raises(openai.RateLimitError) as caught:
            client(stub).chat.completions.create(
                model="m", messages=[{"role": "user", "content": "hi"}]
            )
    assert caught.value.status_code == 429
    assert isinstance(caught.value.body, dict) and "message" in caught.value.body


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_wrong_key_is_an_authentication_error(stub: OpenAIStub) -> None:
    with pytest.raises(openai.AuthenticationError) as caught:
        client(stub, api_key="sk-wrong").chat.completions.create(
            model="m", messages=[{"role": "user", "content": "hi"}]
        )
    assert caught.value.code == "invalid_api_key"
    with OpenAIStub(fail_first=1, fail_status=401) as failing:
        with pytest.raises(openai.AuthenticationError):
            client(failing).chat.completions.create(
                model="m", messages=[{"role": "user", "content": "hi"}]
            )


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_concurrent_requests_are_served_concurrently() -> None:
    delay = 0.3
    with OpenAIStub(delay_s=delay) as stub:
        api = client(stub)
        results: list[str | None] = []
        lock = threading.Lock()
        barrier = threading.Barrier(8)

        def call() -> None:
            barrier.wait()
            response = api.chat.completions.create(
                model="m", messages=[{"role": "user", "content": "hi"}]
            )
            with lock:
                results.append(response.choices[0].message.content)

        threads = [threading.Thread(target=call) for _ in range(8)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=10)
        elapsed = time.perf_counter() - started

    assert results == ["ok"] * 8
    assert stub.count == 8
    assert stub.max_in_flight >= 4
    assert elapsed < 8 * delay  # loose: serial handling would take at least 2.4 s


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_embeddings_endpoint() -> None:
    with OpenAIStub(require_key=KEY, embedding_dim=12) as stub:
        embedder = OpenAIEmbeddings(
            # the field names (aliases base_url / api_key work at runtime too, but not for mypy)
            openai_api_base=stub.base_url,
            openai_api_key=SecretStr(KEY),
            model="e",
            check_embedding_ctx_length=False,
            max_retries=0,
        )
        first = embedder.embed_documents(["a", "b"])
        second = embedder.embed_documents(["a", "b"])
        query = embedder.embed_query("a")

        raw = client(stub).embeddings.create(model="e", input="a", encoding_format="base64")
        tokens = client(stub).embeddings.create(model="e", input=[[1, 2, 3]])

    assert len(first) == 2 and all(len(v) == 12 for v in first)
    assert first == second
    assert first[0] != first[1]
    assert query == pytest.approx(first[0])
    assert raw.model == "e"
    assert raw.usage.total_tokens > 0
    assert len(tokens.data) == 1 and len(tokens.data[0].embedding) == 12
    assert stub.requests[0]["body"]["model"] == "e"


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_unknown_path_and_bad_body() -> None:
    import http.client

    with OpenAIStub() as stub:
        conn = http.client.HTTPConnection("127.0.0.1", stub.port, timeout=5)
        try:
            conn.request(
                "POST", "/v1/nothing", body=b"{}", headers={"Content-Type": "application/json"}
            )
            response = conn.getresponse()
            payload = json.loads(response.read())
            assert response.status == 404
            assert payload["error"]["type"] == "invalid_request_error"

            conn.request("POST", "/v1/chat/completions", body=b"not json")
            response = conn.getresponse()
            assert response.status == 400
            assert "error" in json.loads(response.read())
        finally:
            conn.close()
    assert stub.count == 2


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_free_port_and_clean_shutdown() -> None:
    port = free_port()
    with OpenAIStub(port=port) as stub:
        assert stub.base_url == f"http://127.0.0.1:{port}/v1"
        client(stub).chat.completions.create(
            model="m", messages=[{"role": "user", "content": "hi"}]
        )
    with pytest.raises(RuntimeError):
        _ = stub.base_url
    # the port is free again
    with OpenAIStub(port=port) as again:
        assert again.port == port
