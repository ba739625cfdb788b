package org.plenary.route;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;

import org.plenary.pipeline.DocumentJob;

/**
 * Recognises a file dropped again with the same name and the same bytes (compared by SHA-256)
 * as the original already filed in .done/ or .failed/: its outputs, or its error report, are
 * still right, so converting it again would only rewrite them.
 */
public final class RepeatedDrop {
    private static final String[][] OUTPUTS = {{"akn", ".xml"}, {"html", ".html"}, {"json", ".json"}, {"txt", ".txt"}};

    private final Path inputDir;

    public RepeatedDrop(Path inputDir) {
        this.inputDir = inputDir;
    }

    /** "done" or "failed" when the same bytes were filed there and their results are all present. */
    public Optional<String> previousFolder(DocumentJob job) {
        byte[] hash = sha256(job.bytes());
        Path done = inputDir.resolve(".done").resolve(job.fileName());
        if (sameContent(done, hash) && outputsPresent(job)) {
            return Optional.of("done");
        }
        Path failed = inputDir.resolve(".failed").resolve(job.fileName());
        if (sameContent(failed, hash) && Files.isRegularFile(reportOf(job)) && !worthRetrying(reportOf(job))) {
            return Optional.of("failed");
        }
        return Optional.empty();
    }

    public Path reportOf(DocumentJob job) {
        return inputDir.resolve(".failed").resolve(FiledNames.reportName(job.fileName()));
    }

    private static boolean worthRetrying(Path report) {
        try {
            return ErrorReport.worthRetrying(Files.readString(report));
        } catch (IOException | java.io.UncheckedIOException e) {
            return true;
        }
    }

    private static boolean outputsPresent(DocumentJob job) {
        for (String[] output : OUTPUTS) {
            if (!Files.isRegularFile(job.outputDir().resolve(output[0]).resolve(job.baseName() + output[1]))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameContent(Path previous, byte[] hash) {
        try {
            return Files.isRegularFile(previous) && Arrays.equals(hash, sha256(previous));
        } catch (IOException e) {
            return false; // unreadable: convert again rather than trust it
        }
    }

    /** The SHA-256 of a file's bytes, read as a stream: a filed copy need not fit in memory twice. */
    static byte[] sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (java.io.InputStream in = new java.security.DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return digest.digest();
    }

    static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
