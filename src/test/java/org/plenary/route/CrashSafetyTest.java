package org.plenary.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.plenary.Conversions;
import org.junit.jupiter.api.Tag;
import org.plenary.SharedMaterial;
import org.plenary.cli.PlenaryCommand;

import picocli.CommandLine;

/**
 * The watcher as users run it, a separate process, killed with SIGKILL three times while it
 * works through 200 files (good and bad mixed), then restarted to finish. Afterwards every input
 * is filed exactly once, every converted one has its four outputs byte-identical to a clean
 * run's, and nothing half-done is left: no temporary file, no lock file, no output without input.
 * Most of the 200 files are resolutions of ../shared/un-akn, each with its own symbol: skipped without it.
 * One of the reliability tests (`make reliability`).
 */
@Tag("reliability")
class CrashSafetyTest {
    private static final int FILES = 200;
    private static final int KILLS = 3;
    private static final Path WORK = Path.of("target", "crash-safety");

    @Test
    void killedThreeTimesItStillFilesEveryInputOnceWithCompleteOutputs() throws Exception {
        long seed = Long.getLong("plenary.crash.seed", System.nanoTime());
        System.out.println("crash-safety seed " + seed + " (rerun with -Dplenary.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        deleteTree(WORK);
        Path staging = Files.createDirectories(WORK.resolve("staging"));
        Map<String, byte[]> files = inputs();
        for (var file : files.entrySet()) {
            Files.write(staging.resolve(file.getKey()), file.getValue());
        }
        Path reference = WORK.resolve("reference");
        new CommandLine(new PlenaryCommand()).execute("convert", "-o", reference.toString(), staging.toString());

        Path input = Files.createDirectories(WORK.resolve("input"));
        Path output = WORK.resolve("output");
        List<List<String>> batches = batches(new ArrayList<>(files.keySet()), KILLS + 1);
        for (int run = 0; run <= KILLS; run++) {
            drop(batches.get(run), staging, input);
            Process watcher = startWatcher(input, output, run);
            if (run < KILLS) {
                // Kill while it works: once it has filed something since this start, at a random moment.
                int filedBefore = filed(input);
                awaitUntil(() -> filed(input) > filedBefore, Duration.ofSeconds(60), watcher);
                Thread.sleep(random.nextInt(600));
                watcher.destroyForcibly().waitFor();
            } else {
                awaitUntil(() -> filed(input) == FILES, Duration.ofSeconds(120), watcher);
                watcher.destroy(); // SIGTERM: a graceful stop
                assertThat(watcher.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            }
        }

        for (String name : files.keySet()) {
            boolean done = Files.exists(input.resolve(".done").resolve(name));
            boolean failed = Files.exists(input.resolve(".failed").resolve(name));
            assertThat(done ^ failed).as("%s filed exactly once (done %s, failed %s)", name, done, failed).isTrue();
            assertThat(input.resolve(name)).doesNotExist();
            String base = name.substring(0, name.lastIndexOf('.'));
            if (done) {
                for (String output1 : List.of("akn/" + base + ".xml", "html/" + base + ".html", "json/" + base + ".json", "txt/" + base + ".txt")) {
                    assertThat(output.resolve(output1)).as(output1).hasSameBinaryContentAs(reference.resolve(output1));
                }
            } else {
                assertThat(reference.resolve("errors/" + base + ".txt")).as("%s failed in the clean run too", name).exists();
                assertThat(input.resolve(".failed").resolve(name + ".error.txt")).exists();
                // The same report, its advice worded for the folder (drop it again) rather than for convert.
                assertThat(Files.readString(output.resolve("errors/" + base + ".txt"))).as("errors/" + base + ".txt")
                        .isEqualTo(asTheWatcherWordsIt(Files.readString(reference.resolve("errors/" + base + ".txt"))));
            }
        }
        assertThat(listTree(output.resolve("json"))).as("no output without its input")
                .allMatch(p -> Files.exists(input.resolve(".done").resolve(stem(p) + ".txt"))
                        || Files.exists(input.resolve(".done").resolve(stem(p) + ".md"))
                        || Files.exists(input.resolve(".done").resolve(stem(p) + ".xml"))
                        || Files.exists(input.resolve(".done").resolve(stem(p) + ".html")));
        assertThat(listTree(WORK.resolve("input"))).as("no temporary or lock file left")
                .noneMatch(CrashSafetyTest::isLeftover);
        assertThat(listTree(output)).noneMatch(CrashSafetyTest::isLeftover);
        assertThat(output.resolve("catalog.json")).hasSameTextualContentAs(reference.resolve("catalog.json"));
    }

    /** convert's report as the watcher gives it: only the advice's act differs (Origin). */
    private static String asTheWatcherWordsIt(String convertReport) {
        return convertReport.lines().map(line -> !line.startsWith("What to do: ") ? line
                : line.replace("converting", "dropping").replace("Convert", "Drop").replace("convert", "drop"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    }

    /**
     * Samples, UN resolutions (half as the UN's own Akoma Ntoso, half as the product's text
     * rendering of it, which the parser reads back), and bad files of several kinds.
     */
    private static Map<String, byte[]> inputs() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> samples = Files.list(Path.of("src/test/resources/samples"))) {
            samples.forEach(p -> files.put(p.getFileName().toString(), read(p)));
        }
        List<Path> corpus = SharedMaterial.unAknFiles();
        int bad = 20;
        for (int i = 0; files.size() < FILES - bad; i++) {
            Path source = corpus.get(i * 5 % corpus.size());
            if (i % 2 == 0) {
                files.put(String.format("un %03d.xml", i), read(source));
            } else {
                String text = Conversions.convert(source.getFileName().toString(), read(source)).renditions().text();
                files.put(String.format("un %03d.txt", i), text.getBytes(StandardCharsets.UTF_8));
            }
        }
        for (int i = 0; i < bad; i++) {
            byte[] content = switch (i % 4) {
                case 0 -> new byte[0];
                case 1 -> new byte[] {'P', 'K', 3, 4, 0, 0, 9, 0, 0, 0};
                case 2 -> ("Dear colleague,\n\nplease find attached the minutes of meeting " + i + ".\n").getBytes(StandardCharsets.UTF_8);
                default -> ("The General Assembly,\n" + "y".repeat(300_000)).getBytes(StandardCharsets.UTF_8);
            };
            files.put(String.format("bad-%02d.txt", i), content);
        }
        return files;
    }

    private static Process startWatcher(Path input, Path output, int run) throws IOException {
        return WatcherProcess.start(WORK.resolve("watch-" + run + ".log"), Map.of(),
                List.of("-Dplenary.poll-delay=100", "-Dplenary.settle-time=200"),
                "--input", input.toString(), "--output", output.toString(), "--threads", "2");
    }

    private static void drop(List<String> names, Path staging, Path input) throws IOException {
        for (String name : names) {
            // As copy tools do: written under a temporary name, then renamed into the folder.
            Path temp = input.resolve(name + ".part");
            Files.copy(staging.resolve(name), temp);
            Files.move(temp, input.resolve(name));
        }
    }

    private static int filed(Path input) {
        int count = 0;
        for (String folder : List.of(".done", ".failed")) {
            Path dir = input.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    count += (int) list.filter(p -> !p.getFileName().toString().endsWith(".error.txt"))
                            .filter(p -> !p.getFileName().toString().startsWith(".")).count();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return count;
    }

    private interface Condition {
        boolean holds() throws IOException;
    }

    private static void awaitUntil(Condition condition, Duration timeout, Process watcher) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            if (!watcher.isAlive()) {
                throw new AssertionError("The watcher exited with " + watcher.exitValue() + "; see " + WORK.resolve("watch-*.log"));
            }
            if (System.nanoTime() > deadline) {
                watcher.destroyForcibly();
                throw new AssertionError("Timed out after " + timeout + "; see the logs in " + WORK);
            }
            Thread.sleep(20);
        }
    }

    private static List<List<String>> batches(List<String> names, int count) {
        List<List<String>> batches = new ArrayList<>();
        int size = (names.size() + count - 1) / count;
        for (int i = 0; i < names.size(); i += size) {
            batches.add(names.subList(i, Math.min(names.size(), i + size)));
        }
        return batches;
    }

    private static boolean isLeftover(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".tmp") || name.endsWith(".camelLock") || name.endsWith(".part");
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static List<Path> listTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
