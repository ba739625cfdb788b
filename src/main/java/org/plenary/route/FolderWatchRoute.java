package org.plenary.route;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.FileComponent;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.support.SynchronizationAdapter;
import org.plenary.pipeline.ConversionException;
import org.plenary.pipeline.DocumentJob;
import org.plenary.publish.PublishedCollection;
import org.plenary.publish.OutputUnavailableException;
import org.plenary.publish.OutputWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the input folder. A file is taken once it is complete (its size, time and identity
 * unchanged for the settle period: {@link SettledFiles}), read whole into memory (the snapshot),
 * converted by the shared conversion route, and that snapshot, byte for byte, is filed in .done/
 * or, with its error report beside it, in .failed/. The original then leaves the input folder only
 * if it still holds those bytes: a file saved again while it was converted stays, and is converted
 * again. Dot-files (temporary names, the watcher's own folders and lock) are ignored.
 *
 * <p>Crash safety: the original leaves the input folder only after its outputs and its filed copy
 * are in place, so a killed watcher converts it again on restart (or finds its copy filed with the
 * same bytes and only removes it); no idempotent repository remembers files across a crash and no
 * pre-move folder can strand one. When outputs cannot be written, the original stays in the input
 * folder and is retried with a growing delay. One watcher per folder: {@link FolderLock}.
 *
 * <p>On stop (Ctrl-C, SIGTERM) no new file is started: documents being converted finish and are
 * filed, those still queued stay untouched in the input folder for the next start.
 */
public final class FolderWatchRoute extends RouteBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatchRoute.class);
    static final String BACKOFF_BEAN = "plenaryRetryBackoff";
    /** Regular files of the input folder only, once settled, then the back-off. */
    static final String INPUT_FILTER_BEAN = "plenaryInputFilter";
    /** The snapshot taken at pick-up, an exchange property. */
    private static final String PICKED_UP = "plenaryPickedUp";
    /** Why a file is refused before conversion (its report), an exchange property. */
    private static final String REFUSAL = "plenaryRefusal";
    /** Where an original goes while its filing checks that it still holds the bytes converted. */
    static final String FILING_FOLDER = ".filing";

    /** What was read of an input at pick-up: the bytes converted and filed (null when too large to read). */
    private record PickedUp(Path path, String name, byte[] bytes, byte[] hash, SettledFiles.State state) {
    }

    private final WatchStatistics statistics = new WatchStatistics();
    private final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(1), Duration.ofMinutes(1), Clock.systemUTC());
    private final AtomicBoolean stopping = new AtomicBoolean();
    private FolderLock lock;
    private Path input;
    private Path output;
    private RepeatedDrop repeatedDrop;
    private StemOwners stems;
    private SettledFiles settled;
    private boolean reconvertUnchanged;
    private long maxBytes;
    private PublishedCollection collection;
    private long indexInterval;

    /** A route that takes the input folder's lock itself when configured. */
    public FolderWatchRoute() {
        this(null);
    }

    /** A route over a folder whose lock the caller took already (and which the route releases on stop). */
    public FolderWatchRoute(FolderLock lock) {
        this.lock = lock;
    }

    @Override
    public void configure() throws Exception {
        input = Path.of(getContext().resolvePropertyPlaceholders("{{plenary.input}}"));
        output = Path.of(getContext().resolvePropertyPlaceholders("{{plenary.output}}"));
        Files.createDirectories(input);
        if (lock == null) {
            lock = FolderLock.acquire(input); // before anything in the folder is touched
        }
        getContext().addService(lock, true, true);
        repeatedDrop = new RepeatedDrop(input);
        maxBytes = Long.parseLong(getContext().resolvePropertyPlaceholders(
                "{{plenary.max-bytes:" + org.plenary.read.text.TextDecoder.DEFAULT_MAX_BYTES + "}}"));
        reconvertUnchanged = Boolean.parseBoolean(getContext().resolvePropertyPlaceholders("{{plenary.reconvert-unchanged:false}}"));
        Duration settle = Duration.ofMillis(Long.parseLong(getContext().resolvePropertyPlaceholders("{{plenary.settle-time:2000}}").strip()));
        indexInterval = Long.parseLong(getContext().resolvePropertyPlaceholders("{{plenary.index-interval:1000}}").strip());
        collection = PublishedCollection.of(output);
        startClean();
        stems = new StemOwners(input);
        // Watched from here on: a file renamed in from now is known whole at once.
        WholeArrivals arrivals = WholeArrivals.of(input);
        getContext().addService(arrivals, true, true);
        settled = new SettledFiles(settle, arrivals, backoff);
        // The index follows the documents by at most one interval, and is written whole on stopping.
        getContext().addService(new org.apache.camel.support.service.ServiceSupport() {
            @Override
            protected void doStop() {
                writeIndexNow();
            }
        });
        getContext().getRegistry().bind(BACKOFF_BEAN, backoff);
        getContext().getRegistry().bind(INPUT_FILTER_BEAN, new InputFileFilter(input, settled));
        getContext().addService(statistics);
        getContext().addLifecycleStrategy(new org.apache.camel.support.LifecycleStrategySupport() {
            private volatile boolean started;

            @Override
            public void onContextStarted(CamelContext context) {
                started = true;
            }

            @Override
            public void onContextStopping(CamelContext context) {
                stopping.set(true);
                // A watcher that never started (a setting it cannot use) has nothing in flight to tell of.
                if (started) {
                    LOG.info("stopping: no new file is started; documents being converted are finished and filed");
                }
            }
        });
        ConversionRoute.meters(getContext()).ifPresent(statistics::bindTo);
        OutputHealthCheck.install(getContext(), new OutputHealthCheck(output, backoff));

        onException(OutputUnavailableException.class).handled(false).logExhausted(false).logStackTrace(false)
                .process(this::postpone);

        // noop: the route files each original itself, from its snapshot (see file()). No read lock:
        // SettledFiles decides when a file is complete, and no marker files are left behind.
        from("file:{{plenary.input}}?noop=true&idempotent=false&readLock=none"
                + "&delay={{plenary.poll-delay}}&initialDelay=0&maxMessagesPerPoll=0"
                + "&exclude=.*\\.(tmp|part|crdownload)$&filter=#" + INPUT_FILTER_BEAN)
                .routeId("watch")
                // Documents are converted in parallel; each original is filed when its own conversion ends.
                .threads().poolSize("{{plenary.threads:" + Runtime.getRuntime().availableProcessors() + "}}").end()
                .process(this::pickUp).id("read")
                .choice()
                    .when(exchangeProperty(REFUSAL).isNotNull()).process(this::refuse).id("refused")
                    .when(this::unchangedSinceFiled).process(this::keepEarlierResult).id("unchanged")
                    .otherwise().to(ConversionRoute.ENDPOINT)
                .end()
                .process(this::file).id("file")
                .process(this::updateIndex).id("index");
    }

    /** Temporaries of a killed run go; the index is written in case the kill came before its update. */
    private void startClean() {
        int removed = Leftovers.remove(input, output);
        if (removed > 0) {
            LOG.info("removed {} temporary files left by an interrupted run", removed);
        }
        int restored = Leftovers.restoreFiling(input.resolve(FILING_FOLDER), input);
        if (restored > 0) {
            LOG.info("put back {} originals whose filing was interrupted; they are checked again", restored);
        }
        if (Files.isDirectory(output)) {
            writeIndexNow();
        }
    }

    /**
     * Reads the file whole, checking that it is still what the settle check saw, before and after:
     * what is read is what is converted and filed. A file that changed, or is being stopped for,
     * is left where it is for a later poll.
     */
    private void pickUp(Exchange exchange) throws IOException {
        @SuppressWarnings("unchecked")
        GenericFile<File> file = (GenericFile<File>) exchange.getProperty(FileComponent.FILE_EXCHANGE_FILE, GenericFile.class);
        // The real name from the listing: Camel's own path turns a backslash into a separator.
        Path path = file.getFile().toPath();
        String name = path.getFileName().toString();
        if (stopping.get()) {
            leave(exchange);
            return;
        }
        SettledFiles.State before;
        byte[] bytes = null;
        try {
            before = SettledFiles.State.of(path);
            if (!settled.unchangedSinceSettled(path, before)) {
                leave(exchange); // written to again since it was found settled
                return;
            }
            if (before.size() <= maxBytes) {
                bytes = Files.readAllBytes(path);
                if (!SettledFiles.State.of(path).equals(before) || bytes.length != before.size()) {
                    settled.forget(path);
                    leave(exchange);
                    return;
                }
            }
        } catch (NoSuchFileException e) {
            settled.forget(path); // deleted or moved away before it could be read
            leave(exchange);
            return;
        }
        exchange.setProperty(PICKED_UP, new PickedUp(path, name, bytes, bytes == null ? null : RepeatedDrop.sha256(bytes), before));
        // Refused unread when too large: a huge file must not cost its size in memory.
        exchange.getIn().setBody(bytes == null ? DocumentJob.unread(name, before.size(), output) : new DocumentJob(name, bytes, output));
        String refusal = refusal(name);
        if (refusal != null) {
            exchange.setProperty(REFUSAL, refusal);
            return;
        }
        String holder = stems.claim(name);
        if (holder != null) {
            String other = FiledNames.printable(holder);
            exchange.setProperty(REFUSAL, ErrorReport.of(name, new ConversionException(
                    "Not converted: its outputs would be named " + FiledNames.printable(DocumentJob.baseNameOf(name)) + ".*, as those of "
                            + other + ", which " + (Files.exists(input.resolve(".done").resolve(holder)) ? "was converted earlier" : "is being converted")
                            + "; they would be replaced.",
                    "Rename one of the two and drop it again; or, to replace " + other + " by this file, delete " + other
                            + " from the .done folder and drop this file again.\n" + ErrorReport.TRY_AGAIN_LINE)));
            return;
        }
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                Outcome outcome = done.getProperty(Outcome.PROPERTY, Outcome.class);
                stems.release(name, outcome != null && outcome.converted() && done.getException() == null);
            }
        });
    }

    /** Why a name cannot be converted, as a report, or null. */
    private String refusal(String name) {
        if (FiledNames.outputsTooLong(name)) {
            return ErrorReport.of(name, new ConversionException(
                    "Not converted: the name is " + FiledNames.bytes(name) + " bytes long, and the names of its outputs "
                            + "(the name without its extension, then .html, .json …) would pass the file system's limit of "
                            + FiledNames.MAX_NAME_BYTES + " bytes.",
                    "Shorten the name to at most " + FiledNames.longestConvertibleName(name) + " bytes and drop the file again."));
        }
        return null;
    }

    /** Not taken this time: the file stays in the input folder, unread and unfiled. */
    private static void leave(Exchange exchange) {
        exchange.setRouteStop(true);
    }

    private void refuse(Exchange exchange) {
        DocumentJob job = exchange.getIn().getBody(DocumentJob.class);
        String report = exchange.getProperty(REFUSAL, String.class);
        exchange.setProperty(Outcome.PROPERTY, new Outcome(job.fileName(), false, report));
        exchange.setProperty(Outcome.FOLDER_PROPERTY, "failed");
        LOG.warn("refused {}: {}", FiledNames.printable(job.fileName()), report.lines().findFirst().orElse(""));
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
                FiledNames.printable(job.fileName()), FiledNames.printable(input.toString()), done ? "done" : "failed");
    }

    /**
     * Files the snapshot: its report first (for a failure), then exactly the bytes converted, under
     * the original's name, in .done/ or .failed/ (written beside and renamed over any earlier copy,
     * so an earlier copy is never gone before its replacement is in place); last the original
     * leaves the input folder, if it still holds those bytes.
     */
    private void file(Exchange exchange) throws IOException {
        PickedUp picked = exchange.getProperty(PICKED_UP, PickedUp.class);
        Outcome outcome = exchange.getProperty(Outcome.PROPERTY, Outcome.class);
        boolean unchanged = exchange.getProperty(Outcome.UNCHANGED_PROPERTY, false, Boolean.class);
        String folder = exchange.getProperty(Outcome.FOLDER_PROPERTY, String.class);
        Path filed = input.resolve("." + folder).resolve(picked.name());
        if (!outcome.converted() && !unchanged) {
            OutputWriter.writeAtomically(input.resolve(".failed").resolve(FiledNames.reportName(picked.name())), outcome.report());
        }
        if (picked.bytes() == null) {
            // Too large to be read: the original itself is filed, by a rename that replaces any earlier copy at once.
            Files.createDirectories(filed.getParent());
            OutputWriter.replace(picked.path(), filed);
        } else {
            if (!unchanged) {
                OutputWriter.writeAtomically(filed, ByteBuffer.wrap(picked.bytes()));
            }
            removeOriginalIfUnchanged(picked);
        }
        settled.forget(picked.path());
        backoff.forget(picked.name());
        if (unchanged) {
            statistics.unchanged();
        } else if (outcome.converted()) {
            statistics.converted();
        } else {
            statistics.failed();
        }
    }

    /**
     * The original is moved aside (a rename: whoever saves the file again from now on makes a new
     * one), and removed only if it holds the bytes converted. Saved again during the conversion,
     * it goes back to be converted again: its new bytes were not converted, so they are not filed.
     */
    private void removeOriginalIfUnchanged(PickedUp picked) throws IOException {
        Path aside = input.resolve(FILING_FOLDER).resolve(picked.name());
        Files.createDirectories(aside.getParent());
        try {
            OutputWriter.replace(picked.path(), aside);
        } catch (NoSuchFileException e) {
            return; // removed by someone else meanwhile: its converted bytes are filed
        }
        if (Arrays.equals(picked.hash(), RepeatedDrop.sha256(aside))) {
            Files.delete(aside);
            return;
        }
        String name = FiledNames.printable(picked.name());
        if (Files.exists(picked.path())) {
            // Saved twice during one conversion: the latest version is in the folder and will be converted.
            Files.delete(aside);
            LOG.info("{} was saved again while it was converted; the version converted is filed, the latest is converted next", name);
            return;
        }
        OutputWriter.replace(aside, picked.path());
        LOG.info("{} was saved again while it was converted; the version converted is filed, the new one is converted next", name);
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
        PickedUp picked = exchange.getProperty(PICKED_UP, PickedUp.class);
        if (picked != null) {
            name = picked.name();
        }
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        Duration wait = backoff.postpone(name);
        statistics.postponed();
        LOG.error("{}: {}. The original stays in {} and is tried again in {} s; make the output folder writable (or free space).",
                FiledNames.printable(name), error.getMessage(), FiledNames.printable(input.toString()), Math.max(1, wait.toSeconds()));
    }
}
