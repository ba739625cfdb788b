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
 * that old. A writer that appends in pieces with pauses shorter than the period, or saves over the
 * file, keeps it back; nothing waits in the poll, so one slow writer holds up no other file.
 *
 * <p>Camel's own {@code readLock=changed} was the first choice, but it decides in the polling thread
 * (each new file holds the whole poll up to the check interval or the minimum age) and, given a
 * minimum age, looks at the modification time's age alone, never at a second sample of size and
 * time. Both checks are here, without blocking.
 */
final class SettledFiles implements GenericFileFilter<File> {
    /** What was seen of a file: when its current state was first seen, and the state. */
    record State(long size, long modifiedNanos, Object fileKey) {
        static State of(Path path) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return new State(attributes.size(), attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                    attributes.fileKey());
        }
    }

    private record Seen(State state, long sinceNanos) {
    }

    private final Duration settle;
    private final GenericFileFilter<File> next;
    private final LongSupplier nanoClock;
    private final Map<Path, Seen> seen = new ConcurrentHashMap<>();

    SettledFiles(Duration settle, GenericFileFilter<File> next) {
        this(settle, next, System::nanoTime);
    }

    SettledFiles(Duration settle, GenericFileFilter<File> next, LongSupplier nanoClock) {
        this.settle = settle;
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
        Seen before = seen.get(path);
        if (before == null || !before.state().equals(now)) {
            seen.put(path, new Seen(now, nanos));
            // Already that old (a file present at start, or moved in whole): no need to watch it settle.
            return isOld(now);
        }
        return nanos - before.sinceNanos() >= settle.toNanos() || isOld(now);
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
