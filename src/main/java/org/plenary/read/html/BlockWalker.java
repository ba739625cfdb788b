package org.plenary.read.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

import org.plenary.read.internal.BlockLines;
import org.plenary.read.internal.ListLabels;
import org.plenary.source.NoteMarkers;
import org.plenary.source.StyledText;

/**
 * Walks a page's content in document order (jsoup's traversal, without recursion: a page may nest
 * deeper than a stack allows) and writes its lines: blocks open lines, italic and bold elements
 * style their text, a note's call is a call wherever the page marks it, and a list item gets the
 * label a browser would print before it.
 */
final class BlockWalker implements NodeFilter {
    /** Blocks as a browser lays them out (jsoup's own list also counts a table's cells, which share a row's line here). */
    private static final Set<String> CELLS = Set.of("td", "th");
    /** A note's marker as pages print it: 1 to 3 digits, 1 to 3 stars, a dagger; bare or in brackets. */
    private static final Pattern MARKER = Pattern.compile("[\\[(]?(" + NoteMarkers.MARKER + ")[\\])]?");
    /** A marker printed as text at a block's start: "[1] Report of …". */
    private static final Pattern TEXT_MARKER_START = Pattern.compile("^\\s*\\[(" + NoteMarkers.MARKER + ")\\]\\s*");
    /** A link back from a note to its call: an arrow or a caret, not text of the note. */
    private static final Pattern BACK_LINK = Pattern.compile("[↩↑^⤴︎\\s]+|(?i)back(?: to (?:text|top))?");
    /** Where a page gathers its notes: a footnotes section, a references list, a word processor's "ftn" blocks. */
    private static final Pattern NOTES_CONTAINER = Pattern.compile("(?i)foot|endnote|references|^notes$|^fn|^ftn");
    private static final Pattern EXISTING_LABEL = Pattern.compile("^\\s*(?:\\(?[a-z]{1,5}\\)|\\(?[A-Z]{1,5}[.)]|\\d{1,3}[.)])\\s");

    private final BlockLines lines;
    private final PageStyles styles;
    /** How many open elements make the text italic, and bold. */
    private int italic;
    private int bold;

    BlockWalker(BlockLines lines, PageStyles styles) {
        this.lines = lines;
        this.styles = styles;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            lines.text(text.getWholeText(), style(), sourceLine(text));
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.SKIP_ENTIRELY; // comments, declarations
        }
        String name = element.normalName();
        if (hidden(element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String marker = callMarker(element);
        if (marker != null) {
            lines.call(marker, sourceLine(element));
            return FilterResult.SKIP_ENTIRELY;
        }
        if (isBackLink(element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (name.equals("br")) {
            lines.lineBreak();
        } else if (CELLS.contains(name)) {
            lines.separate();
        } else if (opensBlock(element)) {
            lines.blockBoundary();
            if (name.equals("li")) {
                listLabel(element);
            } else if (name.equals("pre")) {
                // Preformatted text keeps its lines: each becomes a line of the page.
                preformatted(element);
                return FilterResult.SKIP_ENTIRELY;
            }
        }
        count(element, 1);
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element) {
            count(element, -1);
            if (opensBlock(element)) {
                lines.blockBoundary();
            }
        }
        return FilterResult.CONTINUE;
    }

    /** A block of the page's layout: a paragraph, a heading, a list's item, a table's row; not one of its cells. */
    private static boolean opensBlock(Element element) {
        String name = element.normalName();
        return !CELLS.contains(name) && (element.isBlock() || name.equals("li") || name.equals("tr"));
    }

    /** The element's styles, counted in as it opens (+1) and out as it closes (-1). */
    private void count(Element element, int step) {
        byte style = styles.of(element);
        italic += (style & StyledText.ITALIC) != 0 ? step : 0;
        bold += (style & StyledText.BOLD) != 0 ? step : 0;
    }

    private byte style() {
        return (byte) ((italic > 0 ? StyledText.ITALIC : 0) | (bold > 0 ? StyledText.BOLD : 0));
    }

    /**
     * The marker of a note's call, or null: a raised marker ({@code <sup>1</sup>}, or raised by a
     * style: {@code <span class="s2">1</span>}), or a link within
     * the page whose text is a marker ({@code <a href="#_ftn1">[1]</a>}, as word processors write
     * them). A marker as text opening a block ("[1] Report …") is a note's start, as in a page's text.
     */
    private String callMarker(Element element) {
        String name = element.normalName();
        boolean raised = styles.raised(element);
        boolean inPageLink = name.equals("a") && element.attr("href").startsWith("#");
        if (!raised && !inPageLink) {
            return null;
        }
        Matcher m = MARKER.matcher(element.text().strip());
        return m.matches() ? m.group(1) : null;
    }

    /** Whether a link's or a raised text is a note's marker. */
    static boolean isMarker(String text) {
        return MARKER.matcher(text.strip()).matches();
    }

    private static boolean isBackLink(Element element) {
        String classes = element.className().toLowerCase(Locale.ROOT);
        if (classes.contains("backlink") || classes.contains("footnote-back")) {
            return true;
        }
        return element.normalName().equals("a") && element.attr("href").startsWith("#")
                && BACK_LINK.matcher(element.text().strip()).matches();
    }

    private static boolean hidden(Element element) {
        String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden") || style.contains("mso-hide:all");
    }

    /**
     * The label a browser prints before an item of a numbered list ("1.", "(a)", "(i)"), written as
     * the resolution prints it; in a list of notes, the item's number is the note's marker.
     */
    private void listLabel(Element item) {
        Element list = item.parent();
        if (list == null || !list.normalName().equals("ol")) {
            return;
        }
        int number = ordinal(item, list);
        if (inNotes(item)) {
            lines.noteStart(Integer.toString(number), sourceLine(item));
            return;
        }
        String text = item.text(); // the item's whole text, nested lists included: gathered once
        if (EXISTING_LABEL.matcher(text).find() || TEXT_MARKER_START.matcher(text).find()) {
            return; // the page prints the label itself
        }
        String type = list.attr("type");
        String label = switch (type.isEmpty() ? cssType(list) : type) {
            case "a" -> "(" + ListLabels.alphabetic(number) + ")";
            case "A" -> ListLabels.alphabetic(number).toUpperCase(Locale.ROOT) + ".";
            case "i" -> "(" + ListLabels.roman(number) + ")";
            case "I" -> ListLabels.roman(number).toUpperCase(Locale.ROOT) + ".";
            default -> number + ".";
        };
        lines.label(label, sourceLine(item));
    }

    /** The item's number: its own value, else the last value or the list's start, counted on by the items between. */
    private static int ordinal(Element item, Element list) {
        String value = item.attr("value").strip();
        if (value.matches("\\d{1,6}")) {
            return Integer.parseInt(value);
        }
        int before = 0;
        for (Element sibling = item.previousElementSibling(); sibling != null; sibling = sibling.previousElementSibling()) {
            if (sibling.normalName().equals("li")) {
                before++;
                String v = sibling.attr("value").strip();
                if (v.matches("\\d{1,6}")) {
                    return Integer.parseInt(v) + before;
                }
            }
        }
        String start = list.attr("start").strip();
        return (start.matches("-?\\d{1,6}") ? Integer.parseInt(start) : 1) + before;
    }

    /** The list's numbering from its style ({@code list-style-type: lower-alpha}), as the type attribute names it. */
    private static String cssType(Element list) {
        String style = list.attr("style").toLowerCase(Locale.ROOT);
        if (style.contains("lower-alpha") || style.contains("lower-latin")) {
            return "a";
        }
        if (style.contains("upper-alpha") || style.contains("upper-latin")) {
            return "A";
        }
        if (style.contains("lower-roman")) {
            return "i";
        }
        return style.contains("upper-roman") ? "I" : "1";
    }

    private static boolean inNotes(Element item) {
        for (Element e = item.parent(); e != null; e = e.parent()) {
            if (NOTES_CONTAINER.matcher(e.id()).find() || e.classNames().stream().anyMatch(c -> NOTES_CONTAINER.matcher(c).find())) {
                return true;
            }
        }
        return false;
    }

    private void preformatted(Element pre) {
        int line = sourceLine(pre);
        for (String text : pre.wholeText().split("\n", -1)) {
            lines.text(text, StyledText.PLAIN, line++);
            lines.lineBreak();
        }
        lines.blockBoundary();
    }

    private static int sourceLine(Node node) {
        return node.sourceRange().start().lineNumber();
    }
}
