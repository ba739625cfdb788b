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

        Path citingFirst = work.resolve("citing-first");
        Publishing.publish(citingFirst, "A_RES_56_203", citing);
        PublishedCollection.of(citingFirst).writeIndex();
        assertThat(Files.readString(citingFirst.resolve("html/A_RES_56_203.html")))
                .contains("href=\"https://undocs.org/en/A/RES/54/212\"").doesNotContain("A_RES_54_212.html");
        Publishing.publish(citingFirst, "A_RES_54_212", cited);
        PublishedCollection.of(citingFirst).writeIndex();

        Path citedFirst = work.resolve("cited-first");
        Publishing.publish(citedFirst, "A_RES_54_212", cited);
        Publishing.publish(citedFirst, "A_RES_56_203", citing);
        PublishedCollection.of(citedFirst).writeIndex();

        String page = Files.readString(citedFirst.resolve("html/A_RES_56_203.html"));
        assertThat(page).contains("<a class=\"ref\" href=\"A_RES_54_212.html\" data-symbol=\"A/RES/54/212\">54/212</a>")
                .contains("href=\"https://undocs.org/en/A/RES/52/189\"")
                .contains("<a href=\"../index.html\">");
        assertThat(citingFirst.resolve("html/A_RES_56_203.html")).hasSameTextualContentAs(citedFirst.resolve("html/A_RES_56_203.html"));
        assertThat(citingFirst.resolve("catalog.json")).hasSameTextualContentAs(citedFirst.resolve("catalog.json"));
        var catalog = JsonNodes.read(citedFirst.resolve("catalog.json")).get("resolutions");
        assertThat(JsonNodes.strings(catalog.get(1).get("cites"))).containsExactly("A_RES_54_212");
        assertThat(catalog.get(0).get("cites")).isEmpty();
    }

    @Test
    void onlyTheLinksChangeInACitingPage() throws Exception {
        DocumentJob cited = Conversions.convertSample("A_RES_54_212.txt");
        DocumentJob citing = Conversions.convertSample("A_RES_56_203.txt");
        Path out = work.resolve("out");
        Publishing.publish(out, "A_RES_56_203", citing);
        Publishing.publish(out, "A_RES_54_212", cited);

        String rendered = citing.renditions().html();
        String linked = Files.readString(out.resolve("html/A_RES_56_203.html"));
        assertThat(linked.replace(" href=\"A_RES_54_212.html\" data-symbol=\"A/RES/54/212\"", " href=\"https://undocs.org/en/A/RES/54/212\""))
                .isEqualTo(rendered);
    }

    @Test
    void aSymbolThatMovesTakesItsLinksAlong() throws Exception {
        DocumentJob cited = Conversions.convertSample("A_RES_54_212.txt");
        DocumentJob other = Conversions.convertSample("A_RES_58_208.txt");
        DocumentJob citing = Conversions.convertSample("A_RES_56_203.txt");
        Path out = work.resolve("out");
        Publishing.publish(out, "A_RES_56_203", citing);
        Publishing.publish(out, "z-copy", cited);
        assertThat(Files.readString(out.resolve("html/A_RES_56_203.html"))).contains("href=\"z-copy.html\"");
        // The same symbol under a name that sorts first: the citations follow it.
        Publishing.publish(out, "A_RES_54_212", cited);
        assertThat(Files.readString(out.resolve("html/A_RES_56_203.html"))).contains("href=\"A_RES_54_212.html\"").doesNotContain("z-copy");
        // Both replaced by another resolution: the citations go back to the official page.
        Publishing.publish(out, "A_RES_54_212", other);
        Publishing.publish(out, "z-copy", other);
        assertThat(Files.readString(out.resolve("html/A_RES_56_203.html")))
                .contains("<a class=\"ref\" href=\"https://undocs.org/en/A/RES/54/212\">").doesNotContain("data-symbol=\"A/RES/54/212\"");
    }

    @Test
    void duplicateSymbolsAreFlaggedInCatalogAndIndex() throws Exception {
        DocumentJob job = Conversions.convertSample("A_RES_54_212.txt");
        Path out = work.resolve("out");
        Publishing.publish(out, "A_RES_54_212", job);
        Publishing.publish(out, "A_RES_54_212 copy", job);
        Publishing.publish(out, "A_RES_56_203", Conversions.convertSample("A_RES_56_203.txt"));
        PublishedCollection.of(out).writeIndex();

        var resolutions = JsonNodes.read(out.resolve("catalog.json")).get("resolutions");
        assertThat(JsonNodes.strings(resolutions.get(0).get("sameSymbolAs"))).containsExactly("A_RES_54_212 copy");
        assertThat(JsonNodes.strings(resolutions.get(1).get("sameSymbolAs"))).containsExactly("A_RES_54_212");
        assertThat(resolutions.get(2).get("sameSymbolAs")).isEmpty();
        String index = Files.readString(out.resolve("index.html"));
        assertThat(index).contains("2 with a symbol another file has too").contains("Duplicate symbol: also")
                .contains("this row is A_RES_54_212 copy");
        assertThat(org.jsoup.Jsoup.parse(index).select("strong.duplicate")).hasSize(2);
    }
}
