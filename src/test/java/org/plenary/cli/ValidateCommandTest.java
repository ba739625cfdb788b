package org.plenary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.SharedMaterial;
import org.plenary.validate.OfficialSchema;

import picocli.CommandLine;

/** {@code plenary validate} as people and CI jobs use it: what it prints, and its exit codes. */
class ValidateCommandTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path work;

    /** What a run printed and returned. */
    private record Run(int exit, String out, String err) {
    }

    private static Run validate(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            String[] command = new String[args.length + 1];
            command[0] = "validate";
            System.arraycopy(args, 0, command, 1, args.length);
            int exit = new CommandLine(new PlenaryCommand()).execute(command);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    /** The official schema Plenary ships, copied out of the jar into a folder, as a user would name it with --schema. */
    static Path officialSchemaCopy(Path folder) throws IOException {
        Path dir = Files.createDirectories(folder.resolve("oasis"));
        for (String name : new String[] {"akomantoso30.xsd", "xml.xsd"}) {
            String resource = OfficialSchema.RESOURCE.replace("akomantoso30.xsd", name);
            try (InputStream in = OfficialSchema.class.getResourceAsStream(resource)) {
                Files.copy(in, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir.resolve("akomantoso30.xsd");
    }

    private Path unDocument(String name, java.util.function.UnaryOperator<String> change) throws IOException {
        return Files.writeString(work.resolve(name), change.apply(Files.readString(SharedMaterial.unAknResolution())));
    }

    @Test
    void aValidFileAgainstTheOfficialSchemaByDefault() throws IOException {
        Path file = unDocument("75_100_E.xml", xml -> xml);

        Run run = validate(file.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(file + ": valid" + NL + "1 valid, 0 invalid (the official OASIS Akoma Ntoso 3.0 schema)" + NL);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void eachProblemIsOneShortLineWithFileLineAndColumnAndPrefixesForNamespaces() throws IOException {
        Path file = unDocument("bogus.xml", xml -> xml.replaceFirst("<preamble>", "<preamble><bogus/>"));

        Run run = validate(file.toString());

        assertThat(run.exit()).isEqualTo(1);
        String[] lines = run.out().split(NL);
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: Invalid content was found starting with element 'akn:bogus'\\. "
                + "One of 'akn:\\w+, akn:\\w+, akn:\\w+, akn:\\w+, akn:\\w+ or \\d+ others' is expected\\.");
        assertThat(lines[0]).doesNotContain("http://");
        assertThat(lines[0].substring(file.toString().length())).hasSizeLessThan(170);
        assertThat(lines[1]).isEqualTo("0 valid, 1 invalid (the official OASIS Akoma Ntoso 3.0 schema)");
    }

    @Test
    void listsAtMostMaxErrorsProblemsPerFileAndCountsTheRest() throws IOException {
        Path file = unDocument("many.xml", xml -> xml.replace("</p>", "<bogus/></p>"));
        int all = validate("--max-errors", "0", file.toString()).out().split(NL).length - 1;
        assertThat(all).isGreaterThan(25);

        Run byDefault = validate(file.toString());
        Run two = validate("--max-errors", "2", file.toString());

        assertThat(byDefault.exit()).isEqualTo(1);
        assertThat(byDefault.out().split(NL)).hasSize(22)
                .contains("… and " + (all - 20) + " more problems in " + file, org.assertj.core.api.Assertions.atIndex(20));
        assertThat(two.out().split(NL)).hasSize(4)
                .contains("… and " + (all - 2) + " more problems in " + file, org.assertj.core.api.Assertions.atIndex(2));
        assertThat(validate("--max-errors", "-1", file.toString()).exit()).isEqualTo(2);
    }

    @Test
    void jsonGivesOneDocumentWithTheTotalsAndEveryProblem() throws IOException {
        Path good = unDocument("good.xml", xml -> xml);
        Path bad = unDocument("bad.xml", xml -> xml.replace("</p>", "<bogus/></p>"));
        Path missing = work.resolve("missing.xml");

        Run run = validate("--format", "json", "--max-errors", "3", good.toString(), bad.toString(), missing.toString());

        assertThat(run.exit()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("schema").asText()).isEqualTo("official");
        assertThat(json.get("files").asInt()).isEqualTo(3);
        assertThat(json.get("valid").asInt()).isEqualTo(1);
        assertThat(json.get("invalid").asInt()).isEqualTo(2);
        assertThat(json.get("documents").get(0).get("valid").asBoolean()).isTrue();
        JsonNode badDocument = json.get("documents").get(1);
        assertThat(badDocument.get("file").asText()).isEqualTo(bad.toString());
        assertThat(badDocument.get("problems").asInt()).isEqualTo(badDocument.get("unlisted").asInt() + 3);
        assertThat(json.get("documents").get(2).get("error").asText()).isEqualTo("no such file (check the path)");
        JsonNode problems = json.get("problems");
        assertThat(problems).hasSize(4);
        JsonNode first = problems.get(0);
        assertThat(first.get("file").asText()).isEqualTo(bad.toString());
        assertThat(first.get("line").asInt()).isPositive();
        assertThat(first.get("column").asInt()).isPositive();
        assertThat(first.get("message").asText()).contains("'akn:bogus'");
        assertThat(problems.get(3).get("file").asText()).isEqualTo(missing.toString());
        assertThat(problems.get(3).get("line").isNull()).isTrue();
    }

    @Test
    void aMissingFileIsOneLineAndTheOthersAreStillChecked() throws IOException {
        Path missing = work.resolve("typo.xml");
        Path good = unDocument("good.xml", xml -> xml);

        Run run = validate(missing.toString(), good.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(missing + ": no such file (check the path)" + NL + good + ": valid" + NL
                + "1 valid, 1 invalid (the official OASIS Akoma Ntoso 3.0 schema)" + NL);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aFolderStandsForItsXmlFiles() throws IOException {
        Path folder = Files.createDirectories(work.resolve("published/sub"));
        Files.copy(SharedMaterial.unAknResolution(), folder.resolve("a.xml"));
        Files.writeString(folder.resolve("notes.txt"), "not XML");

        Run run = validate(work.resolve("published").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith(folder.resolve("a.xml") + ": valid" + NL).contains("1 valid, 0 invalid");
    }

    @Test
    void aSchemaThatCannotBeUsedExitsTwoAndChecksNothing() throws IOException {
        Path file = unDocument("good.xml", xml -> xml);
        Path broken = Files.writeString(work.resolve("broken.xsd"), "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:bogus/></xs:schema>");

        Run missing = validate("--schema", work.resolve("typo.xsd").toString(), file.toString());
        Run unusable = validate("--schema", broken.toString(), file.toString());

        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).isEqualTo("plenary validate: " + work.resolve("typo.xsd")
                + " does not exist (check the path); nothing was checked." + NL);
        assertThat(unusable.exit()).isEqualTo(2);
        assertThat(unusable.out()).isEmpty();
        assertThat(unusable.err()).startsWith("plenary validate: " + broken + " is not a usable XML schema: ").hasLineCount(1);
    }

    @Test
    void anySchemaCanBeNamedAndTheProfileIsStricterThanTheOfficialSchema() throws IOException {
        Path withoutEIds = unDocument("no-eids.xml", xml -> xml.replaceAll(" eId=\"[^\"]*\"", ""));

        assertThat(validate(withoutEIds.toString()).exit()).isZero();
        assertThat(validate("--schema", officialSchemaCopy(work).toString(), withoutEIds.toString()).out())
                .endsWith("1 valid, 0 invalid (schema " + work.resolve("oasis/akomantoso30.xsd") + ")" + NL);
        Run profile = validate("--profile", "plenary", withoutEIds.toString());
        assertThat(profile.exit()).isEqualTo(1);
        assertThat(profile.out()).contains("no-eids.xml:").endsWith("0 valid, 1 invalid (the Plenary profile)" + NL);
        assertThat(validate("--profile", "plenary", "--schema", "any.xsd", withoutEIds.toString()).exit()).isEqualTo(2);
        assertThat(validate("--profile", "strict", withoutEIds.toString()).exit()).isEqualTo(2);
    }

    @Test
    void aDoctypeIsRefusedClearlyAndNoEntityIsRead() throws IOException {
        Path secret = Files.writeString(work.resolve("secret.txt"), "TOP-SECRET");
        Path file = Files.writeString(work.resolve("doctype.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso [<!ENTITY s SYSTEM \""
                + secret.toUri() + "\">]>\n<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">&s;</akomaNtoso>");

        Run run = validate(file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith(file + ":2:10: a DOCTYPE is not accepted").doesNotContain("TOP-SECRET");
        assertThat(run.out().split(NL)).hasSize(2);
    }

    @Test
    void helpDocumentsTheDefaultSchemaAndTheExitCodes() {
        Run run = validate("--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out().replaceAll("\\s+", " ")).contains("official OASIS Akoma Ntoso 3.0 schema (shipped with Plenary)")
                .contains("--profile").contains("--schema").contains("--max-errors").contains("--format")
                .contains("Exit codes:")
                .containsPattern("0 +every file is valid")
                .containsPattern("1 +at least one file is invalid, missing or unreadable")
                .containsPattern("2 +usage error, or a schema that cannot be read or compiled");
    }
}
