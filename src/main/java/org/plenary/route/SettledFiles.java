package org.plenary.route;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;

/**
 * Offers a file only once it is complete: its size, modification time and identity (inode) have
 * stayed the same for the settle period, seen across polls, or its modification time is already
 * that old, or it was renamed into the folder after its last write. A writer that appends in
 * pieces with pauses shorter than the period, or saves over the file, keeps it back; nothing waits
 * in the poll, so one slow writer holds up no other file.
 *
 * <p>Renamed in: every write sets a file's status-change time (ctime) with its modification time;
 * a rename, a link or a change of mode sets the first alone. A status change later than the last
 * write says the writer was done before the file came in under this name, as browsers, rsync and
 * the copy tools that write under a temporary name do. Where the file system does not say (no
 * "unix" attribute view), the settle period decides alone. A rename in the same tick of the file
 * system's clock as the last write leaves the two times equal: then the folder's own events tell
 * whether the file came in whole ({@link WholeArrivals}).
 *
 * <p>Camel's own {@code readLock=changed} was the first choice, but it decides in the polling thread
 * (each new file holds the whole poll up to the check interval or the minimum age) and, given a
 * minimum age, looks at the modification time's age alone, never at a second sample of size and
 * time. Both checks are here, without blocking.
 */
final class SettledFiles implements GenericFileFilter<File> {
    /** What was seen of a file: when its current state was first seen, and the state. */
    record State(long size, long modifiedNanos, long changedNanos, Object fileKey) {
        /** The status-change time, when the file system gives it ("unix" attribute view). */
        private static final boolean HAS_CTIME = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

        static State of(Path path) throws IOException {
            if (HAS_CTIME) {
                Map<String, Object> attributes = Files.readAttributes(path, "unix:size,lastModifiedTime,ctime,fileKey");
                return new State((Long) attributes.get("size"), nanos(attributes.get("lastModifiedTime")),
                        nanos(attributes.get("ctime")), attributes.get("fileKey"));
            }
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return new State(attributes.size(), nanos(attributes.lastModifiedTime()), -1, attributes.fileKey());
        }

        private static long nanos(Object time) {
            return ((java.nio.file.attribute.FileTime) time).to(java.util.concurrent.TimeUnit.NANOSECONDS);
        }

        /** Renamed (or linked, or its mode changed) after its last write: the writer was done with it. */
        boolean changedAfterLastWrite() {
            return changedNanos > modifiedNanos;
        }
    }

    private record Seen(State state, long sinceNanos) {
    }

    private final Duration settle;
    private final GenericFileFilter<File> next;
    private final LongSupplier nanoClock;
    private final WholeArrivals arrivals;
    private final Map<Path, Seen> seen = new ConcurrentHashMap<>();

    SettledFiles(Duration settle, WholeArrivals arrivals, GenericFileFilter<File> next) {
        this(settle, arrivals, next, System::nanoTime);
    }

    SettledFiles(Duration settle, WholeArrivals arrivals, GenericFileFilter<File> next, LongSupplier nanoClock) {
        this.settle = settle;
        this.arrivals = arrivals;
        this.next = next;
        this.nanoClock = nanoClock;
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        if (file.isDirectory()) {
            return next.accept(file);
        }
        return isSettled(file.getFile().toPath()) && next.accept(file);
    }

    /** Records what the file is now and tells whether it has stayed so for the settle period. */
    boolean isSettled(Path path) {
        State now;
        try {
            now = State.of(path);
        } catch (IOException e) {
            seen.remove(path);
            return false; // gone since listed
        }
        long nanos = nanoClock.getAsLong();
        // Already that old (a file present at start, or moved in whole), or renamed in once written:
        // no need to watch it settle.
        boolean complete = isOld(now) || now.changedAfterLastWrite() || arrivals.arrivedWhole(path, now.size());
        Seen before = seen.get(path);
        if (before == null || !before.state().equals(now)) {
            seen.put(path, new Seen(now, nanos));
            return complete;
        }
        return complete || nanos - before.sinceNanos() >= settle.toNanos();
    }

    private boolean isOld(State state) {
        long ageNanos = System.currentTimeMillis() * 1_000_000L - state.modifiedNanos();
        return ageNanos >= settle.toNanos();
    }

    /** True when the file is still as it was when last found settled (checked again at pick-up). */
    boolean unchangedSinceSettled(Path path, State state) {
        Seen before = seen.get(path);
        return before != null && Objects.equals(before.state(), state);
    }

    /** The file was handled, or is gone: forget it. */
    void forget(Path path) {
        seen.remove(path);
    }

    Duration settle() {
        return settle;
    }
}
