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
     * Any page: one written by an earlier version, or edited since, is read by an HTML parser.
     *
     * @param pageOf the name whose page a symbol links to, or null
     * @return the same string when no link changes
     */
    static String relink(String html, String self, Function<String, String> pageOf) {
        Document page = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        Relinked linked = new Relinked(html);
        for (Element link : page.select("a.ref[href]")) {
            linked.link(link.attributes(), link.hasAttr("data-symbol") ? link.attr("data-symbol") : null,
                    link.sourceRange().start().pos(), link.sourceRange().end().pos(), self, pageOf);
        }
        return linked.page();
    }

    /** How the HTML stylesheet's citation links start (html.xsl, akn:ref), as Saxon's HTML serialiser writes them. */
    private static final String RENDERED_REF = "<a class=\"ref\" href=\"";

    /**
     * {@link #relink} for a page as the HTML stylesheet has just rendered it, found without
     * parsing the page (which was half of publishing a document): Saxon's serialiser escapes every
     * "<" of text and every quote of an attribute's value, so each occurrence of the links' opening
     * is one. A page not of that shape (another count of {@code class="ref"}, a link written
     * otherwise) is left to the parser.
     */
    static String relinkRendered(String html, String self, Function<String, String> pageOf) {
        Relinked linked = new Relinked(html);
        int links = 0;
        for (int start = html.indexOf(RENDERED_REF); start >= 0; start = html.indexOf(RENDERED_REF, start + 1)) {
            int valueStart = start + RENDERED_REF.length();
            int valueEnd = html.indexOf('"', valueStart);
            if (valueEnd < 0 || valueEnd + 1 >= html.length() || html.charAt(valueEnd + 1) != '>') {
                return relink(html, self, pageOf);
            }
            Attributes attributes = new Attributes().put("class", "ref")
                    .put("href", Parser.unescapeEntities(html.substring(valueStart, valueEnd), true));
            linked.link(attributes, null, start, valueEnd + 2, self, pageOf);
            links++;
        }
        if (links != occurrences(html, "class=\"ref\"")) {
            return relink(html, self, pageOf);
        }
        return linked.page();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /** A page being relinked: each link's start tag rewritten where its target changes, every other byte kept. */
    private static final class Relinked {
        private final String html;
        private StringBuilder linked;
        private int copied;

        Relinked(String html) {
            this.html = html;
        }

        /** The link whose start tag spans [start, end) and has these attributes, pointed where it belongs now. */
        void link(Attributes attributes, String dataSymbol, int start, int end, String self, Function<String, String> pageOf) {
            String href = attributes.get("href");
            String symbol = dataSymbol != null ? dataSymbol : href.startsWith(OFFICIAL) ? href.substring(OFFICIAL.length()) : null;
            if (symbol == null || symbol.isEmpty()) {
                return; // a link elsewhere, or one an earlier version pointed here without saying to what
            }
            String target = pageOf.apply(symbol);
            boolean here = target != null && !target.equals(self);
            String wanted = here ? pageHref(target) : OFFICIAL + symbol;
            if (wanted.equals(href) && here == (dataSymbol != null)) {
                return;
            }
            Attributes changed = attributes.clone();
            changed.put("href", wanted);
            if (here) {
                changed.put("data-symbol", symbol);
            } else {
                changed.remove("data-symbol");
            }
            if (linked == null) {
                linked = new StringBuilder(html.length() + 256);
            }
            linked.append(html, copied, start).append("<a").append(changed.html()).append('>');
            copied = end;
        }

        String page() {
            return linked == null ? html : linked.append(html, copied, html.length()).toString();
        }
    }
}
