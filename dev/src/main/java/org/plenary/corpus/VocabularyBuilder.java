package org.plenary.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.plenary.lexicon.LetterRuns;

/**
 * Derives the product's word list (lexicon/words.txt) from Akoma Ntoso resolutions: every run of
 * two letters or more that stands as a word in running text (between spaces, perhaps after an
 * opening quote or bracket, before punctuation), in enough documents that a typo of one does not
 * count. Single letters are left out: in a resolution they are list labels, not words. Beside it,
 * the compounds (lexicon/compounds.txt): two such runs joined by a hyphen, "high-level", each pair
 * of a longer chain ("nuclear-weapon-free") counted on its own.
 */
public final class VocabularyBuilder {
    private final Map<String, Integer> documentsPerWord = new HashMap<>();
    private final Map<String, Integer> documentsPerCompound = new HashMap<>();
    private int documents;

    public void add(Path file) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(reader.getText());
                } else if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                    text.append(' ');
                }
            }
        }
        Set<String> words = new HashSet<>();
        Set<String> compounds = new HashSet<>();
        String all = text.toString();
        for (int start = LetterRuns.next(all, 0); start >= 0; ) {
            int end = LetterRuns.end(all, start);
            int before = start > 0 ? all.codePointBefore(start) : ' ';
            int after = end < all.length() ? all.codePointAt(end) : ' ';
            if (end - start >= 2 && (Character.isWhitespace(before) || "“‘\"(".indexOf(before) >= 0)
                    && (Character.isWhitespace(after) || ",.;:!?”’\")".indexOf(after) >= 0)) {
                words.add(all.substring(start, end).toLowerCase(Locale.ROOT));
            }
            int next = LetterRuns.next(all, end);
            if (next == end + 1 && all.charAt(end) == '-' && end - start >= 2 && LetterRuns.end(all, next) - next >= 2) {
                compounds.add((all.substring(start, end) + "-" + all.substring(next, LetterRuns.end(all, next))).toLowerCase(Locale.ROOT));
            }
            start = next;
        }
        words.forEach(w -> documentsPerWord.merge(w, 1, Integer::sum));
        compounds.forEach(c -> documentsPerCompound.merge(c, 1, Integer::sum));
        documents++;
    }

    /** The compounds seen in at least {@code minDocuments} documents, sorted. */
    public List<String> compounds(int minDocuments) {
        return documentsPerCompound.entrySet().stream().filter(e -> e.getValue() >= minDocuments)
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** The words seen in at least {@code minDocuments} documents, sorted. */
    public List<String> words(int minDocuments) {
        return documentsPerWord.entrySet().stream().filter(e -> e.getValue() >= minDocuments)
                .map(Map.Entry::getKey).sorted().toList();
    }

    public int documents() {
        return documents;
    }
}
