"""A small, dependency-free fake of the OpenAI HTTP API for tests and benchmarks.

It serves ``POST /v1/chat/completions`` and ``POST /v1/embeddings`` on 127.0.0.1 with the
standard library's threaded HTTP server, so the real ``openai`` client and
``langchain_openai.ChatOpenAI`` / ``OpenAIEmbeddings`` can be driven against it::

    with OpenAIStub(delay_s=0.1) as stub:
        llm = ChatOpenAI(base_url=stub.base_url, api_key="sk-test", model="m")
        llm.invoke("hi")
        assert stub.count == 1

Tests that use it need loopback TCP, which this project's pytest config blocks by default:
mark them ``@pytest.mark.server``, ``@pytest.mark.enable_socket`` and
``@pytest.mark.allow_hosts(["127.0.0.1"])``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import socket
import struct
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, TypedDict

__all__ = [
    "OpenAIStub",
    "RecordedRequest",
    "Responder",
    "default_responder",
    "fake_arguments",
    "fake_embedding",
    "free_port",
]

#: ``responder(body) -> str | {"content": str} | {"tool_call": {"name": str, "arguments": dict}}``
Responder = Callable[[dict[str, Any]], "dict[str, Any] | str"]

_ERROR_TYPES: dict[int, tuple[str, str | None]] = {
    400: ("invalid_request_error", None),
    401: ("invalid_request_error", "invalid_api_key"),
    403: ("permission_error", None),
    404: ("invalid_request_error", "unknown_url"),
    408: ("timeout", None),
    409: ("conflict", None),
    429: ("rate_limit_error", "rate_limit_exceeded"),
}


class RecordedRequest(TypedDict):
    """One request as the stub saw it."""

    method: str
    path: str
    headers: dict[str, str]  # lower-cased names
    body: Any  # parsed JSON (None when the body was empty or not JSON)
    arrived: float  # time.time() when the request line had been read
    start: float  # time.perf_counter() when handling began
    end: float | None  # time.perf_counter() when the response was ready to be sent
    status: int | None  # HTTP status sent back


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --------------------------------------------------------------------------- fake data


def _resolve_ref(ref: str, root: Mapping[str, Any]) -> Mapping[str, Any]:
    if not ref.startswith("#/"):
        raise ValueError(f"only local $ref are supported, got {ref!r}")
    node: Any = root
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    if not isinstance(node, Mapping):
        raise ValueError(f"$ref {ref!r} does not point at a schema")
    return node


def _fake_string(schema: Mapping[str, Any]) -> str:
    fmt = schema.get("format")
    value = {
        "date": "2024-01-01",
        "date-time": "2024-01-01T00:00:00Z",
        "time": "00:00:00",
        "email": "user@example.com",
        "uri": "https://example.com/",
        "url": "https://example.com/",
        "uuid": "00000000-0000-4000-8000-000000000000",
    }.get(str(fmt), "示例")
    min_len = int(schema.get("minLength", 0))
    if len(value) < min_len:
        value = value + "例" * (min_len - len(value))
    max_len = schema.get("maxLength")
    if max_len is not None:
        value = value[: int(max_len)]
    return value


def _fake_number(schema: Mapping[str, Any], integer: bool) -> int | float:
    value: float = 1
    if "minimum" in schema:
        value = max(value, float(schema["minimum"]))
    if "exclusiveMinimum" in schema:
        value = max(value, float(schema["exclusiveMinimum"]) + 1)
    if "maximum" in schema:
        value = min(value, float(schema["maximum"]))
    if "exclusiveMaximum" in schema:
        value = min(value, float(schema["exclusiveMaximum"]) - (1 if integer else 0.5))
    return int(math.ceil(value)) if integer else float(value)


def _fake(schema: Any, root: Mapping[str, Any], depth: int) -> Any:
    if not isinstance(schema, Mapping) or depth > 32:
        return None
    if "$ref" in schema:
        resolved = dict(_resolve_ref(str(schema["$ref"]), root))
        resolved.update({k: v for k, v in schema.items() if k != "$ref"})
        return _fake(resolved, root, depth + 1)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    for key in ("anyOf", "oneOf"):
        options = schema.get(key)
        if options:
            # Prefer a non-null branch so optional fields get exercised.
            non_null = [
                o for o in options if not (isinstance(o, Mapping) and o.get("type") == "null")
            ]
            return _fake((non_null or options)[0], root, depth + 1)
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            if isinstance(part, Mapping) and "$ref" in part:
                part = _resolve_ref(str(part["$ref"]), root)
            if isinstance(part, Mapping):
                merged.update(part)
        merged.update({k: v for k, v in schema.items() if k != "allOf"})
        return _fake(merged, root, depth + 1)

    kind = schema.get("type")
    if isinstance(kind, list):
        non_null_types = [t for t in kind if t != "null"]
        kind = non_null_types[0] if non_null_types else "null"
    if kind is None:
        if "properties" in schema:
            kind = "object"
        elif "items" in schema:
            kind = "array"
        else:
            kind = "string"

    if kind == "object":
        result: dict[str, Any] = {}
        for name, sub in dict(schema.get("properties", {})).items():
            result[name] = _fake(sub, root, depth + 1)
        extra = schema.get("additionalProperties")
        if not result and isinstance(extra, Mapping) and int(schema.get("minProperties", 0)) > 0:
            result["key"] = _fake(extra, root, depth + 1)
        return result
    if kind == "array":
        items = schema.get("items", {})
        if isinstance(items, list):  # tuple form
            return [_fake(sub, root, depth + 1) for sub in items]
        count = max(1, int(schema.get("minItems", 0)))
        if "maxItems" in schema:
            count = min(count, int(schema["maxItems"]))
        return [_fake(items, root, depth + 1) for _ in range(count)]
    if kind == "string":
        return _fake_string(schema)
    if kind == "integer":
        return _fake_number(schema, integer=True)
    if kind == "number":
        return _fake_number(schema, integer=False)
    if kind == "boolean":
        return True
    return None


def fake_arguments(json_schema: Mapping[str, Any]) -> Any:
    """A minimal valid instance of ``json_schema``.

    Strings become ``"示例"`` (or a format-shaped value), numbers 1 (clamped to the bounds),
    booleans ``True``, arrays get one element (or ``minItems``), enums/consts their first value,
    ``anyOf``/``oneOf`` their first non-null branch; ``$ref`` into ``$defs``/``definitions`` is
    followed. Every declared property of an object is filled in.
    """
    return _fake(json_schema, json_schema, 0)


def fake_embedding(text: str, dim: int = 8) -> list[float]:
    """A deterministic unit vector of length ``dim`` derived from a hash of ``text``."""
    values: list[float] = []
    counter = 0
    while len(values) < dim:
        digest = hashlib.sha256(f"{counter}:{text}".encode()).digest()
        for i in range(0, len(digest), 4):
            (word,) = struct.unpack("<I", digest[i : i + 4])
            values.append(word / 2**32 * 2 - 1)
        counter += 1
    values = values[:dim]
    norm = math.sqrt(sum(v * v for v in values)) or 1.0
    return [v / norm for v in values]


# --------------------------------------------------------------------------- responders


def _first_tool(body: Mapping[str, Any]) -> Mapping[str, Any] | None:
    tools = [t for t in body.get("tools") or [] if isinstance(t, Mapping)]
    if not tools:
        return None
    choice = body.get("tool_choice")
    wanted: str | None = None
    if isinstance(choice, Mapping):
        wanted = (choice.get("function") or {}).get("name")
    for tool in tools:
        if wanted is None or (tool.get("function") or {}).get("name") == wanted:
            return tool
    return tools[0]


def default_responder(body: dict[str, Any]) -> dict[str, Any] | str:
    """Tool call to the first (or forced) tool, JSON for ``response_format``, else ``"ok"``."""
    tool = _first_tool(body)
    if tool is not None and body.get("tool_choice") != "none":
        function = tool.get("function") or {}
        params = function.get("parameters") or {"type": "object", "properties": {}}
        return {
            "tool_call": {"name": function.get("name", "tool"), "arguments": fake_arguments(params)}
        }
    response_format = body.get("response_format")
    if isinstance(response_format, Mapping):
        if response_format.get("type") == "json_schema":
            schema = (response_format.get("json_schema") or {}).get("schema") or {}
            return json.dumps(fake_arguments(schema), ensure_ascii=False)
        if response_format.get("type") == "json_object":
            return "{}"
    return "ok"


def _rough_tokens(value: Any) -> int:
    if value is None:
        return 0
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return max(1, len(text) // 2)


# --------------------------------------------------------------------------- the server


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], stub: OpenAIStub) -> None:
        self.stub = stub
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.connections_lock:
            self.connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.connections_lock:
            self.connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self.connections_lock:
            connections = list(self.connections)
        for conn in connections:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like the real API
    server_version = "OpenAIStub/1.0"
    sys_version = ""
    timeout = 60  # idle keep-alive connections give up eventually
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        return  # silence the default stderr logging

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        self._handle("GET")

    def do_POST(self) -> None:  # noqa: N802 - stdlib naming
        self._handle("POST")

    def _handle(self, method: str) -> None:
        stub = self.server.stub
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        headers = {name.lower(): value for name, value in self.headers.items()}
        body: Any = None
        bad_json = False
        if raw:
            try:
                body = json.loads(raw)
            except ValueError:
                bad_json = True
        record: RecordedRequest = {
            "method": method,
            "path": self.path.split("?", 1)[0],
            "headers": headers,
            "body": body,
            "arrived": time.time(),
            "start": time.perf_counter(),
            "end": None,
            "status": None,
        }
        index = stub._begin(record)
        status, payload, content_type = 500, b"", "application/json"
        try:
            if stub.delay_s > 0:
                time.sleep(stub.delay_s)
            status, payload, content_type = self._dispatch(stub, index, record, bad_json)
        finally:
            # Completed before the response goes out, so a client that has its answer
            # always sees a finished record (status, end) and an up-to-date in-flight count.
            record["status"] = status
            record["end"] = time.perf_counter()
            stub._finish()
        self._send(status, payload, content_type)

    def _dispatch(
        self, stub: OpenAIStub, index: int, record: RecordedRequest, bad_json: bool
    ) -> tuple[int, bytes, str]:
        if index < stub.fail_first:
            return self._error(
                stub.fail_status, f"injected failure {index + 1} of {stub.fail_first}"
            )
        if stub.require_key is not None:
            auth = record["headers"].get("authorization", "")
            if auth != f"Bearer {stub.require_key}":
                return self._error(401, "Incorrect API key provided.")
        path = record["path"].rstrip("/")
        routes = {
            ("POST", "/v1/chat/completions"): stub._chat_completion,
            ("POST", "/v1/embeddings"): stub._embeddings,
        }
        route = routes.get((record["method"], path))
        if route is None:
            return self._error(404, f"Unknown request URL: {record['method']} {record['path']}")
        if bad_json or not isinstance(record["body"], dict):
            return self._error(400, "We could not parse the JSON body of your request.")
        try:
            return route(record["body"])
        except _ClientError as exc:
            return self._error(400, str(exc))
        except Exception as exc:  # a broken responder shows up as a 500, not a hung client
            stub.errors.append(exc)
            return self._error(500, f"stub responder failed: {exc!r}")

    @staticmethod
    def _error(status: int, message: str) -> tuple[int, bytes, str]:
        kind, code = _ERROR_TYPES.get(
            status, ("server_error" if status >= 500 else "invalid_request_error", None)
        )
        payload = {"error": {"message": message, "type": kind, "param": None, "code": code}}
        return status, json.dumps(payload).encode(), "application/json"

    def _send(self, status: int, payload: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("x-request-id", f"req_{uuid.uuid4().hex}")
        if status >= 400:
            self.send_header("retry-after-ms", "10")
        self.end_headers()
        self.wfile.write(payload)
        self.wfile.flush()


class _ClientError(ValueError):
    """A malformed request: answered with HTTP 400."""


class OpenAIStub:
    """A fake OpenAI server on 127.0.0.1, used as a context manager.

    Args:
        responder: ``fn(body) -> str | {"content": str} | {"tool_call": {"name", "arguments"}}``
            for ``/v1/chat/completions``; default :func:`default_responder`.
        delay_s: seconds to sleep before answering each request (a slow model).
        fail_first: the first ``fail_first`` requests (to any path) get ``fail_status``.
        fail_status: HTTP status of the injected failures (500, 429, 401, ...).
        require_key: if set, requests without ``Authorization: Bearer <key>`` get 401.
        embedding_dim: length of the vectors ``/v1/embeddings`` returns.
        port: port to bind (0 = let the OS choose a free one).

    Attributes:
        base_url: ``http://127.0.0.1:PORT/v1`` (valid once entered).
        requests: every request received, in arrival order (:class:`RecordedRequest`).
        max_in_flight: the highest number of requests handled at the same time.
        errors: exceptions raised by the responder (each also answered with a 500).
    """

    def __init__(
        self,
        responder: Responder | None = None,
        delay_s: float = 0.0,
        fail_first: int = 0,
        fail_status: int = 500,
        require_key: str | None = None,
        embedding_dim: int = 8,
        port: int = 0,
    ) -> None:
        self.responder: Responder = responder or default_responder
        self.delay_s = delay_s
        self.fail_first = fail_first
        self.fail_status = fail_status
        self.require_key = require_key
        self.embedding_dim = embedding_dim
        self.port = port
        self.requests: list[RecordedRequest] = []
        self.errors: list[BaseException] = []
        self.max_in_flight = 0
        self.in_flight = 0
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # ----------------------------------------------------------------- lifecycle

    def start(self) -> OpenAIStub:
        if self._server is not None:
            raise RuntimeError("OpenAIStub already started")
        self._server = _Server(("127.0.0.1", self.port), self)
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"openai-stub-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.close_connections()
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> OpenAIStub:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # ----------------------------------------------------------------- introspection

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("OpenAIStub is not running; use it as a context manager")
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def count(self) -> int:
        """Number of requests received so far (failed ones included)."""
        with self._lock:
            return len(self.requests)

    def bodies(self, path: str | None = None) -> list[Any]:
        """Parsed JSON bodies of the recorded requests, optionally only those to ``path``."""
        with self._lock:
            return [
                r["body"] for r in self.requests if path is None or r["path"].rstrip("/") == path
            ]

    def reset(self) -> None:
        """Forget recorded requests and the concurrency high-water mark."""
        with self._lock:
            self.requests.clear()
            self.errors.clear()
            self.max_in_flight = self.in_flight

    def _begin(self, record: RecordedRequest) -> int:
        with self._lock:
            index = len(self.requests)
            self.requests.append(record)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            return index

    def _finish(self) -> None:
        with self._lock:
            self.in_flight -= 1

    # ----------------------------------------------------------------- endpoints

    def _chat_completion(self, body: dict[str, Any]) -> tuple[int, bytes, str]:
        model = str(body.get("model", "stub-model"))
        answer = self.responder(body)
        content: str | None
        tool_calls: list[dict[str, Any]] | None = None
        if isinstance(answer, str):
            content, finish_reason = answer, "stop"
        elif "tool_call" in answer:
            call = answer["tool_call"]
            arguments = call.get("arguments", {})
            if not isinstance(arguments, str):
                arguments = json.dumps(arguments, ensure_ascii=False)
            tool_calls = [
                {
                    "id": f"call_{uuid.uuid4().hex[:24]}",
                    "type": "function",
                    "function": {"name": str(call["name"]), "arguments": arguments},
                }
            ]
            content, finish_reason = None, "tool_calls"
        elif "content" in answer:
            content, finish_reason = str(answer["content"]), "stop"
        else:
            raise ValueError(f"responder returned an unsupported value: {answer!r}")

        prompt_tokens = _rough_tokens(body.get("messages")) + _rough_tokens(body.get("tools"))
        completion_tokens = _rough_tokens(content) + _rough_tokens(tool_calls)
        usage = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        }
        completion_id = f"chatcmpl-{uuid.uuid4().hex[:24]}"
        created = int(time.time())
        message: dict[str, Any] = {"role": "assistant", "content": content, "refusal": None}
        if tool_calls is not None:
            message["tool_calls"] = tool_calls

        if body.get("stream"):
            return self._stream(completion_id, created, model, message, finish_reason, usage, body)

        payload = {
            "id": completion_id,
            "object": "chat.completion",
            "created": created,
            "model": model,
            "system_fingerprint": "fp_stub",
            "choices": [
                {"index": 0, "message": message, "logprobs": None, "finish_reason": finish_reason}
            ],
            "usage": usage,
        }
        return 200, json.dumps(payload, ensure_ascii=False).encode(), "application/json"

    @staticmethod
    def _stream(
        completion_id: str,
        created: int,
        model: str,
        message: dict[str, Any],
        finish_reason: str,
        usage: dict[str, int],
        body: Mapping[str, Any],
    ) -> tuple[int, bytes, str]:
        """The whole answer as server-sent events (one delta chunk, then the finish chunk)."""

        def chunk(choices: list[dict[str, Any]], usage_block: Any = None) -> bytes:
            data = {
                "id": completion_id,
                "object": "chat.completion.chunk",
                "created": created,
                "model": model,
                "system_fingerprint": "fp_stub",
                "choices": choices,
                "usage": usage_block,
            }
            return b"data: " + json.dumps(data, ensure_ascii=False).encode() + b"\n\n"

        delta: dict[str, Any] = {"role": "assistant", "content": message["content"]}
        if "tool_calls" in message:
            delta["tool_calls"] = [{"index": i, **c} for i, c in enumerate(message["tool_calls"])]
        parts = [
            chunk([{"index": 0, "delta": delta, "logprobs": None, "finish_reason": None}]),
            chunk([{"index": 0, "delta": {}, "logprobs": None, "finish_reason": finish_reason}]),
        ]
        if (body.get("stream_options") or {}).get("include_usage"):
            parts.append(chunk([], usage))
        parts.append(b"data: [DONE]\n\n")
        return 200, b"".join(parts), "text/event-stream"

    def _embeddings(self, body: dict[str, Any]) -> tuple[int, bytes, str]:
        model = str(body.get("model", "stub-embedding"))
        raw = body.get("input")
        texts: list[str]
        if isinstance(raw, str):
            texts = [raw]
        elif isinstance(raw, list) and raw and all(isinstance(t, int) for t in raw):
            texts = [" ".join(map(str, raw))]  # one token list
        elif isinstance(raw, list) and raw:
            texts = []
            for item in raw:
                if isinstance(item, str):
                    texts.append(item)
                elif isinstance(item, list) and all(isinstance(t, int) for t in item):
                    texts.append(" ".join(map(str, item)))
                else:
                    raise _ClientError(f"invalid item in 'input': {item!r}")
        else:
            raise _ClientError("'input' must be a non-empty string or list")
        dim = int(body.get("dimensions") or self.embedding_dim)
        as_base64 = body.get("encoding_format") == "base64"
        data: list[dict[str, Any]] = []
        for i, text in enumerate(texts):
            vector = fake_embedding(text, dim)
            embedding: Any = (
                base64.b64encode(struct.pack(f"<{dim}f", *vector)).decode() if as_base64 else vector
            )
            data.append({"object": "embedding", "index": i, "embedding": embedding})
        tokens = sum(_rough_tokens(t) for t in texts)
        payload = {
            "object": "list",
            "data": data,
            "model": model,
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
        }
        return 200, json.dumps(payload).encode(), "application/json"
