"""The OpenAI client's exceptions as errors a user can act on: what failed, on which server,
and what to change (the key, the model name, the timeout), with secrets masked."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.errors import ConfigError, RectifyError, ServiceError
from assistant.i18n import _
from assistant.redaction import redact


def translate_error(
    exc: Exception, server: str, model: str, secrets: Sequence[str | None] = ()
) -> RectifyError:
    """The OpenAI client's exceptions as messages a user can act on (secrets masked)."""
    import openai

    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        return ConfigError(
            _("大模型服务器 {server} 拒绝了 API 密钥（{status}）").format(server=server, status=exc.status_code),
            hint=_("检查 OPENAI_API_KEY（或删除它，用 --engine extractive 离线起草）"),
        )
    if isinstance(exc, openai.NotFoundError):
        return ConfigError(
            _("大模型服务器 {server} 上没有模型“{model}”（404）").format(server=server, model=model),
            hint=_("把 RECTIFY_LLM__MODEL 设为该服务器提供的模型"),
        )
    if isinstance(exc, openai.APITimeoutError):
        return ServiceError(
            _("大模型服务器 {server} 重试后仍未及时应答").format(server=server),
            hint=_("调高 RECTIFY_LLM__TIMEOUT_S、调低 RECTIFY_LLM__CONCURRENCY，或稍后重试"),
        )
    if isinstance(exc, openai.APIConnectionError):
        return ServiceError(
            _("无法连接大模型服务器 {server}").format(server=server),
            hint=_("检查 OPENAI_BASE_URL 以及服务器是否在运行；或用 --engine extractive 离线起草"),
        )
    if isinstance(exc, openai.APIStatusError):
        return ServiceError(
            _("大模型服务器 {server} 重试后仍然出错（{status}）：{message}").format(
                server=server, status=exc.status_code, message=redact(exc.message, secrets)
            ),
            hint=_("稍后重试；已起草的条目保存在缓存中"),
        )
    return ServiceError(
        _("调用大模型失败：{kind}：{message}").format(kind=type(exc).__name__, message=redact(str(exc), secrets))
    )
