"""Package data: the place gazetteer and the script that makes it."""
