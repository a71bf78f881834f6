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

_YAML_SUFFIXES = {".yaml", ".yml"}
# A text file is YAML after all when its first line of content is one of our keys.
_YAML_START_RE = re.compile(
    r"^(?:unit|inspection|contacts|signature|defaults|feedback)\s*:(?:\s|$)"
)


def load_feedback(path: Path) -> Feedback:
    """Read a feedback file: .yaml/.yml (or text starting with a schema key) as YAML, else text."""
    if not path.exists():
        raise InputError(
            "no such file", where=path, hint=f"check the path; for the file's form {EXAMPLE_HINT}"
        )
    if path.is_dir():
        raise InputError(
            "this is a folder, not a feedback file",
            where=path,
            hint="give the feedback file itself, e.g. feedback.yaml or 反馈意见.txt",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", where=path) from None
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise InputError(
            "the file is empty", where=path, hint=f"write the feedback; {EXAMPLE_HINT}"
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
