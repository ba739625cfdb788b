package org.plenary.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
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

    /** A new document replaces an earlier error report of the same name. */
    public void clearError(Path outputDir, String name) {
        try {
            Files.deleteIfExists(outputDir.resolve("errors").resolve(name + ".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the old error report of " + name, e);
        }
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
            throw new UncheckedIOException("Could not write " + target + ": " + e.getMessage(), e);
        }
    }
}
