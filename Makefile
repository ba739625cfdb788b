# Plenary: two commands on a fresh machine with Java 17, Maven and make.
#   make run    builds if needed, converts input/ into output/, then keeps watching input/ (Ctrl-C stops)
#   make test   runs every test
MVN ?= mvn -B -q
MVN_TEST ?= mvn -B -ntp
JAR := target/plenary.jar
SOURCES := $(shell find src schemas -type f 2>/dev/null) pom.xml

.PHONY: build run test clean

build: $(JAR)

$(JAR): $(SOURCES)
	$(MVN) -DskipTests package
	@touch $(JAR)

run: $(JAR)
	bin/plenary watch --input input --output output

test:
	$(MVN_TEST) verify

clean:
	$(MVN) clean
