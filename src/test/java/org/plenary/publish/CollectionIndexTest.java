package org.plenary.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.Conversions;
import org.plenary.JsonNodes;
import org.plenary.pipeline.DocumentJob;

/** The collection's pages link to each other, whatever order their documents arrive in. */
class CollectionIndexTest {
    @TempDir
    Path work;

    @Test
    void citedResolutionsOfTheCollectionAreLinkedHereWhateverTheOrder() throws Exception {
        DocumentJob cited = Conversions.convertSample("A_RES_54_212.txt");
        DocumentJob citing = Conversions.convertSample("A_RES_56_203.txt");
        CollectionIndex index = new CollectionIndex();

        Path citingFirst = work.resolve("citing-first");
        publish(citingFirst, citing);
        index.update(citingFirst);
        assertThat(Files.readString(citingFirst.resolve("html/A_RES_56_203.html")))
                .contains("href=\"https://undocs.org/en/A/RES/54/212\"").doesNotContain("A_RES_54_212.html");
        publish(citingFirst, cited);
        index.update(citingFirst);

        Path citedFirst = work.resolve("cited-first");
        publish(citedFirst, cited);
        publish(citedFirst, citing);
        index.update(citedFirst);

        String page = Files.readString(citedFirst.resolve("html/A_RES_56_203.html"));
        assertThat(page).contains("<a class=\"ref\" href=\"A_RES_54_212.html\">54/212</a>")
                .contains("href=\"https://undocs.org/en/A/RES/52/189\"")
                .contains("<a href=\"../index.html\">");
        assertThat(citingFirst.resolve("html/A_RES_56_203.html")).hasSameTextualContentAs(citedFirst.resolve("html/A_RES_56_203.html"));
        assertThat(citingFirst.resolve("catalog.json")).hasSameTextualContentAs(citedFirst.resolve("catalog.json"));
        var catalog = JsonNodes.read(citedFirst.resolve("catalog.json")).get("resolutions");
        assertThat(JsonNodes.strings(catalog.get(1).get("cites"))).containsExactly("A_RES_54_212");
        assertThat(catalog.get(0).get("cites")).isEmpty();
    }

    private static void publish(Path out, DocumentJob job) {
        new OutputWriter().write(out, job.baseName(), job.aknXml(), job.renditions());
    }
}
