package org.plenary.read.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.source.NoteMarkers;
import org.plenary.source.SourceForm;
import org.plenary.source.StyledText;

/**
 * Reads the inline conventions text exports use for what print shows by type: markdown and HTML
 * emphasis become italic, superscript and bracketed numbers become note calls, and a line that
 * opens with such a marker is a note's body with its marker as a call at its start.
 */
final class InlineSyntax {
    private static final Pattern SUP_NOTE_START = Pattern.compile("^\\s*<sup>\\s*([\\d*]+)\\s*</sup>\\s*");
    private static final Pattern BRACKET_NOTE_START = Pattern.compile("^\\s*\\[(" + NoteMarkers.MARKER + ")\\]\\s*");
    private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
    /**
     * Every inline token, tried together so the earliest wins: a superscript call, a bracketed
     * call after a word, HTML italics, another HTML tag (dropped), and in markdown emphasis.
     */
    private static final Pattern HTML_TOKENS = Pattern.compile(
            "(?<sup><sup>\\s*(?<supMarker>[\\d*]+)\\s*</sup>)"
            + "|(?<=\\S)(?<bracket>\\[(?<bracketMarker>" + NoteMarkers.MARKER + ")\\])"
            + "|(?<italic><(?<tag>em|i)>(?<italicText>.*?)</\\k<tag>>)"
            + "|(?<otherTag></?(?:em|i|b|strong|span|p|div|sub|br\\s*/?)(?:\\s[^>]*)?>)");
    private static final Pattern MARKDOWN_TOKENS = Pattern.compile(HTML_TOKENS.pattern()
            + "|(?<emphasis>(?<![\\w*\\\\])(?<delim>\\*{1,2}|_)(?=\\S)(?<emphasisText>[^*\\n]+?)(?<=\\S)\\k<delim>(?![\\w*]))"
            + "|(?<escape>\\\\[*_])"
            // A star left over at a line's start or end (a bold or italic run cut by the line's break).
            + "|(?<stray>(?<=^\\s{0,40})\\*(?=\\S)|(?<=\\S)\\*(?=\\s*$))");

    private final boolean markdown;

    InlineSyntax(SourceForm form) {
        this.markdown = form == SourceForm.MARKDOWN;
    }

    StyledText read(String line) {
        StyledText.Builder out = StyledText.builder();
        String text = line;
        if (text.indexOf('<') >= 0 || text.indexOf('[') >= 0) {
            Matcher start = SUP_NOTE_START.matcher(text);
            Matcher bracket = BRACKET_NOTE_START.matcher(text);
            if (start.lookingAt() || bracket.lookingAt()) {
                Matcher m = start.lookingAt() ? start : bracket;
                out.call(m.group(1));
                text = text.substring(m.end());
            }
        }
        if (markdown) {
            String trailingBreak = text.endsWith("  ") ? "  " : "";
            text = MD_HEADING.matcher(text).replaceFirst("");
            text = text.stripTrailing() + trailingBreak;
        }
        if (!markdown && text.indexOf('<') < 0 && text.indexOf('[') < 0) {
            return out.append(text).build();
        }
        inline(text, StyledText.PLAIN, out);
        return out.build();
    }

    private void inline(String text, byte style, StyledText.Builder out) {
        Matcher m = tokens(markdown).matcher(text);
        // The lookarounds see past the region; ^ and $ stay the text's own ends.
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int at = 0;
        for (int start = nextToken(m, text, at); start >= 0; start = nextToken(m, text, at)) {
            out.append(text.substring(at, start), style);
            if (m.group("sup") != null) {
                out.call(m.group("supMarker"));
            } else if (m.group("bracket") != null) {
                out.call(m.group("bracketMarker"));
            } else if (m.group("italic") != null) {
                inline(m.group("italicText"), (byte) (style | StyledText.ITALIC), out);
            } else if (markdown && m.group("emphasis") != null) {
                // "*x*" and "_x_" are italic; "**x**" is bold, which a resolution's text does not keep.
                byte inner = m.group("delim").length() == 1 ? (byte) (style | StyledText.ITALIC) : style;
                inline(m.group("emphasisText"), inner, out);
            } else if (markdown && m.group("escape") != null) {
                out.append(m.group("escape").substring(1), style);
            }
            at = m.end();
        }
        out.append(text.substring(at), style);
    }

    /** The inline tokens of markdown, or of HTML-ish text exports. */
    static Pattern tokens(boolean markdown) {
        return markdown ? MARKDOWN_TOKENS : HTML_TOKENS;
    }

    /**
     * Finds the next token from {@code from}, as {@code find} would, with {@code m} over
     * {@code text} and its bounds transparent and not anchoring; returns where it starts, or -1.
     * Every token begins with one of five characters ({@link #canStartToken}), so only there is
     * the pattern tried: {@code find} tries it at every character, which over a long paragraph
     * costs far more than the rest of reading it. The start is the position tried, not
     * {@code m.start()}: a {@code ^} inside a lookbehind moves that to the text's start.
     */
    static int nextToken(Matcher m, String text, int from) {
        for (int at = from; at < text.length(); at++) {
            if (canStartToken(text.charAt(at)) && m.region(at, text.length()).lookingAt()) {
                return at;
            }
        }
        return -1;
    }

    /** The first character of every token of either pattern. */
    private static boolean canStartToken(char c) {
        return c == '<' || c == '[' || c == '*' || c == '_' || c == '\\';
    }
}
