# Plenary: two commands on a fresh machine with Java 17, Maven and make.
#   make run    builds if needed, converts input/ into output/, then keeps watching input/ (Ctrl-C stops)
#   make test   runs every test
MVN ?= mvn -B -q
MVN_TEST ?= mvn -B -ntp
JAR := target/plenary.jar
CDS := target/plenary.jsa
SOURCES := $(shell find src schemas -type f 2>/dev/null) pom.xml

.PHONY: build run test clean bench

build: $(JAR) $(CDS)

$(JAR): $(SOURCES)
	$(MVN) -DskipTests package
	@touch $(JAR)

# Class-data sharing for a quicker start; optional: without it Plenary starts the same, only slower.
$(CDS): $(JAR)
	@bin/plenary-archive || echo "No class-data sharing archive made; bin/plenary starts without it."

run: $(JAR) $(CDS)
	bin/plenary watch --input input --output output

test:
	$(MVN_TEST) verify

clean:
	$(MVN) clean

.PHONY: bench
# Times the application as launched (a cold convert, drop-to-outputs latency), then each stage on
# the shipped samples and on 1,000 resolutions printed from the UN corpus, then throughput.
bench: $(JAR) $(CDS)
	bin/plenary bench --launcher bin/plenary --sample input/A_RES_54_212.txt \
	  --corpus ../shared/un-akn --documents 1000 --rounds 20 --throughput-rounds 10 input/*.txt
