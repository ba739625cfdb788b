package org.plenary.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The printed PDF as users who have only text get it: poppler's {@code pdftotext}, with
 * {@code -layout} or without (raw reading order), run on the {@link UnPdfLayout} file.
 */
public final class PdftotextLayout implements Layout {
    private final boolean layout;
    private final UnPdfLayout pdf = new UnPdfLayout();

    public PdftotextLayout(boolean layout) {
        this.layout = layout;
    }

    @Override
    public String name() {
        return layout ? "pdf-layout" : "pdf-raw";
    }

    @Override
    public byte[] file(ReferenceDocument document, String symbol) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("plenary-printed");
            Path in = Files.write(folder.resolve("printed.pdf"), pdf.file(document, symbol));
            Path out = folder.resolve("printed.txt");
            List<String> command = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
            if (layout) {
                command.add("-layout");
            }
            command.addAll(List.of(in.toString(), out.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String said = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IOException("pdftotext failed: " + said.strip());
            }
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new UncheckedIOException("The " + name() + " layout runs poppler's pdftotext (Debian: apt-get install "
                    + "poppler-utils): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (folder != null) {
                try (var files = Files.walk(folder)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // a temporary folder left behind is no reason to fail the check
                }
            }
        }
    }
}
