package org.plenary.read.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.plenary.source.StyledText;

/**
 * Italic, bold and raised text as a page sets them: by element ({@code <i>}, {@code <strong>},
 * {@code <sup>}), by an inline style, or by a class its style sheets make so (as converters from
 * word processors write them: {@code .s3{font-style:italic}}). Only what a resolution's text needs
 * is read of CSS: a class's font style and weight, and whether it raises its text.
 */
final class PageStyles {
    private static final Set<String> ITALIC_ELEMENTS = Set.of("i", "em", "cite", "var", "dfn");
    private static final Set<String> BOLD_ELEMENTS = Set.of("b", "strong");
    /** A rule of a style sheet: its selectors and its declarations. */
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    /** A selector naming one class, alone or after an element's name: ".s3", "span.s3". */
    private static final Pattern CLASS_SELECTOR = Pattern.compile("^[a-zA-Z0-9]*\\.([\\w-]+)$");
    private static final Pattern ITALIC = Pattern.compile("font-style\\s*:\\s*(?:italic|oblique)");
    private static final Pattern BOLD = Pattern.compile("font-weight\\s*:\\s*(?:bold|bolder|[6-9]00)");
    private static final Pattern RAISED = Pattern.compile("vertical-align\\s*:\\s*super");

    private final Map<String, Byte> classes = new HashMap<>();
    private final Set<String> raisedClasses = new java.util.HashSet<>();

    /** The styles of the page's own style sheets; read before its head is set aside. */
    static PageStyles of(Document page) {
        PageStyles styles = new PageStyles();
        for (Element sheet : page.select("style")) {
            Matcher rule = RULE.matcher(sheet.data().replaceAll("(?s)/\\*.*?\\*/", ""));
            while (rule.find()) {
                byte style = declared(rule.group(2));
                boolean raised = RAISED.matcher(rule.group(2).toLowerCase(Locale.ROOT)).find();
                if (style == StyledText.PLAIN && !raised) {
                    continue;
                }
                for (String selector : rule.group(1).split(",")) {
                    Matcher one = CLASS_SELECTOR.matcher(selector.strip());
                    if (one.matches()) {
                        styles.classes.merge(one.group(1), style, (a, b) -> (byte) (a | b));
                        if (raised) {
                            styles.raisedClasses.add(one.group(1));
                        }
                    }
                }
            }
        }
        return styles;
    }

    /** The styles an element sets on its text: ITALIC, BOLD, both or PLAIN. */
    byte of(Element element) {
        String name = element.normalName();
        byte style = (byte) ((ITALIC_ELEMENTS.contains(name) ? StyledText.ITALIC : 0) | (BOLD_ELEMENTS.contains(name) ? StyledText.BOLD : 0));
        if (element.hasAttr("style")) {
            style |= declared(element.attr("style"));
        }
        if (!classes.isEmpty() && element.hasAttr("class")) {
            for (String className : element.classNames()) {
                style |= classes.getOrDefault(className, StyledText.PLAIN);
            }
        }
        return style;
    }

    /** Whether the element raises its text: {@code <sup>}, or a class or style that sets it superscript. */
    boolean raised(Element element) {
        if (element.normalName().equals("sup")) {
            return true;
        }
        if (element.hasAttr("style") && RAISED.matcher(element.attr("style").toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        if (!raisedClasses.isEmpty() && element.hasAttr("class")) {
            for (String className : element.classNames()) {
                if (raisedClasses.contains(className)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte declared(String declarations) {
        String lower = declarations.toLowerCase(Locale.ROOT);
        return (byte) ((ITALIC.matcher(lower).find() ? StyledText.ITALIC : 0) | (BOLD.matcher(lower).find() ? StyledText.BOLD : 0));
    }
}
