package org.plenary.route;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offers the watcher only regular files of the input folder, then asks the retry back-off. A FIFO
 * or a device would block a worker in its first read for ever (or feed it without end, as
 * /dev/zero does), and a symbolic link that leads out of the folder would publish another place's
 * file: each is left where it is, with one log line the first time it is seen.
 */
final class InputFileFilter implements GenericFileFilter<File> {
    private static final Logger LOG = LoggerFactory.getLogger(InputFileFilter.class);

    private final Path input;
    private final GenericFileFilter<File> next;
    private final Set<Path> reported = ConcurrentHashMap.newKeySet();

    InputFileFilter(Path input, GenericFileFilter<File> next) {
        this.input = input;
        this.next = next;
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        if (file.isDirectory()) {
            return next.accept(file);
        }
        Path path = file.getFile().toPath();
        String refusal = refusal(path);
        if (refusal == null) {
            reported.remove(path);
            return next.accept(file);
        }
        if (reported.add(path)) {
            LOG.warn("ignored {}: {}; it stays where it is", printable(path.getFileName().toString()), refusal);
        }
        return false;
    }

    /** The name as a log may show it: no raw newline or terminal escape from a hostile name. */
    private static String printable(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }

    /** Why the path is not read, or null when it is a regular file inside the input folder. */
    String refusal(Path path) {
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!Files.isSymbolicLink(path)) {
            return "not a regular file (a pipe, socket or device), which would block or never end";
        }
        try {
            Path target = path.toRealPath();
            if (!target.startsWith(input.toRealPath())) {
                return "a symbolic link to a place outside the input folder";
            }
            return Files.isRegularFile(target) ? null : "a symbolic link to something that is not a regular file";
        } catch (IOException e) {
            return "a symbolic link that leads nowhere";
        }
    }
}
