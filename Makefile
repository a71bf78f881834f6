# Two commands for a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOME_DIR ?= $(CURDIR)

.PHONY: install demo test lint bench eval clean browser messages

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	RECTIFY_HOME=$(HOME_DIR) $(BIN)/rectify corpus add corpus/
	RECTIFY_HOME=$(HOME_DIR) $(BIN)/rectify plan examples/feedback.yaml -o drafts/example --engine extractive
	RECTIFY_HOME=$(HOME_DIR) $(BIN)/rectify review drafts/example --html --fail-on never | tail -2
	@echo "drafts: $(HOME_DIR)/drafts/example/plan.md (canonical: plan.json)"
	@echo "next: $(BIN)/rectify review accept --all (writes drafts/example/ledger.yaml), fill it in, then $(BIN)/rectify report drafts/example/ledger.yaml"

lint: install
	$(BIN)/ruff check assistant tests bench
	$(BIN)/mypy

# The message catalogue: extract every _()/ngettext()/N_() message (babel.cfg), merge them
# into the English catalogue (new ones arrive untranslated: tests/test_messages.py names
# them), and compile it to the .mo the program reads.
LOCALE := assistant/locale
messages: install
	$(BIN)/pybabel extract -F babel.cfg -k N_ --no-location --sort-output \
	  --project rectify --version 0.1.0 -o $(LOCALE)/rectify.pot .
	$(BIN)/pybabel update -i $(LOCALE)/rectify.pot -d $(LOCALE) -D rectify -l en \
	  --no-fuzzy-matching --ignore-obsolete -w 100
	$(BIN)/pybabel compile -d $(LOCALE) -D rectify -l en
	rm -f $(LOCALE)/rectify.pot

# Debian's Chromium for the review-page test (tests/test_review_page.py), installed once.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser test (log: /tmp/rectify-apt.log)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/tmp/rectify-apt.log 2>&1 && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    chromium >>/tmp/rectify-apt.log 2>&1 || { tail -20 /tmp/rectify-apt.log; exit 1; }; }

test: lint browser
	RECTIFY_REQUIRE_BROWSER=1 $(BIN)/pytest

bench: install
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python bench/run_all.py

# The leave-one-notice-out drafting evaluation (eval/drafting.md, eval/drafting.png).
eval: install
	$(BIN)/python -m pip install -q -e '.[bench]'
	RECTIFY_HOME=$(HOME_DIR) $(BIN)/rectify eval drafting --out eval

clean:
	rm -rf vectorstore drafts .pytest_cache .mypy_cache .ruff_cache
