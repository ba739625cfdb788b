package org.plenary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * What the tests read: the samples, their golden results and one resolution in the UN's own Akoma
 * Ntoso are in src/test/resources, and the official OASIS schema is on the classpath
 * (org.plenary.validate.OfficialSchema), so every test runs in a fresh clone. The large corpora
 * beside the project's root (../shared, or the plenary.shared property: the UN's own Akoma Ntoso in
 * un-akn, the OASIS schema's text in akn, real PDFs in real-pdf) are read only by the tests over
 * them, which are skipped, with the reason printed, when they are absent.
 */
public final class SharedMaterial {
    private static final Path RESOURCES = Path.of("src/test/resources");

    private SharedMaterial() {
    }

    /** The shared folder, whether or not it is there. */
    public static Path location() {
        return Path.of(System.getProperty("plenary.shared", "../shared"));
    }

    /**
     * A part of the shared material (un-akn, akn/akomantoso30.xsd, real-pdf/pdf/NAME.pdf …); the
     * calling test is skipped, with the reason in the test report and on the console, when it is absent.
     */
    public static Path require(String part) {
        Path path = location().resolve(part);
        if (!Files.exists(path)) {
            skip("needs the shared material " + path.toAbsolutePath().normalize()
                    + ", absent here (it lies beside the project's root as ../shared; -Dplenary.shared=DIR names another place)");
        }
        return path;
    }

    /**
     * Skips the calling test (or, from a @BeforeAll, its class) with this reason, which lands in
     * the test report and, as a line of its own, on the console where Maven shows it.
     */
    public static void skip(String reason) {
        System.out.println("SKIPPED " + caller() + ": " + reason);
        Assumptions.abort(reason);
    }

    /** The golden result of a sample (copied from ../shared/golden). */
    public static Path golden(String name) {
        return RESOURCES.resolve("golden").resolve(name + ".json");
    }

    /** The official OASIS schema as ../shared/akn holds its text (the tests otherwise use the one Plenary ships). */
    public static Path sharedOfficialSchema() {
        return require("akn/akomantoso30.xsd");
    }

    /** Every resolution the United Nations marked up (../shared/un-akn), its .xml files in order of their paths. */
    public static List<Path> unAknFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(require("un-akn"))) {
            return walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }

    /** One resolution in the UN's own Akoma Ntoso (75/100), kept in src/test/resources. */
    public static Path unAknResolution() {
        return RESOURCES.resolve("un-akn/75_100_E.xml");
    }

    /** A file of the project's test resources, by its path under them ("web-pages/A_RES_54_212.html"). */
    public static Path testResource(String relative) {
        return RESOURCES.resolve(relative);
    }

    public static Path sample(String fileName) {
        return RESOURCES.resolve("samples").resolve(fileName);
    }

    /** The test that asked (the outermost of the project's frames: the test method, not a helper), for the console line. */
    private static String caller() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().startsWith("org.plenary") && !f.getClassName().equals(SharedMaterial.class.getName()))
                .reduce((inner, outer) -> outer)
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .orElse("a test"));
    }
}
