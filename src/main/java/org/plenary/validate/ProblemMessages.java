package org.plenary.validate;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the XML parser's and schema validator's messages short enough to read on one line:
 * without the rule's code ({@code cvc-complex-type.2.4.a:}), with namespace URIs written as
 * prefixes ({@code {"http://docs.oasis-open.org/legaldocml/ns/akn/3.0":p}} becomes {@code akn:p}),
 * lists of expected elements cut after a few, and a refused DOCTYPE said plainly.
 */
final class ProblemMessages {
    /** Expected elements named before the list is cut: the validator may list a hundred. */
    static final int LISTED = 5;
    private static final Map<String, String> PREFIXES = Map.of(
            "http://docs.oasis-open.org/legaldocml/ns/akn/3.0", "akn",
            "http://www.w3.org/XML/1998/namespace", "xml",
            "http://www.w3.org/2001/XMLSchema-instance", "xsi",
            "http://www.w3.org/1999/xhtml", "html");
    private static final Pattern RULE = Pattern.compile("^cvc-[\\w.\\-]+: ");
    /** The validator's names and sets of names, '{...}' after "element" or "One of" (a value such as '{x}' is left as it is). */
    private static final Pattern SET = Pattern.compile("(?<=element |One of )'\\{([^'{}]*)\\}'");
    private static final Pattern QUALIFIED = Pattern.compile("\"([^\"]*)\":([\\w.\\-]+)");

    private ProblemMessages() {
    }

    static String shorten(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable XML";
        }
        String text = RULE.matcher(message.strip()).replaceFirst("");
        if (text.startsWith("DOCTYPE is disallowed")) {
            return "a DOCTYPE is not accepted: Plenary never reads a DTD nor expands its entities (Akoma Ntoso needs none; remove it)";
        }
        Matcher sets = SET.matcher(text);
        StringBuilder out = new StringBuilder();
        while (sets.find()) {
            sets.appendReplacement(out, Matcher.quoteReplacement("'" + list(sets.group(1)) + "'"));
        }
        sets.appendTail(out);
        return qualified(out.toString());
    }

    /** The names of a set, the first few of them when there are many. */
    private static String list(String names) {
        List<String> each = Arrays.stream(names.split(",\\s*")).map(ProblemMessages::qualified).toList();
        if (each.size() <= LISTED + 1) {
            return String.join(", ", each);
        }
        return String.join(", ", each.subList(0, LISTED)) + " or " + (each.size() - LISTED) + " others";
    }

    private static String qualified(String text) {
        Matcher names = QUALIFIED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (names.find()) {
            String uri = names.group(1);
            String prefix = PREFIXES.get(uri);
            String name = uri.isEmpty() ? names.group(2) : prefix != null ? prefix + ":" + names.group(2) : "{" + uri + "}" + names.group(2);
            names.appendReplacement(out, Matcher.quoteReplacement(name));
        }
        names.appendTail(out);
        return out.toString();
    }
}
