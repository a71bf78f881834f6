"""The `rectify` command line (a thin layer over the importable core).

    main        the app and its entry point (`rectify`, `python -m assistant`)
    common      error reporting, the shared options, settings
    views       terminal rendering of core results
    corpus      rectify corpus …
    drafting    rectify search, plan, report
    review      rectify review …
    export      rectify export, rectify import, rectify ledger import
    evaluation  rectify eval …
"""

from assistant.cli.main import app, main

__all__ = ["app", "main"]
