package org.plenary.read.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.plenary.pipeline.ConversionException;

/**
 * Run by hand, in a JVM of its own, to measure what opening and extracting a PDF costs under a
 * small heap; not a test. Writing a large file needs a large heap, so it is a step of its own:
 *
 * <pre>
 *   CP=target/test-classes:target/classes:$(cat classpath.txt)   # mvn dependency:build-classpath
 *   java -cp $CP org.plenary.read.pdf.PdfMemoryProbe write-pages 300 long.pdf
 *   java -cp $CP org.plenary.read.pdf.PdfMemoryProbe write-images 100 large.pdf
 *   java -cp $CP org.plenary.read.pdf.PdfMemoryProbe write-bomb 4096 bomb.pdf   (or write-buffered-bomb)
 *   java -cp $CP org.plenary.read.pdf.PdfMemoryProbe write-token 31 token.pdf
 *   java -Xmx256m -cp $CP org.plenary.read.pdf.PdfMemoryProbe open long.pdf       (or open-bytes)
 *   java -cp $CP org.plenary.read.pdf.PdfMemoryProbe cold official.pdf pdfbox|bundled|opener
 * </pre>
 */
public final class PdfMemoryProbe {
    private PdfMemoryProbe() {
    }

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        switch (args[0]) {
            case "write-pages" -> Files.write(Path.of(args[2]), TestPdfs.text(Integer.parseInt(args[1]), 45));
            case "write-images" -> writeImagePages(Integer.parseInt(args[1]), Path.of(args[2]));
            // Page content PDFBox inflates as it parses; the same in a filter array, which it inflates whole.
            case "write-bomb" -> Files.write(Path.of(args[2]),
                    PdfOpenerTest.pageWithContent("/Filter /FlateDecode", DeflateBomb.zeros(Long.parseLong(args[1]))));
            case "write-buffered-bomb" -> Files.write(Path.of(args[2]), PdfOpenerTest.pageWithContent(
                    "/Filter [/FlateDecode]", DeflateBomb.zeros(Long.parseLong(args[1]))));
            // One string of that many megabytes, which PDFBox's parser keeps whole.
            case "write-token" -> Files.write(Path.of(args[2]), PdfOpenerTest.pageWithContent("/Filter /FlateDecode",
                    DeflateBomb.after(RawPdf.latin1("BT /F1 12 Tf 72 720 Td ("), Long.parseLong(args[1]))));
            case "open" -> report(Path.of(args[1]), () -> new PdfOpener().open(Path.of(args[1])), start);
            case "open-bytes" -> report(Path.of(args[1]),
                    () -> new PdfOpener().open(Files.readAllBytes(Path.of(args[1])), args[1]), start);
            case "cold" -> cold(Path.of(args[1]), args[2], start);
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }

    private interface Opening {
        PDDocument open() throws IOException;
    }

    /** Opens and extracts; prints the outcome, the time and the heap's peak. */
    private static void report(Path file, Opening opening, long start) throws IOException {
        String outcome;
        try (PDDocument document = opening.open()) {
            String text = new PDFTextStripper().getText(document);
            outcome = "extracted " + document.getNumberOfPages() + " pages, " + text.length() + " characters";
        } catch (ConversionException e) {
            outcome = "refused: " + e.getMessage();
        }
        System.out.printf("%s (%,d bytes): %s in %,d ms; heap peak %,d MB of max %,d MB%n", file.getFileName(),
                Files.size(file), outcome, (System.nanoTime() - start) / 1_000_000, heapPeakBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** The time from a cold JVM to the text of one PDF: PDFBox as shipped, with the bundled font, or the opener. */
    private static void cold(Path file, String how, long start) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (how.equals("bundled")) {
            BundledFontMapper.install();
        }
        String text;
        try (PDDocument document = how.equals("opener") ? new PdfOpener().open(bytes, file.toString())
                : Loader.loadPDF(bytes)) {
            text = new PDFTextStripper().getText(document);
        }
        System.out.printf("%s %s: %,d characters in %,d ms%n", how, file.getFileName(), text.length(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Pages of text, each with a photograph-sized picture of noise (about 1 MB, incompressible). */
    private static void writeImagePages(int pages, Path file) throws IOException {
        Random random = new Random(1);
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            for (int n = 1; n <= pages; n++) {
                BufferedImage noise = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
                for (int y = 0; y < 600; y++) {
                    for (int x = 0; x < 600; x++) {
                        noise.setRGB(x, y, random.nextInt());
                    }
                }
                PDImageXObject image = LosslessFactory.createFromImage(document, noise);
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 50, 300, 400, 400);
                    content.beginText();
                    content.setFont(font, 10);
                    content.newLineAtOffset(50, 800);
                    content.showText("Page " + n + ".");
                    for (int line = 0; line < 20; line++) {
                        content.newLineAtOffset(0, -12);
                        content.showText(TestPdfs.PARAGRAPH);
                    }
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
    }

    private static long heapPeakBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
