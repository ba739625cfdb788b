package org.plenary.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.plenary.pipeline.ConversionException;
import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Stage;
import org.xml.sax.SAXException;

/**
 * Akoma Ntoso written by others, read as it is: it must be well-formed (parsed securely) and
 * have an akomaNtoso root; then it is checked against the official OASIS schema shipped with
 * Plenary, or the schema configured instead (plenary.akn-schema, or --schema). Schema problems do
 * not stop it: they are kept on the job, reported with line and column, and the document is
 * rendered when they allow it.
 */
public final class AknInputStage implements Stage {
    private static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    /** The schema named instead of the official one, compiled at once; null for the official one, compiled on first use. */
    private final SchemaValidator named;

    /** Checks against the official OASIS schema shipped with Plenary. */
    public AknInputStage() {
        this(null);
    }

    /**
     * @param schema the schema to check against instead of the official OASIS one shipped with
     *               Plenary (plenary.akn-schema, --schema), or null for the shipped one
     */
    public AknInputStage(Path schema) {
        try {
            this.named = schema == null ? null : SchemaValidator.fromFile(schema);
        } catch (SAXException e) {
            throw new IllegalStateException("The schema " + schema + " does not compile: " + e.getMessage(), e);
        }
    }

    /** What this stage checks against: the official schema is compiled when the first Akoma Ntoso arrives, not before. */
    private SchemaValidator schema() {
        return named != null ? named : OfficialSchema.validator();
    }

    @Override
    public String name() {
        return "read-akn";
    }

    @Override
    public Input input() {
        return Input.AKOMA_NTOSO;
    }

    @Override
    public void apply(DocumentJob job) {
        // The document as written, not the decoder's normalised text (no-break spaces stay as they are).
        String xml = new String(job.bytes(), job.decoded().charset());
        if (xml.startsWith("\uFEFF")) {
            xml = xml.substring(1);
        }
        SchemaValidator.Outline outline = SchemaValidator.outline(xml, job.fileName());
        if (!outline.problems().isEmpty()) {
            ValidationProblem first = outline.problems().get(0);
            throw new ConversionException("This Akoma Ntoso file is not well-formed XML: " + first.message()
                    + " (line " + first.line() + ", column " + first.column() + ")", first.line(),
                    "Repair the XML at that spot (a DOCTYPE is never accepted), then {drop} the file again.");
        }
        if (!(AKN + " akomaNtoso").equals(outline.root())
                || outline.children().stream().noneMatch(child -> !child.equals("components"))) {
            throw new ConversionException("This file has an akomaNtoso root but holds no document to render"
                    + " (expected a statement, a documentCollection or another document type inside it).",
                    "Check that the file is complete; an empty akomaNtoso element cannot be published.");
        }
        job.aknXml(xml);
        List<ValidationProblem> problems = schema().validate(xml, job.fileName());
        job.inputProblems(problems);
        problems.forEach(p -> job.warn("schema", p.line(), "column " + p.column() + ": " + p.message()));
    }

    /** The report of a document rendered despite its schema problems. */
    public static String report(DocumentJob job) {
        return job.fileName() + ": " + job.inputProblems().size() + " problems against the Akoma Ntoso schema.\n"
                + job.inputProblems().stream().map(ValidationProblem::toString).collect(Collectors.joining("\n"))
                + "\nRendered nonetheless: none of these problems prevents reading the document's text and structure.\n"
                + job.origin().word("What to do: correct the markup at those lines, then {drop} the file again.\n");
    }
}
