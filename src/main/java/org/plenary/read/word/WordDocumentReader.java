package org.plenary.read.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import org.plenary.pipeline.ConversionException;
import org.plenary.pipeline.Warning;
import org.plenary.source.SourceDocument;
import org.plenary.source.SourceForm;

/**
 * Reads a Word document (.docx) as Word shows it, with Apache POI: the first page's header (where
 * UN documents carry their symbol and dates), then each paragraph a line with the number Word
 * prints before it, italics and bold as set, a call where a footnote is referenced, a table's row a
 * line; the footnotes follow, each opening with its marker. Warnings and errors cite paragraphs,
 * counted from the header's first.
 */
public final class WordDocumentReader {
    /**
     * The most a part of a Word document may inflate to. A resolution's document part is a few
     * megabytes; POI's own limit (4 GB, at most 100 times the compressed size) would let a file the
     * size limit admits fill the heap.
     */
    static final long MAX_PART_BYTES = 64L << 20;

    static {
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_PART_BYTES));
    }

    public SourceDocument read(byte[] bytes) {
        XWPFDocument document;
        try {
            document = new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // POI's own limits (a zip bomb, an entry too large) and damaged files end here alike.
            throw new ConversionException("The file looks like a Word document (.docx), but it could not be read: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ".",
                    "Open it in Word and save it again, or save it as PDF or as a web page (HTML), then {drop} that file.");
        }
        try (document) {
            DocumentWalk walk = new DocumentWalk(document);
            walk.header();
            walk.body();
            walk.notes();
            List<Warning> warnings = new ArrayList<>();
            if (walk.endnotes() > 0) {
                warnings.add(new Warning("endnotes", 0, "The document has " + walk.endnotes()
                        + " endnote" + (walk.endnotes() == 1 ? "" : "s") + ", which Plenary does not read; their calls were left out. "
                        + "Convert them to footnotes in Word (References, Convert notes) to keep them."));
            }
            return new SourceDocument(SourceForm.WORD_DOCUMENT, walk.lines(), List.of(), warnings);
        } catch (IOException e) {
            throw new IllegalStateException("Closing a document read from memory failed: " + e.getMessage(), e);
        }
    }
}
