"""The feedback a unit received: its model (``model.py``), the loader choosing a reader
(``loader.py``), the YAML and plain-text readers, and the dates they understand."""
