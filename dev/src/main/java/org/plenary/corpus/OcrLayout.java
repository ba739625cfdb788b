package org.plenary.corpus;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paged layout as OCR returns it: the same page, with recognition errors at a realistic rate
 * (l read as 1, I as |, rn as m, roman numerals as digits, words run together) and note calls
 * damaged into stray glyphs. Seeded by the symbol, so a document always gets the same errors.
 */
public final class OcrLayout implements TextLayout {
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final String[] CALL_GLYPHS = {"*", "™", "®", "s", "S"};


    @Override
    public String name() {
        return "ocr";
    }

    @Override
    public String print(ReferenceDocument document, String symbol) {
        Random random = new Random(symbol.hashCode());
        Random calls = new Random(symbol.hashCode() * 31L);
        PagedLayout paged = new PagedLayout(marker -> calls.nextDouble() < 0.25
                ? CALL_GLYPHS[calls.nextInt(CALL_GLYPHS.length)] : marker);
        StringBuilder out = new StringBuilder();
        for (String line : paged.print(document, symbol).split("\n", -1)) {
            out.append(noisy(line, random)).append('\n');
        }
        return out.toString();
    }

    private static String noisy(String line, Random random) {
        return replace(WORD, line, m -> word(m.group(), random));
    }

    private static String word(String word, Random random) {
        double roll = random.nextDouble();
        if (word.matches("\\((I{2,3})\\)") && roll < 0.5) {
            return word.replace('I', '1');
        }
        if (word.startsWith("Ibid") && roll < 0.5) {
            return "|" + word.substring(1);
        }
        if (roll < 0.006 && word.contains("l")) {
            return word.replaceFirst("l", "1");
        }
        if (roll < 0.010 && word.contains("rn")) {
            return word.replaceFirst("rn", "m");
        }
        if (roll < 0.013 && word.length() > 3 && word.matches("\\p{Ll}+")) {
            return word + "\u0000";
        }
        return word;
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> f) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(out);
        // A word marked to run into the next one loses the space after it.
        return out.toString().replace("\u0000 ", "").replace("\u0000", "");
    }
}
