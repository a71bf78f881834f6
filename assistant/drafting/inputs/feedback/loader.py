"""Reading a unit's inspection feedback: choosing the reader by the file's form.

A .yaml/.yml file (or a text starting with a schema key) is read as YAML
(``yaml_reader.py``), anything else as the inspection group's own text
(``text_reader.py``). Both fill ``model.Feedback``; every error names the file and line.
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.corpus.reading import decode_bytes
from assistant.drafting.inputs.feedback.model import EXAMPLE_HINT, Feedback
from assistant.drafting.inputs.feedback.text_reader import parse_feedback_text
from assistant.drafting.inputs.feedback.yaml_reader import parse_feedback_yaml
from assistant.errors import InputError
from assistant.i18n import _

_YAML_SUFFIXES = {".yaml", ".yml"}
# A text file is YAML after all when its first line of content is one of our keys.
_YAML_START_RE = re.compile(
    r"^(?:unit|inspection|contacts|signature|defaults|feedback)\s*:(?:\s|$)"
)


def load_feedback(path: Path) -> Feedback:
    """Read a feedback file: .yaml/.yml (or text starting with a schema key) as YAML, else text."""
    if not path.exists():
        raise InputError(
            _("文件不存在"), where=path,
            hint=_("请检查路径；{example}").format(example=_(EXAMPLE_HINT))
        )
    if path.is_dir():
        raise InputError(
            _("这是文件夹，不是反馈意见文件"),
            where=path,
            hint=_("请给出反馈意见文件本身，例如 feedback.yaml 或 反馈意见.txt"),
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(_("无法读取该文件：{reason}").format(reason=exc.strerror),
                         where=path) from None
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise InputError(
            _("文件是空的"), where=path,
            hint=_("请写入反馈意见；{example}").format(example=_(EXAMPLE_HINT))
        )
    text = decode_bytes(data, str(path)).text
    if path.suffix.lower() in _YAML_SUFFIXES or _looks_like_yaml(text):
        return parse_feedback_yaml(text, str(path))
    return parse_feedback_text(text, str(path))


def _looks_like_yaml(text: str) -> bool:
    for raw in text.lstrip("\ufeff").splitlines():
        line = raw.strip()
        if line and not line.startswith("#") and line != "---":
            return bool(_YAML_START_RE.match(line))
    return False
