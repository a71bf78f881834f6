# Two commands for a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOME_DIR ?= $(CURDIR)

.PHONY: install demo test lint bench eval clean browser preview messages remedy-examples

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	RECTIFY_HOME=$(HOME_DIR) $(BIN)/rectify corpus add corpus/
	RECTIFY_HOME=$(HOME_DIR) $(BIN)/rectify plan examples/feedback.yaml -o drafts/example --engine extractive --force
	RECTIFY_HOME=$(HOME_DIR) $(BIN)/rectify review drafts/example --html --fail-on never | tail -2
	@echo "整改方案草稿：$(HOME_DIR)/drafts/example/plan.md（标准格式：plan.json）"
	@echo "由方案到进展通报：逐项确认（生成整改台账），按措施填写台账，再起草通报："
	RECTIFY_HOME=$(HOME_DIR) $(BIN)/rectify review accept --all -d drafts/example | tail -1
	cp examples/ledger.yaml drafts/example/ledger.yaml  # a filled example ledger stands in for yours
	RECTIFY_HOME=$(HOME_DIR) $(BIN)/rectify ledger upgrade drafts/example/ledger.yaml
	RECTIFY_HOME=$(HOME_DIR) $(BIN)/rectify report drafts/example/ledger.yaml -o drafts/example-report --engine extractive | tail -2
	@echo "整改进展通报草稿：$(HOME_DIR)/drafts/example-report/report.md（标准格式：report.json）；检查：$(BIN)/rectify review drafts/example-report"

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

# Debian's Chromium and its chromedriver for the review-page tests (tests/test_review_page.py,
# tests/test_review_workspace.py: Selenium drives /usr/bin/chromedriver), installed once.
browser:
	@{ command -v chromium && command -v chromedriver; } >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium and chromium-driver for the browser tests (log: /tmp/rectify-apt.log)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/tmp/rectify-apt.log 2>&1 && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    chromium chromium-driver >>/tmp/rectify-apt.log 2>&1 || { tail -20 /tmp/rectify-apt.log; exit 1; }; }

# LibreOffice, poppler and CJK fonts (serif 明体, kai, hei) for scripts/render-docx (~35 MB).
preview:
	@command -v soffice >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || { \
	  echo "installing LibreOffice Writer and fonts for scripts/render-docx (log: /tmp/rectify-apt.log)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/tmp/rectify-apt.log 2>&1 && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-writer-nogui \
	    poppler-utils fonts-wqy-zenhei fonts-arphic-ukai fonts-arphic-uming \
	    >>/tmp/rectify-apt.log 2>&1 || { tail -20 /tmp/rectify-apt.log; exit 1; }; }

test: lint browser
	RECTIFY_REQUIRE_BROWSER=1 $(BIN)/pytest

bench: install
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python bench/run_all.py

# The leave-one-notice-out drafting evaluation (eval/drafting.md, eval/drafting.png).
eval: install
	$(BIN)/python -m pip install -q -e '.[bench]'
	RECTIFY_HOME=$(HOME_DIR) $(BIN)/rectify eval drafting --out eval

# The facts each remedy wording answers on the read documents, which review compares a new
# measure's fact with (assistant/review/remedy_examples.json): rebuild after changing the remedy
# rules or eval/feedback (tests/test_remedy_likeness.py fails until it is).
remedy-examples: install
	$(BIN)/python -m assistant.evaluation.remedy_examples

clean:
	rm -rf vectorstore drafts .pytest_cache .mypy_cache .ruff_cache
