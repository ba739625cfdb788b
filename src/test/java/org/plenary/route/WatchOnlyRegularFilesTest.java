package org.plenary.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.SharedMaterial;

/**
 * End to end, a real Camel context on a real folder: a FIFO, a symbolic link out of the folder and
 * a dangling one are left where they are, never read, while the regular file beside them converts.
 */
@EnabledOnOs(value = {OS.LINUX, OS.MAC}, disabledReason = "FIFOs are made with mkfifo, which only Unix-like systems have")
class WatchOnlyRegularFilesTest {
    @TempDir
    Path work;

    @Test
    void pipesAndLinksOutOfTheFolderAreNeverRead() throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        Path output = work.resolve("output");
        Path outside = Files.copy(SharedMaterial.sample("A_RES_59_241.txt"), work.resolve("secret.txt"));
        Files.createSymbolicLink(input.resolve("outside.txt"), outside);
        Files.createSymbolicLink(input.resolve("dangling.txt"), work.resolve("nowhere.txt"));
        Path fifo = input.resolve("pipe.txt");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Files.copy(SharedMaterial.sample("A_RES_56_203.txt"), input.resolve("A_RES_56_203.txt"));
        // A link to a file inside the folder is a file of the folder.
        Files.createDirectories(input.resolve("kept"));
        Files.copy(SharedMaterial.sample("A_RES_58_208.txt"), input.resolve("kept/A_RES_58_208.txt"));
        Files.createSymbolicLink(input.resolve("inside.txt"), input.resolve("kept/A_RES_58_208.txt"));

        try (WatchedFolder folder = new WatchedFolder(work, Map.of()).start()) {
            WatchedFolder.awaitNonEmpty(output.resolve("json/A_RES_56_203.json"));
            WatchedFolder.awaitNonEmpty(output.resolve("json/inside.json"));
            // Some polls more, for anything that would read the pipe or the links to be tried.
            Thread.sleep(1500);
        }

        assertThat(output.resolve("json/outside.json")).doesNotExist();
        assertThat(output.resolve("errors/outside.txt")).doesNotExist();
        assertThat(output.resolve("json/pipe.json")).doesNotExist();
        assertThat(output.resolve("json/dangling.json")).doesNotExist();
        assertThat(Files.isSymbolicLink(input.resolve("outside.txt"))).isTrue();
        assertThat(fifo).exists();
        assertThat(outside).exists();
    }

    /** A user opens a .docx from the folder in Word, which writes "~$" and the name beside it: left alone. */
    @Test
    void theOwnerFileWordKeepsBesideAnOpenDocumentIsLeftAlone() throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        Path output = work.resolve("output");
        Files.copy(SharedMaterial.testResource("word/A_RES_75_100.docx"), input.resolve("A_RES_75_100.docx"));
        byte[] owner = new byte[162];
        owner[0] = 7;
        System.arraycopy("Editor".getBytes(java.nio.charset.StandardCharsets.UTF_16LE), 0, owner, 1, 12);
        Path ownerFile = Files.write(input.resolve("~$RES_75_100.docx"), owner);

        try (WatchedFolder folder = new WatchedFolder(work, Map.of()).start()) {
            WatchedFolder.awaitNonEmpty(output.resolve("json/A_RES_75_100.json"));
            Thread.sleep(1500); // some polls more, for the owner file to be tried if it were
        }

        assertThat(ownerFile).exists();
        assertThat(output.resolve("errors")).doesNotExist();
        assertThat(output.resolve("json/~$RES_75_100.json")).doesNotExist();
    }

}
