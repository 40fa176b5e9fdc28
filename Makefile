# Everything installs into .venv from requirements.lock (exact versions, sha256 hashes).
# A fresh machine needs only Python 3.11.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench docs lock clean

$(STAMP): requirements.lock setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# The main job on the default database: ingest the corpus, then show what was found.
demo: $(STAMP)
	$(BIN)/annotator ingest corpus/
	$(BIN)/annotator articles
	@for f in corpus/*.txt corpus/*.md corpus/*.html; do \
		[ -f "$$f" ] || continue; \
		case "$$f" in */README*) continue;; esac; \
		slug=$$(basename "$${f%.*}"); echo; \
		$(BIN)/annotator claims "$$slug" --all --by-kind; \
	done

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check annotator tests benchmarks
	$(BIN)/cog --check README.md docs/cli.md

docs: $(STAMP)
	$(BIN)/cog -r README.md docs/cli.md

bench: $(STAMP)
	$(BIN)/python -m benchmarks

# Maintainers only: re-pin requirements.lock (needs uv; not part of the build).
lock:
	uv pip compile requirements.in --generate-hashes --python-version 3.11 \
		--python-platform x86_64-manylinux_2_28 -o requirements.lock

clean:
	rm -rf $(VENV) build *.egg-info reports
