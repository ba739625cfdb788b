package org.plenary.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.jsoup.Jsoup;
import org.plenary.Conversions;

/**
 * The quick relinking of a page just rendered agrees with the parser's, byte for byte, for real
 * pages and any state of the collection; and a page not of the rendered shape goes to the parser.
 */
class CollectionLinksProperties {
    private static final List<String> PAGES = rendered();

    private static List<String> rendered() {
        List<String> pages = new ArrayList<>();
        try {
            for (String sample : Conversions.SAMPLES) {
                pages.add(Conversions.convertSample(sample).renditions().html());
            }
            for (String pdf : List.of("A_RES_78_258.pdf", "A_RES_78_252.pdf")) {
                pages.add(Conversions.convert(pdf, Files.readAllBytes(Path.of("src/test/resources/pdf", pdf))).renditions().html());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    @Property(tries = 300)
    void agreesWithTheParserOnRenderedPages(@ForAll @IntRange(min = 0, max = 6) int which, @ForAll long seed) {
        String page = PAGES.get(which);
        Map<String, String> pages = randomCollection(page, new Random(seed));
        assertThat(CollectionLinks.relinkRendered(page, "self", pages::get))
                .isEqualTo(CollectionLinks.relink(page, "self", pages::get));
    }

    @Property(tries = 100)
    void aPageOfAnotherShapeIsLeftToTheParser(@ForAll @IntRange(min = 0, max = 6) int which, @ForAll long seed) {
        // Attributes in another order, and a quoted class="ref" in the text: the quick way must not be taken wrongly.
        String page = PAGES.get(which).replaceFirst("<a class=\"ref\" href=\"([^\"]*)\">", "<a href=\"$1\" class=\"ref\">")
                .replaceFirst("<p>", "<p>class=\"ref\" ");
        Map<String, String> pages = randomCollection(page, new Random(seed));
        assertThat(CollectionLinks.relinkRendered(page, "self", pages::get))
                .isEqualTo(CollectionLinks.relink(page, "self", pages::get));
    }

    /** Each symbol the page cites: in the collection under some name (its own among them), or not. */
    private static Map<String, String> randomCollection(String page, Random random) {
        Map<String, String> pages = new HashMap<>();
        for (String href : Jsoup.parse(page).select("a.ref[href]").eachAttr("href")) {
            String symbol = href.substring(CollectionLinks.OFFICIAL.length());
            switch (random.nextInt(4)) {
                case 0 -> pages.put(symbol, "self");
                case 1 -> pages.put(symbol, symbol.replace('/', '_'));
                case 2 -> pages.put(symbol, "a name with spaces & more");
                default -> { }
            }
        }
        return pages;
    }
}
