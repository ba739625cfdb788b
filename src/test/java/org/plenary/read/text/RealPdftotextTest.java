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
 * Real resolutions as pdftotext prints the UN's PDFs. A/RES/78/28 with -layout: page 2's running
 * head is the title over two lines beside the symbol, and the body right under it quotes that
 * title; a line spread by justification breaks "transparency" in two. Without -layout: 78/328's
 * head prints the title after the symbol, and the body quotes it again right under; 78/72's
 * prints body lines between the title and the symbol; 78/50's compounds broken at a line's end
 * lose their hyphen.
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

    private static Resolution raw(String name) throws IOException {
        return Conversions.convert(name + ".txt", Files.readAllBytes(Path.of("src/test/resources/pdftotext/" + name + ".raw.txt")))
                .resolution();
    }

    @Test
    void aRunningTitleAfterTheSymbolEndsWhereTheTitleDoes() throws IOException {
        Resolution quoted = raw("A_RES_78_328");
        assertThat(quoted.preamble()).anySatisfy(recital -> assertThat(recital.plain()).endsWith("the participation of Indigenous Peoples’ representatives and "
                + "institutions in meetings of relevant United Nations bodies on issues affecting them,"));
    }

    @Test
    void bodyLinesPrintedInsideTheRunningHeadAreKept() throws IOException {
        Resolution disordered = raw("A_RES_78_72");
        assertThat(disordered.preamble()).anySatisfy(recital -> assertThat(recital.plain())
                .contains("community to enhance the role of space-based solutions, in")
                .contains("tele-epidemiology, in monitoring, preparedness and response activities,"));
    }

    @Test
    void compoundsBrokenAtALinesEndGetTheirHyphenBack() throws IOException {
        Resolution zones = raw("A_RES_78_50");
        assertThat(zones.preamble()).anySatisfy(recital -> assertThat(recital.plain())
                .contains("parties or signatories to nuclear-weapon-free zone treaties"));
        assertThat(zones.operative()).anySatisfy(paragraph -> assertThat(paragraph.plain())
                .contains("between the nuclear-weapon States and the parties to the Bangkok Treaty"));
    }

    @Test
    void aWordSplitByJustificationIsWholeAgain() {
        assertThat(resolution.operative().get(3).plain()).contains("to engage in transparency and confidence-building measures");
    }
}
