# jixiao — every command installs what is missing first, so a fresh machine needs only Swift.
SWIFT        ?= swift
APT_PACKAGES := libncursesw5-dev pkg-config tmux zlib1g-dev poppler-utils
DATA         ?= data
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build release run test unit e2e fuzz fuzz-replay fuzz-smoke bench validate clean

all: build

## deps: install the Debian packages that are missing (and only those).
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "swift is not on the PATH (Swift 6 is needed)"; exit 1; }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product jixiao

## run: open the dashboard on $(DATA)/.
run: release
	.build/release/jixiao $(DATA)

## test: unit and snapshot tests, the terminal end-to-end tests in tmux, then the fuzz inputs
## replayed and a fuzzing smoke run (1,500 inputs a target, from a fixed seed).
test: deps
	$(SWIFT) build
	$(SWIFT) test
	JIXIAO=$(CURDIR)/.build/debug/jixiao bash Tests/e2e/run.sh
	$(MAKE) --no-print-directory fuzz-replay fuzz-smoke

unit: deps
	$(SWIFT) test

e2e: build
	JIXIAO=$(CURDIR)/.build/debug/jixiao bash Tests/e2e/run.sh

## fuzz: libFuzzer with AddressSanitizer on every target (FUZZ_SECONDS each; FUZZ_TARGETS, FUZZ_MODE=debug
## for a quicker build); a crash stops with the input in .build-fuzz/ (keep it in Tests/Fixtures/fuzz/TARGET).
## Leaks are checked once, when the run ends (LeakSanitizer, less two Foundation allocations named in
## Tests/Fixtures/fuzz/lsan.supp), not after every input: those two made libFuzzer scan the heap after each
## input of xlsx and docx, 30 times slower.
FUZZ_TARGETS ?= judge loader csv xlsx docx txt pdf
FUZZ_SECONDS ?= 600
FUZZ_MODE    ?= release
FUZZ_RUNS    ?= -1
FUZZ_SEED    ?= 0
FUZZ_FLAGS   := --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING --product jixiao-fuzz --scratch-path .build-fuzz
fuzz: deps
	$(SWIFT) build -c $(FUZZ_MODE) $(FUZZ_FLAGS)
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p .build-fuzz/corpus/$$t && cp -n Tests/Fixtures/fuzz/$$t/* .build-fuzz/corpus/$$t/ 2>/dev/null; \
	  echo "fuzz $$t: $(FUZZ_SECONDS) s"; \
	  maxlen=65536; case $$t in pdf) maxlen=16384 ;; esac; \
	  ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/Fixtures/fuzz/lsan.supp JIXIAO_FUZZ_TARGET=$$t .build-fuzz/$(FUZZ_MODE)/jixiao-fuzz -max_total_time=$(FUZZ_SECONDS) -runs=$(FUZZ_RUNS) -seed=$(FUZZ_SEED) -max_len=$$maxlen -timeout=10 -detect_leaks=0 \
	    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=.build-fuzz/crash-$$t- .build-fuzz/corpus/$$t 2>.build-fuzz/$$t.log \
	    || { tail -40 .build-fuzz/$$t.log; exit 1; }; \
	  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" .build-fuzz/$$t.log | tr '\n' ' '; echo; \
	done

## fuzz-replay: every kept fuzz input once, on the plain build (no sanitizer).
fuzz-replay: build
	@for t in $(FUZZ_TARGETS); do .build/debug/jixiao-fuzz $$t Tests/Fixtures/fuzz/$$t || exit 1; done

## fuzz-smoke: what make test runs: 1,500 inputs a target from a fixed seed (about 5 s each, at most
## 20), in a debug build, so that a pass here is a pass on CI (a new crash is found by make fuzz).
fuzz-smoke:
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=20 FUZZ_RUNS=1500 FUZZ_SEED=1 FUZZ_MODE=debug FUZZ_TARGETS="$(FUZZ_SMOKE_TARGETS)"

FUZZ_SMOKE_TARGETS ?= $(FUZZ_TARGETS)

## bench: evaluation and rendering speed and memory, in release mode; then province scale
## (10k, 100k and 1M indicators against python3's json.load; SCALE= sets the counts).
SCALE ?= 10000 100000 1000000
bench: deps
	$(SWIFT) build -c release --product jixiao-bench
	$(SWIFT) build -c release --product jixiao
	.build/release/jixiao-bench
	.build/release/jixiao-bench scale $(SCALE)

validate: build
	.build/debug/jixiao validate $(DATA)

clean:
	rm -rf .build .build-* .build_*
