package org.plenary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.SharedMaterial;

import picocli.CommandLine;

/** The launcher contract scripts depend on: outputs, error reports, exit codes. */
class ConvertCommandTest {
    @TempDir
    Path work;

    private int run(String... args) {
        return new CommandLine(new PlenaryCommand()).execute(args);
    }

    /** What a run printed on its error stream: its reports, one per failure. */
    private record Run(int exit, String errors) {
    }

    private Run runCapturingErrors(String... args) {
        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        try {
            System.setErr(new java.io.PrintStream(errors, true, StandardCharsets.UTF_8));
            int exit = run(args);
            return new Run(exit, errors.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void convertsGoodFilesAndReportsBadOnesWithoutStopping() throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.copy(SharedMaterial.sample("A_RES_54_212.txt"), in.resolve("A_RES_54_212.md"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        Files.writeString(in.resolve("letter.txt"), "Dear colleagues,\n\nPlease find the minutes attached.\n\nBest regards\n");
        Files.writeString(in.resolve("hollow.xml"), "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"/>");
        Path unDocument = SharedMaterial.unAknResolution();
        Files.copy(unDocument, in.resolve("75_100_E.xml"));
        Path out = work.resolve("out");

        int exit = run("convert", "-o", out.toString(), in.toString());

        assertThat(exit).isEqualTo(1);
        // Akoma Ntoso input is rendered as it is, and published unchanged.
        assertThat(out.resolve("akn/75_100_E.xml")).hasSameTextualContentAs(unDocument);
        assertThat(Files.readString(out.resolve("html/75_100_E.html"))).contains("A/RES/75/100");
        assertThat(out.resolve("reports/75_100_E.txt")).doesNotExist();
        for (String dir : new String[] {"akn/A_RES_54_212.xml", "html/A_RES_54_212.html", "json/A_RES_54_212.json", "txt/A_RES_54_212.txt"}) {
            assertThat(out.resolve(dir)).isNotEmptyFile();
        }
        assertThat(Files.readString(out.resolve("errors/empty.txt"))).contains("empty.txt").contains("empty").contains("What to do");
        assertThat(Files.readString(out.resolve("errors/binary.txt"))).contains("binary data");
        assertThat(Files.readString(out.resolve("errors/letter.txt"))).contains("letter.txt:1:").contains("formula");
        assertThat(Files.readString(out.resolve("errors/hollow.txt"))).contains("holds no document");
        assertThat(in.resolve("empty.txt")).exists();
        String catalog = Files.readString(out.resolve("catalog.json"));
        assertThat(catalog).contains("\"symbol\" : \"A/RES/54/212\"").contains("\"html\" : \"html/A_RES_54_212.html\"")
                .contains("\"name\" : \"empty\"").contains("\"name\" : \"binary\"").contains("\"name\" : \"letter\"");
        String index = Files.readString(out.resolve("index.html"));
        assertThat(index).contains("href=\"html/A_RES_54_212.html\"").contains("International migration and development")
                .contains("2 converted, 4 failed").contains("Not converted: empty.txt");
        try (var files = Files.list(out.resolve("akn"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("A_RES_54_212.xml", "75_100_E.xml");
        }
    }

    @Test
    void convertsInParallelAndReportsEachFailureOnceInTheOrderGiven() throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        for (String name : new String[] {"A_RES_54_212.txt", "A_RES_56_203.txt", "A_RES_58_208.txt", "A_RES_59_241.txt"}) {
            Files.copy(SharedMaterial.sample(name), in.resolve(name));
        }
        Files.write(in.resolve("a-empty.txt"), new byte[0]);
        Files.write(in.resolve("z-empty.txt"), new byte[0]);
        Path out = work.resolve("out");
        Run result = runCapturingErrors("convert", "--threads", "3", "-o", out.toString(), in.toString());
        int exit = result.exit();
        String errors = result.errors();

        assertThat(exit).isEqualTo(1);
        for (String stem : new String[] {"A_RES_54_212", "A_RES_56_203", "A_RES_58_208", "A_RES_59_241"}) {
            assertThat(out.resolve("akn/" + stem + ".xml")).isNotEmptyFile();
            assertThat(out.resolve("json/" + stem + ".json")).isNotEmptyFile();
        }
        String first = "a-empty.txt: The file is empty (it holds no text).\nWhat to do";
        String last = "z-empty.txt: The file is empty (it holds no text).\nWhat to do";
        assertThat(errors.indexOf(first)).isGreaterThanOrEqualTo(0).isLessThan(errors.indexOf(last));
        assertThat(errors.split(java.util.regex.Pattern.quote(first), -1)).hasSize(2);
    }

    @Test
    void controlCharactersInATextNeverReachTheOutputs() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        String text = Files.readString(SharedMaterial.sample("A_RES_54_212.txt"))
                .replaceFirst("Recalling", "Reca\u0001ll\u001Fing").replaceFirst("Decides", "De\u0007cides");
        Files.writeString(in.resolve("controls.txt"), text);
        Path out = work.resolve("out");

        assertThat(run("convert", "-o", out.toString(), in.toString())).isEqualTo(0);

        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(out.resolve("akn/controls.xml").toFile());
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("json/controls.json").toFile());
        assertThat(json.toString()).contains("control-character").contains("Recalling");
    }

    @Test
    void aMissingInputStopsBeforeAnyWorkWithOneLine() throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.copy(SharedMaterial.sample("A_RES_54_212.txt"), in.resolve("A_RES_54_212.txt"));
        Path out = work.resolve("out");
        Run result = runCapturingErrors("convert", "-o", out.toString(), in.resolve("A_RES_54_212.txt").toString(), work.resolve("typo.txt").toString());
        int exit = result.exit();
        String errors = result.errors();

        assertThat(exit).isEqualTo(2);
        assertThat(errors).isEqualTo("plenary convert: " + work.resolve("typo.txt")
                + " does not exist. Check the path; nothing was converted." + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    @Test
    void twoInputsWithOneNameNeverShareOutputs() throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.copy(SharedMaterial.sample("A_RES_54_212.txt"), in.resolve("X.md"));
        Files.copy(SharedMaterial.sample("A_RES_56_203.txt"), in.resolve("X.txt"));
        Path out = work.resolve("out");
        Run result = runCapturingErrors("convert", "-o", out.toString(), in.toString());
        int exit = result.exit();
        String errors = result.errors();

        assertThat(exit).isEqualTo(1);
        // The first in order (X.md) is published; X.txt is reported, not written over it.
        assertThat(Files.readString(out.resolve("json/X.json"))).contains("International migration and development");
        assertThat(errors).contains("X.txt: not converted: " + in.resolve("X.md"))
                .contains("rename one of the two");
    }

    @Test
    void endsWithASummaryAndFailsOnTheWarningsItIsToldTo() throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.copy(SharedMaterial.sample("A_RES_54_212.txt"), in.resolve("A_RES_54_212.txt"));
        Files.copy(SharedMaterial.sample("A_RES_59_241.txt"), in.resolve("A_RES_59_241.txt"));
        Path summary = work.resolve("reports/run.json");

        int plain = run("convert", "-o", work.resolve("out1").toString(), "--summary", summary.toString(), in.toString());
        int failing = run("convert", "-o", work.resolve("out2").toString(), "--fail-on", "date,split-word", in.toString());
        int other = run("convert", "-o", work.resolve("out3").toString(), "--fail-on", "note-holds-body", in.toString());
        int any = run("convert", "-o", work.resolve("out4").toString(), "--fail-on-warnings", in.toString());

        assertThat(plain).isZero();
        assertThat(failing).as("A_RES_59_241 has no date").isEqualTo(1);
        assertThat(other).isZero();
        assertThat(any).isEqualTo(1);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(summary.toFile());
        assertThat(json.get("converted").asInt()).isEqualTo(2);
        assertThat(json.get("failed").asInt()).isZero();
        assertThat(json.get("warnings").get("date").asInt()).isEqualTo(1);
        assertThat(json.get("documents").get(1).get("file").asText()).isEqualTo("A_RES_59_241.txt");
        assertThat(json.get("documents").get(1).get("warnings").get("date").asInt()).isEqualTo(1);
        assertThat(json.get("documents").get(0).get("warnings").size()).isZero();
    }

    @Test
    void refusesFewerThanOneThreadBeforeAnyWork() throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.copy(SharedMaterial.sample("A_RES_54_212.txt"), in.resolve("A_RES_54_212.txt"));

        Run result = runCapturingErrors("convert", "--threads", "0", "-o", work.resolve("out").toString(), in.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.errors()).isEqualTo("plenary convert: --threads must be at least 1, not 0; nothing was converted."
                + System.lineSeparator());
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void aFolderWithNoFileIsNothingToConvertAndExitsTwo() throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.writeString(in.resolve(".hidden.txt"), "not for conversion");
        Files.write(in.resolve("~$RES_75_100.docx"), new byte[162]); // Word's owner file of an open document

        Run result = runCapturingErrors("convert", "-o", work.resolve("out").toString(), in.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.errors()).isEqualTo("plenary convert: no file to convert in " + in
                + " (files whose names start with a dot, and the ~$ files Word keeps beside open documents, are skipped); nothing was converted." + System.lineSeparator());
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void anUnreadableInputStopsBeforeAnyWorkAndExitsTwo() throws IOException {
        Path file = Files.copy(SharedMaterial.sample("A_RES_54_212.txt"), work.resolve("A_RES_54_212.txt"));
        Files.setPosixFilePermissions(file, java.util.Set.of());
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(file),
                "skipped: this user (root) reads files whatever their permissions, so no input can be unreadable");

        Run result = runCapturingErrors("convert", "-o", work.resolve("out").toString(), file.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.errors()).contains("cannot be read (permission denied)").contains("nothing was converted");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void itsAdviceSpeaksOfConvertingAndEachFailureIsPrintedOnce() throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        Files.writeString(in.resolve("doctype.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY e \"x\">]>\n<a>&e;</a>\n");
        Files.writeString(in.resolve("other.xml"), "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>\n");
        Files.writeString(in.resolve("cut.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type /Catalog");
        Path out = work.resolve("out");

        Run result = runCapturingErrors("convert", "-o", out.toString(), in.toString());

        assertThat(result.exit()).isEqualTo(1);
        String errors = result.errors();
        for (String name : new String[] {"binary.txt", "cut.pdf", "doctype.xml", "empty.txt", "other.xml"}) {
            String report = Files.readString(out.resolve("errors/" + org.plenary.pipeline.DocumentJob.baseNameOf(name) + ".txt"));
            assertThat(report).as(name).contains("What to do: ").doesNotContainIgnoringCase("drop");
            String firstLine = report.lines().findFirst().orElseThrow();
            assertThat(errors.split(java.util.regex.Pattern.quote(firstLine), -1)).as("times " + name + " is reported").hasSize(2);
        }
        assertThat(errors).doesNotContainIgnoringCase("drop").doesNotContain("[WARN]")
                .contains("then convert the file again").contains("and convert that file");
    }

    @Test
    void eachCommandsHelpListsItsExitCodes() {
        assertThat(help("convert")).contains("Exit codes:").containsPattern("(?m)^\\s+0\\s+every file was converted")
                .containsPattern("(?m)^\\s+1\\s+at least one file failed").containsPattern("(?m)^\\s+2\\s+usage error");
        assertThat(help("watch")).contains("Exit codes:").containsPattern("(?m)^\\s+0\\s+stopped by itself")
                .containsPattern("(?m)^\\s+1\\s+could not start").containsPattern("(?m)^\\s+2\\s+usage error")
                .containsPattern("(?m)^\\s+130\\s+stopped by Ctrl-C").containsPattern("(?m)^\\s+143\\s+stopped by SIGTERM");
        assertThat(help("validate")).contains("Exit codes:").containsPattern("(?m)^\\s+0\\s+").containsPattern("(?m)^\\s+1\\s+")
                .containsPattern("(?m)^\\s+2\\s+");
        assertThat(help()).contains("Exit codes").containsPattern("(?m)^\\s+2\\s+no command");
    }

    @Test
    void theVersionIsThePoms() {
        String expected = System.getProperty("plenary.version");
        org.junit.jupiter.api.Assumptions.assumeTrue(expected != null, "skipped: run by Maven, which passes the pom's version");
        var stdout = new java.io.ByteArrayOutputStream();
        var original = System.out;
        System.setOut(new java.io.PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            assertThat(run("--version")).isZero();
        } finally {
            System.setOut(original);
        }
        assertThat(stdout.toString(StandardCharsets.UTF_8).strip()).isEqualTo("plenary " + expected);
    }

    private String help(String... command) {
        java.io.StringWriter text = new java.io.StringWriter();
        CommandLine line = new CommandLine(new PlenaryCommand());
        line.setOut(new java.io.PrintWriter(text));
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command), java.util.stream.Stream.of("--help")).toArray(String[]::new);
        assertThat(line.execute(args)).isZero();
        return text.toString();
    }

    @Test
    void exitsZeroWhenEverythingConvertsAndTwoOnUsageErrors() throws IOException {
        Path file = Files.copy(SharedMaterial.sample("A_RES_59_241.txt"), work.resolve("A_RES_59_241.txt"));
        assertThat(run("convert", "-o", work.resolve("out").toString(), file.toString())).isZero();
        assertThat(run("convert", file.toString())).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
    }

    @Test
    void aSchemaThatCannotBeUsedStopsBeforeAnyWork() throws IOException {
        Path file = Files.copy(SharedMaterial.unAknResolution(), work.resolve("75_100_E.xml"));
        Path notASchema = Files.writeString(work.resolve("broken.xsd"), "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:bogus/></xs:schema>");
        Path out = work.resolve("out");

        Run missing = runCapturingErrors("convert", "-o", out.toString(), "--schema", work.resolve("typo.xsd").toString(), file.toString());
        Run broken = runCapturingErrors("convert", "-o", out.toString(), "--schema", notASchema.toString(), file.toString());

        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.errors()).isEqualTo("plenary convert: " + work.resolve("typo.xsd")
                + " does not exist (check the path); nothing was converted." + System.lineSeparator());
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.errors()).startsWith("plenary convert: " + notASchema + " is not a usable XML schema: ")
                .endsWith("; nothing was converted." + System.lineSeparator()).hasLineCount(1);
        assertThat(out).doesNotExist();
    }

    /** A schema the plenary.akn-schema setting names is checked as the option is, before any work. */
    @Test
    void aSchemaSettingThatCannotBeUsedStopsBeforeAnyWork() throws IOException {
        Path file = Files.copy(SharedMaterial.sample("A_RES_59_241.txt"), work.resolve("A_RES_59_241.txt"));
        Path out = work.resolve("out");
        Path typo = work.resolve("typo.xsd");
        System.setProperty("plenary.akn-schema", typo.toString());
        try {
            Run run = runCapturingErrors("convert", "-o", out.toString(), file.toString());
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.errors()).isEqualTo("plenary convert: " + typo + " (the setting plenary.akn-schema)"
                    + " does not exist (check the path); nothing was converted." + System.lineSeparator());
        } finally {
            System.clearProperty("plenary.akn-schema");
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void akomaNtosoInputIsCheckedAgainstTheOfficialSchemaByDefaultOrTheOneNamed() throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        String valid = Files.readString(SharedMaterial.unAknResolution());
        Files.writeString(in.resolve("invalid.xml"), valid.replaceFirst("<preamble>", "<preamble><bogus/>"));

        assertThat(run("convert", "-o", work.resolve("official").toString(), in.toString())).isZero();
        assertThat(Files.readString(work.resolve("official/reports/invalid.txt")))
                .contains("invalid.xml:").contains("'akn:bogus'").contains("Rendered nonetheless");

        // A schema named instead: here one that accepts anything in the Akoma Ntoso namespace.
        Path lax = Files.writeString(work.resolve("lax.xsd"), "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
                + " targetNamespace=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><xs:element name=\"akomaNtoso\">"
                + "<xs:complexType><xs:sequence><xs:any processContents=\"skip\" maxOccurs=\"unbounded\"/></xs:sequence>"
                + "</xs:complexType></xs:element></xs:schema>");
        assertThat(run("convert", "-o", work.resolve("named").toString(), "--schema", lax.toString(), in.toString())).isZero();
        assertThat(work.resolve("named/reports/invalid.txt")).doesNotExist();
        assertThat(work.resolve("named/html/invalid.html")).isNotEmptyFile();
    }

    @Test
    void validateReportsEachProblemWithLineAndColumn() throws IOException {
        Path file = Files.copy(SharedMaterial.sample("A_RES_58_208.txt"), work.resolve("A_RES_58_208.txt"));
        Path out = work.resolve("out");
        assertThat(run("convert", "-o", out.toString(), file.toString())).isZero();
        Path good = out.resolve("akn/A_RES_58_208.xml");
        assertThat(run("validate", good.toString())).isZero();
        assertThat(run("validate", "--profile", "plenary", good.toString())).isZero();
        assertThat(run("validate", "--schema", ValidateCommandTest.officialSchemaCopy(work).toString(), good.toString())).isZero();

        Path broken = work.resolve("broken.xml");
        Files.writeString(broken, Files.readString(good).replace("<preamble>", "<preamble><bogus/>"), StandardCharsets.UTF_8);
        var stdout = new java.io.ByteArrayOutputStream();
        var original = System.out;
        System.setOut(new java.io.PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            assertThat(run("validate", "--profile", "plenary", broken.toString())).isEqualTo(1);
        } finally {
            System.setOut(original);
        }
        assertThat(stdout.toString(StandardCharsets.UTF_8)).containsPattern("broken\\.xml:1:\\d+: .*bogus");
    }
}
