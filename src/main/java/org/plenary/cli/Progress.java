package org.plenary.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The progress line of a batch on a terminal: documents done of the total, failures, rate and time
 * left, redrawn in place at most four times a second. Reports printed meanwhile go through
 * {@link #print} so that they never land in the middle of the line. Hidden, it prints nothing
 * (output to a file or a pipe, or --quiet), and a log stays free of carriage returns.
 */
final class Progress {
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintStream out;
    private final int total;
    private final boolean shown;
    private final long started = System.nanoTime();
    private int done;
    private int failed;
    private long drawnAt;
    private boolean drawn;

    Progress(PrintStream out, int total, boolean shown) {
        this.out = out;
        this.total = total;
        this.shown = shown;
    }

    /** Counts a document finished (in any thread), and redraws the line when it is time. */
    synchronized void finished(boolean converted) {
        done++;
        if (!converted) {
            failed++;
        }
        long now = System.nanoTime();
        if (shown && (done == total || now - drawnAt >= REDRAW_NANOS)) {
            drawnAt = now;
            out.print("\r" + line(done, failed, total, (now - started) / 1e9) + "\u001b[K");
            out.flush();
            drawn = true;
        }
    }

    /** Prints text above the line: the line is cleared first and drawn again with the next document. */
    synchronized void print(String text) {
        clear();
        out.print(text);
        out.flush();
    }

    /** Removes the line, so that what follows starts on a clean line. */
    synchronized void clear() {
        if (drawn) {
            out.print("\r\u001b[K");
            drawn = false;
        }
    }

    /** "120/312 done, 3 failed · 9.8 documents/s · about 19 s left" (the rate once a second has passed). */
    static String line(int done, int failed, int total, double seconds) {
        StringBuilder line = new StringBuilder().append(done).append('/').append(total).append(" done");
        if (failed > 0) {
            line.append(", ").append(failed).append(" failed");
        }
        if (seconds >= 1 && done > 0) {
            double rate = done / seconds;
            line.append(String.format(Locale.ROOT, " · %.1f documents/s", rate));
            if (done < total) {
                line.append(" · about ").append(duration(Math.round((total - done) / rate))).append(" left");
            }
        }
        return line.toString();
    }

    private static String duration(long seconds) {
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }
}
