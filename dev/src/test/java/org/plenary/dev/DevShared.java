package org.plenary.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The read-only material beside the project's root (../shared, as the plenary.shared property
 * names it) for the developer module's tests, which measure Plenary on it: where it is missing they
 * are skipped, each saying why in the test report and on the console.
 */
public final class DevShared {
    private DevShared() {
    }

    public static Path root() {
        Path root = Path.of(System.getProperty("plenary.shared", "../../shared"));
        if (!Files.isDirectory(root)) {
            String reason = "needs the shared material at " + root.toAbsolutePath().normalize()
                    + ", absent here (it lies beside the project's root as ../shared; -Dplenary.shared=DIR names another place)";
            System.out.println("SKIPPED " + StackWalker.getInstance().walk(s -> s.filter(f -> f.getClassName().endsWith("Test")).findFirst())
                    .map(f -> f.getClassName().replaceAll(".*\\.", "") + "." + f.getMethodName()).orElse("?") + ": " + reason);
            org.junit.jupiter.api.Assumptions.abort(reason);
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
