# The README's first two commands are `make serve` and `make test`.
SHELL := /bin/bash
GO ?= go
SHARED ?= ../shared
PORT ?= 8080
FUZZTIME ?= 60s
WASM_EXEC := $(shell $(GO) env GOROOT)/lib/wasm/wasm_exec.js

.PHONY: all serve test unit e2e wasm dist bench eval fuzz fuzz-short lint chromium clean

all: dist

## wasm: build the engine for the browser into web/ (with the toolchain's own wasm_exec.js)
wasm: web/wasm_exec.js web/annotator.wasm

web/annotator.wasm: $(shell find annotate edit formats render wasm examples -name '*.go' -o -name '*.md' -o -name '*.txt' 2>/dev/null) go.mod
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $@ ./wasm

web/wasm_exec.js: $(WASM_EXEC)
	cp $(WASM_EXEC) $@

## dist: one self-contained HTML file that works from file://
dist: dist/annotator.html

dist/annotator.html: web/annotator.wasm web/wasm_exec.js $(wildcard web/*.html web/*.css web/*.js internal/bundle/*.go)
	$(GO) run ./internal/bundle -web web -out $@

## serve: build and serve web/ on localhost
serve: wasm dist
	$(GO) run ./internal/serve -dir web -port $(PORT)

## test: everything CI runs
test: lint unit fuzz-short e2e

lint:
	@test -z "$$(gofmt -l .)" || { echo "gofmt needed on:"; gofmt -l .; exit 1; }
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm

unit:
	$(GO) test ./...

e2e: wasm dist chromium
	$(GO) test -tags e2e -count=1 -timeout 10m ./e2e

## chromium: make sure a Chromium or Chrome is there for the end-to-end tests
chromium:
	@bash .ci/chromium.sh

fuzz-short:
	$(MAKE) fuzz FUZZTIME=10s

fuzz:
	@bash .ci/fuzz.sh $(FUZZTIME) $(GO)

## bench: each stage's throughput and allocations (-benchmem) on the same generated ~1 MB article
## (internal/benchtext, which bench-browser uses too): the engine and its finders, the memory of
## annotating 1 MB and 10 MB, rendering, every export and import, and editing; then the engine on
## one core (-cpu 1), as the CLI runs on one. About a minute on two cores.
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./annotate/... ./render ./formats ./edit
	$(GO) test -run '^$$' -bench 'Annotate$$' -benchmem -cpu 1 -count 3 ./annotate

## eval: score the CLI on the shared gold data (`annotate eval` prints score.py's numbers); the
## score.py lines after it are the reference scorer's own, on the CLI's --jsonl output. Last,
## polnear-dev's direct quotes counted in any quotation marks ('' and single ones too: --any-mark)
eval:
	@mkdir -p .eval && $(GO) build -o .eval/annotate ./cmd/annotate
	@for gold in $(SHARED)/data/quotes/polnear-dev.jsonl $(SHARED)/data/dates/tbaq.jsonl \
	             $(SHARED)/data/dates/wikiwars-train.jsonl $(SHARED)/data/dates/tweets-train.jsonl; do \
	  name=$$(basename $$gold .jsonl); echo "== $$name (annotate eval)"; \
	  .eval/annotate eval --jobs 2 --errors 0 $$gold || exit 1; \
	  echo "== $$name (score.py)"; \
	  .eval/annotate --jsonl < $$gold > .eval/$$name.pred.jsonl || true; \
	  python3 $(SHARED)/eval/score.py $$gold .eval/$$name.pred.jsonl; \
	done
	@echo "== polnear-dev, direct quotes in any quotation marks (annotate eval --any-mark)"
	@.eval/annotate eval --any-mark --jobs 2 --errors 0 --pred .eval/polnear-dev.pred.jsonl $(SHARED)/data/quotes/polnear-dev.jsonl

clean:
	rm -rf web/annotator.wasm web/wasm_exec.js dist .eval

## bench-browser: our engine vs compromise + compromise-dates in headless Chromium, same page and
## texts (~5 KB, ~100 KB, ~1 MB); compromise is a dev-only npm dependency in bench/, never shipped
.PHONY: bench-browser
bench-browser: wasm dist chromium
	npm ci --prefix bench --no-audit --no-fund
	$(GO) run ./cmd/benchbrowser -repo .
