# Chronicle's entry points. `make demo` and `make test` install what is missing first
# (scripts/setup.sh: idempotent, under a second when all is present), then build.
JOBS ?= $(shell nproc)
BUILD ?= build
TEST_BUILD ?= build-test
FUZZ_BUILD ?= build-fuzz
TSAN_BUILD ?= build-tsan
FUZZ_SECONDS ?= 300
FUZZ_SMOKE_SECONDS ?= 5
FUZZ_TARGETS ?=
DEMO_DB ?= $(BUILD)/demo.db

.PHONY: all deps deps-browser build test demo bench clean fuzz test-tsan

all: build

deps:
	@bash scripts/setup.sh

# The tests also drive Chromium (tests/browser), so `make test` installs it too.
deps-browser:
	@bash scripts/setup.sh --browser

# Release binary at build/chronicle.
build:
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DCHRONICLE_TESTS=OFF >/dev/null
	@cmake --build $(BUILD) -j $(JOBS) --target chronicle

# The test build: AddressSanitizer + UBSan, every test binary, then ctest.
test: deps-browser
	@cmake -S . -B $(TEST_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
	       -DCHRONICLE_SANITIZE=ON -DCHRONICLE_TESTS=ON >/dev/null
	@cmake --build $(TEST_BUILD) -j $(JOBS)
	@cd $(TEST_BUILD) && ctest --output-on-failure -j $(JOBS)
	@FUZZ_REPLAY=1 $(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$(FUZZ_SMOKE_SECONDS)

# libFuzzer targets (fuzz/, built with clang), each run for FUZZ_SECONDS (default 300; `make test`
# runs each for FUZZ_SMOKE_SECONDS). FUZZ_TARGETS="read_warc dates" runs only those.
fuzz: deps
	@cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHRONICLE_FUZZ=ON -DCHRONICLE_TESTS=OFF \
	       -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ >/dev/null
	@cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzzers
	@bash fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# ThreadSanitizer: the pipeline's tests and the end-to-end crash tests (threaded ingest) under TSan.
test-tsan: deps
	@cmake -S . -B $(TSAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
	       -DCHRONICLE_TSAN=ON -DCHRONICLE_TESTS=ON >/dev/null
	@targets=chronicle; cmake --build $(TSAN_BUILD) --target help | grep -q ' pipeline_tests' && targets="$$targets pipeline_tests"; \
	 cmake --build $(TSAN_BUILD) -j $(JOBS) --target $$targets
	@cd $(TSAN_BUILD) && TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" \
	 ctest --output-on-failure -j $(JOBS) -R '^(pipeline|crash_)'

# The main job on the embedded store: ingest the seeds, then list what was stored.
demo: deps build
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	@$(BUILD)/chronicle ingest --db $(DEMO_DB) tests/fixtures/seeds
	@$(BUILD)/chronicle articles --db $(DEMO_DB)

# Throughput and memory on a JSON Lines corpus: make bench CORPUS="a.jsonl b.jsonl"
CORPUS ?= ../shared/corpora/reuters21578/reuters21578.jsonl ../shared/corpora/bbc-news/bbc-news.jsonl
bench: deps build
	@bash bench/ingest-throughput $(CORPUS)

clean:
	rm -rf $(BUILD) $(TEST_BUILD) $(FUZZ_BUILD) $(TSAN_BUILD)
