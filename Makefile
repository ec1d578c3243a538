# bilat — see README.md.
#   make          build the release binary (.build/release/bilat)
#   make demo     build, import the sample press releases in data/, show what they hold
#   make test     run the test suite
#   make eval     score the extractor on ../shared/corpus (real, hand-labelled texts)
#   make bench    benchmark import and reports against SQLite's limit (BENCHMARKS.md)
#   make deps     install the system libraries (Debian/Ubuntu, as root)

SWIFT ?= swift
# The Swift runtime and Foundation linked into the binary: start-up and every
# call into the runtime are cheaper (bilat track on 100k sources: 121 → 73 ms),
# and the binary runs where no Swift toolchain is installed.
RELEASE := $(SWIFT) build -c release --static-swift-stdlib
BIN := .build/release/bilat
DEMO_DB := demo/bilat.db
SHARED ?= ../shared

.PHONY: all build demo test eval bench deps clean

all: build

build: deps
	$(RELEASE) --product bilat

# Installs what the build links against, only where it is missing.
deps:
	@missing=""; \
	pkg-config --exists sqlite3 2>/dev/null || missing="$$missing libsqlite3-dev"; \
	pkg-config --exists libxml-2.0 2>/dev/null || missing="$$missing libxml2-dev"; \
	command -v pkg-config >/dev/null 2>&1 || missing="pkg-config $$missing"; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		if [ "$$(id -u)" != 0 ]; then echo "make deps: run as root to install:$$missing" >&2; exit 1; fi; \
		DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

demo: build
	@mkdir -p demo
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN) import --db $(DEMO_DB) data
	$(BIN) threads load --db $(DEMO_DB) data/threads.tsv
	$(BIN) indicator import --db $(DEMO_DB) data/indicators/cn-kz-trade.csv
	@echo; echo "== $(BIN) meetings"
	@$(BIN) meetings --db $(DEMO_DB)
	@echo; echo "== $(BIN) meeting 1"
	@$(BIN) meeting 1 --db $(DEMO_DB)
	@echo; echo "== $(BIN) track trade-doubling"
	@$(BIN) track --db $(DEMO_DB) trade-doubling
	@$(BIN) track --db $(DEMO_DB) trade-doubling --format html > demo/trade-doubling.html
	@echo "(timeline picture: demo/trade-doubling.html)"
	@echo; echo "== $(BIN) search echanges"
	@$(BIN) search --db $(DEMO_DB) echanges --limit 5
	@echo; echo "The archive is $(DEMO_DB): try $(BIN) --help, or sqlite3 $(DEMO_DB) 'SELECT * FROM v_meetings'"

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

eval: build
	@if [ -f "$(SHARED)/tools/score.py" ] && [ -d "$(SHARED)/corpus" ]; then \
		python3 $(SHARED)/tools/score.py $(SHARED)/corpus --cmd '$(CURDIR)/$(BIN) extract {file} --format json'; \
	else \
		echo "make eval: skipped, $(SHARED)/tools/score.py or $(SHARED)/corpus is absent"; \
	fi

# Import and report figures against SQLite's own write limit; writes BENCHMARKS.md.
# SIZES=1000,10000 for a quicker run.
SIZES ?= 10000,100000
bench: deps
	$(RELEASE) --product bilat
	$(RELEASE) --product bilat-bench
	$(RELEASE) --product bench-baseline
	.build/release/bilat-bench --sizes $(SIZES) --work .build/bench --output BENCHMARKS.md

clean:
	rm -rf .build demo
