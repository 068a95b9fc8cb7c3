# newsgraph developer commands. `make demo` on a fresh clone does everything from scratch.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= newsgraph.db
DATA   ?= ../shared/data
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8000
# Dashboard files from the npm registry (versions and hashes in web/package-lock.json), copied
# into the package's static folder so the page loads nothing from the internet.
VENDOR := newsgraph/web/static/vendor
VENDOR_FILES := web/node_modules/world-atlas/countries-50m.json \
	web/node_modules/topojson-client/dist/topojson-client.min.js \
	web/node_modules/swagger-ui-dist/swagger-ui-bundle.js \
	web/node_modules/swagger-ui-dist/swagger-ui.css

.PHONY: setup demo serve test lint typecheck eval bench lock clean train-ner train-events train-quotes train-confidence screenshots

setup: $(STAMP) $(VENDOR)/.installed

$(VENDOR)/.installed: web/package.json web/package-lock.json
	@command -v npm >/dev/null || { echo "need npm (Node.js) to vendor the dashboard's map and API docs"; exit 1; }
	npm ci --prefix web --no-audit --no-fund --ignore-scripts --loglevel=error
	mkdir -p $(VENDOR)
	cp $(VENDOR_FILES) $(VENDOR)/
	touch $@

# The locks are complete (every package, pinned, with hashes), so they are installed as exactly that:
# a pinned, hash-checked pip is bootstrapped first (whatever pip the interpreter bundles), then the
# locks go in with --no-deps, so no resolver re-reads an extra such as weasel's smart-open[http] and
# picks whatever the index published after the lock was made; `pip check` then proves the set is
# consistent (a lock missing a dependency fails here, not at run time).
PIP := $(BIN)/python -m pip --disable-pip-version-check
$(STAMP): requirements/bootstrap.lock requirements/main.lock requirements/dev.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) (set PYTHON=...)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --require-hashes --no-deps -r requirements/bootstrap.lock
	$(PIP) install --quiet --require-hashes --no-deps -r requirements/main.lock -r requirements/dev.lock
	$(PIP) check
	$(PIP) install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: setup
	$(BIN)/newsgraph ingest samples/ --db $(DB)
	$(BIN)/newsgraph articles --db $(DB)
	$(BIN)/newsgraph search "drone strike dormitories" --db $(DB)
	$(BIN)/newsgraph actors --type person --db $(DB)
	$(BIN)/newsgraph quotes --db $(DB)
	$(BIN)/newsgraph events --db $(DB) --type ASSAULT
	$(BIN)/newsgraph events --db $(DB) --type FIGHT
	$(BIN)/newsgraph events --db $(DB) --type CONSULT
	$(BIN)/newsgraph serve --db $(DB) --host $(HOST) --port $(PORT)

serve: setup
	$(BIN)/newsgraph serve --db $(DB) --host $(HOST) --port $(PORT)

# Re-take the README's dashboard screenshots: the browser tests save each main view they check.
screenshots: setup
	NEWSGRAPH_SCREENSHOTS=docs/screenshots NEWSGRAPH_REQUIRE_BROWSER=1 $(BIN)/python -m pytest -q tests/test_dashboard.py

test: setup
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check newsgraph tests bench training
	$(BIN)/ruff format --check newsgraph tests bench training

typecheck: setup
	$(BIN)/mypy

eval: setup
	$(BIN)/newsgraph eval gate --data-dir $(DATA)

bench: setup
	$(BIN)/python bench/ingest.py --corpus $(DATA)/corpus/news_dev.jsonl
	$(BIN)/python bench/nlp.py --corpus $(DATA)/corpus/news_dev.jsonl
	$(BIN)/python bench/events.py --corpus $(DATA)/corpus/news_dev.jsonl
	$(BIN)/python bench/api.py --corpus $(DATA)/corpus/news_dev.jsonl

# Re-train the CoNLL entity recogniser (about 15 minutes on 2 cores; fixed seed).
train-ner: setup
	$(BIN)/python training/train_ner.py $(DATA)/ner/conll2003_train.txt

# Re-train the event-type classifier and print its cross-validated scores (about 2 minutes).
train-events: setup
	$(BIN)/python training/train_event_types.py --data-dir $(DATA)

# Re-train the quote cue model on the PolNeAR train file and print its cross-validated cue F1 (about 3 minutes).
train-quotes: setup
	$(BIN)/python training/train_quote_cues.py $(DATA)/quotes/polnear_train.jsonl

# Re-train the event confidence model and print its held-out calibration (about 3 minutes).
train-confidence: setup
	$(BIN)/python training/train_confidence.py --data-dir $(DATA)

# Re-pin dependencies after editing requirements/*.in (needs network to the package index).
lock: setup
	$(BIN)/pip install --quiet uv==0.13.8
	cd requirements && ../$(BIN)/uv pip compile -q --python-version 3.11 --generate-hashes main.in -o main.lock
	cd requirements && ../$(BIN)/uv pip compile -q --python-version 3.11 --generate-hashes dev.in -o dev.lock

clean:
	rm -rf $(VENV) web/node_modules $(VENDOR) .pytest_cache .ruff_cache .mypy_cache *.egg-info $(DB) $(DB)-wal $(DB)-shm
