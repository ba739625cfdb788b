package org.plenary.route;

import java.io.File;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;

/**
 * Holds back originals whose outputs could not be written (read-only or full output folder):
 * they stay in the input folder and are offered again after a delay that doubles with each
 * attempt, up to a ceiling, instead of at every poll.
 */
public final class RetryBackoff implements GenericFileFilter<File> {
    private final Duration first;
    private final Duration ceiling;
    private final Clock clock;
    private final Map<String, Attempt> waiting = new ConcurrentHashMap<>();

    private record Attempt(int count, long dueMillis) { }

    public RetryBackoff(Duration first, Duration ceiling, Clock clock) {
        this.first = first;
        this.ceiling = ceiling;
        this.clock = clock;
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        return file.isDirectory() || isDue(file.getFileName());
    }

    public boolean isDue(String name) {
        Attempt attempt = waiting.get(name);
        return attempt == null || clock.millis() >= attempt.dueMillis();
    }

    /** Records a failed attempt and returns how long the file now waits. */
    public Duration postpone(String name) {
        Attempt attempt = waiting.compute(name, (key, previous) -> {
            int count = previous == null ? 1 : previous.count() + 1;
            long delay = Math.min(ceiling.toMillis(), first.toMillis() << Math.min(count - 1, 20));
            return new Attempt(count, clock.millis() + delay);
        });
        return Duration.ofMillis(attempt.dueMillis() - clock.millis());
    }

    public void forget(String name) {
        waiting.remove(name);
    }

    public int waitingCount() {
        return waiting.size();
    }
}
