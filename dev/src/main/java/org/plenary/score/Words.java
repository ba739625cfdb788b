package org.plenary.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Words counted as score.py counts them (a Python Counter): runs of three or more letters, lower
 * case, and the words of an Akoma Ntoso file's preamble, body and attachments with its notes left
 * out, every piece of text joined to the next by a space.
 */
final class Words {
    /**
     * Python's {@code [^\W\d_]{3,}} on a str: word characters (str.isalnum()) that are neither
     * decimal digits nor the underscore, that is letters and the numerals that are not digits.
     */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nl}\\p{No}]{3,}");
    /** Elements whose words are the body's: everything inside them counts. */
    private static final Set<String> BODY = Set.of("preamble", "mainBody", "attachments", "attachment");
    /** Notes and note calls: their words are not the body's, the text after them is. */
    private static final Set<String> NOTES = Set.of("authorialNote", "noteRef");

    private Words() {
    }

    static Map<String, Integer> of(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            counts.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return counts;
    }

    /** score.py's {@code body_words}. */
    static Map<String, Integer> ofBody(Document akn) {
        List<String> pieces = new ArrayList<>();
        walk(akn.getDocumentElement(), false, pieces);
        return of(String.join(" ", pieces));
    }

    private static void walk(Element element, boolean inside, List<String> pieces) {
        String tag = ElementTree.tag(element);
        if (NOTES.contains(tag)) {
            addIfAny(pieces, inside, ElementTree.tail(element));
            return;
        }
        boolean inBody = inside || BODY.contains(tag);
        addIfAny(pieces, inBody, ElementTree.text(element));
        for (Element child : ElementTree.children(element)) {
            walk(child, inBody, pieces);
        }
        addIfAny(pieces, inBody, ElementTree.tail(element));
    }

    private static void addIfAny(List<String> pieces, boolean inside, String text) {
        if (inside && !text.isEmpty()) {
            pieces.add(text);
        }
    }

    /** Counter {@code a & b}: each word as often as in both. */
    static Map<String, Integer> common(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> common = new HashMap<>();
        a.forEach((word, n) -> {
            int both = Math.min(n, b.getOrDefault(word, 0));
            if (both > 0) {
                common.put(word, both);
            }
        });
        return common;
    }

    /** {@code sum((want - got).values())}: the words wanted more often than they are there. */
    static int missing(Map<String, Integer> want, Map<String, Integer> got) {
        int missing = 0;
        for (var word : want.entrySet()) {
            missing += Math.max(0, word.getValue() - got.getOrDefault(word.getKey(), 0));
        }
        return missing;
    }
}
