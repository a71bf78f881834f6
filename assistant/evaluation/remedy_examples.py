"""The facts each remedy wording answers on the read documents of ``eval/feedback``: the
examples review compares a new measure's fact with (``review/remedy_likeness.py``).

A wording of ``drafting/data/fact_remedies.toml`` is chosen by a word or two of a fact, and
independent readers found most wrong measures to be a wording chosen by one word of a fact of
another kind (免费检定承诺未兑现 given the wording for funds to pay out; 收费员绩效 given the one
for fees to refund). The documents those readers read, and the fixes they called for, are the
record of which facts each wording fits. Rebuilt with ``make remedy-examples`` whenever the
rules or the documents change; a test keeps the shipped file in step with both.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from assistant.drafting.fact_remedies import INSTRUCTION, fact_remedies
from assistant.drafting.inputs.feedback.loader import load_feedback

FEEDBACK_DIR = Path("eval") / "feedback"
SHIPPED = Path(__file__).resolve().parent.parent / "review" / "remedy_examples.json"


def collect(folder: Path) -> dict[str, object]:
    """Every remedy wording the shipped rules give the problems of ``folder``'s feedback
    files, with the facts it quoted there (each once, sorted: the file diffs cleanly)."""
    quotes: dict[str, set[str]] = defaultdict(set)
    files = sorted(folder.glob("*.yaml"))
    for path in files:
        for leaf in load_feedback(path).problems():
            for remedy in fact_remedies(leaf.problem.facts):
                if remedy.kind != INSTRUCTION:  # the group's own demand: taken up, not chosen
                    quotes[remedy.action].update(remedy.quotes)
    return {
        "built_from": f"{folder.as_posix()} ({len(files)})",
        "wordings": {action: sorted(found) for action, found in sorted(quotes.items())},
    }


def render(examples: dict[str, object]) -> str:
    return json.dumps(examples, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    """``python -m assistant.evaluation.remedy_examples [FOLDER]``: rewrite the shipped file."""
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else FEEDBACK_DIR
    examples = collect(folder)
    SHIPPED.write_text(render(examples), encoding="utf-8")
    wordings = examples["wordings"]
    assert isinstance(wordings, dict)
    print(f"{SHIPPED}: {len(wordings)} wordings, {sum(len(q) for q in wordings.values())} facts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
