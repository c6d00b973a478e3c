# Entente: the two commands are `make run` and `make test`.
BUILD ?= build
JOBS ?= $(shell nproc)
SHARED ?= ../shared

.PHONY: setup configure build test run bench models web clean

setup:
	scripts/setup

configure:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null

build: configure
	cmake --build $(BUILD) -j $(JOBS)
	@if [ -x web/build.sh ]; then web/build.sh; fi

test: setup build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

run: setup build
	scripts/run

bench: setup build
	scripts/bench

models: setup build
	scripts/train-models

clean:
	rm -rf $(BUILD)
