# basewatch: the two set-up commands are `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CONFIG ?= config/basewatch.toml

.PHONY: demo run test lint typecheck check-config bench soak tools install clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# an editable install always warns about folders named like the packages: say nothing
	PYTHONWARNINGS=ignore $(BIN)/python -m pip install --quiet -e '.[test,web]'
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
	$(BIN)/lint-imports --no-cache --no-logo

typecheck: $(STAMP)
	$(BIN)/mypy

# tools the tests use, from Debian's packages: a headless Chromium for the web view, and
# systemd-analyze to check the service unit
tools:
	@command -v chromium >/dev/null && command -v systemd-analyze >/dev/null || { \
		apt-get update -qq && apt-get install -y -qq chromium systemd >/dev/null; }

# pytest exits 5 when it ran no test: count that as a failure.
test: lint typecheck tools
	$(BIN)/python -m pytest; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest ran no test" >&2; exit 1; fi; exit $$rc

# benchmarks print what they measured; figures go to the README's Performance section
bench: $(STAMP)
	$(BIN)/python -m tests.bench.bench_matcher
	$(BIN)/python -m tests.bench.bench_real  # the restated real reports (tests/data/real/restated)
	$(BIN)/python -m tests.bench.bench_archive
	$(BIN)/python -m pip install --quiet reader sgmllib3k  # the feed reader polled beside us
	$(BIN)/python -m tests.bench.bench_polling
	$(BIN)/python -m tests.bench.bench_alert_latency  # about 9 minutes: the real daemon, 100 sources

# the real daemon for MINUTES against loopback outlets, with faults injected (not in CI):
# prints articles and alerts expected and received, duplicates, memory and CPU over time
MINUTES ?= 30
soak: $(STAMP)
	$(BIN)/python -m tests.soak $(MINUTES)

# installs the service: the code in $(PREFIX), the configuration and secrets in /etc/basewatch
PREFIX ?= /opt/basewatch
install:
	install -d $(PREFIX) /etc/basewatch
	cp -r pyproject.toml README.md crawler monitor seeds $(PREFIX)/
	python3 -m venv $(PREFIX)/.venv
	$(PREFIX)/.venv/bin/pip install --quiet $(PREFIX)
	test -f /etc/basewatch/basewatch.toml || sed 's#"\.\./seeds/#"$(PREFIX)/seeds/#' \
		config/basewatch.toml > /etc/basewatch/basewatch.toml
	test -f /etc/basewatch/basewatch.env || \
		install -m 600 systemd/basewatch.env.example /etc/basewatch/basewatch.env
	sed 's#/opt/basewatch#$(PREFIX)#' systemd/basewatch.service > /etc/systemd/system/basewatch.service
	-systemctl daemon-reload
	@echo "edit /etc/basewatch/basewatch.env, then: systemctl enable --now basewatch"

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info
