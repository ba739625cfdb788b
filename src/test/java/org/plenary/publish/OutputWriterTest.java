package org.plenary.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
    @TempDir
    Path dir;

    @Test
    void createsTheFolderReplacesTheOldVersionAndLeavesNoTemporary() throws IOException {
        Path target = dir.resolve("json").resolve("A_RES_54_212.json");
        OutputWriter.writeAtomically(target, "{\"first\": true}");
        OutputWriter.writeAtomically(target, "{\"second\": \"é\"}");

        assertThat(Files.readString(target)).isEqualTo("{\"second\": \"é\"}");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("A_RES_54_212.json");
        }
    }

    /** Outputs are published for others to read: they get the permissions any new file gets here, not a temporary file's owner-only ones. */
    @Test
    void publishesWithTheFolderUsualPermissions() throws IOException {
        Path target = dir.resolve("A_RES_54_212.html");
        OutputWriter.writeAtomically(target, "<html/>");
        Path ordinary = Files.createFile(dir.resolve("ordinary"));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(ordinary));
        }
    }

    @Test
    void saysWhatWentWrongWhenTheFolderCannotBeMade() throws IOException {
        Files.writeString(dir.resolve("akn"), "a file where the folder should be");
        assertThatThrownBy(() -> OutputWriter.writeAtomically(dir.resolve("akn").resolve("x.xml"), "<x/>"))
                .isInstanceOf(OutputUnavailableException.class)
                .hasMessageContaining("Could not write").hasMessageContaining("x.xml");
    }
}
