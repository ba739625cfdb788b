package org.plenary.route;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import org.plenary.pipeline.DocumentJob;

/**
 * The names the watcher derives from an input's name, and how a name is shown in a log. A file
 * system allows names of up to 255 bytes and almost any byte in them; a name derived by adding to
 * the input's (its error report, its outputs, the temporaries they are written through) could pass
 * that limit, and a raw name in a log could break a line or send a terminal escape.
 */
public final class FiledNames {
    /** The longest name, in bytes, that Linux, macOS and Windows file systems all accept. */
    public static final int MAX_NAME_BYTES = 255;
    /** What an error report in INPUT/.failed/ adds to its original's name. */
    public static final String REPORT_SUFFIX = ".error.txt";
    /** The longest extension an output adds to the input's stem (".html"), with room for a temporary's prefix. */
    private static final List<String> OUTPUT_EXTENSIONS = List.of(".xml", ".html", ".json", ".txt");

    /**
     * Whether a name is that of the owner file Word keeps beside a document it has open ("~$" and
     * the document's name, to say who has it open): no document, never converted.
     */
    public static boolean isWordOwnerFile(String name) {
        return name.startsWith("~$");
    }

    private FiledNames() {
    }

    /**
     * The name as a log may show it: control characters (newline, escape, …), backslashes and the
     * replacement character of undecodable bytes are written as escapes, so one log line is one line
     * and a terminal shows it as text.
     */
    public static String printable(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        name.codePoints().forEach(c -> {
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c) || c == 0xFFFD || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                out.append(c <= 0xFFFF ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * A line of text (a message, a report's first line) as a log may show it: control characters
     * and the like escaped as in {@link #printable}, backslashes left as they are.
     */
    public static String printableLine(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int from = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                out.append(printable(line.substring(from, i))).append('\\');
                from = i + 1;
            }
        }
        return out.append(printable(line.substring(from))).toString();
    }

    static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * The error report's name in INPUT/.failed/: NAME.error.txt, or, when that would be too long, the
     * name cut short with a hash of the whole name ("NAME-PART~1a2b3c4d.error.txt"), which stays
     * distinct for distinct names.
     */
    public static String reportName(String fileName) {
        return fitted(fileName, REPORT_SUFFIX);
    }

    /** The stem of output/errors/STEM.txt for a failed input: its base name, shortened like a report's when needed. */
    public static String errorStem(String baseName) {
        String fitted = fitted(baseName, ".txt");
        return fitted.substring(0, fitted.length() - ".txt".length());
    }

    /** True when an output of this stem (STEM.html and the others) would pass the file system's limit. */
    public static boolean outputsTooLong(String fileName) {
        String stem = DocumentJob.baseNameOf(fileName);
        return OUTPUT_EXTENSIONS.stream().anyMatch(ext -> bytes(stem + ext) > MAX_NAME_BYTES);
    }

    /** The longest input name, in bytes, whose outputs all fit, for this name's extension. */
    public static int longestConvertibleName(String fileName) {
        String stem = DocumentJob.baseNameOf(fileName);
        return MAX_NAME_BYTES - ".html".length() + (bytes(fileName) - bytes(stem));
    }

    private static String fitted(String name, String suffix) {
        if (bytes(name + suffix) <= MAX_NAME_BYTES) {
            return name + suffix;
        }
        String hash = "~" + HexFormat.of().formatHex(RepeatedDrop.sha256(name.getBytes(StandardCharsets.UTF_8)), 0, 4);
        int room = MAX_NAME_BYTES - bytes(hash + suffix);
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            int size = bytes(new String(Character.toChars(c)));
            if (used + size > room) {
                break;
            }
            kept.appendCodePoint(c);
            used += size;
            i += Character.charCount(c);
        }
        return kept + hash + suffix;
    }
}
