package org.plenary.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.corpus.ReferenceDocument.Kind;
import org.plenary.corpus.ReferenceDocument.PrintBlock;

/**
 * A web page that publishes a resolution, in one of the two shapes such pages mostly take, chosen
 * by the symbol: a word processor's "save as web page" (a paragraph each, "[n]" links to notes
 * gathered at the end in their own blocks, spacing by non-breaking spaces), or a site's page
 * (a banner and navigation, the operative paragraphs as a numbered list the browser numbers,
 * raised note calls linking to a list of notes with links back, the site's footer and scripts).
 */
public final class WebPageLayout implements TextLayout {
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})\\.");

    @Override
    public String name() {
        return "web-page";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public String print(ReferenceDocument doc, String symbol) {
        return Math.floorMod(symbol.hashCode(), 2) == 0 ? wordPage(doc, symbol) : sitePage(doc, symbol);
    }

    private static String wordPage(ReferenceDocument doc, String symbol) {
        StringBuilder out = new StringBuilder("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                + "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
                + "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n<meta name=Generator content=\"Microsoft Word 15\">\n"
                + "<title>" + escape(symbol) + "</title>\n<style>\n<!--\np.MsoNormal {margin:0cm; font-size:12.0pt;}\n-->\n</style>\n</head>\n"
                + "<body lang=EN-US style='tab-interval:36.0pt'>\n<div class=WordSection1>\n");
        List<String> called = new ArrayList<>();
        Function<String, String> call = marker -> {
            if (!called.contains(marker)) {
                called.add(marker);
            }
            int n = called.indexOf(marker) + 1;
            return "<a style='mso-footnote-id:ftn" + n + "' href=\"#_ftn" + n + "\" name=\"_ftnref" + n + "\" title=\"\">"
                    + "<span class=MsoFootnoteReference><![if !supportFootnotes]><span class=MsoFootnoteReference>"
                    + "<span style='font-size:12.0pt'>[" + escape(marker) + "]</span></span><![endif]></span></a>";
        };
        for (PrintBlock block : doc.blocks) {
            String label = block.label().isEmpty() || block.kind() == Kind.COVER || block.kind() == Kind.ANNEX
                    ? "" : escape(block.label()) + "&nbsp;&nbsp;&nbsp; ";
            String marked = opensWithPhrase(block) ? PrintText.withItalicOpening(block.text()) : block.text();
            String style = block.kind() == Kind.TITLE || block.kind() == Kind.HEADING ? " align=center style='text-align:center'" : "";
            out.append("<p class=MsoNormal").append(style).append('>').append(label).append(html(marked, call)).append("</p>\n")
                    .append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n");
        }
        out.append("</div>\n<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>\n"
                + "<hr align=left size=1 width=\"33%\">\n<![endif]>\n");
        for (int i = 0; i < called.size(); i++) {
            int n = i + 1;
            out.append("<div style='mso-element:footnote' id=ftn").append(n).append(">\n<p class=MsoFootnoteText>")
                    .append("<a style='mso-footnote-id:ftn").append(n).append("' href=\"#_ftnref").append(n).append("\" name=\"_ftn")
                    .append(n).append("\" title=\"\"><span class=MsoFootnoteReference>[").append(escape(called.get(i)))
                    .append("]</span></a> ").append(html(doc.noteTexts.getOrDefault(called.get(i), ""), m -> m)).append("</p>\n</div>\n");
        }
        return out.append("</div>\n</body>\n</html>\n").toString();
    }

    private static String sitePage(ReferenceDocument doc, String symbol) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(symbol)).append(" | Resolutions archive</title>\n<link rel=\"stylesheet\" href=\"/site.css\">\n"
                        + "<script>window.dataLayer = window.dataLayer || [];</script>\n</head>\n<body>\n"
                        + "<header class=\"site-header\"><a class=\"logo\" href=\"/\">Resolutions archive</a>\n"
                        + "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/ga\">General Assembly</a></li>"
                        + "<li><a href=\"/search\">Search</a></li></ul></nav></header>\n<main>\n<article>\n");
        List<String> called = new ArrayList<>();
        Function<String, String> call = marker -> {
            if (!called.contains(marker)) {
                called.add(marker);
            }
            String id = Marks.isNumbered(marker) ? marker : "s" + (called.indexOf(marker) + 1);
            return "<sup id=\"fnref" + id + "\"><a href=\"#fn" + id + "\" class=\"footnote-ref\" role=\"doc-noteref\">"
                    + escape(marker) + "</a></sup>";
        };
        boolean inList = false;
        int expected = 0;
        for (PrintBlock block : doc.blocks) {
            String text = html(opensWithPhrase(block) ? PrintText.withItalicOpening(block.text()) : block.text(), call);
            Matcher number = NUMBERED.matcher(block.label());
            boolean item = block.kind() == Kind.OPERATIVE && number.matches();
            boolean insideItem = inList && block.kind() == Kind.POINT;
            if (inList && !item && !insideItem) {
                out.append("</li>\n</ol>\n");
                inList = false;
            }
            if (item) {
                int n = Integer.parseInt(number.group(1));
                if (!inList) {
                    out.append(n == 1 ? "<ol>\n" : "<ol start=\"" + n + "\">\n");
                    inList = true;
                } else {
                    out.append("</li>\n");
                }
                out.append(n == expected || expected == 0 ? "<li>" : "<li value=\"" + n + "\">").append(text);
                expected = n + 1;
                continue;
            }
            if (!inList) {
                expected = 0;
            }
            String label = block.label().isEmpty() || block.kind() == Kind.COVER || block.kind() == Kind.ANNEX ? "" : escape(block.label()) + " ";
            switch (block.kind()) {
                case TITLE -> out.append("<h1>").append(label).append(text).append("</h1>\n");
                case HEADING -> out.append("<h2>").append(text).append("</h2>\n");
                case GROUP_HEADING -> out.append("<h3>").append(label).append(text).append("</h3>\n");
                case POINT -> out.append("<p class=\"point\">").append(label).append(text).append("</p>\n");
                case ANNEX -> out.append("<section class=\"annex\"><p>").append(text).append("</p></section>\n");
                default -> out.append("<p>").append(label).append(text).append("</p>\n");
            }
        }
        if (inList) {
            out.append("</li>\n</ol>\n");
        }
        out.append("</article>\n</main>\n");
        if (!called.isEmpty()) {
            boolean numbered = true;
            for (int i = 0; i < called.size(); i++) {
                numbered &= Marks.isNumbered(called.get(i)) && Integer.parseInt(called.get(i)) == Integer.parseInt(called.get(0)) + i;
            }
            out.append("<section class=\"footnotes\" role=\"doc-endnotes\">\n<hr>\n");
            if (numbered) {
                int first = Integer.parseInt(called.get(0));
                out.append(first == 1 ? "<ol>\n" : "<ol start=\"" + first + "\">\n");
                for (String marker : called) {
                    out.append("<li id=\"fn").append(marker).append("\"><p>").append(html(doc.noteTexts.getOrDefault(marker, ""), m -> m))
                            .append(" <a href=\"#fnref").append(marker).append("\" class=\"footnote-back\" role=\"doc-backlink\">↩︎</a></p></li>\n");
                }
                out.append("</ol>\n");
            } else {
                for (int i = 0; i < called.size(); i++) {
                    String marker = called.get(i);
                    String id = Marks.isNumbered(marker) ? marker : "s" + (i + 1);
                    out.append("<p id=\"fn").append(id).append("\"><sup>").append(escape(marker)).append("</sup> ")
                            .append(html(doc.noteTexts.getOrDefault(marker, ""), m -> m)).append("</p>\n");
                }
            }
            out.append("</section>\n");
        }
        return out.append("<footer class=\"site-footer\"><p>© Resolutions archive. <a href=\"/terms\">Terms of use</a> · "
                + "<a href=\"/privacy\">Privacy</a></p></footer>\n<script src=\"/analytics.js\"></script>\n</body>\n</html>\n").toString();
    }

    /** The blocks whose opening words print in italics: the formula, recitals, operative paragraphs. */
    static boolean opensWithPhrase(PrintBlock block) {
        return switch (block.kind()) {
            case FORMULA, PREAMBULAR, RECITAL, OPERATIVE -> true;
            default -> false;
        };
    }

    /** Marked text as HTML: characters escaped, italics as elements, each call as {@code call} prints it. */
    private static String html(String marked, Function<String, String> call) {
        String escaped = escape(marked)
                .replace(String.valueOf(Marks.ITALIC_OPEN), "<i>").replace(String.valueOf(Marks.ITALIC_CLOSE), "</i>");
        Matcher m = Marks.CALL.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(call.apply(m.group(1))));
        }
        return m.appendTail(out).toString().replace(String.valueOf(Marks.NOTE_START), "");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
