# course: a fresh machine needs only `make run` and `make test`.
#
#   make run    install what is missing, build in release mode, run the course (quick mode;
#               figures go to course-output/)
#   make test   install what is missing, build and run the whole test suite, then
#               `course verify` (placeholder sheets not started, solved sheets pass)
#   make build  install what is missing, build the release binary
#   make clean  remove build products

SWIFT ?= swift
COURSE := .build/release/course

.PHONY: all deps build run test clean

all: build

deps:
	@sh tools/ensure-dependencies.sh

build: deps
	$(SWIFT) build -c release --product course

run: build
	$(COURSE) run

test: deps
	$(SWIFT) test
	$(SWIFT) build --product course
	.build/debug/course verify

clean:
	rm -rf .build
