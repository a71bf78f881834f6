"""What a finding's severity and an item's review state are called on screen and on the
review page (the JSON keeps the English keys)."""

from __future__ import annotations

from assistant.i18n import N_, _

SEVERITY_LABELS = {"error": N_("错误"), "warning": N_("警告"), "info": N_("提示")}
# What the drafting guards did, as `rectify plan` / `rectify report` sum them up.
DRAFT_CHECK_LABELS = {
    "citation_removed": N_("删去了指错先例的引用"),
    "leaked_name": N_("替换了其他单位或地方的名称"),
    "unverified_fact": N_("标为【待核实】的事实"),
    "too_few_fitting": N_("缺少贴合本单位的先例措施、已留【待补充】的问题"),
    "fit_removed": N_("删去了不适合本单位的措施"),
}
STATE_LABELS = {"accepted": N_("已采纳"), "open": N_("待审"), "rejected": N_("已退回")}


def label(labels: dict[str, str], key: str) -> str:
    """The label of `key` in the current language (the key itself if it has none)."""
    return _(labels[key]) if key in labels else key
