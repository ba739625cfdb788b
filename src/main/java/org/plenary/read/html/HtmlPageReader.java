package org.plenary.read.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

import org.plenary.read.internal.BlockLines;
import org.plenary.read.text.DecodedText;
import org.plenary.read.text.TextReader;
import org.plenary.source.SourceDocument;
import org.plenary.source.SourceForm;
import org.plenary.source.SourceLine;

/**
 * Reads a web page that publishes a resolution (a republisher's page, a word processor's "save as
 * web page", a converter's HTML) into the source model: a line for each block as a browser lays it
 * out, italics kept, note calls where the page links or raises them, lists numbered as a browser
 * numbers them. What a page shows around its content (scripts, navigation, forms, the site's
 * footer) is left out here; what remains of the publisher's own lines is set aside by the layout,
 * as for a web page's text.
 */
public final class HtmlPageReader {
    private final TextReader textReader = new TextReader();
    /** Never a resolution's text: the page's machinery and the site's navigation around the content. */
    private static final String LEFT_OUT = "head, script, style, noscript, template, iframe, object, embed, svg, math, canvas, "
            + "nav, aside, footer, form, button, select, textarea, input, [hidden], [aria-hidden=true]";

    public SourceDocument read(DecodedText decoded) {
        // Positions tracked so that warnings and errors cite the page's own lines.
        Document page = Jsoup.parse(decoded.text(), "", Parser.htmlParser().setTrackPosition(true));
        PageStyles styles = PageStyles.of(page);
        page.select(LEFT_OUT).remove();
        Element content = content(page);
        Element preformatted = wholeTextIn(content);
        if (preformatted != null) {
            return asText(preformatted, decoded);
        }
        BlockLines lines = new BlockLines();
        BlockWalker walker = new BlockWalker(lines, styles);
        NodeTraversor.filter(walker, content);
        for (Element note : notesOutside(page, content)) {
            NodeTraversor.filter(walker, note);
        }
        return new SourceDocument(SourceForm.WEB_PAGE, lines.finish(), List.of(), decoded.warnings());
    }

    /**
     * The preformatted element that holds nearly all of the content's text, if one does: a text
     * file served as a page (an archive's plain text, a PDF's text), whose lines are the text's own.
     */
    static Element wholeTextIn(Element content) {
        int all = content.text().length();
        for (Element pre : content.select("pre")) {
            if (pre.text().length() >= 0.8 * all && all > 0) {
                return pre;
            }
        }
        return null;
    }

    /** The preformatted text read as a text file is, its lines numbered as the page's lines. */
    private SourceDocument asText(Element pre, DecodedText decoded) {
        String text = pre.wholeText();
        SourceDocument read = textReader.read(new DecodedText(text, decoded.charset(), decoded.charsetGuessed(),
                decoded.removedNuls(), decoded.forbidden()));
        int offset = pre.sourceRange().start().lineNumber() - 1;
        List<SourceLine> lines = new ArrayList<>(read.lines().size());
        for (SourceLine line : read.lines()) {
            lines.add(new SourceLine(line.text(), line.number() + offset, line.page(), line.left(), line.right(), line.baseline(),
                    line.size(), line.gapBefore()));
        }
        return new SourceDocument(read.form(), lines, read.pages(), read.warnings());
    }

    /**
     * The blocks outside the content that its in-page links lead to, in the page's order: the notes
     * a site lists after its main element, which belong to the resolution.
     */
    static List<Element> notesOutside(Document page, Element content) {
        if (content == page.body()) {
            return List.of();
        }
        Set<Element> targets = new LinkedHashSet<>();
        for (Element link : content.select("a[href^=#]")) {
            String id = link.attr("href").substring(1);
            if (id.isEmpty() || !BlockWalker.isMarker(link.text())) {
                continue; // only a note's call leads to a note ("#top" leads to the site's banner)
            }
            Element target = page.getElementById(id);
            if (target == null) {
                target = page.getElementsByAttributeValue("name", id).first(); // a word processor's anchors
            }
            if (target != null && !isWithin(target, content)) {
                targets.add(blockOf(target));
            }
        }
        List<Element> inOrder = new ArrayList<>(targets);
        inOrder.sort(Comparator.comparingInt(e -> e.sourceRange().start().pos()));
        return inOrder;
    }

    private static Element blockOf(Element element) {
        Element block = element;
        while (!block.isBlock() && !block.normalName().equals("li") && block.parent() != null) {
            block = block.parent();
        }
        return block;
    }

    private static boolean isWithin(Element element, Element container) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == container) {
                return true;
            }
        }
        return false;
    }

    /** The page's one main (or article) element when it marks its content so; else the whole body. */
    static Element content(Document page) {
        for (String marked : List.of("main", "article")) {
            Elements found = page.body().select(marked);
            if (found.size() == 1) {
                return found.first();
            }
        }
        return page.body();
    }
}
