"""What a finding's severity and an item's review state are called on screen and on the
review page (the JSON keeps the English keys)."""

from __future__ import annotations

from assistant.i18n import N_, _

SEVERITY_LABELS = {"error": N_("错误"), "warning": N_("警告"), "info": N_("提示")}
STATE_LABELS = {"accepted": N_("已采纳"), "open": N_("待审"), "rejected": N_("已退回")}


def label(labels: dict[str, str], key: str) -> str:
    """The label of `key` in the current language (the key itself if it has none)."""
    return _(labels[key]) if key in labels else key
