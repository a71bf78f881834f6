"""Villages, communities and towns named in a text: another unit's locality unless the user
wrote it (在黄荆沟社区, 和威煤社区, 联系房寺镇…). Drafting drops a precedent clause that names
one; the review flags one left in a draft (``review/fit_checks.py``): the same rule for both.
"""

from __future__ import annotations

import re

# A proper name before 社区/村/镇/乡, after a word that introduces a place; not 各村/帮扶村/
# 所在社区/乡镇/城乡.
_LOCAL_PLACE = re.compile(
    r"(?<=[在对和与及、，到赴促])([\u4e00-\u9fff]{2,4}?)(社区|村|镇|街道)(?![民委级干组集务规庄容居情村街振政办])"
)
_NOT_A_NAME = frozenset(
    {"帮扶", "结对", "试点", "示范", "贫困", "所在", "相关", "涉及", "城中", "行政", "重点", "农村", "乡村"}
    | {"城乡", "联系", "包联", "驻点", "美丽", "文明", "和美", "宜居", "所辖", "辖区", "全镇", "全乡"}
    | {"特色", "中心", "边远", "偏远", "重点", "集镇", "小城", "建制", "街道", "各乡", "各个"}
    | {"城区", "老城", "主城", "新城", "城关", "市区"}
)
_GENERIC_START = frozenset("本该各每全其此所被我")


def local_places(text: str, allowed: str = "") -> list[str]:
    """The named villages, communities and towns of ``text`` that ``allowed`` (what the user
    wrote) does not hold."""
    found = []
    for m in _LOCAL_PLACE.finditer(text):
        stem, name = m.group(1), m.group(0)
        if stem[0] in _GENERIC_START or stem[-2:] in _NOT_A_NAME or stem[-1] in "乡城集":
            continue
        if name in allowed or stem in allowed:
            continue
        found.append(name)
    return found
