"""Output paths checked before any work is done, and files replaced atomically.

A file is written with ``assistant.files.write_atomic``, so a failure leaves any earlier
export as it was.
"""

from __future__ import annotations

from pathlib import Path

from assistant.draft_folder import DRAFT_FILES
from assistant.errors import InputError
from assistant.files import write_atomic


def check_output(path: Path, suffix: str, draft_folder: Path) -> Path:
    """``path`` if a ``suffix`` file can be written there, else a clear error."""
    if path.suffix.lower() != suffix:
        raise InputError(
            f"the output file must end in {suffix}",
            where=path,
            hint=f"give -o a name such as {path.with_suffix(suffix).name}",
        )
    if path.is_dir():
        raise InputError(
            "the output path is a folder", where=path, hint="give -o a file name inside it"
        )
    if not path.parent.is_dir():
        raise InputError(
            "the output folder does not exist",
            where=path.parent,
            hint=f"create it first (mkdir -p {path.parent}) or choose another -o",
        )
    if path.resolve().parent == draft_folder.resolve() and path.name in DRAFT_FILES:
        raise InputError(
            f"{path.name} is one of the draft's own files",
            where=path,
            hint="choose another -o name; exports never replace the draft",
        )
    return path


def write_export(path: Path, data: bytes) -> Path:
    """``data`` written to ``path`` atomically; a failure is a clear error."""
    try:
        return write_atomic(path, data)
    except OSError as exc:
        raise InputError(
            f"cannot write the file: {exc.strerror}",
            where=path,
            hint="close it if it is open in Word or Excel, and check the folder's permissions",
        ) from None
