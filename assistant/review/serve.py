"""`rectify review DRAFT_DIR --serve`: the review workspace, the review page with buttons.

A Starlette app served by uvicorn on 127.0.0.1 only. Every request must carry the random
token printed with the URL (query ``token`` or header ``X-Rectify-Token``), else 403. The
page is rendered afresh from the draft on every load; each action posts the revision the
page shows and runs through `review.actions`, exactly as the CLI does (history, ledger,
atomic writes). An action against an older revision is refused with 409 and the page
reloads. Ctrl-C stops the server (uvicorn's own signal handling).
"""

from __future__ import annotations

import secrets
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from assistant.draft_folder import open_draft
from assistant.errors import InputError, RectifyError
from assistant.i18n import _
from assistant.review import actions
from assistant.review.page import review_page
from assistant.review.page_controls import Served
from assistant.review.redrafting import redraft_with
from assistant.review.run import review_folder
from assistant.settings import Settings

HOST = "127.0.0.1"
TOKEN_HEADER = "X-Rectify-Token"
_HEADERS = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff",
            "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer"}


class _RequireToken(BaseHTTPMiddleware):
    def __init__(self, app: Any, token: str) -> None:
        super().__init__(app)
        self.token = token

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        given = request.query_params.get("token") or request.headers.get(TOKEN_HEADER) or ""
        if not secrets.compare_digest(given.encode(), self.token.encode()):
            return PlainTextResponse(_("403：缺少或错误的令牌，请使用启动时打印的完整地址。"), 403)
        response = await call_next(request)
        response.headers.update(_HEADERS)
        return response


def _error(exc: RectifyError, status: int) -> JSONResponse:
    return JSONResponse(
        {"error": exc.message, "where": exc.location, "hint": exc.hint,
         "stale": isinstance(exc, actions.StaleDraft)},
        status,
    )


def _key(body: dict[str, Any]) -> str:
    key = body.get("key")
    if not isinstance(key, str) or not key:
        raise InputError(_("请求缺少条目编号 key"), hint=_("请从审阅页面发起操作"))
    return key


def _revision(body: dict[str, Any]) -> int:
    revision = body.get("revision")
    if not isinstance(revision, int):
        raise InputError(_("请求缺少草稿版本号 revision"), hint=_("重新载入页面后再操作"))
    return revision


def _text(body: dict[str, Any], name: str) -> str:
    value = body.get(name, "")
    return value if isinstance(value, str) else ""


def make_app(settings: Settings, folder: Path, token: str) -> Starlette:
    """The workspace for one draft folder, guarded by ``token``."""

    def act(body: dict[str, Any], kind: str) -> actions.Outcome:
        key, revision = _key(body), _revision(body)
        if kind == "accept":
            return actions.accept(folder, [key], revision=revision)
        if kind == "reject":
            return actions.reject(folder, key, _text(body, "reason"), revision=revision)
        if kind == "edit":
            return actions.edit_text(folder, key, _text(body, "text"), revision=revision)
        exclude = [str(e) for e in body.get("exclude") or [] if str(e).strip()]
        return redraft_with(settings, folder, key, hint=_text(body, "hint").strip(),
                            exclude=exclude, revision=revision)

    def endpoint(kind: str) -> Callable[[Request], Awaitable[Response]]:
        async def handle(request: Request) -> Response:
            try:
                body = await request.json()
            except ValueError:
                return JSONResponse({"error": _("请求不是有效的 JSON")}, 400)
            if not isinstance(body, dict):
                return JSONResponse({"error": _("请求不是 JSON 对象")}, 400)
            try:
                outcome = await run_in_threadpool(act, body, kind)
            except actions.StaleDraft as exc:
                return _error(exc, 409)
            except RectifyError as exc:
                return _error(exc, 400)
            return JSONResponse({
                "ok": True, "changed": outcome.changed, "revision": outcome.draft.revision,
                "ledger": str(outcome.ledger) if outcome.ledger else None,
            })

        return handle

    async def page(request: Request) -> Response:
        try:
            result = await run_in_threadpool(review_folder, settings, folder)
        except RectifyError as exc:
            return PlainTextResponse(str(exc), 500)
        return HTMLResponse(review_page(result, served=Served(token)))

    routes = [Route("/", page, methods=["GET"])]
    routes += [
        Route(f"/api/{kind}", endpoint(kind), methods=["POST"])
        for kind in ("accept", "reject", "edit", "redraft")
    ]
    return Starlette(routes=routes, middleware=[Middleware(_RequireToken, token=token)])


@dataclass
class Workspace:
    server: uvicorn.Server
    sock: socket.socket
    token: str

    @property
    def url(self) -> str:
        port = self.sock.getsockname()[1]
        return f"http://{HOST}:{port}/?token={self.token}"

    def run(self) -> None:
        """Serve until Ctrl-C (or ``server.should_exit``)."""
        try:
            self.server.run(sockets=[self.sock])
        except KeyboardInterrupt:
            pass  # uvicorn shut down cleanly, then re-raised the Ctrl-C it handled
        finally:
            self.sock.close()


def workspace(settings: Settings, folder: Path, port: int = 0) -> Workspace:
    """The workspace bound to 127.0.0.1:port (0: a free port), not yet serving."""
    open_draft(folder)  # a folder without a draft fails here, before anything listens
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind((HOST, port))
    except OSError as exc:
        sock.close()
        raise InputError(_("无法监听 {host}:{port}（{reason}）").format(host=HOST, port=port, reason=exc.strerror),
                         hint=_("换一个端口（--port），或不指定端口由系统分配")) from None
    sock.listen(64)
    token = secrets.token_urlsafe(24)
    config = uvicorn.Config(make_app(settings, folder, token), log_level="warning",
                            lifespan="off", access_log=False)
    return Workspace(uvicorn.Server(config), sock, token)
