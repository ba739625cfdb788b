package org.plenary.dev;

import java.nio.file.Path;

/** The read-only material beside the project's root: the plenary.shared property, which the launcher sets, else ../shared. */
final class SharedFolder {
    private SharedFolder() {
    }

    static Path root() {
        return Path.of(System.getProperty("plenary.shared", "../shared"));
    }
}
