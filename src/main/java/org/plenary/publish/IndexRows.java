package org.plenary.publish;

import com.fasterxml.jackson.databind.JsonNode;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The rows of the collection page's table (index.xsl renders the page around them), one from
 * each catalog entry, built as HTML elements and serialized by jsoup, which escapes text and
 * attributes. Rendered when an entry changes and kept, so each costs microseconds once, not
 * once a document for every document.
 */
final class IndexRows {
    private IndexRows() {
    }

    /** A resolution: its symbol (or file name), a mark when another file has its symbol, title, adoption date, files. */
    static String resolution(JsonNode entry) {
        Document page = page();
        Element row = page.body().appendElement("tr");
        String name = entry.get("name").asText();
        Element symbol = row.appendElement("td");
        symbol.appendElement("a").attr("href", href(entry.path("links").path("html").asText()))
                .text(text(entry, "symbol") != null ? text(entry, "symbol") : name);
        JsonNode same = entry.path("sameSymbolAs");
        if (same.size() > 0) {
            // Two input files gave the same symbol: one of them is probably misnamed or a copy.
            Element mark = symbol.appendElement("strong").addClass("duplicate").appendText(" Duplicate symbol: also ");
            for (int i = 0; i < same.size(); i++) {
                if (i > 0) {
                    mark.appendText(", ");
                }
                mark.appendElement("a").attr("href", href("html/" + same.get(i).asText() + ".html")).text(same.get(i).asText());
            }
            mark.appendText("; this row is " + name + ".");
        }
        row.appendElement("td").text(orEmpty(text(entry, "title")));
        row.appendElement("td").addClass("date").text(orEmpty(text(entry, "adoptionDate")));
        Element files = row.appendElement("td").addClass("links");
        String[][] links = {{"html", "HTML"}, {"json", "JSON"}, {"akn", "XML"}, {"txt", "Text"}};
        for (int i = 0; i < links.length; i++) {
            if (i > 0) {
                files.appendText(" ");
            }
            files.appendElement("a").attr("href", href(entry.path("links").path(links[i][0]).asText())).text(links[i][1]);
        }
        return row.outerHtml();
    }

    /** A file that could not be converted, with the first line of its report. */
    static String failed(JsonNode entry) {
        Document page = page();
        Element row = page.body().appendElement("tr").addClass("failed");
        row.appendElement("td").appendElement("a").attr("href", href(entry.get("report").asText())).text(entry.get("name").asText());
        row.appendElement("td").attr("colspan", "3").text("Not converted: " + entry.get("error").asText());
        return row.outerHtml();
    }

    /** A catalog path as a link: each part percent-encoded, so names with spaces or other signs work. */
    static String href(String path) {
        StringBuilder href = new StringBuilder();
        for (String part : path.split("/", -1)) {
            if (href.length() > 0) {
                href.append('/');
            }
            href.append(CollectionLinks.encode(part));
        }
        return href.toString();
    }

    private static Document page() {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        return page;
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
