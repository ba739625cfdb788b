package org.plenary.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.plenary.validate.SchemaValidator;

/**
 * A schema named on the command line (--schema) or by the plenary.akn-schema setting, checked
 * before any work: one line, and exit 2, when it cannot be used.
 */
final class SchemaOption {
    private SchemaOption() {
    }

    /**
     * The schema compiled, or null when it cannot be used, having said why in one line on the
     * error stream: "plenary COMMAND: FILE does not exist (check the path); CONSEQUENCE."
     */
    static SchemaValidator load(Path schema, String command, String consequence) {
        return load(schema, "", command, consequence);
    }

    /** The same for a schema a setting names: {@code source} says which (" (the setting plenary.akn-schema)"). */
    static SchemaValidator load(Path schema, String source, String command, String consequence) {
        String problem;
        if (!Files.exists(schema)) {
            problem = "does not exist (check the path)";
        } else if (!Files.isRegularFile(schema) || !Files.isReadable(schema)) {
            problem = "cannot be read as a schema file";
        } else {
            try {
                return SchemaValidator.fromFile(schema);
            } catch (org.xml.sax.SAXException e) {
                problem = "is not a usable XML schema: " + String.valueOf(e.getMessage()).strip().replaceFirst("\\.$", "");
            }
        }
        System.err.println("plenary " + command + ": " + schema + source + " " + problem + "; " + consequence + ".");
        return null;
    }
}
