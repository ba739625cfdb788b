package org.plenary.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Opening phrases (preambular participles, operative verbs) loaded from resource files, so the
 * parser and the tests share one list. Matching is longest-first on whole words.
 */
public final class Lexicon {
    private final List<String> phrases;
    /**
     * The phrases by their first word (its run of letters), longest first: a text is compared only
     * with the phrases whose first word is its own.
     */
    private final java.util.Map<String, List<String>> byFirstWord;

    private Lexicon(List<String> phrases) {
        this.phrases = phrases.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.byFirstWord = this.phrases.stream().filter(p -> !p.isEmpty())
                .collect(java.util.stream.Collectors.groupingBy(Lexicon::firstWord, java.util.stream.Collectors.toList()));
    }

    /** The run of letters a text starts with. */
    private static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    public static Lexicon preambular() {
        return load("/lexicon/preambular-openings.txt");
    }

    public static Lexicon operative() {
        return load("/lexicon/operative-openings.txt");
    }

    /** True when the text opens with a phrase of this lexicon or of the other (preambular or operative). */
    public static boolean opensParagraph(String text, Lexicon... lexicons) {
        for (Lexicon lexicon : lexicons) {
            if (lexicon.openingOf(text).isPresent()) {
                return true;
            }
        }
        return false;
    }

    static Lexicon load(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Lexicon " + resource + " is missing from the classpath");
            }
            List<String> phrases = new ArrayList<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(phrases::add);
            return new Lexicon(phrases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> phrases() {
        return phrases;
    }

    /** The longest phrase the text starts with, ending at a word boundary. */
    public Optional<String> openingOf(String text) {
        if (text.isEmpty() || !Character.isLetter(text.charAt(0))) {
            return Optional.empty();
        }
        for (String phrase : byFirstWord.getOrDefault(firstWord(text), List.of())) {
            if (text.startsWith(phrase) && (text.length() == phrase.length() || !Character.isLetter(text.charAt(phrase.length())))) {
                return Optional.of(phrase);
            }
        }
        return adverbFirst(text);
    }

    /** The adverbs a phrase may open with ahead of its participle or verb: "Also convinced", "Further noting". */
    private static final List<String> ADVERBS = List.of("Also ", "Further ", "Furthermore ");

    /** A phrase of the lexicon after an adverb ("Also convinced" from "Convinced"), where the lexicon lacks the pair. */
    private Optional<String> adverbFirst(String text) {
        for (String adverb : ADVERBS) {
            if (text.startsWith(adverb) && text.length() > adverb.length() && Character.isLowerCase(text.charAt(adverb.length()))) {
                String rest = Character.toUpperCase(text.charAt(adverb.length())) + text.substring(adverb.length() + 1);
                for (String phrase : byFirstWord.getOrDefault(firstWord(rest), List.of())) {
                    if (phrase.indexOf(' ') < 0 && rest.startsWith(phrase)
                            && (rest.length() == phrase.length() || !Character.isLetter(rest.charAt(phrase.length())))) {
                        return Optional.of(adverb + Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A phrase whose words were run together in the source ("Takingnote of"), with the length of
     * the run-together prefix it covers.
     */
    public Optional<String> gluedOpeningOf(String text) {
        for (String phrase : phrases) {
            if (phrase.indexOf(' ') < 0) {
                continue;
            }
            String glued = phrase.replace(" ", "");
            if (text.startsWith(glued) && (text.length() == glued.length() || !Character.isLetter(text.charAt(glued.length())))) {
                return Optional.of(phrase);
            }
        }
        return Optional.empty();
    }
}
