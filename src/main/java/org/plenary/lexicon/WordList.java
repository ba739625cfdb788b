package org.plenary.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words of the language as resolutions use them (lexicon/words.txt, derived from the UN's own
 * markup): what tells a rare real word ("broad" in "a broad range") from a fragment a text
 * extractor split off another word ("humanitaria n"). Read once, on first use.
 */
public final class WordList {
    private static final String RESOURCE = "/lexicon/words.txt";
    private static final String COMPOUNDS = "/lexicon/compounds.txt";

    private final Set<String> words;

    private WordList(Set<String> words) {
        this.words = words;
    }

    /** The English word list: loaded the first time it is asked for. */
    public static WordList english() {
        return English.LIST;
    }

    /**
     * The compounds resolutions print, two words joined by a hyphen ("high-level", "troop-contributing";
     * lexicon/compounds.txt, derived from the same markup): loaded the first time it is asked for.
     */
    public static WordList englishCompounds() {
        return EnglishCompounds.LIST;
    }

    /** Whether {@code word}, in any case, is a word of the list. */
    public boolean contains(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return words.size();
    }

    /** Each word of the list, in lower case. */
    public void forEach(java.util.function.Consumer<String> action) {
        words.forEach(action);
    }

    private static final class English {
        static final WordList LIST = load(RESOURCE);
    }

    private static final class EnglishCompounds {
        static final WordList LIST = load(COMPOUNDS);
    }

    static WordList load(String resource) {
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Word list " + resource + " is missing from the classpath");
            }
            // A plain loop over the lines: read at a cold start, where streams and lambdas cost more than the reading.
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Set<String> words = new HashSet<>(16_384);
            int start = 0;
            while (start < text.length()) {
                int end = text.indexOf('\n', start);
                if (end < 0) {
                    end = text.length();
                }
                if (end > start && text.charAt(start) != '#') {
                    words.add(text.substring(start, end));
                }
                start = end + 1;
            }
            return new WordList(Collections.unmodifiableSet(words));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
