# Two commands work on a fresh clone:  make run  (the chat UI on the bundled resolution)  and  make test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
export HF_HUB_OFFLINE := 1
export GRADIO_ANALYTICS_ENABLED := False
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_AVX512=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF

.PHONY: install run test test-fast bench bench-load bench-scale bench-corpus bench-filters corpus-report chromium clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch first, pinned: this takes the CPU build from this machine's disk instead of a multi-GB CUDA build.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test]'
	# The bundled models exported to ONNX once, so no command waits for torch to export them on first use.
	$(BIN)/python -m assistant.embeddings.export
	# LLM mode's test server (optional extra). Portable build: the -march=native build crashed on this CPU.
	# --no-cache-dir so a natively built wheel from an earlier install is never reused.
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip install --quiet --no-cache-dir -e '.[llm]'
	rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

run: install
	$(BIN)/assistant index --if-needed
	$(BIN)/assistant serve

# The browser test drives Debian's chromium; install it when it is missing (needs root, as in CI).
chromium:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

test: install chromium
	$(BIN)/python -m pytest

test-fast: install
	$(BIN)/python -m pytest -m "not slow"

bench: install
	$(BIN)/python benchmarks/run.py

# 32 clients for 60 s mixing ask, retrieve, documents and health: errors, p95 per route, server memory growth.
bench-load: install
	$(BIN)/python benchmarks/load.py --mix --clients 32 --seconds 60

# 10k, 100k and 1M clauses: build time, memory, search latency and the approximate index's recall (about half an hour here).
bench-scale: install
	$(BIN)/python benchmarks/scale.py

# The 930-resolution corpus indexed from scratch, timed, then one resolution added to it.
bench-corpus: install
	$(BIN)/python benchmarks/corpus.py

# filtered against unfiltered retrieval; INDEX=corpus (an index of the corpus, see README)
bench-filters: install
	$(BIN)/python benchmarks/filters.py --index $(or $(INDEX),corpus)

corpus-report: install
	$(BIN)/python scripts/corpus_report.py

clean:
	rm -rf $(VENV) index
