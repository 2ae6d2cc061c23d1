# basewatch: the two set-up commands are `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CONFIG ?= config/basewatch.toml

.PHONY: demo run test lint typecheck check-config bench browser clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,web]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/basewatch demo

run: $(STAMP)
	$(BIN)/basewatch run --config $(CONFIG)

check-config: $(STAMP)
	$(BIN)/basewatch check-config --config $(CONFIG)

lint: $(STAMP)
	$(BIN)/ruff check monitor crawler tests
	$(BIN)/ruff format --check monitor crawler tests

typecheck: $(STAMP)
	$(BIN)/mypy

# the web view is tested in a real headless Chromium, from Debian's packages
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

# pytest exits 5 when it ran no test: count that as a failure.
test: lint typecheck browser
	$(BIN)/python -m pytest; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest ran no test" >&2; exit 1; fi; exit $$rc

# benchmarks print what they measured; figures go to the README's Performance section
bench: $(STAMP)
	$(BIN)/python -m tests.bench.bench_matcher
	$(BIN)/python -m tests.bench.bench_archive

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info
