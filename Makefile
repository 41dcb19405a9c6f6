# warta: the two set-up commands in the README are `make demo` and `make test`.
#   make demo   the runtime package only (no dev or eval extras), then the bundled sample briefed
#   make test   system packages (as root), the dev extras, then ruff, mypy --strict and pytest
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.runtime-installed
DEV := $(VENV)/.dev-installed
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check
# Debian packages the tests need: Chromium (browser tests, driven by Playwright without downloading a
# browser) and libxml-dom-perl (the Perl ROUGE behind tilse's timeline metrics).
APT_PACKAGES := chromium libxml-dom-perl
step = @printf '\033[1m==> %s\033[0m\n' "$(1)" >&2

.PHONY: demo test lint typecheck pytest install system-deps clean

$(BIN)/python:
	$(call step,creating the virtualenv $(VENV))
	@$(PYTHON) -m venv $(VENV)
	@$(PIP) --upgrade pip >&2

$(RUNTIME): pyproject.toml | $(BIN)/python
	$(call step,installing warta (runtime dependencies only; the first run downloads them))
	@$(PIP) -e . >&2
	@touch $(RUNTIME)

$(DEV): pyproject.toml | $(BIN)/python
	$(call step,installing warta with its dev and evaluation tools (the first run downloads them))
	@$(PIP) -e '.[dev]' >&2
	@touch $(DEV) $(RUNTIME)

install: $(DEV)

demo: $(RUNTIME)
	$(call step,briefing the bundled sample corpus (warta demo))
	@$(BIN)/warta demo

system-deps:
	@missing=""; \
	[ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	dpkg -s libxml-dom-perl >/dev/null 2>&1 || missing="$$missing libxml-dom-perl"; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then \
	  printf '\033[1m==> %s\033[0m\n' "installing Debian packages:$$missing" >&2; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else \
	  echo "make test: missing Debian packages:$$missing. Install them as root: sudo apt-get install$$missing" >&2; \
	  echo "make test: without them the browser and timeline-ROUGE tests skip here (and fail under CI=1)" >&2; \
	fi

lint: $(DEV)
	$(call step,ruff)
	@$(BIN)/ruff check src tests bench scripts
	@$(BIN)/ruff format --check src tests bench scripts

typecheck: $(DEV)
	$(call step,mypy --strict)
	@$(BIN)/mypy

pytest: $(DEV) system-deps
	$(call step,pytest)
	@$(BIN)/python -m pytest -q; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo 'pytest collected no tests: failing' >&2; exit 1; fi; exit $$rc

test: system-deps lint typecheck pytest

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache warta-demo.html
