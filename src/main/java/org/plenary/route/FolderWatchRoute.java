package org.plenary.route;

import java.nio.file.Path;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.plenary.pipeline.DocumentJob;
import org.plenary.publish.CollectionIndex;
import org.plenary.publish.OutputWriter;

/**
 * Watches the input folder. A file is read only once its size and time have stopped changing
 * (read lock "changed"), converted by the shared conversion route, then moved to .done/ or, with
 * its error report beside it, to .failed/. Dot-files (temporary names, those folders) are ignored.
 */
public final class FolderWatchRoute extends RouteBuilder {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FolderWatchRoute.class);
    private final CollectionIndex index = new CollectionIndex();

    @Override
    public void configure() {
        from("file:{{plenary.input}}"
                + "?readLock=changed&readLockCheckInterval={{plenary.read-lock-check-interval}}"
                + "&readLockMinAge={{plenary.read-lock-min-age}}&readLockTimeout={{plenary.read-lock-timeout}}"
                + "&delay={{plenary.poll-delay}}&initialDelay=0&maxMessagesPerPoll=0"
                + "&exclude=.*\\.(tmp|part|crdownload)$"
                + "&move=.${exchangeProperty." + Outcome.FOLDER_PROPERTY + "}/${file:name}"
                + "&moveFailed=.failed/${file:name}")
                .routeId("watch")
                // Documents are converted in parallel; each original is moved when its own conversion ends.
                .threads().poolSize("{{plenary.threads:" + Runtime.getRuntime().availableProcessors() + "}}").end()
                .process(this::toJob).id("read")
                .to(ConversionRoute.ENDPOINT)
                .process(this::keepReportBesideOriginal).id("report")
                .process(this::updateIndex).id("index");
    }

    private void toJob(Exchange exchange) {
        String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        byte[] bytes = exchange.getIn().getBody(byte[].class);
        Path output = Path.of(exchange.getContext().resolvePropertyPlaceholders("{{plenary.output}}"));
        exchange.getIn().setBody(new DocumentJob(name, bytes == null ? new byte[0] : bytes, output));
    }

    /** The collection page and catalog follow every document added, replaced or failed. */
    private void updateIndex(Exchange exchange) {
        try {
            index.update(Path.of(exchange.getContext().resolvePropertyPlaceholders("{{plenary.output}}")));
        } catch (RuntimeException e) {
            // The document itself was handled; a stale index must not send its original to .failed.
            LOG.warn("could not update the collection index: {}", e.getMessage());
        }
    }

    private void keepReportBesideOriginal(Exchange exchange) {
        Outcome outcome = exchange.getProperty(Outcome.PROPERTY, Outcome.class);
        if (outcome != null && !outcome.converted()) {
            Path input = Path.of(exchange.getContext().resolvePropertyPlaceholders("{{plenary.input}}"));
            OutputWriter.writeAtomically(input.resolve(".failed").resolve(outcome.fileName() + ".error.txt"), outcome.report());
        }
    }
}
