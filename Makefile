# jixiao — every command installs what is missing first, so a fresh machine needs only Swift.
SWIFT        ?= swift
APT_PACKAGES := libncursesw5-dev pkg-config tmux zlib1g-dev poppler-utils
DATA         ?= data
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build release run test unit e2e bench validate clean

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

## test: unit and snapshot tests, then the terminal end-to-end tests in tmux.
test: deps
	$(SWIFT) build
	$(SWIFT) test
	JIXIAO=$(CURDIR)/.build/debug/jixiao bash Tests/e2e/run.sh

unit: deps
	$(SWIFT) test

e2e: build
	JIXIAO=$(CURDIR)/.build/debug/jixiao bash Tests/e2e/run.sh

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
