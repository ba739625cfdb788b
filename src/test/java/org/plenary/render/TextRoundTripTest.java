package org.plenary.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.plenary.Conversions;
import org.plenary.SharedMaterial;
import org.plenary.corpus.AknReader;
import org.plenary.corpus.CorpusCheck;
import org.plenary.corpus.PlainLayout;
import org.plenary.corpus.ReferenceDocument;
import org.plenary.pipeline.DocumentJob;

/**
 * Our text rendering parses back to the same resolution: metadata, preamble, operative paragraphs
 * with their points, groups, annexes, notes and which paragraph cites which, and every text. For
 * every sample and every resolution of the UN corpus that converts.
 */
class TextRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everySampleParsesBackFromItsText() throws IOException {
        for (String sample : List.of("A_RES_54_212.txt", "A_RES_56_203.txt", "A_RES_58_208.txt", "A_C.2_58_L.37.txt", "A_RES_59_241.txt")) {
            assertRoundTrip(sample, Files.readAllBytes(SharedMaterial.sample(sample)));
        }
    }

    /**
     * Every UN resolution that converts, printed as a Word export would give it: its text
     * rendering must read back to the same JSON. A handful do not yet (an unnumbered operative
     * paragraph opening with a preambular phrase, questions lettered inside a paragraph); they are
     * named in the output and held under one in a hundred.
     */
    @Test
    void corpusResolutionsParseBackFromTheirText() throws IOException {
        List<Path> files = CorpusCheck.collect(List.of(SharedMaterial.root().resolve("un-akn")));
        AknReader reader = new AknReader();
        int checked = 0;
        List<String> differing = new ArrayList<>();
        for (Path file : files) {
            ReferenceDocument reference = reader.read(file);
            if (reference.unusable != null || reference.operativeTexts.isEmpty()
                    || !"eng".equals(reference.meta.getOrDefault("language", "eng"))) {
                continue;
            }
            String text = new PlainLayout().print(reference, reference.meta.getOrDefault("symbol", "A/RES/0/0"));
            String name = file.getFileName().toString().replace(".xml", ".txt");
            DocumentJob first;
            try {
                first = Conversions.convert(name, text.getBytes(StandardCharsets.UTF_8));
            } catch (org.plenary.pipeline.ConversionException notConvertedInTheFirstPlace) {
                continue;
            }
            checked++;
            try {
                DocumentJob second = Conversions.convert(name, first.renditions().text().getBytes(StandardCharsets.UTF_8));
                if (!comparable(second).equals(comparable(first))) {
                    differing.add(name);
                }
            } catch (org.plenary.pipeline.ConversionException lostOnTheWay) {
                differing.add(name + " (" + lostOnTheWay.getMessage() + ")");
            }
        }
        System.out.printf("text round trip: %d of %d corpus resolutions read back the same; differing: %s%n",
                checked - differing.size(), checked, differing);
        assertThat(checked).isGreaterThan(950);
        assertThat(differing.size()).as("differing").isLessThanOrEqualTo(5);
    }

    private static void assertRoundTrip(String name, byte[] source) throws IOException {
        DocumentJob first = Conversions.convert(name, source);
        DocumentJob second = Conversions.convert(name, first.renditions().text().getBytes(StandardCharsets.UTF_8));
        assertThat(comparable(second)).as(name).isEqualTo(comparable(first));
    }

    /** The JSON without what describes the conversion itself (source form, warnings). */
    private static JsonNode comparable(DocumentJob job) throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(job.renditions().json());
        json.remove(new ArrayList<>(List.of("warnings", "source", "frbr")));
        // The text prints the symbol at the top when the source's cover lacked it; read back, it is a cover line.
        var cover = json.withArray("cover");
        for (int i = cover.size() - 1; i >= 0; i--) {
            if (cover.get(i).asText().equals(json.path("symbol").asText())) {
                cover.remove(i);
            }
        }
        return json;
    }
}
