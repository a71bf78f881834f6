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
	RECTIFY_HOME=$(HOME_DIR) $(BIN)/rectify corpus stats
	RECTIFY_HOME=$(HOME_DIR) $(BIN)/rectify search "理论学习不深入，中心组学习流于形式" -k 3
	@echo "index: $(HOME_DIR)/vectorstore/ (try: $(BIN)/rectify search \"问题描述\")"

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

clean:
	rm -rf vectorstore drafts .pytest_cache .mypy_cache .ruff_cache
