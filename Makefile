# Two commands for a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOME_DIR ?= $(CURDIR)

.PHONY: install demo test lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	RECTIFY_HOME=$(HOME_DIR) $(BIN)/rectify corpus add corpus/
	RECTIFY_HOME=$(HOME_DIR) $(BIN)/rectify plan examples/feedback.yaml -o drafts/example --engine extractive
	@echo "drafts: $(HOME_DIR)/drafts/example/plan.md (canonical: plan.json)"
	@echo "next: fill in $(HOME_DIR)/drafts/example/ledger.yaml, then $(BIN)/rectify report drafts/example/ledger.yaml"

lint: install
	$(BIN)/ruff check assistant tests bench
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

bench: install
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python bench/bench_parse.py
	$(BIN)/python bench/bench_index.py
	$(BIN)/python bench/bench_scale.py
	$(BIN)/python bench/bench_draft.py

clean:
	rm -rf vectorstore drafts .pytest_cache .mypy_cache .ruff_cache
