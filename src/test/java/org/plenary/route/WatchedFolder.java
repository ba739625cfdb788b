package org.plenary.route;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/** A real Camel context watching a real folder, with the shipped settings and short poll intervals. */
final class WatchedFolder implements AutoCloseable {
    final Path input;
    final Path output;
    private final CamelContext camel = new DefaultCamelContext();

    WatchedFolder(Path work, Map<String, String> settings) throws Exception {
        this(work, settings, null);
    }

    /** A watcher whose conversions go through the given pipeline (the standard one when null). */
    WatchedFolder(Path work, Map<String, String> settings, org.plenary.pipeline.Pipeline pipeline) throws Exception {
        input = Files.createDirectories(work.resolve("input"));
        output = work.resolve("output");
        Properties props = new Properties();
        try (var in = WatchedFolder.class.getResourceAsStream("/application.properties")) {
            props.load(in);
        }
        props.setProperty("plenary.input", input.toString());
        props.setProperty("plenary.output", output.toString());
        props.setProperty("plenary.poll-delay", "100");
        props.setProperty("plenary.settle-time", "300");
        props.setProperty("plenary.threads", "2");
        settings.forEach(props::setProperty);
        camel.getPropertiesComponent().setInitialProperties(props);
        camel.addRoutes(pipeline == null ? new ConversionRoute() : new ConversionRoute(pipeline));
        camel.addRoutes(new FolderWatchRoute());
    }

    WatchedFolder start() {
        camel.start();
        return this;
    }

    CamelContext camel() {
        return camel;
    }

    Path done(String name) {
        return input.resolve(".done").resolve(name);
    }

    Path failed(String name) {
        return input.resolve(".failed").resolve(name);
    }

    /** Drops a file as copy tools do: written under a temporary name, then renamed. */
    void drop(String name, byte[] content) throws IOException {
        Path temp = input.resolve(name + ".part");
        Files.write(temp, content);
        Files.move(temp, input.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static void await(Path file) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + file);
            }
            Thread.sleep(25);
        }
    }

    /** Waits for the file to exist and hold something, for at most 30 seconds. */
    static void awaitNonEmpty(Path file) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!(Files.exists(file) && Files.size(file) > 0)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + file);
            }
            Thread.sleep(50);
        }
    }

    /** Waits for the file to be gone (an original filed), for at most 30 seconds. */
    static void awaitGone(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + file + " to be filed");
            }
            Thread.sleep(25);
        }
    }

    @Override
    public void close() throws Exception {
        camel.close();
    }
}
