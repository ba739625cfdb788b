package org.plenary.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A real resolution made as heavy as a scan with a text layer: its pages keep their text and
 * each gets pictures of noise (incompressible, about 1 MB each) drawn small in a corner, until the
 * file weighs what is asked. What the application reads of it is the same resolution; what it
 * must not do is hold the pictures, or the whole file, in a small heap.
 */
public final class HeavyPdf {
    /** A picture's side in pixels: 600 × 600 of random colour, about 1.08 MB once compressed. */
    private static final int SIDE = 600;
    private static final long PICTURE_BYTES = 1_080_000;

    private HeavyPdf() {
    }

    /** Writes {@code resolution} with pictures added to {@code target}: at least about {@code bytes} long. */
    public static void write(Path resolution, long bytes, Path target) throws IOException {
        Random noise = new Random(bytes);
        try (PDDocument document = Loader.loadPDF(resolution.toFile())) {
            int pages = document.getNumberOfPages();
            long pictures = Math.max(1, (bytes - Files.size(resolution) + PICTURE_BYTES - 1) / PICTURE_BYTES);
            for (long n = 0; n < pictures; n++) {
                PDPage page = document.getPage((int) (n % pages));
                PDImageXObject picture = LosslessFactory.createFromImage(document, noise(noise));
                try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.PREPEND, true)) {
                    content.drawImage(picture, 2 + n / pages, 2, 1, 1);
                }
            }
            document.save(target.toFile());
        }
    }

    private static BufferedImage noise(Random random) {
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return image;
    }
}
