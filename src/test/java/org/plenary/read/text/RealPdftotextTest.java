package org.plenary.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.Conversions;
import org.plenary.parse.Resolution;
import org.plenary.pipeline.DocumentJob;

/**
 * A/RES/78/28 as pdftotext -layout prints the UN's PDF: page 2's running head is the title over
 * two lines beside the symbol, and the body right under it quotes that title; a line spread by
 * justification breaks "transparency" in two.
 */
class RealPdftotextTest {
    private static DocumentJob job;
    private static Resolution resolution;

    @BeforeAll
    static void convert() throws IOException {
        job = Conversions.convert("A_RES_78_28.txt", Files.readAllBytes(Path.of("src/test/resources/pdftotext/A_RES_78_28.layout.txt")));
        resolution = job.resolution();
    }

    @Test
    void theStructureIsTheUnsOwn() {
        assertThat(resolution.preamble()).hasSize(15);
        assertThat(resolution.operative()).hasSize(5);
    }

    /** The running head ends with the symbol's row: the body line under it that quotes the title is the paragraph's. */
    @Test
    void aBodyLineQuotingTheTitleUnderTheRunningHeadStays() {
        assertThat(resolution.operative().get(1).plain()).endsWith("for facilitating negotiations on a treaty banning the "
                + "production of fissile material for nuclear weapons or other nuclear explosive devices;");
        assertThat(job.warnings()).noneMatch(w -> w.code().equals("furniture-excess"));
    }

    @Test
    void aWordSplitByJustificationIsWholeAgain() {
        assertThat(resolution.operative().get(3).plain()).contains("to engage in transparency and confidence-building measures");
    }
}
