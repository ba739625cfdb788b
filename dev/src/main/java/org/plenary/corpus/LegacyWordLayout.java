package org.plenary.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Word 97-2003 document (.doc), as the UN's document system long published them: the Word
 * document {@link WordDocumentLayout} makes, saved in the old format by LibreOffice (its
 * {@code soffice} must be on the PATH). A second or so a document: checked only when named.
 */
public final class LegacyWordLayout implements Layout {
    private final WordDocumentLayout word = new WordDocumentLayout();

    @Override
    public String name() {
        return "doc";
    }

    @Override
    public String extension() {
        return "doc";
    }

    @Override
    public byte[] file(ReferenceDocument document, String symbol) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("plenary-doc");
            Path docx = dir.resolve("resolution.docx");
            Files.write(docx, word.file(document, symbol));
            // A profile of its own, so that a desktop LibreOffice left open does not take the conversion.
            Process soffice = new ProcessBuilder(List.of("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                    "--headless", "--convert-to", "doc", "--outdir", dir.toString(), docx.toString()))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
            if (!soffice.waitFor(120, TimeUnit.SECONDS)) {
                soffice.destroyForcibly();
                throw new IllegalStateException("soffice did not convert " + symbol + " within 120 s");
            }
            Path doc = dir.resolve("resolution.doc");
            if (!Files.isRegularFile(doc)) {
                throw new IllegalStateException("soffice made no .doc of " + symbol + ": " + Files.readString(dir.resolve("soffice.log")));
            }
            return Files.readAllBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run soffice (LibreOffice) to make a .doc: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while soffice converted " + symbol, e);
        } finally {
            if (dir != null) {
                org.apache.commons.io.FileUtils.deleteQuietly(dir.toFile());
            }
        }
    }
}
