package org.plenary.read.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The two ends of a file, which tell before any parsing whether it is a PDF at all and whether it
 * was cut short: a PDF starts with "%PDF-" and ends with "%%EOF".
 */
final class PdfEnvelope {
    /** Acrobat's rule, which PDFBox follows: either marker may sit within 1,024 bytes of its end. */
    private static final int WINDOW = 1024;
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private final long size;
    private final byte[] head;
    private final byte[] tail;

    private PdfEnvelope(long size, byte[] head, byte[] tail) {
        this.size = size;
        this.head = head;
        this.tail = tail;
    }

    static PdfEnvelope of(byte[] bytes) {
        return new PdfEnvelope(bytes.length, Arrays.copyOf(bytes, Math.min(bytes.length, WINDOW)),
                Arrays.copyOfRange(bytes, Math.max(0, bytes.length - WINDOW), bytes.length));
    }

    static PdfEnvelope of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(WINDOW);
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long size = in.length();
            byte[] tail = new byte[(int) Math.min(size, WINDOW)];
            in.seek(size - tail.length);
            in.readFully(tail);
            return new PdfEnvelope(size, head, tail);
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    boolean hasHeader() {
        return indexOf(head, HEADER) >= 0;
    }

    /** False for a file cut short, whose end marker is gone with its cross-reference table. */
    boolean hasEndMarker() {
        return indexOf(tail, END) >= 0;
    }

    private static int indexOf(byte[] bytes, byte[] marker) {
        for (int start = 0; start + marker.length <= bytes.length; start++) {
            if (Arrays.equals(bytes, start, start + marker.length, marker, 0, marker.length)) {
                return start;
            }
        }
        return -1;
    }
}
