package org.plenary.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.JsonNodes;
import org.plenary.SharedMaterial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The watcher's optional HTTP endpoint, on the real application: with a port, Camel's health checks
 * with ours and Prometheus metrics (Plenary's documents and conversion times, the JVM's basics) are
 * served on that port and no other; without one, the process listens on no port at all. The second
 * run also logs to a file as JSON, leaving the console to the one line users see.
 */
class WatchHttpEndpointTest {
    private static final List<String> FAST = List.of("-Dplenary.poll-delay=100", "-Dplenary.read-lock-min-age=50ms",
            "-Dplenary.read-lock-check-interval=50");

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void withAPortHealthAndMetricsAreServedThere() throws Exception {
        Path input = Files.createDirectories(work.resolve("in"));
        Files.write(input.resolve("res.txt"), Files.readAllBytes(SharedMaterial.sample("A_RES_54_212.txt")));
        Files.write(input.resolve("empty.txt"), new byte[0]);
        int port = freePort();
        Path log = work.resolve("watch.log");
        Process watcher = WatcherProcess.start(log, Map.of(), FAST, "--input", input.toString(), "--output", work.resolve("out").toString(),
                "--threads", "1", "--http-port", String.valueOf(port), "--set", "plenary.http-host=127.0.0.1");
        try {
            WatchedFolder.await(input.resolve(".done").resolve("res.txt"));
            WatchedFolder.await(input.resolve(".failed").resolve("empty.txt"));

            HttpResponse<String> health = awaitAnswer(watcher, log, "http://127.0.0.1:" + port + "/observe/health");
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            JsonNode status = new ObjectMapper().readTree(health.body());
            assertThat(status.get("status").asText()).isEqualTo("UP");
            assertThat(JsonNodes.values(status.get("checks"), "name"))
                    .contains("context", "route:watch", "consumer:watch", "output");

            HttpResponse<String> metrics = get("http://127.0.0.1:" + port + "/observe/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body())
                    .contains("plenary_documents_total{outcome=\"converted\"} 1.0")
                    .contains("plenary_documents_total{outcome=\"failed\"} 1.0")
                    .contains("plenary_conversion_seconds_count{outcome=\"converted\"} 1")
                    .contains("plenary_conversion_seconds_count{outcome=\"failed\"} 1")
                    .containsPattern("(?m)^plenary_conversion_seconds_sum\\{outcome=\"converted\"\\} [0-9.E]+$")
                    .containsPattern("(?m)^jvm_memory_used_bytes\\{area=\"heap\",.*\\} [0-9.E]+$")
                    .containsPattern("(?m)^jvm_gc_.*")
                    .containsPattern("(?m)^jvm_threads_live_threads [0-9.E]+$")
                    .containsPattern("(?m)^process_uptime_seconds [0-9.E]+$")
                    .contains("camel_exchanges_total");

            assertThat(listeningPorts(watcher.pid())).as("ports the watcher listens on").containsExactly(port);
        } finally {
            stop(watcher);
        }
        assertThat(Files.readString(log)).startsWith("Watching ").contains("1 converted, 1 failed");
    }

    @Test
    void withoutAPortNothingListensAndTheLogCanBeAFileOfJson() throws Exception {
        Path input = Files.createDirectories(work.resolve("in"));
        Files.write(input.resolve("res.txt"), Files.readAllBytes(SharedMaterial.sample("A_RES_54_212.txt")));
        Path console = work.resolve("console.txt");
        Path logFile = work.resolve("logs").resolve("plenary.log");
        Process watcher = WatcherProcess.start(console, Map.of(), FAST, "--input", input.toString(), "--output", work.resolve("out").toString(),
                "--threads", "1", "--log-file", logFile.toString(), "--log-format", "json");
        try {
            WatchedFolder.await(input.resolve(".done").resolve("res.txt"));
            assertThat(watcher.isAlive()).isTrue();
            assertThat(listeningPorts(watcher.pid())).as("ports the watcher listens on").isEmpty();
        } finally {
            stop(watcher);
        }
        assertThat(Files.readString(console)).isEqualTo("Watching " + input + "; press Ctrl-C to stop." + System.lineSeparator());
        List<JsonNode> lines = Files.readAllLines(logFile).stream().map(WatchHttpEndpointTest::json).toList();
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.get("level").asText()).isEqualTo("INFO");
            assertThat(line.get("logger").asText()).isEqualTo(ConversionRoute.class.getName());
            assertThat(line.get("message").asText()).startsWith("converted res.txt form=markdown");
            assertThat(line.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        });
        assertThat(lines).anySatisfy(line -> assertThat(line.get("message").asText()).startsWith("stopped; watched for"));
    }

    private HttpResponse<String> awaitAnswer(Process watcher, Path log, String url) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                return get(url);
            } catch (IOException notYet) {
                assertThat(watcher.isAlive()).as("watcher running; see " + log).isTrue();
                assertThat(System.nanoTime()).as("an answer from " + url).isLessThan(deadline);
                Thread.sleep(100);
            }
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void stop(Process watcher) throws InterruptedException {
        watcher.destroy();
        if (!watcher.waitFor(60, TimeUnit.SECONDS)) {
            watcher.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    /** The TCP ports a process listens on: its sockets (/proc/PID/fd) found listening in /proc/net/tcp and tcp6. */
    static Set<Integer> listeningPorts(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while listed
                }
            }
        }
        Set<Integer> ports = new TreeSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            List<String> rows = Files.readAllLines(file);
            for (String row : rows.subList(1, rows.size())) {
                String[] columns = row.trim().split("\\s+");
                // local_address is ADDRESS:PORT in hex; state 0A is LISTEN; the inode is the tenth column.
                if (columns.length > 9 && columns[3].equals("0A") && inodes.contains(columns[9])) {
                    String local = columns[1];
                    ports.add(Integer.parseInt(local.substring(local.indexOf(':') + 1), 16));
                }
            }
        }
        return ports;
    }
}
