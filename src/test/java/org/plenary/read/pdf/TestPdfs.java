package org.plenary.read.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** PDFs written with PDFBox itself, as the tests need them: text, scans, blank pages, locks. */
final class TestPdfs {
    static final String PARAGRAPH = "Recalling its resolution 77/1 of 2 December 2022, the General Assembly"
            + " requests the Secretary-General to report on the implementation of the present resolution.";

    static {
        // Writing a standard 14 font asks PDFBox's font mapper for it: never let that scan the system.
        BundledFontMapper.install();
    }

    private TestPdfs() {
    }

    /** {@code pages} pages, each opening with "Page N." and holding {@code linesPerPage} lines of text. */
    static byte[] text(int pages, int linesPerPage) {
        return write(document -> {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            for (int n = 1; n <= pages; n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.newLineAtOffset(50, 800);
                    content.showText("Page " + n + ".");
                    for (int line = 0; line < linesPerPage; line++) {
                        content.newLineAtOffset(0, -12);
                        content.showText(PARAGRAPH);
                    }
                    content.endText();
                }
            }
        });
    }

    /** Pages that are only pictures, as a scanner makes them. */
    static byte[] scanned(int pages) {
        return scanned(pages, "");
    }

    /** Pictures of pages with {@code stamp} written in a corner, as some scanners number them. */
    static byte[] scanned(int pages, String stamp) {
        return write(document -> {
            BufferedImage picture = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = picture.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 120, 60);
            g.setColor(Color.BLACK);
            g.fillRect(10, 10, 100, 4);
            g.fillRect(10, 20, 80, 4);
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(document, picture);
            for (int n = 0; n < pages; n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                    if (!stamp.isEmpty()) {
                        content.beginText();
                        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 8);
                        content.newLineAtOffset(500, 20);
                        content.showText(stamp);
                        content.endText();
                    }
                }
            }
        });
    }

    static byte[] blank(int pages) {
        return write(document -> {
            for (int n = 0; n < pages; n++) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
        });
    }

    /** {@code pdf} locked with the standard security handler, 128-bit AES. */
    static byte[] encrypted(byte[] pdf, String ownerPassword, String userPassword, AccessPermission permission) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permission);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface Content {
        void write(PDDocument document) throws IOException;
    }

    static byte[] write(Content content) {
        try (PDDocument document = new PDDocument()) {
            content.write(document);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
