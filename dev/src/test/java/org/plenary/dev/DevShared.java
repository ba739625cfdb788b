package org.plenary.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The read-only material beside the project's root (../shared, as the plenary.shared property
 * names it) for the developer module's tests. The UN's Akoma Ntoso is required, as it is for the
 * product's tests: they fail rather than skip when it is missing.
 */
public final class DevShared {
    private DevShared() {
    }

    public static Path root() {
        Path root = Path.of(System.getProperty("plenary.shared", "../../shared"));
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("The shared material is missing: expected it at " + root.toAbsolutePath());
        }
        return root;
    }

    /** Every resolution the United Nations marked up (../shared/un-akn), its .xml files in order of their paths. */
    public static List<Path> unAknFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(root().resolve("un-akn"))) {
            return walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }
}
