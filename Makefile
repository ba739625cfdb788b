# Plenary: two commands on a fresh machine with Java 17, Maven and make.
#   make run    builds if needed, converts input/ into output/, then keeps watching input/ (Ctrl-C stops);
#               an input/ that holds nothing yet gets a copy of the samples (samples/) first
#   make test   runs the tests: the product's, then the developer module's (dev/)
#   make reliability   the slow reliability suite (processes killed and signalled, every corpus
#               resolution in every layout, clean and damaged); CI runs it after make test
# Also:
#   make build  builds only (target/plenary.jar, its libraries in target/lib, and the start-up archive)
#   make cds    a class-data sharing archive for quicker starts of bin/plenary (optional)
#   make dist   the release, target/plenary-VERSION.tar.gz, runnable wherever it is unpacked
# For developers (the dev/ module measures the product; the product never depends on it):
#   make corpus-check     the UN's own Akoma Ntoso printed in five layouts and converted back
#   make printed-pdf-check   the same printed to PDF as the UN prints, read natively and through pdftotext
#   make real-pdf-check   the 312 real PDFs (and their pdftotext forms) against the UN's markup
#   make bench            speed: the application, each stage, throughput; text and PDF
#   make collection-bench filing one document with 10,000 already published, against an empty folder
MVN ?= mvn -B -q
MVN_TEST ?= mvn -B -ntp
# A build for running, not testing: no test compiled, no test library resolved or fetched (the
# test-libraries profile of pom.xml), and no release archive packed.
QUICK := -Dmaven.test.skip=true -Dassembly.skipAssembly=true -Dlicense.skipAddThirdParty=true
JAR := target/plenary.jar
CDS := target/plenary.jsa
SOURCES := $(shell find src schemas -type f 2>/dev/null) pom.xml
DEV_JAR := dev/target/plenary-dev.jar
DEV_SOURCES := $(shell find dev/src -type f 2>/dev/null) dev/pom.xml
SHARED ?= ../shared
REAL_PDF := $(SHARED)/real-pdf
# The bench times the PDF path when the real PDFs are there: one of median size, and all 312.
BENCH_PDFS := $(if $(wildcard $(REAL_PDF)/pdf),--pdf $(REAL_PDF)/pdf/A_RES_78_210.pdf --pdfs $(REAL_PDF)/pdf)
# ... and convert over the 624 real pdftotext texts of those PDFs, a folder of each form.
BENCH_TEXTS := $(if $(wildcard $(REAL_PDF)/layout),--texts $(REAL_PDF)/layout --texts $(REAL_PDF)/raw)

.PHONY: build cds dist dev run test reliability clean bench collection-bench corpus-check printed-pdf-check real-pdf-check

build: $(JAR) $(CDS)

$(JAR): $(SOURCES)
	$(MVN) $(QUICK) package
	@touch $(JAR)

# Class-data sharing for a quicker start; optional: without it Plenary starts the same, only slower.
# Part of build, for the one-shot commands (a cold convert of one text: 3.5 s without it, 2.0 s
# with it, on a quiet machine); not of run, whose watcher starts once: it adds some 14 s to a first build.
cds: $(CDS)

$(CDS): $(JAR)
	@bin/plenary-archive || echo "No class-data sharing archive made; bin/plenary starts without it."

# input/ is where users drop files, and git ignores what is in it: the shipped samples are copied in
# (never moved) while it holds nothing, not even the .done/ of an earlier run.
run: $(JAR)
	@if [ -z "$$(ls -A input 2>/dev/null | grep -Fvx .gitkeep)" ]; then \
	  mkdir -p input && cp samples/* input/ && echo "input/ held nothing: copied the samples of samples/ into it."; \
	fi
	bin/plenary watch --input input --output output

# The release archive, with its jar built from the sources as they are (the tests are make test's).
dist:
	$(MVN) -Dmaven.test.skip=true package
	@ls target/plenary-*.tar.gz

# The product's tests, then its jar into the local Maven repository, where the developer module
# finds it; then the developer module's tests against that jar.
test:
	$(MVN_TEST) install
	$(MVN_TEST) -f dev/pom.xml verify

# The reliability suite, which CI runs after the tests: the watcher killed (SIGKILL) and
# signalled, raced by a second watcher, fed slow writers, files saved over in flight and hostile
# names; and every UN resolution in every layout, clean and damaged, never crashing the parser.
reliability:
	$(MVN_TEST) -Dplenary.excludedGroups=none -Dgroups=reliability install
	$(MVN_TEST) -f dev/pom.xml -Dplenary.excludedGroups=none -Dgroups=reliability verify

# The developer tools (dev/bin/plenary-dev) over the product's build.
dev: $(DEV_JAR) $(JAR)

$(DEV_JAR): $(SOURCES) $(DEV_SOURCES)
	$(MVN) $(QUICK) install
	$(MVN) -f dev/pom.xml -DskipTests package
	@touch $(JAR) $(DEV_JAR)

clean:
	$(MVN) clean
	$(MVN) -f dev/pom.xml clean

corpus-check: dev
	dev/bin/plenary-dev corpus-check $(SHARED)/un-akn

printed-pdf-check: dev
	dev/bin/plenary-dev corpus-check --layout pdf,pdf-layout,pdf-raw $(SHARED)/un-akn

# Every document of every form, scored as ../shared/tools/score.py scores bin/plenary convert.
real-pdf-check: dev
	dev/bin/plenary-dev real-pdf-check --set $(REAL_PDF)

# Times the application as launched (a cold convert, drop-to-outputs latency into an empty output
# folder and into one with 10,000 published; a cold convert of one real PDF, the same PDF made
# 100 MB heavy within a 256 MB heap, and one convert of all 312; one convert of the real texts' folders and of the 1,000
# printed resolutions), then each stage on the shipped samples, on 1,000
# resolutions printed from the UN corpus and on the real PDFs, then throughput.
bench: dev $(CDS)
	dev/bin/plenary-dev bench --launcher bin/plenary --sample samples/A_RES_54_212.txt \
	  --corpus $(SHARED)/un-akn --documents 1000 --rounds 20 --throughput-rounds 10 \
	  $(BENCH_PDFS) $(BENCH_TEXTS) samples/*.txt

# Filing one more document (the publish stage, and the whole pipeline) into an output folder with
# 10,000 published documents and into an empty one, round after round; then writing the index whole.
collection-bench: dev
	dev/bin/plenary-dev collection-bench --documents 10000 --rounds 31 --drop samples/A_RES_58_208.txt samples/*.txt
