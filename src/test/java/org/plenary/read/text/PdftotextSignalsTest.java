package org.plenary.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.source.SourceForm;

/** Excerpts of real pdftotext output of A/RES/78/258, with and without -layout. */
class PdftotextSignalsTest {
    /** Page 1's foot and page 2 of A/RES/78/258 through pdftotext -layout. */
    private static final String LAYOUT = String.join("\n",
            "                The General Assembly,",
            "                      Reaffirming the Charter of the United Nations, including the purposes and",
            "                principles embodied therein,",
            "                     Reaffirming that the United Nations Convention against Corruption 1 is the most",
            "                comprehensive and universal instrument on corruption, and recognizing the need to",
            "                continue to promote its ratification or accession thereto and its full and effective",
            "                implementation,",
            "                     Emphasizing respect for the national sovereignty and the constitutional and legal",
            "                framework of Honduras,",
            "",
            "        __________________",
            "            1",
            "                United Nations, Treaty Series, vol. 2349, No. 42146.",
            "",
            " 23-26254 (E)     050124",
            " *2326254*",
            "\fA/RES/78/258",
            "",
            "                    1.   Takes note of the ongoing efforts of the Government of Honduras to",
            "               combat corruption, including its initiative to establish an international, impartial,",
            "               independent and autonomous mechanism against corruption and impunity in",
            "               Honduras, which responds to the will and interests of the people of Honduras;",
            "                     2.   Requests the Secretary-General, on an exceptional basis and without",
            "               creating a precedent, to support the initiative of the Government of Honduras in its",
            "               fight against corruption and impunity with a view to its prompt implementation.",
            "",
            "\f");

    /** The same pages through pdftotext without options. */
    private static final String RAW = String.join("\n",
            "The General Assembly,",
            "Reaffirming the Charter of the United Nations, including the purposes and",
            "principles embodied therein,",
            "Reaffirming that the United Nations Convention against Corruption 1 is the most",
            "comprehensive and universal instrument on corruption, and recognizing the need to",
            "continue to promote its ratification or accession thereto and its full and effective",
            "implementation,",
            "",
            "__________________",
            "1",
            "",
            "23-26254 (E)",
            "",
            "United Nations, Treaty Series, vol. 2349, No. 42146.",
            "",
            "*2326254*",
            "",
            "\fA/RES/78/258",
            "",
            "1.",
            "Takes note of the ongoing efforts of the Government of Honduras to",
            "combat corruption, including its initiative to establish an international, impartial,",
            "independent and autonomous mechanism against corruption and impunity in",
            "Honduras, which responds to the will and interests of the people of Honduras;",
            "",
            "\f");

    /** Without -layout: form feeds, no indents at all, a note's marker alone on its line. */
    @Test
    void plainPdftotextIsRecognised() {
        PdftotextSignals signals = PdftotextSignals.of(RAW);
        assertThat(signals.formFeeds()).isTrue();
        assertThat(signals.indentedShare()).isZero();
        assertThat(signals.anyLoneMarkers()).isEqualTo(1);
        assertThat(signals.form()).isEqualTo(SourceForm.PDF_RAW);
    }

    /**
     * With -layout: paragraphs open with an indented line right after the last line of the one
     * before, not after a blank line.
     */
    @Test
    void layoutPdftotextIsRecognised() {
        PdftotextSignals signals = PdftotextSignals.of(LAYOUT);
        assertThat(signals.formFeeds()).isTrue();
        assertThat(signals.indentedShare()).isGreaterThan(0.8);
        // Four of the five indented first lines follow a text line; only the page's first, under the running head's blank line, does not.
        assertThat(signals.startsWithoutBlank()).isEqualTo(0.8);
        assertThat(signals.loneMarkers()).isEqualTo(1);
        assertThat(signals.form()).isEqualTo(SourceForm.PDF_LAYOUT);
    }

    /** Two notes' markers alone above their texts are enough for -layout, whatever the indents say. */
    @Test
    void twoLoneMarkersMakeLayoutText() {
        String text = String.join("\n",
                "Recalling its resolution 77/1 of 2 December 2022, the General Assembly",
                "",
                "requests the Secretary-General to report on the implementation.",
                "",
                "__________________",
                "4",
                "Resolution 66/3.",
                "5",
                "Resolution 76/1.");
        PdftotextSignals signals = PdftotextSignals.of(text);
        assertThat(signals.formFeeds()).isFalse();
        assertThat(signals.loneMarkers()).isEqualTo(2);
        assertThat(signals.form()).isEqualTo(SourceForm.PDF_LAYOUT);
    }

    /**
     * Hard-wrapped text with blank lines between paragraphs, no form feeds and notes whose
     * markers open their lines ("1  Resolution 70/1."): not pdftotext's.
     */
    @Test
    void otherHardWrappedTextIsPdfText() {
        String text = String.join("\n",
                "The General Assembly,",
                "",
                "Recalling its resolution 70/1 of 25 September 2015, entitled \"Transforming our",
                "world: the 2030 Agenda for Sustainable Development\",",
                "",
                "1. Decides to include in the provisional agenda of its seventy-ninth session",
                "the item entitled \"Sustainable development\".",
                "",
                "__________________",
                "1 Resolution 70/1.");
        PdftotextSignals signals = PdftotextSignals.of(text);
        assertThat(signals.inlineMarkers()).isEqualTo(1);
        assertThat(signals.loneMarkers()).isZero();
        assertThat(signals.form()).isEqualTo(SourceForm.PDF_TEXT);
    }

    /** Form feeds and no indents, notes with their markers inline and no rule over them: not plain pdftotext. */
    @Test
    void inlineMarkersWithoutLoneOnesOrRuleAreNotPlainPdftotext() {
        String text = String.join("\n",
                "Recalling its resolution 70/1,",
                "Decides to remain seized of the matter.",
                "1 Resolution 70/1.",
                "\fA/RES/78/1");
        PdftotextSignals signals = PdftotextSignals.of(text);
        assertThat(signals.formFeeds()).isTrue();
        assertThat(signals.anyLoneMarkers()).isZero();
        assertThat(signals.noteRules()).isZero();
        assertThat(signals.form()).isNotEqualTo(SourceForm.PDF_RAW);
    }

    /**
     * Under the page's rule, notes with their markers inline are plain pdftotext all the same: a
     * PDF that writes marker and note in one run (not Word) gives them so.
     */
    @Test
    void inlineMarkersUnderARuleArePlainPdftotext() {
        String text = String.join("\n",
                "Recalling its resolution 70/1,",
                "Decides to remain seized of the matter.",
                "__________________",
                "1 Resolution 70/1.",
                "\fA/RES/78/1");
        PdftotextSignals signals = PdftotextSignals.of(text);
        assertThat(signals.anyLoneMarkers()).isZero();
        assertThat(signals.noteRules()).isEqualTo(1);
        assertThat(signals.form()).isEqualTo(SourceForm.PDF_RAW);
    }

    /** A date that opens a line ("15 December 2022, the …") is not a note's marker. */
    @Test
    void aDateIsNotAnInlineMarker() {
        PdftotextSignals signals = PdftotextSignals.of("Acknowledging that, on\n15 December 2022, the Government of Honduras");
        assertThat(signals.inlineMarkers()).isZero();
    }

    /** A marker alone is one to three digits, spaces around it allowed; nothing else. */
    @Test
    void loneMarkers() {
        assertThat(PdftotextSignals.isLoneMarker("            1")).isTrue();
        assertThat(PdftotextSignals.isLoneMarker("123")).isTrue();
        assertThat(PdftotextSignals.isLoneMarker("1234")).isFalse();
        assertThat(PdftotextSignals.isLoneMarker("1.")).isFalse();
        assertThat(PdftotextSignals.isLoneMarker("2/2")).isFalse();
        assertThat(PdftotextSignals.isLoneMarker("   ")).isFalse();
    }

    /** Empty text: no signal at all, and plain hard-wrapped text by default. */
    @Test
    void emptyText() {
        PdftotextSignals signals = PdftotextSignals.of("");
        assertThat(signals.indentedShare()).isZero();
        assertThat(signals.form()).isEqualTo(SourceForm.PDF_TEXT);
    }
}
