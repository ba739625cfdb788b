package org.plenary.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.plenary.validate.SchemaValidator;
import org.plenary.validate.ValidationProblem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Validates Akoma Ntoso files, for people and for CI jobs. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check Akoma Ntoso XML files against the Plenary profile, or the schema given.%n"
                + "Prints every problem as FILE:LINE:COLUMN: message.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is valid", "1:at least one file is invalid or unreadable", "2:usage error or unusable schema"})
public final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--schema", paramLabel = "XSD",
            description = "Validate against this schema instead (for example the official OASIS akomantoso30.xsd).")
    Path schema;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        SchemaValidator validator;
        if (schema == null) {
            validator = SchemaValidator.profile();
        } else {
            if (!Files.isReadable(schema)) {
                System.err.println(schema + ": the schema file cannot be read.");
                return 2;
            }
            try {
                validator = SchemaValidator.fromFile(schema);
            } catch (org.xml.sax.SAXException e) {
                System.err.println(schema + ": not a usable XML schema: " + e.getMessage());
                return 2;
            }
        }
        int invalid = 0;
        for (Path file : files) {
            List<ValidationProblem> problems;
            if (!Files.isReadable(file)) {
                problems = List.of(new ValidationProblem(file.toString(), 1, 1, "the file cannot be read"));
            } else {
                problems = validator.validate(file);
            }
            if (problems.isEmpty()) {
                System.out.println(file + ": valid");
            } else {
                invalid++;
                problems.forEach(System.out::println);
            }
        }
        System.out.printf("%d valid, %d invalid%n", files.size() - invalid, invalid);
        return invalid == 0 ? 0 : 1;
    }
}
