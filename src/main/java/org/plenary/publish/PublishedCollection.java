package org.plenary.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.plenary.publish.CollectionEntry.Published;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resolutions published in one output folder, kept up to date one document at a time.
 *
 * <p>Each document published or file failed is one entry: applied to the state in memory, appended
 * to the folder's journal, and its page written with its citations linked to the documents the
 * collection has. The pages that cite it are pointed at it, and only those. None of this reads the
 * other documents, so it costs the same with ten documents published or ten thousand.
 *
 * <p>catalog.json and index.html list the whole collection. Each entry's part of them is rendered
 * when the entry changes and kept; joining the parts and writing the two files costs the
 * collection's size in bytes, so it is done at most once per interval while documents keep
 * arriving (the watcher), on stopping, or once at the end (convert), never once a document.
 *
 * <p>The pages that cite a document are relinked when the page their citation resolves to
 * changes: as many as cite it, which is the citation graph's doing, not the collection's size.
 *
 * <p>The state is read from the journal once, and again whenever another process has changed it.
 * When the journal is missing or cannot be read (an output folder of an earlier version, a crash in
 * the middle of a line, a damaged file), it is made again from the outputs, with a warning; a
 * watcher never stops for it.
 */
public final class PublishedCollection {
    private static final Logger LOG = LoggerFactory.getLogger(PublishedCollection.class);
    /** One per folder in the process, so every route and thread publishing there shares its state. */
    private static final Map<Path, PublishedCollection> OPEN = new ConcurrentHashMap<>();
    private static final ScheduledExecutorService LATER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "plenary-index");
        thread.setDaemon(true);
        return thread;
    });

    private final Path outputDir;
    private final CollectionJournal journal;
    /** The catalog's entries and the index's rows, rendered as their documents change. */
    private final CollectionIndex index = new CollectionIndex();
    /** Null until read, and after a change failed half-way: read again before the next. */
    private CollectionState state;
    /** Something changed since catalog.json and index.html were last written. */
    private boolean dirty;
    private ScheduledFuture<?> pending;
    /** How long the last index write took: the next waits at least ten times that, so writing stays a tenth of the time. */
    private volatile long lastWriteMillis;
    /** Index writes one at a time, each from a newer state than the one before. */
    private final Object writing = new Object();

    private PublishedCollection(Path outputDir) {
        this.outputDir = outputDir;
        this.journal = new CollectionJournal(outputDir);
    }

    /** The collection of this output folder, shared by everything in the process that publishes there. */
    public static PublishedCollection of(Path outputDir) {
        return OPEN.computeIfAbsent(outputDir.toAbsolutePath().normalize(), PublishedCollection::new);
    }

    /**
     * Publishes a document's page and records the document (its JSON as read by the output check),
     * once its other outputs are in place:
     * the page's citations are linked to the collection's documents, and the pages citing this
     * document are linked to it.
     */
    public synchronized void publish(String name, ByteBuffer html, JsonNode document, boolean hasReport) {
        Published entry = Published.of(name, document, hasReport);
        ensureRead();
        try {
            CollectionState.Change change = state.apply(entry);
            index.changed(change.touched());
            index.failedChanged(name);
            Path page = htmlOf(name);
            if (entry.cites().stream().anyMatch(symbol -> linksElsewhere(symbol, name))) {
                String rendered = StandardCharsets.UTF_8.decode(html.duplicate()).toString();
                OutputWriter.writeAtomically(page, CollectionLinks.relinkRendered(rendered, name, state::pageOf));
            } else {
                OutputWriter.writeAtomically(page, html);
            }
            journal.append(entry);
            for (String symbol : change.moved()) {
                for (String citer : List.copyOf(state.citersOf(symbol))) {
                    if (!citer.equals(name)) {
                        relink(citer);
                    }
                }
            }
            dirty = true;
        } catch (RuntimeException e) {
            state = null; // half applied: read again before the next change
            throw e;
        }
    }

    /** Records a file that could not be converted, once its error report is in place. */
    public synchronized void failed(String name, String report) {
        CollectionEntry.Failed entry = CollectionEntry.Failed.of(name, report);
        ensureRead();
        try {
            state.apply(entry);
            index.failedChanged(name);
            journal.append(entry);
            dirty = true;
        } catch (RuntimeException e) {
            state = null;
            throw e;
        }
    }

    /** Reads the collection's state (or makes it from the outputs), so the first document does not wait for it. */
    public synchronized void open() {
        ensureRead();
    }

    /** Writes catalog.json and index.html now, if anything changed since they were last written. */
    public void writeIndex() {
        synchronized (writing) {
            CollectionIndex.Parts parts;
            synchronized (this) {
                ensureRead();
                if (!dirty && Files.isRegularFile(outputDir.resolve("catalog.json")) && Files.isRegularFile(outputDir.resolve("index.html"))) {
                    return;
                }
                parts = index.parts(state);
                dirty = false;
            }
            try {
                long start = System.nanoTime();
                CollectionIndex.write(outputDir, parts);
                lastWriteMillis = (System.nanoTime() - start) / 1_000_000;
            } catch (RuntimeException e) {
                synchronized (this) {
                    dirty = true;
                }
                throw e;
            }
        }
    }

    /**
     * Writes catalog.json and index.html within the given time, together with whatever else
     * changes meanwhile: while documents keep coming, at most once per that time, and never
     * sooner than ten times the last write took (a large collection on a slow disk).
     */
    public synchronized void writeIndexWithin(long millis) {
        if (pending == null) {
            pending = LATER.schedule(this::writeScheduledIndex, Math.max(millis, 10 * lastWriteMillis), TimeUnit.MILLISECONDS);
        }
    }

    private void writeScheduledIndex() {
        synchronized (this) {
            pending = null; // a change from now on schedules the next write
        }
        try {
            writeIndex();
        } catch (RuntimeException e) {
            // The documents are published; the index is written again after the next change.
            LOG.warn("could not update the collection index in {}: {}", outputDir, e.getMessage());
        }
    }

    private boolean linksElsewhere(String symbol, String name) {
        String page = state.pageOf(symbol);
        return page != null && !page.equals(name);
    }

    private Path htmlOf(String name) {
        return outputDir.resolve("html").resolve(name + ".html");
    }

    /** Sets the links of a page already published; a page that cannot be read keeps its links, with a warning. */
    private void relink(String name) {
        Path page = htmlOf(name);
        String html;
        try {
            html = Files.readString(page);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            LOG.warn("{} cannot be read, so its links to the collection are left as they are: {}", page, OutputWriter.describe(e));
            return;
        }
        String linked = CollectionLinks.relink(html, name, state::pageOf);
        if (!linked.equals(html)) {
            OutputWriter.writeAtomically(page, linked);
        }
    }

    private void ensureRead() {
        if (state != null && !journal.changedOnDisk()) {
            return;
        }
        CollectionState read = new CollectionState();
        try {
            journal.read().forEach(read::apply);
            String mismatch = mismatch(read);
            if (mismatch != null) {
                throw new CollectionJournal.Unreadable(mismatch);
            }
            if (journal.lines() > 2 * read.entries().size() + 1000) {
                journal.rewrite(read.entries()); // mostly replaced entries: compacted
            }
            state = read;
            index.forget();
            dirty |= !Files.isRegularFile(outputDir.resolve("catalog.json")) || !Files.isRegularFile(outputDir.resolve("index.html"));
        } catch (CollectionJournal.Unreadable e) {
            rebuild(e.getMessage());
        } catch (IOException e) {
            throw new OutputUnavailableException("Could not read " + journal.file() + ": " + OutputWriter.describe(e), e);
        }
    }

    /** Why the journal does not describe the folder's outputs, or null when it does. */
    private String mismatch(CollectionState read) throws IOException {
        if (!read.publishedNames().equals(new java.util.HashSet<>(CollectionScan.names(outputDir.resolve("json"), ".json")))) {
            return "it does not list the documents of json/";
        }
        if (!read.failedNames().equals(new java.util.HashSet<>(CollectionScan.names(outputDir.resolve("errors"), ".txt")))) {
            return "it does not list the error reports of errors/";
        }
        return null;
    }

    private void rebuild(String why) {
        CollectionState made = new CollectionState();
        try {
            List<CollectionEntry> entries = CollectionScan.entries(outputDir, problem -> LOG.warn("{}", problem));
            if (Files.exists(journal.file())) {
                LOG.warn("The collection's state {} cannot be used: {}. It is made again from the {} outputs in {}.",
                        journal.file(), why, entries.size(), outputDir);
            } else if (!entries.isEmpty()) {
                LOG.info("{} has no collection state (written by an earlier version?): made from its {} outputs",
                        outputDir, entries.size());
            }
            entries.forEach(made::apply);
        } catch (IOException e) {
            throw new OutputUnavailableException("Could not read the outputs in " + outputDir + ": " + OutputWriter.describe(e), e);
        }
        journal.rewrite(made.entries());
        state = made;
        index.forget();
        dirty = true;
        // Pages published before may link by an older state: each page citing the collection is set again.
        for (CollectionEntry entry : made.entries()) {
            if (entry instanceof Published p && p.cites().stream().anyMatch(symbol -> state.pageOf(symbol) != null)) {
                relink(p.name());
            }
        }
    }
}
