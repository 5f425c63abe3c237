# Chronicle's entry points. `make demo` and `make test` install what is missing first
# (scripts/setup.sh: idempotent, under a second when all is present), then build.
JOBS ?= $(shell nproc)
BUILD ?= build
TEST_BUILD ?= build-test
DEMO_DB ?= $(BUILD)/demo.db

.PHONY: all deps build test demo bench clean

all: build

deps:
	@bash scripts/setup.sh

# Release binary at build/chronicle.
build:
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DCHRONICLE_TESTS=OFF >/dev/null
	@cmake --build $(BUILD) -j $(JOBS) --target chronicle

# The test build: AddressSanitizer + UBSan, every test binary, then ctest.
test: deps
	@cmake -S . -B $(TEST_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
	       -DCHRONICLE_SANITIZE=ON -DCHRONICLE_TESTS=ON >/dev/null
	@cmake --build $(TEST_BUILD) -j $(JOBS)
	@cd $(TEST_BUILD) && ctest --output-on-failure -j $(JOBS)

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
	rm -rf $(BUILD) $(TEST_BUILD)
