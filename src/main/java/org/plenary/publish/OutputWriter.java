package org.plenary.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.plenary.render.Renditions;

/**
 * Publishes a document's four outputs, each written under a temporary name in its target folder
 * and renamed into place, so a reader polling the folder never sees half a file.
 */
public final class OutputWriter {

    public void write(Path outputDir, String name, String aknXml, Renditions renditions) {
        writeAtomically(outputDir.resolve("akn").resolve(name + ".xml"), aknXml);
        writeAtomically(outputDir.resolve("html").resolve(name + ".html"), renditions.html());
        writeAtomically(outputDir.resolve("json").resolve(name + ".json"), renditions.json());
        writeAtomically(outputDir.resolve("txt").resolve(name + ".txt"), renditions.text());
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
        try {
            Path dir = target.getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try {
                Files.writeString(temp, content, StandardCharsets.UTF_8);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new OutputUnavailableException("Could not write " + target + ": " + describe(e), e);
        }
    }
}
