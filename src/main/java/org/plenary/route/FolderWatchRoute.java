package org.plenary.route;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.plenary.pipeline.DocumentJob;
import org.plenary.publish.PublishedCollection;
import org.plenary.publish.OutputUnavailableException;
import org.plenary.publish.OutputWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the input folder. A file is read only once its size and time have stopped changing
 * (read lock "changed"), converted by the shared conversion route, then moved to .done/ or, with
 * its error report beside it, to .failed/. Dot-files (temporary names, those folders) are ignored.
 *
 * <p>Crash safety: the original leaves the input folder only after its outputs are in place, so
 * a killed watcher converts it again on restart; no idempotent repository remembers files across
 * a crash and no pre-move folder can strand one. When outputs cannot be written, the original
 * stays in the input folder and is retried with a growing delay.
 */
public final class FolderWatchRoute extends RouteBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatchRoute.class);
    static final String BACKOFF_BEAN = "plenaryRetryBackoff";
    /** Regular files of the input folder only, then the back-off. */
    static final String INPUT_FILTER_BEAN = "plenaryInputFilter";

    private final WatchStatistics statistics = new WatchStatistics();
    private final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(1), Duration.ofMinutes(1), Clock.systemUTC());
    private Path input;
    private Path output;
    private RepeatedDrop repeatedDrop;
    private boolean reconvertUnchanged;
    private long maxBytes;
    private PublishedCollection collection;
    private long indexInterval;

    @Override
    public void configure() throws Exception {
        input = Path.of(getContext().resolvePropertyPlaceholders("{{plenary.input}}"));
        output = Path.of(getContext().resolvePropertyPlaceholders("{{plenary.output}}"));
        repeatedDrop = new RepeatedDrop(input);
        maxBytes = Long.parseLong(getContext().resolvePropertyPlaceholders(
                "{{plenary.max-bytes:" + org.plenary.read.text.TextDecoder.DEFAULT_MAX_BYTES + "}}"));
        reconvertUnchanged = Boolean.parseBoolean(getContext().resolvePropertyPlaceholders("{{plenary.reconvert-unchanged:false}}"));
        indexInterval = Long.parseLong(getContext().resolvePropertyPlaceholders("{{plenary.index-interval:1000}}").strip());
        collection = PublishedCollection.of(output);
        startClean();
        // The index follows the documents by at most one interval, and is written whole on stopping.
        getContext().addService(new org.apache.camel.support.service.ServiceSupport() {
            @Override
            protected void doStop() {
                writeIndexNow();
            }
        });
        getContext().getRegistry().bind(BACKOFF_BEAN, backoff);
        getContext().getRegistry().bind(INPUT_FILTER_BEAN, new InputFileFilter(input, backoff));
        getContext().addService(statistics);
        OutputHealthCheck.install(getContext(), new OutputHealthCheck(output, backoff));

        onException(OutputUnavailableException.class).handled(false).logExhausted(false).logStackTrace(false)
                .process(this::postpone);

        from("file:{{plenary.input}}"
                + "?readLock=changed&readLockCheckInterval={{plenary.read-lock-check-interval}}"
                + "&readLockMinAge={{plenary.read-lock-min-age}}&readLockTimeout={{plenary.read-lock-timeout}}"
                // An empty file is still a drop: it must reach .failed/ with its report, not wait forever.
                + "&readLockMinLength=0"
                + "&delay={{plenary.poll-delay}}&initialDelay=0&maxMessagesPerPoll=0"
                + "&exclude=.*\\.(tmp|part|crdownload)$&filter=#" + INPUT_FILTER_BEAN
                + "&move=.${exchangeProperty." + Outcome.FOLDER_PROPERTY + "}/${file:name}")
                .routeId("watch")
                // Documents are converted in parallel; each original is moved when its own conversion ends.
                .threads().poolSize("{{plenary.threads:" + Runtime.getRuntime().availableProcessors() + "}}").end()
                .process(this::toJob).id("read")
                .choice()
                    .when(this::unchangedSinceFiled).process(this::keepEarlierResult).id("unchanged")
                    .otherwise().to(ConversionRoute.ENDPOINT)
                .end()
                .process(this::keepReportBesideOriginal).id("report")
                .process(this::updateIndex).id("index");
    }

    /** Temporaries of a killed run go; the index is written in case the kill came before its update. */
    private void startClean() {
        int removed = Leftovers.remove(input, output);
        if (removed > 0) {
            LOG.info("removed {} temporary files left by an interrupted run", removed);
        }
        if (Files.isDirectory(output)) {
            writeIndexNow();
        }
    }

    private void toJob(Exchange exchange) {
        String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        long size = exchange.getIn().getHeader(Exchange.FILE_LENGTH, 0L, Long.class);
        if (size > maxBytes) {
            // Refused unread: a huge file must not cost its size in memory.
            exchange.getIn().setBody(DocumentJob.unread(name, size, output));
            return;
        }
        byte[] bytes = exchange.getIn().getBody(byte[].class);
        exchange.getIn().setBody(new DocumentJob(name, bytes == null ? new byte[0] : bytes, output));
    }

    private boolean unchangedSinceFiled(Exchange exchange) {
        if (reconvertUnchanged || exchange.getIn().getBody(DocumentJob.class).bytes().length == 0) {
            return false;
        }
        Optional<String> folder = repeatedDrop.previousFolder(exchange.getIn().getBody(DocumentJob.class));
        folder.ifPresent(f -> exchange.setProperty(Outcome.FOLDER_PROPERTY, f));
        return folder.isPresent();
    }

    private void keepEarlierResult(Exchange exchange) throws IOException {
        DocumentJob job = exchange.getIn().getBody(DocumentJob.class);
        boolean done = "done".equals(exchange.getProperty(Outcome.FOLDER_PROPERTY));
        String report = done ? null : Files.readString(repeatedDrop.reportOf(job));
        exchange.setProperty(Outcome.PROPERTY, new Outcome(job.fileName(), done, report));
        exchange.setProperty(Outcome.UNCHANGED_PROPERTY, true);
        LOG.info("unchanged {}: same bytes as the copy in {}/.{}; its results stand (set plenary.reconvert-unchanged=true to redo)",
                job.fileName(), input, done ? "done" : "failed");
    }

    private void keepReportBesideOriginal(Exchange exchange) {
        Outcome outcome = exchange.getProperty(Outcome.PROPERTY, Outcome.class);
        backoff.forget(outcome.fileName());
        if (exchange.getProperty(Outcome.UNCHANGED_PROPERTY, false, Boolean.class)) {
            statistics.unchanged();
        } else if (outcome.converted()) {
            statistics.converted();
        } else {
            statistics.failed();
            OutputWriter.writeAtomically(input.resolve(".failed").resolve(outcome.fileName() + ".error.txt"), outcome.report());
        }
    }

    /**
     * The collection page and catalog follow every document added, replaced or failed: the document
     * is in the collection's state already; the page and catalog listing it are written within
     * plenary.index-interval, with every other document that arrives meanwhile.
     */
    private void updateIndex(Exchange exchange) {
        if (!exchange.getProperty(Outcome.UNCHANGED_PROPERTY, false, Boolean.class)) {
            collection.writeIndexWithin(indexInterval);
        }
    }

    private void writeIndexNow() {
        try {
            collection.writeIndex();
        } catch (RuntimeException e) {
            // A stale index must not keep the watcher from starting, stopping or filing originals.
            LOG.warn("could not update the collection index: {}", e.getMessage());
        }
    }

    private void postpone(Exchange exchange) {
        String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        Duration wait = backoff.postpone(name);
        statistics.postponed();
        LOG.error("{}: {}. The original stays in {} and is tried again in {} s; make the output folder writable (or free space).",
                name, error.getMessage(), input, Math.max(1, wait.toSeconds()));
    }
}
