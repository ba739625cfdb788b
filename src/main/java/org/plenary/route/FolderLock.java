package org.plenary.route;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.apache.camel.Service;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One watcher per folder: the file INPUT/.plenary-watch.lock, holding the watcher's pid and host,
 * under an operating-system lock for as long as the watcher runs. A second watcher of the same
 * folder, in another process or in this one, is refused with the holder's pid and host. A lock
 * file whose holder is gone (no process holds the OS lock and, on this host, its pid no longer
 * runs) is stale, as a killed watcher leaves it: it is taken over, with a log line. The file is
 * removed when the watcher stops.
 */
public final class FolderLock implements Service, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderLock.class);
    public static final String FILE_NAME = ".plenary-watch.lock";

    /** A folder already watched, with who holds it. */
    public static final class HeldException extends RuntimeException {
        private final transient Holder holder;

        HeldException(Path folder, Holder holder) {
            this(folder + " is already watched by " + (holder == null ? "another watcher" : holder.describe())
                    + "; stop that watcher first (only one may watch a folder), or watch another folder.", holder);
        }

        HeldException(String message, Holder holder) {
            super(message);
            this.holder = holder;
        }

        public Holder holder() {
            return holder;
        }
    }

    /** Who wrote a lock file: "pid@host" in the file. */
    public record Holder(long pid, String host) {
        static Holder current() {
            return new Holder(ProcessHandle.current().pid(), hostName());
        }

        static Holder parse(String text) {
            String line = text.strip();
            int at = line.indexOf('@');
            if (at <= 0) {
                return null;
            }
            try {
                return new Holder(Long.parseLong(line.substring(0, at)), line.substring(at + 1));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        boolean onThisHost() {
            return host.equals(hostName());
        }

        /** True when the pid runs on this host; for another host, we cannot tell and say it may. */
        boolean mayBeRunning() {
            return !onThisHost() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }

        String describe() {
            return "process " + pid + " on " + host;
        }

        @Override
        public String toString() {
            return pid + "@" + host;
        }
    }

    /**
     * The lock files this JVM holds. A second watcher in the same JVM is refused here, before it opens
     * the file: closing any descriptor of a file drops every POSIX lock the process holds on it.
     */
    private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path file;
    private final Path key;
    private FileChannel channel;
    private FileLock lock;

    private FolderLock(Path file, Path key, FileChannel channel, FileLock lock) {
        this.file = file;
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder's lock, or throws {@link HeldException} naming the watcher that has it. */
    public static FolderLock acquire(Path folder) {
        Path key;
        try {
            key = folder.toRealPath().resolve(FILE_NAME);
        } catch (IOException e) {
            throw new IllegalStateException("Could not lock " + folder + " for watching: " + e.getMessage(), e);
        }
        if (!HELD.add(key)) {
            throw new HeldException(folder, Holder.current());
        }
        try {
            for (int attempt = 1; ; attempt++) {
                FolderLock taken = tryAcquire(folder, key);
                if (taken != null || attempt == 3) {
                    if (taken == null) {
                        throw new IllegalStateException("Could not lock " + folder + " for watching: its lock file keeps being replaced");
                    }
                    return taken;
                }
            }
        } catch (RuntimeException e) {
            HELD.remove(key);
            throw e;
        }
    }

    private static Object identity(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    /** The lock, or null when the file was replaced while it was being taken (try again). */
    private static FolderLock tryAcquire(Path folder, Path key) {
        Path file = folder.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            // Found by name (stat, which opens nothing) before and after locking: the same file both times,
            // or a watcher that stopped just then removed it and the lock is on a file no longer there.
            Object opened;
            try {
                opened = identity(file);
            } catch (java.nio.file.NoSuchFileException e) {
                channel.close();
                return null;
            }
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by another watcher of this same process
            }
            Holder previous = Holder.parse(read(channel));
            if (lock == null) {
                channel.close();
                throw new HeldException(folder, previous);
            }
            if (previous != null && !previous.equals(Holder.current())) {
                if (previous.onThisHost() && previous.mayBeRunning()) {
                    // No OS lock, yet its pid runs: a watcher on a file system without locks, or the pid was
                    // reused. Refuse rather than risk two watchers; the message says how to go on.
                    lock.release();
                    channel.close();
                    throw new HeldException(folder + " has a lock file (" + file.getFileName() + ") naming " + previous.describe()
                            + ", which is running; if that is not a Plenary watcher, delete " + file + " and start again.", previous);
                }
                LOG.warn("took over the lock of {}: it was left by {}, which {}", printable(folder), previous.describe(),
                        previous.onThisHost() ? "is no longer running" : "holds no lock on it any more");
            }
            Object locked;
            try {
                locked = identity(file);
            } catch (java.nio.file.NoSuchFileException e) {
                locked = null;
            }
            if (!opened.equals(locked)) {
                channel.close();
                return null;
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((Holder.current() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            return new FolderLock(file, key, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new IllegalStateException("Could not lock " + folder + " for watching (" + file.getFileName() + "): " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(512);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            String env = System.getenv("HOSTNAME");
            return env != null ? env : "localhost";
        }
    }

    private static String printable(Path path) {
        return FiledNames.printable(path.toString());
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the failure being reported matters more
            }
        }
    }

    @Override
    public void start() {
        // taken when made
    }

    /** Removes the lock file, then lets the OS lock go: the folder is free for the next watcher. */
    @Override
    public synchronized void stop() {
        if (channel == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not remove the lock file {}: {}", printable(file), e.getMessage());
        }
        release();
    }

    private synchronized void release() {
        if (channel == null) {
            return;
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
        channel = null;
        lock = null;
        HELD.remove(key);
    }

    @Override
    public void close() {
        stop();
    }
}
