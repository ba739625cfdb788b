package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release as a user installs it: target/plenary-VERSION.tar.gz, which the package phase makes,
 * unpacked with tar into an empty folder far from the source tree (its path has a space in it) and
 * run from yet another folder, directly and through a symbolic link. Run by Maven's verify phase
 * (failsafe), after package; mvn test does not need the archive.
 */
class DistributionIT {
    @TempDir
    Path work;

    private String version;
    private Path home;

    @BeforeEach
    void unpack() throws Exception {
        String archive = System.getProperty("plenary.dist");
        Assumptions.assumeTrue(archive != null, "skipped: run by mvn verify, which names the archive the package phase made");
        version = System.getProperty("plenary.version");
        Path unpacked = Files.createDirectories(work.resolve("unpacked here"));
        assertThat(Path.of(archive).getFileName().toString()).isEqualTo("plenary-" + version + ".tar.gz");
        assertThat(run(unpacked, "tar", "xzf", Path.of(archive).toAbsolutePath().toString()).exit()).isZero();
        home = unpacked.resolve("plenary-" + version);
    }

    @Test
    void holdsTheLauncherTheJarEveryLibraryItNamesWithItsLicenceTheReadmeAndTheLicence() throws IOException {
        assertThat(home.resolve("bin/plenary")).isExecutable();
        assertThat(home.resolve("README.md")).isNotEmptyFile();
        assertThat(Files.readString(home.resolve("LICENSE"))).contains("Apache License", "Version 2.0, January 2004");
        assertThat(home.resolve("plenary.jsa")).as("a class-data archive fits only the JVM that made it").doesNotExist();
        try (JarFile jar = new JarFile(home.resolve("plenary.jar").toFile())) {
            String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
            assertThat(classPath).isNotBlank();
            String thirdParty = Files.readString(home.resolve("THIRD-PARTY.txt"));
            for (String library : classPath.trim().split("\\s+")) {
                assertThat(home.resolve(library)).as("a library the jar's manifest names").isRegularFile();
                // lib/NAME-VERSION[-CLASSIFIER].jar is listed with its licence as (group:NAME:VERSION - …)
                String name = library.replaceFirst("^lib/", "").replaceFirst("-\\d[^/]*\\.jar$", "");
                assertThat(thirdParty).as("the licence of " + library).contains(":" + name + ":");
            }
        }
    }

    @Test
    void runsFromAnotherFolderAndThroughALink() throws Exception {
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
        String launcher = home.resolve("bin/plenary").toString();

        Result version = run(elsewhere, launcher, "--version");
        assertThat(version.exit()).as(version.output()).isZero();
        assertThat(version.output().strip()).isEqualTo("plenary " + this.version);

        Result convert = run(elsewhere, launcher, "convert", "-o", "out", home.resolve("samples/A_RES_54_212.txt").toString());
        assertThat(convert.exit()).as(convert.output()).isZero();
        assertThat(convert.output()).contains("1 converted, 0 failed");
        for (String output : List.of("akn/A_RES_54_212.xml", "html/A_RES_54_212.html", "json/A_RES_54_212.json", "txt/A_RES_54_212.txt")) {
            assertThat(elsewhere.resolve("out").resolve(output)).isNotEmptyFile();
        }

        // Linked into a folder on the PATH, it still finds its jar beside the real bin/.
        Path link = Files.createSymbolicLink(Files.createDirectories(work.resolve("links")).resolve("plenary"), home.resolve("bin/plenary"));
        Result linked = run(elsewhere, link.toString(), "--version");
        assertThat(linked.exit()).as(linked.output()).isZero();
        assertThat(linked.output().strip()).isEqualTo("plenary " + this.version);

        // The launcher passes the command's exit code on: a missing input is 2.
        Result missing = run(elsewhere, launcher, "convert", "-o", "out2", "missing.txt");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.output()).contains("missing.txt does not exist");
    }

    @Test
    void inTheSourceTreeTheSameLauncherRunsTheBuildInTarget() throws Exception {
        Path project = Path.of("").toAbsolutePath();
        Assumptions.assumeTrue(Files.isRegularFile(project.resolve("target/plenary.jar")),
                "skipped: not run from the project's folder after package");

        Result version = run(work, project.resolve("bin/plenary").toString(), "--version");

        assertThat(version.exit()).as(version.output()).isZero();
        assertThat(version.output().strip()).isEqualTo("plenary " + this.version);
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path directory, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).directory(directory.toFile()).redirectErrorStream(true);
        // The launcher's own JVM options, and the java running these tests on the PATH.
        builder.environment().remove("PLENARY_JAVA_OPTS");
        builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + java.io.File.pathSeparator
                + builder.environment().getOrDefault("PATH", "/usr/bin:/bin"));
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("finished: " + line).isTrue();
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
