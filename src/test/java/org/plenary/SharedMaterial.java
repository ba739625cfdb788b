package org.plenary;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The read-only material beside the project's root (../shared): golden structures of the samples,
 * the official OASIS Akoma Ntoso schema and the UN's own Akoma Ntoso. Tests fail, rather than skip, when it is missing.
 */
public final class SharedMaterial {
    private SharedMaterial() {
    }

    public static Path root() {
        Path root = Path.of(System.getProperty("plenary.shared", "../shared"));
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("The shared material is missing: expected it at " + root.toAbsolutePath());
        }
        return root;
    }

    public static Path golden(String name) {
        return root().resolve("golden").resolve(name + ".json");
    }

    public static Path officialSchema() {
        return root().resolve("akn").resolve("akomantoso30.xsd");
    }

    /** Every resolution the United Nations marked up (../shared/un-akn), its .xml files in order of their paths. */
    public static java.util.List<Path> unAknFiles() throws java.io.IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(root().resolve("un-akn"))) {
            return walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }

    public static Path sample(String fileName) {
        return Path.of("src/test/resources/samples").resolve(fileName);
    }
}
