"""Ship the prompt templates inside the wheel.

The templates stay at the top level (``prompts/``), where users look for them and edit
them; a build copies them into the package as ``assistant/_prompts`` so an installed wheel
finds them too (``assistant/drafting/engines/prompts.py`` looks in the checkout first).
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

PROMPTS = Path(__file__).resolve().parent / "prompts"


class BuildWithPrompts(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads prompts/ of the checkout
        target = Path(self.build_lib) / "assistant" / "_prompts"
        target.mkdir(parents=True, exist_ok=True)
        for path in sorted(PROMPTS.glob("*.yaml")):
            self.copy_file(str(path), str(target / path.name))


setup(cmdclass={"build_py": BuildWithPrompts})
