package org.plenary.route;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Service;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which files came into the input folder whole, by the kernel's own account (inotify): a file that
 * appeared by a rename or a link, with no write seen under its name since, was complete when it
 * came in, however soon after its last write that was. The status-change time tells the same only
 * when the rename falls in a later tick of the file system's clock than the last write; a tool that
 * renames at once (browsers, rsync, editors saving atomically) would otherwise wait out the settle
 * period.
 *
 * <p>The kernel reports a file created in place and one renamed in alike (Java's "create"), but a
 * file written in place is also reported written ("modify"), once a byte reaches it. So a file is
 * whole when its creation was seen and no write since, it has bytes (a file just opened has none,
 * and its writes are still to come), and every event the kernel queued before its state was read
 * has been taken: a barrier (a dot-file created and removed at once, whose own event comes after
 * them all) makes sure of that. Anything unsure (no inotify, lost events, a barrier late) answers
 * "not known whole", and the settle period decides as before.
 *
 * <p>Only Linux's watch service is trusted: elsewhere Java polls the folder, and a file written in
 * place between two polls would look renamed in.
 */
final class WholeArrivals implements Service {
    private static final Logger LOG = LoggerFactory.getLogger(WholeArrivals.class);
    /** Barrier files: dot-names, so the watcher never takes one; removed at start if a crash left one. */
    static final String BARRIER_PREFIX = ".plenary-watch.barrier-";
    private static final Duration BARRIER_WAIT = Duration.ofMillis(250);

    private final Path folder;
    private final WatchService service;
    /** Names created (renamed or linked in) with no write seen since. */
    private final Set<Path> whole = new HashSet<>();
    /** Names written to since they were last created: only a new arrival under the name makes one whole. */
    private final Set<Path> written = new HashSet<>();
    private long barriers;

    private WholeArrivals(Path folder, WatchService service) {
        this.folder = folder.toAbsolutePath().normalize();
        this.service = service;
    }

    /** Watches the folder's arrivals; where the kernel cannot tell them, an instance that knows none. */
    static WholeArrivals of(Path folder) {
        WatchService service = null;
        try {
            service = folder.getFileSystem().newWatchService();
            if (!service.getClass().getName().equals("sun.nio.fs.LinuxWatchService")) {
                service.close();
                return none(folder);
            }
            folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            return new WholeArrivals(folder, service);
        } catch (IOException | UnsupportedOperationException e) {
            // Out of inotify instances or watches (a system limit): the settle period decides alone.
            LOG.info("files renamed into {} wait for the settle period: the folder's events cannot be watched ({})", folder, e.getMessage());
            closeQuietly(service);
            return none(folder);
        }
    }

    /** Knows no file whole: the settle period decides alone. */
    static WholeArrivals none(Path folder) {
        return new WholeArrivals(folder, null);
    }

    /**
     * True when the file came into the folder whole and nothing has written to it since; {@code size}
     * is its size as just read, after which every event is taken before answering.
     */
    synchronized boolean arrivedWhole(Path file, long size) {
        if (service == null || size == 0 || !folder.equals(file.toAbsolutePath().normalize().getParent())) {
            return false;
        }
        Path name = file.getFileName();
        take(null, Duration.ZERO);
        if (written.contains(name)) {
            // Written in place, as a copy in progress is: no barrier a poll while it settles. Should
            // a whole file have replaced it since, its arrival is seen at the next poll.
            return false;
        }
        // The events of the file's arrival, and of any write made before its size was read, may
        // still be on their way: the barrier's comes after them all.
        Path barrier = Path.of(BARRIER_PREFIX + (++barriers));
        try {
            Files.createFile(folder.resolve(barrier));
            Files.delete(folder.resolve(barrier));
        } catch (IOException e) {
            return false;
        }
        // Not whole: written in place, or there before this watch began.
        return take(barrier, BARRIER_WAIT) && whole.contains(name);
    }

    /**
     * Takes the events up to the barrier's, waiting for it at most {@code wait}; tells whether it
     * came. With no barrier, takes those there are.
     */
    private boolean take(Path barrier, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean arrived = false;
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                WatchKey key = arrived || left <= 0 ? service.poll() : service.poll(left, TimeUnit.NANOSECONDS);
                if (key == null) {
                    return arrived;
                }
                for (WatchEvent<?> event : key.pollEvents()) {
                    arrived |= note(event, barrier);
                }
                if (!key.reset()) {
                    whole.clear(); // the folder itself is gone
                    written.clear();
                    return false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ClosedWatchServiceException e) {
            return false;
        }
    }

    /** Records one event; true when it is the barrier's. */
    private boolean note(WatchEvent<?> event, Path barrier) {
        if (event.kind() == OVERFLOW) {
            // Events were lost: no arrival is known whole any more, nor any file written.
            whole.clear();
            written.clear();
            return false;
        }
        Path name = (Path) event.context();
        if (name.equals(barrier)) {
            return true;
        }
        if (event.kind() == ENTRY_CREATE) {
            whole.add(name);
            written.remove(name);
        } else if (event.kind() == ENTRY_MODIFY) {
            whole.remove(name); // written to, or its attributes changed
            written.add(name);
        } else {
            whole.remove(name);
            written.remove(name);
        }
        return false;
    }

    /** How many barriers were raised: one a check, but none for a file known written in place. */
    synchronized long barriers() {
        return barriers;
    }

    @Override
    public void start() {
        // watching since it was made: events of files arriving before the route starts count too
    }

    @Override
    public synchronized void stop() {
        closeQuietly(service);
    }

    private static void closeQuietly(WatchService service) {
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                // closing releases the inotify instance; nothing else to do
            }
        }
    }
}
