package org.plenary.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A large published collection made in seconds: copies of one document's four real outputs under
 * distinct names, as a folder the application has filed into for years looks. Each copy's JSON
 * gets a symbol of its own, so the collection holds that many documents rather than one symbol
 * under many names; the other outputs are hard links, to spare the disk. The collection's own
 * files (catalog, index) are left for the application to make from the outputs, as it does for a
 * folder it finds without them.
 */
public final class PublishedCopies {
    private static final List<String[]> LINKED = List.of(new String[] {"akn", ".xml"}, new String[] {"html", ".html"}, new String[] {"txt", ".txt"});

    private PublishedCopies() {
    }

    /**
     * Fills {@code folder} with {@code count} copies of the outputs the application wrote for
     * {@code name} into {@code published}.
     */
    public static void write(Path published, String name, Path folder, int count) throws IOException {
        write(published, List.of(name), folder, count);
    }

    /** The same with several documents, copied in turn ("A-00000" of the first, "B-00001" of the second …). */
    public static void write(Path published, List<String> names, Path folder, int count) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<ObjectNode> documents = new java.util.ArrayList<>();
        for (String name : names) {
            documents.add((ObjectNode) json.readTree(published.resolve("json").resolve(name + ".json").toFile()));
        }
        for (String dir : List.of("akn", "html", "json", "txt")) {
            Files.createDirectories(folder.resolve(dir));
        }
        for (int i = 0; i < count; i++) {
            String name = names.get(i % names.size());
            ObjectNode document = documents.get(i % names.size()).deepCopy();
            String copy = String.format(Locale.ROOT, "%s-%05d", name, i);
            document.put("symbol", document.path("symbol").asText(name) + "/copy-" + i);
            Files.write(folder.resolve("json").resolve(copy + ".json"), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
            for (String[] output : LINKED) {
                Path source = published.resolve(output[0]).resolve(name + output[1]);
                Path target = folder.resolve(output[0]).resolve(copy + output[1]);
                try {
                    Files.createLink(target, source);
                } catch (UnsupportedOperationException | IOException e) {
                    Files.copy(source, target);
                }
            }
        }
    }
}
