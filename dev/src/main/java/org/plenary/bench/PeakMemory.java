package org.plenary.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The peak resident memory of a child process, as GNU time reports it ({@code -f %M}: the
 * maximum resident set size in KB, from the kernel's accounting of the process when it ends).
 */
final class PeakMemory {
    private PeakMemory() {
    }

    /** GNU time found on the PATH (the shell's own {@code time} keyword cannot run a process), or null. */
    static Path gnuTime() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, "time");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** What runs a command under GNU time, writing its peak to {@code report}; nothing when there is no GNU time. */
    static java.util.List<String> prefix(Path gnuTime, Path report) {
        return gnuTime == null ? java.util.List.of() : java.util.List.of(gnuTime.toString(), "-f", "%M", "-o", report.toString());
    }

    /** The last line GNU time wrote: -1 when it wrote no number (the process could not be started). */
    static long readKb(Path report) throws IOException {
        if (!Files.exists(report)) {
            return -1;
        }
        String[] lines = Files.readString(report).strip().split("\n");
        String last = lines[lines.length - 1].strip();
        return last.matches("\\d+") ? Long.parseLong(last) : -1;
    }
}
