package org.plenary.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.plenary.render.Renditions;

/**
 * Publishes a document's four outputs, each written under a temporary name in its target folder
 * and renamed into place, so a reader polling the folder never sees half a file.
 */
public final class OutputWriter {
    private static final long PROCESS = ProcessHandle.current().pid();
    private static final java.util.concurrent.atomic.AtomicLong TEMPORARIES = new java.util.concurrent.atomic.AtomicLong();

    public void write(Path outputDir, String name, String aknXml, Renditions renditions) {
        writeAllButPage(outputDir, name, aknXml, renditions);
        writeAtomically(outputDir.resolve("html").resolve(name + ".html"), renditions.htmlBytes());
    }

    /** The Akoma Ntoso, JSON and text; the page is published by the collection, which links it. */
    void writeAllButPage(Path outputDir, String name, String aknXml, Renditions renditions) {
        writeAtomically(outputDir.resolve("akn").resolve(name + ".xml"), aknXml);
        writeAtomically(outputDir.resolve("json").resolve(name + ".json"), renditions.jsonBytes());
        writeAtomically(outputDir.resolve("txt").resolve(name + ".txt"), renditions.textBytes());
    }

    public void writeError(Path outputDir, String name, String report) {
        writeAtomically(outputDir.resolve("errors").resolve(name + ".txt"), report);
    }

    /** The schema problems of Akoma Ntoso input that was rendered nonetheless. */
    public void writeReport(Path outputDir, String name, String report) {
        writeAtomically(outputDir.resolve("reports").resolve(name + ".txt"), report);
    }

    public void clearReport(Path outputDir, String name) {
        remove(outputDir.resolve("reports").resolve(name + ".txt"), "the old report of " + name);
    }

    /** A new document replaces an earlier error report of the same name. */
    public void clearError(Path outputDir, String name) {
        remove(outputDir.resolve("errors").resolve(name + ".txt"), "the old error report of " + name);
    }

    private static void remove(Path file, String what) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new OutputUnavailableException("Could not remove " + what + ": " + describe(e), e);
        }
    }

    /** The JDK names only the path for most failures; say what kind of failure it was. */
    static String describe(IOException e) {
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        String kind;
        if (e instanceof AccessDeniedException) {
            kind = "permission denied";
        } else if (e instanceof FileAlreadyExistsException) {
            kind = "a file is in the way";
        } else if (e instanceof NoSuchFileException) {
            kind = "no such folder";
        } else {
            return reason != null ? reason : e.toString();
        }
        return reason == null ? kind : kind + " (" + reason + ")";
    }

    public static void writeAtomically(Path target, String content) {
        writeAtomically(target, ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Moves {@code from} over {@code to} in one step where the file system can (a reader sees the
     * old file or the new, never neither), else with a plain move.
     */
    public static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static void writeAtomically(Path target, ByteBuffer bytes) {
        Path temp = null;
        try {
            temp = writeTemporary(target, bytes);
            replace(temp, target);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new OutputUnavailableException("Could not write " + target + ": " + describe(e), e);
        }
    }

    /**
     * Writes the bytes to a new file beside the target, named ".NAME.PID-N.tmp": unique to this
     * process and call without a random search, and created only if absent, so nothing else is
     * overwritten. The folder is created on the first write into it.
     */
    private static Path writeTemporary(Path target, ByteBuffer bytes) throws IOException {
        Path dir = target.getParent();
        for (int attempt = 1; ; attempt++) {
            Path temp = dir.resolve(temporaryName(target.getFileName().toString(), PROCESS + "-" + TEMPORARIES.incrementAndGet()));
            try {
                try (SeekableByteChannel channel = Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    ByteBuffer remaining = bytes.duplicate();
                    while (remaining.hasRemaining()) {
                        channel.write(remaining);
                    }
                }
                return temp;
            } catch (NoSuchFileException | FileAlreadyExistsException e) {
                if (attempt == 3) {
                    throw e; // the folder keeps vanishing, or names keep being taken: not a race any more
                }
                if (e instanceof NoSuchFileException) {
                    Files.createDirectories(dir);
                } // else left by an earlier process of the same number: take the next name
            } catch (IOException e) {
                deleteQuietly(temp); // a disk full half-way: the part written goes
                throw e;
            }
        }
    }

    /** ".NAME.ID.tmp", with NAME cut short when the whole would pass a file system's 255 bytes. */
    static String temporaryName(String name, String id) {
        String suffix = "." + id + ".tmp";
        int room = 255 - 1 - suffix.length();
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > room) {
            int cut = room;
            while (cut > 0 && (bytes[cut] & 0xC0) == 0x80) {
                cut--; // not inside a character's bytes
            }
            name = new String(bytes, 0, cut, StandardCharsets.UTF_8);
        }
        return "." + name + suffix;
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the write failed already; that failure is the one to report
            }
        }
    }
}
