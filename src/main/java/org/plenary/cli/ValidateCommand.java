package org.plenary.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.plenary.validate.OfficialSchema;
import org.plenary.validate.SchemaValidator;
import org.plenary.validate.ValidationProblem;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Validates Akoma Ntoso files, anyone's, for people and for CI jobs. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check Akoma Ntoso XML files against the official OASIS Akoma Ntoso 3.0 schema (shipped with Plenary), "
                + "against the Plenary profile (--profile plenary), or against any schema (--schema).",
                "Prints each problem on one line, FILE:LINE:COLUMN: message, and a line of totals. "
                + "A folder stands for every .xml file in it and its subfolders. A DOCTYPE is refused: no DTD is read, no entity expanded."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is valid",
                "1:at least one file is invalid, missing or unreadable (each is reported; the others are still checked)",
                "2:usage error, or a schema that cannot be read or compiled (nothing is checked)"})
public final class ValidateCommand implements Callable<Integer> {
    /** The schemas Plenary ships. */
    enum Profile { official, plenary }

    /** How results are printed. */
    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--profile", paramLabel = "PROFILE",
            description = "official: the OASIS Akoma Ntoso 3.0 schema (the default); plenary: the Plenary profile, "
                    + "stricter (eIds required and well formed, a resolution's structure).")
    Profile profile;

    @Option(names = "--schema", paramLabel = "XSD", description = "Check against this schema file instead (its imports resolve beside it).")
    Path schema;

    @Option(names = "--max-errors", paramLabel = "N",
            description = "Problems listed per file, the rest counted (default: ${DEFAULT-VALUE}; 0 lists all).")
    int maxErrors = 20;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (the default) or json: one JSON document with the totals and every problem's file, line, column and message.")
    Format format = Format.text;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Akoma Ntoso files, or folders of them.")
    List<Path> inputs;

    /** One file's outcome: its problems (those listed and how many in all), or why it could not be read. */
    private record Result(String file, List<ValidationProblem> listed, int problems, String unreadable) {
        boolean valid() {
            return problems == 0 && unreadable == null;
        }
    }

    @Override
    public Integer call() {
        if (profile != null && schema != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Name either --profile or --schema, not both.");
        }
        if (maxErrors < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-errors must be 0 (all) or more, not " + maxErrors + ".");
        }
        SchemaValidator validator = schema();
        if (validator == null) {
            return 2;
        }
        PrintStream out = System.out;
        List<Result> results = new ArrayList<>();
        for (Path input : inputs) {
            for (Path file : files(input, results)) {
                Result result = check(validator, file);
                results.add(result);
                if (format == Format.text) {
                    print(out, result);
                }
            }
        }
        long valid = results.stream().filter(Result::valid).count();
        long invalid = results.size() - valid;
        if (format == Format.json) {
            out.println(json(results, valid, invalid));
        } else {
            out.printf("%d valid, %d invalid (%s)%n", valid, invalid, schemaName());
        }
        return invalid == 0 ? 0 : 1;
    }

    /** The schema to check against, or null when it cannot be used, with one line saying why. */
    private SchemaValidator schema() {
        if (schema != null) {
            return SchemaOption.load(schema, "validate", "nothing was checked");
        }
        try {
            return profile == Profile.plenary ? SchemaValidator.profile() : OfficialSchema.validator();
        } catch (IllegalStateException e) {
            System.err.println("plenary validate: " + e.getMessage() + "; nothing was checked.");
            return null;
        }
    }

    private String schemaName() {
        if (schema != null) {
            return "schema " + schema;
        }
        return profile == Profile.plenary ? "the Plenary profile" : OfficialSchema.NAME;
    }

    /** The files an input stands for; a missing input is a result of its own. */
    private static List<Path> files(Path input, List<Result> results) {
        if (Files.isDirectory(input)) {
            try (Stream<Path> walk = Files.walk(input)) {
                List<Path> xml = walk.filter(p -> p.getFileName().toString().endsWith(".xml") && Files.isRegularFile(p)).sorted().toList();
                if (xml.isEmpty()) {
                    results.add(new Result(input.toString(), List.of(), 0, "no .xml file in this folder"));
                }
                return xml;
            } catch (IOException | java.io.UncheckedIOException e) {
                results.add(new Result(input.toString(), List.of(), 0, "this folder cannot be read (" + e.getMessage() + ")"));
                return List.of();
            }
        }
        return List.of(input);
    }

    private Result check(SchemaValidator validator, Path file) {
        String name = file.toString();
        if (!Files.exists(file)) {
            return new Result(name, List.of(), 0, "no such file (check the path)");
        }
        if (!Files.isReadable(file)) {
            return new Result(name, List.of(), 0, "cannot be read (permission denied)");
        }
        List<ValidationProblem> problems;
        try {
            problems = validator.validate(file);
        } catch (IOException e) {
            return new Result(name, List.of(), 0, "cannot be read (" + e.getMessage() + ")");
        }
        int shown = maxErrors == 0 ? problems.size() : Math.min(maxErrors, problems.size());
        return new Result(name, problems.subList(0, shown), problems.size(), null);
    }

    private static void print(PrintStream out, Result result) {
        if (result.unreadable() != null) {
            out.println(result.file() + ": " + result.unreadable());
        } else if (result.valid()) {
            out.println(result.file() + ": valid");
        } else {
            result.listed().forEach(out::println);
            int more = result.problems() - result.listed().size();
            if (more > 0) {
                out.println("… and " + more + " more problem" + (more == 1 ? "" : "s") + " in " + result.file());
            }
        }
    }

    private String json(List<Result> results, long valid, long invalid) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", schema != null ? schema.toString() : profile == Profile.plenary ? "plenary" : "official");
        root.put("files", results.size());
        root.put("valid", valid);
        root.put("invalid", invalid);
        ArrayNode documents = root.putArray("documents");
        ArrayNode problems = root.putArray("problems");
        for (Result result : results) {
            ObjectNode document = documents.addObject();
            document.put("file", result.file());
            document.put("valid", result.valid());
            document.put("problems", result.problems());
            document.put("unlisted", result.problems() - result.listed().size());
            if (result.unreadable() != null) {
                document.put("error", result.unreadable());
                ObjectNode problem = problems.addObject();
                problem.put("file", result.file());
                problem.putNull("line");
                problem.putNull("column");
                problem.put("message", result.unreadable());
            }
            for (ValidationProblem p : result.listed()) {
                ObjectNode problem = problems.addObject();
                problem.put("file", p.file());
                problem.put("line", p.line());
                problem.put("column", p.column());
                problem.put("message", p.message());
            }
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
