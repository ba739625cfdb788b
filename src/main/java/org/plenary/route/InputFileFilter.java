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
 * /dev/zero does), a symbolic link that leads out of the folder would publish another place's
 * file, and the owner file Word keeps beside a document opened from the folder is no document:
 * each is left where it is, with one log line the first time it is seen.
 */
final class InputFileFilter implements GenericFileFilter<File> {
    private static final Logger LOG = LoggerFactory.getLogger(InputFileFilter.class);

    private final Path input;
    private final GenericFileFilter<File> next;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    InputFileFilter(Path input, GenericFileFilter<File> next) {
        this.input = input;
        this.next = next;
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        if (file.isDirectory()) {
            return next.accept(file);
        }
        String name = file.getFile().getName();
        Path path;
        String refusal;
        try {
            path = file.getFile().toPath();
            refusal = refusal(path);
        } catch (java.nio.file.InvalidPathException e) {
            // The listing decoded a name this system's file name encoding cannot give back: unopenable.
            path = null;
            refusal = unreadableName();
        }
        String key = file.getFile().getAbsolutePath();
        if (refusal == null) {
            reported.remove(key);
            return next.accept(file);
        }
        if (!refusal.isEmpty() && reported.add(key)) {
            LOG.warn("ignored {}: {}; it stays where it is", FiledNames.printable(name), refusal);
        }
        return false;
    }

    private static String unreadableName() {
        String encoding = System.getProperty("sun.jnu.encoding", "?");
        return "its name is not valid in this system's file name encoding (" + encoding + "), so it cannot be opened by name; "
                + "rename it" + (encoding.toUpperCase(java.util.Locale.ROOT).replace("-", "").equals("UTF8") ? " with UTF-8 characters"
                        : ", or start the watcher in a UTF-8 locale, as bin/plenary does (LC_ALL=C.UTF-8)");
    }

    /**
     * Why the path is not read, or null when it is a regular file inside the input folder; empty
     * when it went away since it was listed (nothing to say).
     */
    String refusal(Path path) {
        String name = path.getFileName().toString();
        if (FiledNames.isWordOwnerFile(name)) {
            return "Word writes such a file (~$ and the document's name) beside a document it has open, to say who has it; "
                    + "it holds no text";
        }
        if (name.endsWith(FiledNames.REPORT_SUFFIX)) {
            return "names ending in " + FiledNames.REPORT_SUFFIX + " are kept for the error reports filed in .failed/ "
                    + "(where it could replace one); rename it to have it converted";
        }
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            if (name.indexOf('\uFFFD') >= 0 || name.indexOf('?') >= 0) {
                return unreadableName();
            }
            return ""; // deleted or moved away since the listing
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
