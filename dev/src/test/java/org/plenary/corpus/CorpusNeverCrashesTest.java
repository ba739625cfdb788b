package org.plenary.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.plenary.dev.DevShared;
import org.plenary.pipeline.ConversionException;
import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Pipeline;
import org.plenary.pipeline.Pipelines;

/**
 * No unexpected exception, ever: every resolution of the UN's Akoma Ntoso corpus, printed in every
 * text layout the project reads and once more damaged at random in each, either converts or is
 * refused with a {@link ConversionException} that says what to do. Anything else (a
 * NullPointerException in a recogniser, a stack overflow) is a bug, listed with the document and
 * the layout that found it. The damage is seeded by the file name, so a failure replays.
 */
@Tag("reliability")
class CorpusNeverCrashesTest {

    @Test
    void everyResolutionInEveryLayoutAndDamagedConvertsOrIsRefusedClearly() throws IOException {
        Pipeline pipeline = Pipelines.inMemory();
        AknReader reader = new AknReader();
        List<String> unexpected = new ArrayList<>();
        int converted = 0;
        int refused = 0;
        for (Path file : DevShared.unAknFiles()) {
            ReferenceDocument reference = reader.read(file);
            if (reference.unusable != null) {
                continue; // nothing to print: the reader said why, and CorpusCheck reports it
            }
            String symbol = reference.meta.getOrDefault("symbol", "A/RES/" + reference.meta.getOrDefault("number", "0/0"));
            String name = file.getFileName().toString().replaceAll("\\.xml$", "") + ".txt";
            Random random = new Random(name.hashCode());
            // The text layouts, whose lines the damage below shuffles; a Word document is a ZIP archive.
            for (TextLayout layout : CorpusCheck.LAYOUTS.stream().filter(TextLayout.class::isInstance).map(TextLayout.class::cast).toList()) {
                String printed = layout.print(reference, symbol);
                for (String text : List.of(printed, damage(printed, random))) {
                    DocumentJob job = new DocumentJob(name, text.getBytes(StandardCharsets.UTF_8), Path.of("unused"));
                    try {
                        pipeline.run(job);
                        converted++;
                    } catch (ConversionException clear) {
                        if (clear.getMessage() == null || clear.getMessage().isBlank()) {
                            unexpected.add(file.getFileName() + " (" + layout.name() + "): refused without a message");
                        }
                        refused++;
                    } catch (RuntimeException | StackOverflowError e) {
                        unexpected.add(file.getFileName() + " (" + layout.name() + (text == printed ? "" : ", damaged")
                                + "): " + e);
                    }
                }
            }
        }
        System.out.printf("corpus in every layout, clean and damaged: %d converted, %d refused clearly, %d unexpected%n",
                converted, refused, unexpected.size());
        assertThat(converted).as("documents converted").isGreaterThan(5_000);
        assertThat(unexpected).as("unexpected exceptions").isEmpty();
    }

    /** Lines deleted, duplicated or shuffled, characters replaced by look-alikes, the end cut off. */
    static String damage(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        String noise = "0123456789.,;:()[]*/-\u2013\u2019\"IlO| \t\u00A0\u00AD\u2028\u00E9";
        for (int i = 0, n = 1 + random.nextInt(6); i < n && !lines.isEmpty(); i++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(5)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(random.nextInt(lines.size() + 1), lines.get(at));
                case 2 -> Collections.shuffle(lines.subList(at, Math.min(lines.size(), at + 2 + random.nextInt(8))), random);
                case 3 -> {
                    char[] chars = (lines.get(at) + " ").toCharArray();
                    for (int k = 0, m = 1 + random.nextInt(4); k < m; k++) {
                        chars[random.nextInt(chars.length)] = noise.charAt(random.nextInt(noise.length()));
                    }
                    lines.set(at, new String(chars));
                }
                default -> lines.subList(Math.max(at, lines.size() / 2), lines.size()).clear();
            }
        }
        return String.join("\n", lines);
    }
}
