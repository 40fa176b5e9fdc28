# Everything installs into .venv from requirements.lock (exact versions, sha256 hashes).
# A fresh machine needs only Python 3.11.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The package's bytecode, as pip writes it for an installed package: an editable
# install under PYTHONDONTWRITEBYTECODE would compile every module at every start.
BYTECODE := $(BIN)/python -m compileall -q annotator

# The HTML report test drives headless Chromium (Debian's package), installed when missing.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test lint bench eval docs lock clean chromium postgresql

$(STAMP): requirements.lock setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BYTECODE)
	touch $(STAMP)

# The main job on the default database: ingest the corpus, import the reference
# review of the seed article, show what was found, and write its correction report.
# Every step is idempotent: running it again changes nothing.
demo: $(STAMP)
	$(BIN)/annotator ingest corpus/
	$(BIN)/annotator import-reviews tests/data/ketamine-depression.review.jsonl \
		--article ketamine-depression -r "Reference review"
	@for f in corpus/*.txt corpus/*.md corpus/*.html; do \
		[ -f "$$f" ] || continue; \
		case "$$f" in */README*) continue;; esac; \
		slug=$$(basename "$${f%.*}"); echo; \
		$(BIN)/annotator claims "$$slug" --all --by-kind; \
	done
	@echo; echo "Strongest internal conflict candidates:"
	$(BIN)/annotator conflicts ketamine-depression --limit 5
	@echo
	$(BIN)/annotator articles
	@mkdir -p reports
	$(BIN)/annotator report ketamine-depression --format md -o reports/ketamine-depression.md
	$(BIN)/annotator report ketamine-depression --format html -o reports/ketamine-depression.html
	@echo "Reports: reports/ketamine-depression.md, reports/ketamine-depression.html"

test: $(STAMP) chromium postgresql
	$(BIN)/python -m pytest

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "Installing Debian's chromium for the HTML report test"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; }

# The PostgreSQL store tests start a throwaway server of their own (tests/pg.py) from
# Debian's binaries, installed when missing; nothing here starts a server.
postgresql:
	@command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
		echo "Installing Debian's postgresql for the PostgreSQL store tests"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq postgresql >/dev/null; }

lint: $(STAMP)
	$(BIN)/ruff check annotator tests benchmarks scripts
	$(BIN)/cog --check README.md docs/cli.md

docs: $(STAMP)
	$(BIN)/cog -r README.md docs/cli.md

# Prints every figure beside its same-run baseline, and keeps the run in docs/benchmarks.md.
bench: $(STAMP)
	@{ echo "# Benchmarks: the latest \`make bench\`"; echo; \
	  echo "Written by \`make bench\` (figures: median, same-run baseline, ratio; see README.md)."; \
	  echo; echo '```'; } > docs/benchmarks.md
	$(BYTECODE)
	$(BIN)/python -m benchmarks | tee -a docs/benchmarks.md
	@echo '```' >> docs/benchmarks.md

# Score the segmenter against the gold segmentations: all of ../shared/gold/ (articles
# in ../shared/corpus/) when it is there, else the seed's gold in the repository.
SEED_EVAL := tests/data/ketamine-depression.units.jsonl --corpus corpus
EVAL_GOLD := $(if $(wildcard ../shared/gold/*.units.jsonl),../shared/gold,$(SEED_EVAL))

eval: $(STAMP)
	$(BIN)/annotator evaluate $(EVAL_GOLD)

# Maintainers only: re-pin requirements.lock (needs uv; not part of the build).
lock:
	uv pip compile requirements.in --generate-hashes --python-version 3.11 \
		--python-platform x86_64-manylinux_2_28 -o requirements.lock

clean:
	rm -rf $(VENV) build *.egg-info reports
