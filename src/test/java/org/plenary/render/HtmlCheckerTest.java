package org.plenary.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.Conversions;
import org.plenary.pipeline.DocumentJob;
import org.plenary.publish.PublishedCollection;
import org.plenary.publish.OutputWriter;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/** Every page we publish passes the Nu HTML Checker (the W3C's HTML validator) with no error and no warning. */
class HtmlCheckerTest {
    private static final List<String> problems = new ArrayList<>();
    private static SimpleDocumentValidator checker;

    @BeforeAll
    static void setUp() throws Exception {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add("warning " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("error " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        checker = new SimpleDocumentValidator(true, false, false);
        checker.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
        checker.setUpValidatorAndParsers(collect, false, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A_RES_54_212.txt", "A_RES_56_203.txt", "A_RES_58_208.txt", "A_RES_59_241.txt", "A_C.2_58_L.37.txt"})
    void resolutionPagesAreValidHtml(String sample) throws Exception {
        assertThat(check(Conversions.convertSample(sample).renditions().html())).isEmpty();
    }

    /** The index, and each page as published beside it, its references to the others relinked. */
    @Test
    void theCollectionIndexAndItsPagesAreValidHtml(@TempDir Path out) throws Exception {
        List<String> samples = List.of("A_RES_54_212", "A_RES_56_203", "A_RES_58_208", "A_RES_59_241", "A_C.2_58_L.37");
        for (String sample : samples) {
            DocumentJob job = Conversions.convertSample(sample + ".txt");
            new OutputWriter().write(out, job.baseName(), job.aknXml(), job.renditions());
            // The same resolution under another name: flagged as a duplicate symbol.
            new OutputWriter().write(out, job.baseName() + " again", job.aknXml(), job.renditions());
        }
        new OutputWriter().writeError(out, "letter", "letter.txt:1: No enacting formula was found.\n");
        PublishedCollection.of(out).writeIndex();
        assertThat(check(Files.readString(out.resolve("index.html")))).isEmpty();
        for (String sample : samples) {
            assertThat(check(Files.readString(out.resolve("html").resolve(sample + ".html")))).as(sample).isEmpty();
        }
    }

    private static List<String> check(String html) throws Exception {
        problems.clear();
        checker.checkHtmlInputSource(new InputSource(new StringReader(html)));
        return List.copyOf(problems);
    }
}
