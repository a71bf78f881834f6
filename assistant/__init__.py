"""rectify: drafting assistant for inspection rectification plans and progress reports."""

__version__ = "0.1.0"
