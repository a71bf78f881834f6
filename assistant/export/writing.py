"""Output paths checked before any work is done, and files replaced atomically.

A file is written with ``assistant.files.write_atomic``, so a failure leaves any earlier
export as it was.
"""

from __future__ import annotations

from pathlib import Path

from assistant.draft_folder import DRAFT_FILES
from assistant.errors import InputError
from assistant.files import write_atomic
from assistant.i18n import _


def check_output(path: Path, suffix: str, draft_folder: Path) -> Path:
    """``path`` if a ``suffix`` file can be written there, else a clear error."""
    if path.suffix.lower() != suffix:
        raise InputError(
            _("输出文件的扩展名必须是 {suffix}").format(suffix=suffix),
            where=path,
            hint=_("给 -o 一个这样的文件名：{name}").format(name=path.with_suffix(suffix).name),
        )
    if path.is_dir():
        raise InputError(
            _("输出路径是一个文件夹"), where=path, hint=_("给 -o 一个该文件夹中的文件名")
        )
    if not path.parent.is_dir():
        raise InputError(
            _("输出文件夹不存在"),
            where=path.parent,
            hint=_("先创建它（mkdir -p {folder}），或换一个 -o").format(folder=path.parent),
        )
    if path.resolve().parent == draft_folder.resolve() and path.name in DRAFT_FILES:
        raise InputError(
            _("{name} 是草稿自身的文件").format(name=path.name),
            where=path,
            hint=_("换一个 -o 文件名；导出从不覆盖草稿"),
        )
    return path


def write_export(path: Path, data: bytes) -> Path:
    """``data`` written to ``path`` atomically; a failure is a clear error."""
    try:
        return write_atomic(path, data)
    except OSError as exc:
        raise InputError(
            _("无法写入文件：{reason}").format(reason=exc.strerror),
            where=path,
            hint=_("如果文件正在 Word 或 Excel 中打开，请先关闭；并检查文件夹的权限"),
        ) from None
