package org.plenary.read.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a PDF byte by byte, for the malformed files PDFBox will not write: nesting tens of
 * thousands deep, page trees that lie, streams that inflate to gigabytes, objects packed in an
 * object stream. Objects are numbered from 1 in the order they are added.
 */
final class RawPdf {
    private final List<byte[]> bodies = new ArrayList<>();

    /** Adds an object whose body is set later; returns its number. */
    int reserve() {
        return add("null");
    }

    int add(String body) {
        bodies.add(latin1(body));
        return bodies.size();
    }

    void set(int number, String body) {
        bodies.set(number - 1, latin1(body));
    }

    /** Adds a stream object; {@code entries} go in its dictionary beside /Length. */
    int addStream(String entries, byte[] data) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(latin1("<< " + entries + " /Length " + data.length + " >>\nstream\n"));
        body.writeBytes(data);
        body.writeBytes(latin1("\nendstream"));
        bodies.add(body.toByteArray());
        return bodies.size();
    }

    /** A PDF 1.4 file with a classic cross-reference table. */
    byte[] build(int root) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(latin1("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n"));
        long[] offsets = writeObjects(out, Map.of());
        long xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (bodies.size() + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(bodies.size() + 1).append(" /Root ").append(root)
                .append(" 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        out.writeBytes(latin1(table.toString()));
        return out.toByteArray();
    }

    /**
     * A PDF 1.5 file with a cross-reference stream, in which each object of {@code packed} (number
     * to index) is read from object stream {@code objectStream} rather than from the file body.
     */
    byte[] buildWithObjectStream(int root, int objectStream, Map<Integer, Integer> packed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(latin1("%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n"));
        long[] offsets = writeObjects(out, packed);
        int xrefNumber = bodies.size() + 1;
        long xref = out.size();
        // Entries of /W [1 4 2]: type, offset or object stream, generation or index.
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        entry(entries, 0, 0, 0xFFFF);
        for (int number = 1; number <= bodies.size(); number++) {
            Integer index = packed.get(number);
            if (index != null) {
                entry(entries, 2, objectStream, index);
            } else {
                entry(entries, 1, offsets[number - 1], 0);
            }
        }
        entry(entries, 1, xref, 0);
        byte[] data = entries.toByteArray();
        out.writeBytes(latin1(xrefNumber + " 0 obj\n<< /Type /XRef /Size " + (xrefNumber + 1) + " /W [1 4 2] /Root "
                + root + " 0 R /Length " + data.length + " >>\nstream\n"));
        out.writeBytes(data);
        out.writeBytes(latin1("\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n"));
        return out.toByteArray();
    }

    private long[] writeObjects(ByteArrayOutputStream out, Map<Integer, Integer> packed) {
        long[] offsets = new long[bodies.size()];
        for (int i = 0; i < bodies.size(); i++) {
            if (packed.containsKey(i + 1)) {
                continue;
            }
            offsets[i] = out.size();
            out.writeBytes(latin1((i + 1) + " 0 obj\n"));
            out.writeBytes(bodies.get(i));
            out.writeBytes(latin1("\nendobj\n"));
        }
        return offsets;
    }

    private static void entry(ByteArrayOutputStream out, int type, long field2, int field3) {
        out.write(type);
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (field2 >>> shift) & 0xFF);
        }
        out.write(field3 >>> 8 & 0xFF);
        out.write(field3 & 0xFF);
    }

    static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A one-page document: catalog, page tree, page with Helvetica and {@code content}. */
    static byte[] onePage(String content) {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int pages = pdf.reserve();
        int page = pdf.add(pageDictionary(pages, pdf.addStream("", latin1(content)), pdf.add(HELVETICA)));
        pdf.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>");
        return pdf.build(catalog);
    }

    static final String HELVETICA = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

    static String pageDictionary(int parent, int contents, int font) {
        return "<< /Type /Page /Parent " + parent + " 0 R /MediaBox [0 0 595 842] /Contents " + contents
                + " 0 R /Resources << /Font << /F1 " + font + " 0 R >> >> >>";
    }

    static String textContent(String text) {
        return "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
    }

    /** Keeps insertion order, for readable calls of {@link #buildWithObjectStream}. */
    static Map<Integer, Integer> packed(int... numbers) {
        Map<Integer, Integer> packed = new LinkedHashMap<>();
        for (int i = 0; i < numbers.length; i++) {
            packed.put(numbers[i], i);
        }
        return packed;
    }
}
