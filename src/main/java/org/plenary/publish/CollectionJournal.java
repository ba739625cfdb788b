package org.plenary.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The collection's state on disk, OUT/.collection.jsonl: a version line, then one line per document
 * published or file failed, in the order they happened; a later line for a name replaces an earlier
 * one. Adding a document appends one line, whatever the size of the collection. The file is
 * written whole (atomically, by renaming) only when it is made from the outputs or compacted.
 * A line cut short by a crash, or any line this version cannot read, makes the whole file
 * unreadable: the collection is then made again from the outputs.
 */
final class CollectionJournal {
    static final String FILE = ".collection.jsonl";
    private static final String VERSION_LINE = "{\"plenaryCollection\":1}";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The journal cannot be used as it is; the message says why. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private final Path file;
    /** The size and identity of the file as this process last left it: anything else means another writer. */
    private long knownSize = -1;
    private Object knownKey;
    private int lines;

    CollectionJournal(Path outputDir) {
        this.file = outputDir.resolve(FILE);
    }

    Path file() {
        return file;
    }

    /** The entries in the order written, or why they cannot be read. */
    List<CollectionEntry> read() throws IOException, Unreadable {
        byte[] bytes;
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Unreadable("it is missing");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new Unreadable("its last line is cut short");
        }
        List<String> all = text.lines().toList();
        if (all.isEmpty() || !all.get(0).equals(VERSION_LINE)) {
            throw new Unreadable("it was not written by this version");
        }
        List<CollectionEntry> entries = new ArrayList<>(all.size());
        for (int i = 1; i < all.size(); i++) {
            try {
                entries.add(CollectionEntry.fromJson(JSON.readTree(all.get(i))));
            } catch (IOException | IllegalArgumentException e) {
                throw new Unreadable("line " + (i + 1) + " cannot be read (" + e.getMessage().lines().findFirst().orElse("") + ")");
            }
        }
        knownSize = bytes.length;
        knownKey = attributes.fileKey();
        lines = entries.size();
        return entries;
    }

    /** How many entries the file holds, replaced ones included. */
    int lines() {
        return lines;
    }

    /** Whether the file is not as this process last left it: removed, replaced, or added to by another. */
    boolean changedOnDisk() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.size() != knownSize || !Objects.equals(attributes.fileKey(), knownKey);
        } catch (IOException e) {
            return true;
        }
    }

    /** Adds one entry at the end, in one write; never creates the file (a missing one is made whole). */
    void append(CollectionEntry entry) {
        byte[] line = (entry.toJson().toString() + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            knownSize += line.length;
            lines++;
        } catch (IOException e) {
            knownSize = -1; // read again before the next change
            throw new OutputUnavailableException("Could not record " + entry.name() + " in " + file + ": " + OutputWriter.describe(e), e);
        }
    }

    /** Replaces the file with these entries, atomically. */
    void rewrite(List<CollectionEntry> entries) {
        StringBuilder text = new StringBuilder(VERSION_LINE).append('\n');
        entries.forEach(entry -> text.append(entry.toJson().toString()).append('\n'));
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        OutputWriter.writeAtomically(file, ByteBuffer.wrap(bytes));
        try {
            knownSize = bytes.length;
            knownKey = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            knownSize = -1;
        }
        lines = entries.size();
    }
}
