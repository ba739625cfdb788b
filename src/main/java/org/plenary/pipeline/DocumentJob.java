package org.plenary.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import net.sf.saxon.s9api.XdmNode;

import org.plenary.akn.model.AkomaNtoso;
import org.plenary.layout.LaidOutText;
import org.plenary.parse.Coverage;
import org.plenary.parse.Resolution;
import org.plenary.read.text.DecodedText;
import org.plenary.render.Renditions;
import org.plenary.source.SourceDocument;
import org.plenary.validate.ValidationProblem;

/**
 * One document on its way through the pipeline. Each stage reads what the earlier ones set and
 * sets its own part; the job is the message body of the Camel route.
 */
public final class DocumentJob {
    private final String fileName;
    private final byte[] bytes;
    private final long size;
    private final Path outputDir;
    private final List<Warning> warnings = new ArrayList<>();

    private DecodedText decoded;
    private SourceDocument source;
    private LaidOutText laidOut;
    private Resolution resolution;
    private Coverage coverage;
    private AkomaNtoso akn;
    private String aknXml;
    private XdmNode aknTree;
    private Renditions renditions;
    private final long startedNanos = System.nanoTime();
    private boolean aknInput;
    private List<ValidationProblem> inputProblems = List.of();
    private Origin origin = Origin.WATCHED_FOLDER;

    public DocumentJob(String fileName, byte[] bytes, Path outputDir) {
        this(fileName, bytes, bytes.length, outputDir);
    }

    private DocumentJob(String fileName, byte[] bytes, long size, Path outputDir) {
        this.fileName = fileName;
        this.bytes = bytes;
        this.size = size;
        this.outputDir = outputDir;
    }

    /** A file too large to read: only its size is known, and the decode stage refuses it. */
    public static DocumentJob unread(String fileName, long size, Path outputDir) {
        return new DocumentJob(fileName, new byte[0], size, outputDir);
    }

    /** How the document came: what its reports tell the user to do to give it again. */
    public Origin origin() {
        return origin;
    }

    /** Marks how the document came (dropped into the watched folder unless said otherwise). */
    public DocumentJob origin(Origin origin) {
        this.origin = origin;
        return this;
    }

    /** The input's file name without its last extension: the name of every output. */
    public String baseName() {
        return baseNameOf(fileName);
    }

    /** A file name without its last extension: the name its outputs take. */
    public static String baseNameOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    public String fileName() { return fileName; }
    public byte[] bytes() { return bytes; }
    /** The input's size in bytes, known even when it was too large to read. */
    public long size() { return size; }
    public Path outputDir() { return outputDir; }
    public long startedNanos() { return startedNanos; }

    public void warn(String code, int line, String message) {
        warnings.add(new Warning(code, line, message));
    }

    public List<Warning> warnings() { return Collections.unmodifiableList(warnings); }

    public DecodedText decoded() { return require(decoded, "decoded text"); }
    public void decoded(DecodedText value) { this.decoded = value; }

    /** The charset text input was read in; null for a PDF. */
    public String charset() { return decoded == null ? null : decoded.charset().name(); }

    /** What the reader made of the input: its lines with their styles and places. */
    public SourceDocument source() { return require(source, "source document"); }
    public void source(SourceDocument value) { this.source = value; }

    public LaidOutText laidOut() { return require(laidOut, "laid-out text"); }
    public void laidOut(LaidOutText value) { this.laidOut = value; }

    public Resolution resolution() { return require(resolution, "parsed resolution"); }
    public void resolution(Resolution value) { this.resolution = value; }

    public Coverage coverage() { return require(coverage, "coverage"); }
    public void coverage(Coverage value) { this.coverage = value; }

    public AkomaNtoso akn() { return require(akn, "Akoma Ntoso model"); }
    public void akn(AkomaNtoso value) { this.akn = value; }

    public String aknXml() { return require(aknXml, "Akoma Ntoso XML"); }
    public void aknXml(String value) { this.aknXml = value; }

    /** The XML with the tree it was written from, which the validator and the renderer read instead of parsing it. */
    public void aknXml(String value, XdmNode tree) {
        this.aknXml = value;
        this.aknTree = tree;
    }

    /** The marshalled Akoma Ntoso as a Saxon tree (Akoma Ntoso input has only its text). */
    public XdmNode aknTree() { return require(aknTree, "Akoma Ntoso tree"); }

    /** True when the input is Akoma Ntoso, to be validated and rendered as it is rather than parsed. */
    public boolean aknInput() { return aknInput; }
    public void aknInput(boolean value) { this.aknInput = value; }

    /** The schema problems found in Akoma Ntoso input (none for text input). */
    public List<ValidationProblem> inputProblems() { return inputProblems; }
    public void inputProblems(List<ValidationProblem> value) { this.inputProblems = List.copyOf(value); }

    public Renditions renditions() { return require(renditions, "renditions"); }
    public void renditions(Renditions value) { this.renditions = value; }

    private <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalStateException("No " + what + " yet for " + fileName + ": a stage ran out of order");
        }
        return value;
    }
}
