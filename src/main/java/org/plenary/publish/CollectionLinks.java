package org.plenary.publish;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Links the resolutions of one collection to each other. A page is rendered with every citation
 * pointing at the official page of the cited document; while that document is in the collection,
 * the link points at its page here instead, and remembers the symbol it stands for
 * ({@code data-symbol}), so it can be pointed elsewhere later. Only the start tags of those links
 * are rewritten, found by an HTML parser; every other byte of the page stays as rendered. The pages
 * stay static, without scripts, so they work opened from the file system.
 */
final class CollectionLinks {
    static final String OFFICIAL = "https://undocs.org/en/";

    private CollectionLinks() {
    }

    /** Every symbol a published JSON document cites, in order of first mention. */
    static Set<String> referencesOf(JsonNode doc) {
        Set<String> symbols = new LinkedHashSet<>();
        collect(doc, symbols);
        return symbols;
    }

    private static void collect(JsonNode node, Set<String> symbols) {
        if (node.isObject()) {
            JsonNode references = node.get("references");
            if (references != null && references.isArray()) {
                references.forEach(r -> symbols.add(r.asText()));
            }
            node.forEach(child -> collect(child, symbols));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, symbols));
        }
    }

    /** The relative link to a page of the collection. */
    static String pageHref(String name) {
        return encode(name + ".html");
    }

    /** A name as a part of a link: every byte but letters, digits and "-._~" percent-encoded (as XPath's encode-for-uri). */
    static String encode(String part) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : part.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return encoded.toString();
    }

    /**
     * The page with each citation linked where the collection has the cited document now: its page
     * here, or the official page when the collection has none (or the page is the document's own).
     *
     * @param pageOf the name whose page a symbol links to, or null
     * @return the same string when no link changes
     */
    static String relink(String html, String self, Function<String, String> pageOf) {
        Document page = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        StringBuilder linked = null;
        int copied = 0;
        for (Element link : page.select("a.ref[href]")) {
            String href = link.attr("href");
            String symbol = link.hasAttr("data-symbol") ? link.attr("data-symbol")
                    : href.startsWith(OFFICIAL) ? href.substring(OFFICIAL.length()) : null;
            if (symbol == null || symbol.isEmpty()) {
                continue; // a link elsewhere, or one an earlier version pointed here without saying to what
            }
            String target = pageOf.apply(symbol);
            boolean here = target != null && !target.equals(self);
            String wanted = here ? pageHref(target) : OFFICIAL + symbol;
            if (wanted.equals(href) && here == link.hasAttr("data-symbol")) {
                continue;
            }
            Attributes attributes = link.attributes().clone();
            attributes.put("href", wanted);
            if (here) {
                attributes.put("data-symbol", symbol);
            } else {
                attributes.remove("data-symbol");
            }
            int start = link.sourceRange().start().pos();
            int end = link.sourceRange().end().pos();
            if (linked == null) {
                linked = new StringBuilder(html.length() + 256);
            }
            linked.append(html, copied, start).append('<').append(link.tagName()).append(attributes.html()).append('>');
            copied = end;
        }
        return linked == null ? html : linked.append(html, copied, html.length()).toString();
    }
}
