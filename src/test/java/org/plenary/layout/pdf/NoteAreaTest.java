package org.plenary.layout.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.layout.NoteBody;
import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

class NoteAreaTest {
    /** Page 1 of A/RES/78/258 without its foot (job number, bar code): body, rule, one note. */
    private static List<SourceLine> page1() {
        return PrintedLines.resolution78258().pages().get(1).subList(0, 36);
    }

    /** Feeds a page's note area to the notes as PdfLayout does: the rule set aside, calls read from raised markers. */
    private static void addNoteArea(NoteArea notes, List<SourceLine> page) {
        int start = notes.start(page);
        for (int i = start; i < page.size(); i++) {
            if (!(i == start && NoteArea.isRule(page.get(i)))) {
                notes.add(page.get(i), RaisedMarkers.toCalls(page.get(i).text()));
            }
        }
        notes.endPage();
    }

    /** The notes of the pages' note areas, read in turn, measured by the first page. */
    @SafeVarargs
    private static List<NoteBody> notesOf(List<SourceLine>... pages) {
        NoteArea notes = new NoteArea(PageMetrics.of(pages[0]));
        for (List<SourceLine> page : pages) {
            addNoteArea(notes, page);
        }
        return notes.finish();
    }

    private static List<String> markers(List<NoteBody> notes) {
        return notes.stream().map(NoteBody::marker).toList();
    }

    private static List<String> texts(List<NoteBody> notes) {
        return notes.stream().map(n -> n.text().text()).toList();
    }

    // --- where the note area starts ---

    /** In print, the note area starts at the short rule with small type under it. */
    @Test
    void theNoteAreaStartsAtTheRuleOverSmallType() {
        List<SourceLine> page = page1();
        NoteArea notes = new NoteArea(PageMetrics.of(page));
        assertThat(notes.start(page)).isEqualTo(34);
        assertThat(page.get(34).plain()).isEqualTo("__________________");
        assertThat(NoteArea.isRule(page.get(34))).isTrue();
        assertThat(NoteArea.isRule(page.get(33))).isFalse();
    }

    /** A rule with body text under it (a table's, a signature line) opens no note area. */
    @Test
    void aRuleOverBodyTypeIsNoNoteArea() {
        PrintedLines lines = new PrintedLines();
        for (int i = 0; i < 6; i++) {
            lines.add(1, 123.4f, 487.5f, 100 + 12 * i, 9, "a line of the body that goes on to the end of the line here");
        }
        lines.add(1, 123.4f, 200f, 200, 9, "__________")
                .add(1, 123.4f, 487.5f, 212, 9, "and the body goes on under it to the end of the line here");
        List<SourceLine> page = lines.lines();
        assertThat(new NoteArea(PageMetrics.of(page)).start(page)).isEqualTo(page.size());
    }

    /** Without a rule, small lines at the page's end are notes when the first opens with a raised marker. */
    @Test
    void smallLinesWithAMarkerAreNotesWithoutARule() {
        PrintedLines lines = new PrintedLines();
        for (int i = 0; i < 6; i++) {
            lines.add(1, 123.4f, 487.5f, 100 + 12 * i, 9, "a line of the body that goes on to the end of the line here");
        }
        lines.add(1, 117f, 320f, 700, 8, "{s:2} Resolution 76/1.")
                .add(1, 117f, 320f, 710, 8, "{s:3} Resolution 77/1.");
        List<SourceLine> page = lines.lines();
        assertThat(new NoteArea(PageMetrics.of(page)).start(page)).isEqualTo(6);
    }

    /** Small lines at the end without a marker (a foot the furniture did not take) are not notes. */
    @Test
    void smallLinesWithoutAMarkerAreNoNotes() {
        PrintedLines lines = new PrintedLines();
        for (int i = 0; i < 6; i++) {
            lines.add(1, 123.4f, 487.5f, 100 + 12 * i, 9, "a line of the body that goes on to the end of the line here");
        }
        lines.add(1, 117f, 320f, 700, 8, "Printed on recycled paper");
        List<SourceLine> page = lines.lines();
        assertThat(new NoteArea(PageMetrics.of(page)).start(page)).isEqualTo(page.size());
    }

    /** In text, where sizes are unknown, a rule in the page's lower half with lines under it is enough. */
    @Test
    void inTextARuleInTheLowerHalfStartsTheNotes() {
        List<SourceLine> page = PrintedLines.text(1,
                "                the existence of a mandate emanating from one of the intergovernmental bodies of",
                "                the United Nations,",
                "        __________________",
                "            1",
                "                United Nations, Treaty Series, vol. 2349, No. 42146.");
        assertThat(new NoteArea(PageMetrics.of(page)).start(page)).isEqualTo(2);
    }

    /** In text, a rule in the page's upper half starts notes only with a note's marker in the few lines under it. */
    @Test
    void inTextARuleHighOnThePageNeedsAMarkerUnderIt() {
        List<SourceLine> withMarker = PrintedLines.text(1, "the United Nations,", "__________________", "1",
                "United Nations, Treaty Series, vol. 2349, No. 42146.", "23-26254 (E)");
        List<SourceLine> withoutMarker = PrintedLines.text(1, "the United Nations,", "__________________", "Name of the State",
                "Signature", "Date of signature");
        assertThat(new NoteArea(PageMetrics.of(withMarker)).start(withMarker)).isEqualTo(1);
        assertThat(new NoteArea(PageMetrics.of(withoutMarker)).start(withoutMarker)).isEqualTo(5);
    }

    // --- notes ---

    /** A note whose raised marker opens its line: the marker, its text with its italics, its line. */
    @Test
    void aPrintedNoteHasItsMarkerTextAndLine() {
        List<SourceLine> page = page1();
        List<NoteBody> found = notesOf(page);
        assertThat(markers(found)).containsExactly("1");
        NoteBody note = found.get(0);
        assertThat(note.text().text()).isEqualTo("United Nations, Treaty Series, vol. 2349, No. 42146.");
        assertThat(note.text().calls()).isEmpty();
        assertThat(note.text().substring(16, 29).allOf(StyledText.ITALIC)).isTrue(); // "Treaty Series"
        assertThat(note.line()).isEqualTo(36);
    }

    /** pdftotext -layout sets each marker on its own line above its text (A/RES/78/199, page 2). */
    @Test
    void markersOnTheirOwnLinesOpenTheirNotes() {
        List<SourceLine> page = PrintedLines.text(1,
                "                   World Conference on Human Rights, and that 10 December 2023 will mark the seventy-",
                "                   fifth anniversary of the adoption of the Universal Declaration of Human Rights, 7 and",
                "                   stressing the need to further strengthen efforts towards their implementation,",
                "         __________________",
                "               4",
                "                 Resolution 66/3.",
                "               5",
                "                 Resolution 76/1.",
                "               6",
                "                 See E/CN.4/2001/2-E/CN.4/Sub.2/2000/46, chap. II, sect. A.",
                "               7",
                "                 Resolution 217 A (III).");
        List<NoteBody> found = notesOf(page);
        assertThat(markers(found)).containsExactly("4", "5", "6", "7");
        assertThat(texts(found)).containsExactly("Resolution 66/3.", "Resolution 76/1.",
                "See E/CN.4/2001/2-E/CN.4/Sub.2/2000/46, chap. II, sect. A.", "Resolution 217 A (III).");
        assertThat(found).extracting(NoteBody::line).containsExactly(5, 7, 9, 11);
    }

    /**
     * A note's text wrapped over lines is joined with a space; after a line that ends with a
     * hyphen after a letter ("seventy-" / "fifth"), with none, the hyphen kept: UN print breaks
     * lines at compounds' hyphens, not inside words.
     */
    @Test
    void wrappedNoteTextIsJoined() {
        List<SourceLine> page = PrintedLines.text(1,
                "                the existence of a mandate emanating from one of the intergovernmental bodies of",
                "                the United Nations,",
                "        __________________",
                "            3",
                "                See Official Records of the General Assembly, Seventy-",
                "                eighth Session, Supplement No. 53",
                "                (A/78/53), chap. VII, sect. A.");
        NoteArea notes = new NoteArea(PageMetrics.of(page));
        addNoteArea(notes, page);
        assertThat(texts(notes.finish())).containsExactly(
                "See Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 53 (A/78/53), chap. VII, sect. A.");
    }

    /** A marker on the text's line, two spaces or more before it ("12  Resolution 70/1."), or a symbol one space before it. */
    @Test
    void markersOnTheTextsLine() {
        List<SourceLine> page = PrintedLines.text(1,
                "the United Nations,",
                "__________________",
                "* Reissued for technical reasons on 5 January 2024.",
                "12  Resolution 70/1.",
                "13  A/78/646.");
        List<NoteBody> found = notesOf(page);
        assertThat(markers(found)).containsExactly("*", "12", "13");
        assertThat(texts(found)).containsExactly("Reissued for technical reasons on 5 January 2024.", "Resolution 70/1.", "A/78/646.");
    }

    /**
     * Plain pdftotext (A/RES/78/199, page 1) may print some texts first and their markers, alone,
     * after all the rest: those markers go, in order, to the texts that came without one.
     */
    @Test
    void markersPrintedAfterTheTextsGoToTheTextsWithoutOne() {
        List<SourceLine> page = PrintedLines.text(1,
                "promotion and protection of human rights,",
                "__________________",
                "A/CONF.157/24 (Part I), chap. III.",
                "Resolution 55/2.",
                "3",
                "See Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 53",
                "(A/78/53), chap. VII, sect. A.",
                "1",
                "2");
        List<NoteBody> found = notesOf(page);
        assertThat(markers(found)).containsExactly("1", "2", "3");
        assertThat(texts(found)).containsExactly("A/CONF.157/24 (Part I), chap. III.", "Resolution 55/2.",
                "See Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 53 (A/78/53), chap. VII, sect. A.");
        assertThat(found).extracting(NoteBody::line).containsExactly(3, 4, 5);
    }

    /**
     * On the first page with notes, texts before a marker printed after them carry on no note:
     * a text cut after a clause's end is still one text (A/RES/78/73, page 1).
     */
    @Test
    void withNoNoteBeforeATextCutAtAClauseEndStaysOne() {
        List<SourceLine> page = PrintedLines.text(1,
                "stability in the region,",
                "__________________",
                "Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 13 (A/78/13);",
                "and ibid., Supplement No. 13A (A/78/13/Add.1).",
                "2",
                "Ibid., Supplement No. 13 (A/78/13), pp. 7–9.",
                "1");
        NoteArea notes = new NoteArea(PageMetrics.of(page));
        addNoteArea(notes, page);
        List<NoteBody> found = notes.finish();
        assertThat(markers(found)).containsExactly("1", "2");
        assertThat(texts(found)).containsExactly("Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 13"
                + " (A/78/13); and ibid., Supplement No. 13A (A/78/13/Add.1).", "Ibid., Supplement No. 13 (A/78/13), pp. 7–9.");
        assertThat(notes.strays()).isEmpty();
    }

    /**
     * A line that runs to the full measure goes on, though it ends in a full stop (A/RES/78/232,
     * page 1: "… Sales No." / "E.94.I.18 …"): the texts without a marker are cut where one ends
     * short, and each of the markers printed after them finds its own.
     */
    @Test
    void aFullLineEndingInAFullStopGoesOn() {
        List<SourceLine> page = PrintedLines.text(1,
                "Development, 5 and is in line with the Sendai Framework for Disaster Risk Reduction",
                "__________________",
                "Resolution 69/15, annex.",
                "Report of the Global Conference on the Sustainable Development of Small Island Developing",
                "States, Bridgetown, Barbados, 25 April–6 May 1994 (United Nations publication, Sales No.",
                "E.94.I.18 and corrigenda), chap. I, resolution 1, annex II.",
                "3",
                "Resolution 70/1.",
                "1",
                "2");
        NoteArea notes = new NoteArea(PageMetrics.of(page));
        addNoteArea(notes, page);
        List<NoteBody> found = notes.finish();
        assertThat(markers(found)).containsExactly("1", "2", "3");
        assertThat(texts(found)).containsExactly("Resolution 69/15, annex.",
                "Report of the Global Conference on the Sustainable Development of Small Island Developing States, Bridgetown,"
                        + " Barbados, 25 April–6 May 1994 (United Nations publication, Sales No. E.94.I.18 and corrigenda), chap. I,"
                        + " resolution 1, annex II.",
                "Resolution 70/1.");
        assertThat(notes.strays()).isEmpty();
    }

    /**
     * A marker printed after the texts that finds no text without a marker takes the text under
     * the note before it in number, after the line that ends that note short (A/RES/78/272,
     * page 1); a full line ending in a full stop does not end it.
     */
    @Test
    void aTrailingMarkerTakesTheTextUnderTheNoteBeforeIt() {
        List<SourceLine> page = PrintedLines.text(1,
                "of the World Tsunami Awareness Day,",
                "__________________",
                "1",
                "United Nations, Treaty Series, vol. 1833, No. 31363.",
                "Resolutions 75/239 and 77/248 and decisions 74/543, 75/570, 76/564 and 77/556, and the report of the.",
                "Secretary-General.",
                "3",
                "A/CONF.232/2023/4.",
                "2");
        List<NoteBody> found = notesOf(page);
        assertThat(markers(found)).containsExactly("1", "2", "3");
        assertThat(texts(found)).containsExactly("United Nations, Treaty Series, vol. 1833, No. 31363.",
                "Resolutions 75/239 and 77/248 and decisions 74/543, 75/570, 76/564 and 77/556, and the report of the."
                        + " Secretary-General.", "A/CONF.232/2023/4.");
    }

    /** Two markers printed after the texts take, in turn, the texts under the note before them (A/RES/78/69, page 16). */
    @Test
    void trailingMarkersInTurnTakeTheTextsUnderTheNoteBeforeThem() {
        List<SourceLine> page = PrintedLines.text(1,
                "on occupation, effective or notional, or on any express proclamation;",
                "__________________",
                "1 See ISBA/26/A/19.",
                "Ibid.",
                "See ISBA/8/A/11.",
                "4",
                "See ISBA/26/A/19.",
                "2",
                "3");
        List<NoteBody> found = notesOf(page);
        assertThat(markers(found)).containsExactly("1", "2", "3", "4");
        assertThat(texts(found)).containsExactly("See ISBA/26/A/19.", "Ibid.", "See ISBA/8/A/11.", "See ISBA/26/A/19.");
    }

    /** Lines before the page's first marker carry on the last note of the page before. */
    @Test
    void aNoteGoesOnOnTheNextPage() {
        List<SourceLine> first = PrintedLines.text(1,
                "the United Nations,",
                "__________________",
                "3",
                "See Official Records of the General Assembly, Seventy-eighth Session,");
        List<SourceLine> second = PrintedLines.text(2,
                "Decides to remain seized of the matter.",
                "__________________",
                "Supplement No. 53 (A/78/53), chap. VII, sect. A.",
                "4",
                "Resolution 77/1.");
        NoteArea notes = new NoteArea(PageMetrics.of(first));
        addNoteArea(notes, first);
        addNoteArea(notes, second);
        List<NoteBody> found = notes.finish();
        assertThat(markers(found)).containsExactly("3", "4");
        assertThat(texts(found)).containsExactly(
                "See Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 53 (A/78/53), chap. VII, sect. A.",
                "Resolution 77/1.");
        assertThat(notes.strays()).isEmpty();
    }

    /**
     * The next note's marker set one space from its text (A/RES/78/69, page 16: "45 See
     * ISBA/26/A/19.") opens that note after a note that ended; a number that does not count on
     * from the last marker, or follows a text still going, is the text's.
     */
    @Test
    void theNextMarkerSetOneSpaceFromItsTextOpensItsNote() {
        List<SourceLine> first = PrintedLines.text(1,
                "to continue his efforts to recover arrears;",
                "__________________",
                "44",
                "See ISBA/26/C/10, ISBA/27/C/37 and ISBA/28/C/27.");
        List<SourceLine> second = PrintedLines.text(2,
                "Protocol on the Privileges and Immunities of the Authority;",
                "__________________",
                "45 See ISBA/26/A/19.",
                "46",
                "Geneva Conventions of",
                "12 August 1949.",
                "48 Resolutions and decisions.");
        List<NoteBody> found = notesOf(first, second);
        assertThat(markers(found)).containsExactly("44", "45", "46");
        assertThat(texts(found)).containsExactly("See ISBA/26/C/10, ISBA/27/C/37 and ISBA/28/C/27.", "See ISBA/26/A/19.",
                "Geneva Conventions of 12 August 1949. 48 Resolutions and decisions.");
    }

    /**
     * A note set one space from its marker may open with a link, a quotation or a year ("8
     * http://legal.un.org/repertory.", "16 “Evaluation of …”", "2 1995 Review …"), as a PDF that
     * writes marker and note in one run gives them.
     */
    @Test
    void aNoteSetCloseMayOpenWithALinkOrAQuotation() {
        List<SourceLine> page = PrintedLines.text(2,
                "principal organs of the United Nations as official documents of the United Nations;",
                "11. Commends the Secretary-General for the progress made in the preparation of",
                "studies for the Repertory of Practice of United Nations Organs, including the use of the",
                "of the Repertory of Practice of United Nations Organs, and invites Member States,",
                "to the website for the Repertory; 9 and to the practice of the Security Council",
                "of his report dated 18 September 1952; 10",
                "__________________",
                "8 http://legal.un.org/committees/charter.",
                "9 “Evaluation of the enforcement and remedial assistance efforts”, as reissued on 12 June 2015.",
                "10 A/2170.",
                "11 1995 Review and Extension Conference of the Parties to the Treaty, Final Document.");
        List<SourceLine> before = PrintedLines.text(1, "the Declaration on the Prevention and Removal of Disputes,",
                "and the Manila Declaration; 7", "__________________", "7 Resolution 37/10, annex.");
        List<NoteBody> found = notesOf(before, page);
        assertThat(markers(found)).containsExactly("7", "8", "9", "10", "11");
        assertThat(texts(found).get(1)).isEqualTo("http://legal.un.org/committees/charter.");
    }

    /**
     * Right under a page's rule, the next number opens its note though the last note of the page
     * before seems to go on: plain pdftotext printed that note's wide line's last words after the
     * foot (75/142 printed: "… A/C.6/74/SR.16," then page 2's "2 A/75/151; see also …").
     */
    @Test
    void theNextNumberRightUnderTheRuleOpensItsNote() {
        List<SourceLine> first = PrintedLines.text(1,
                "Recalling its resolution 64/117 of 16 December 2009,",
                "Taking note of the discussions in the Sixth Committee,",
                "__________________",
                "1 See A/C.6/64/SR.12, A/C.6/64/SR.13 and A/C.6/75/SR.12.",
                "A/C.6/65/SR.10,",
                "A/C.6/74/SR.16,");
        List<SourceLine> second = PrintedLines.text(2,
                "4. Decides that the working group shall be open to all Member States;",
                "5. Also decides to include the item in its provisional agenda.",
                "__________________",
                "2 A/75/151; see also A/65/181 and A/74/144.");
        List<NoteBody> found = notesOf(first, second);
        assertThat(markers(found)).containsExactly("1", "2");
        assertThat(texts(found).get(1)).isEqualTo("A/75/151; see also A/65/181 and A/74/144.");
    }

    /**
     * A note whose last line ends with no stop has ended if that line stops well short of the
     * measure: the next number, set one space from its text, opens the next note (77/214 printed,
     * plain pdftotext: "15 See A/CONF.157/24 (Part I), chap. III"). A line that fills the measure
     * goes on, whatever number opens the next.
     */
    @Test
    void aShortLineEndsItsNoteThoughItEndsWithNoStop() {
        List<SourceLine> page = PrintedLines.text(1,
                "Recognizing that unilateral coercive measures disproportionally affect people in",
                "__________________",
                "14 A/74/548, annex.",
                "15 See A/CONF.157/24 (Part I), chap. III",
                "16 Report of the World Summit for Social Development, Copenhagen, 6–12 March 1995 (United Nations",
                "publication, Sales No. E.96.IV.8), chap. I, resolution 1, annex I.");
        List<NoteBody> found = notesOf(page);
        assertThat(markers(found)).containsExactly("14", "15", "16");
        assertThat(texts(found).get(1)).isEqualTo("See A/CONF.157/24 (Part I), chap. III");
    }

    /** Where every note line is short, the body's lines give the measure (75/308 printed: "2 Resolution 69/313, annex"). */
    @Test
    void theBodyGivesTheMeasureWhereEveryNoteLineIsShort() {
        List<SourceLine> page = PrintedLines.text(1,
                "Recalling its resolutions on improving global road safety and the measures taken since to",
                "Recalling its resolutions on improving global road safety and the measures taken since to",
                "Recalling its resolutions on improving global road safety and the measures taken since to",
                "__________________",
                "1 Resolution 70/1.",
                "2 Resolution 69/313, annex",
                "3 Resolution 71/256, annex.");
        List<NoteBody> found = notesOf(page);
        assertThat(markers(found)).containsExactly("1", "2", "3");
        assertThat(texts(found).get(1)).isEqualTo("Resolution 69/313, annex");
    }

    @Test
    void aLineThatFillsTheMeasureGoesOnIntoANumberedLine() {
        List<SourceLine> page = PrintedLines.text(1,
                "Recognizing that unilateral coercive measures disproportionally affect people in",
                "__________________",
                "14 A/74/548, annex.",
                "15 Report of the World Summit for Social Development, Copenhagen, held from 6 to 12 March in the year",
                "16 Member States attending (United Nations publication, Sales No. E.96.IV.8), chap. I, annex I.");
        List<NoteBody> found = notesOf(page);
        assertThat(markers(found)).containsExactly("14", "15");
        assertThat(texts(found).get(1)).endsWith("in the year 16 Member States attending (United Nations publication, Sales No. E.96.IV.8), chap. I, annex I.");
    }

    /**
     * The document's first note, right under the rule, may number on from an earlier part of a
     * resolution in parts ("2 A/75/690." in 75/245 B); further down a note area a number must count on.
     */
    @Test
    void theFirstNoteUnderTheRuleMayNumberOnFromAnEarlierPart() {
        List<SourceLine> page = PrintedLines.text(1,
                "Having considered the report of the Secretary-General on the initial review of the",
                "jurisdictional set-up of the United Nations common system 2 and the related report of",
                "the Advisory Committee on Administrative and Budgetary Questions, 3",
                "__________________",
                "2 A/75/690.",
                "3 A/75/797.");
        List<NoteBody> found = notesOf(page);
        assertThat(markers(found)).containsExactly("2", "3");
        assertThat(texts(found)).containsExactly("A/75/690.", "A/75/797.");
    }

    /**
     * In text, a page holding many notes has its rule in its upper half: notes set one space from
     * their markers under it still make it the note area's (75/193 printed, 25 notes on a page).
     */
    @Test
    void inTextARuleHighOnThePageOverNotesSetCloseStartsTheNotes() {
        List<SourceLine> page = PrintedLines.text(1,
                "including sarin and chlorine gas, and sulfur mustard, which are prohibited under",
                "__________________",
                "8 Ibid., chap. V.",
                "9 Ibid., chap. IV, sect. A.",
                "10 Ibid., Supplement No. 53A (A/67/53/Add.1), chap. III.",
                "11 Ibid., Sixty-eighth Session, Supplement No. 53 (A/68/53), chap. IV, sect. A.");
        assertThat(new NoteArea(PageMetrics.of(page)).start(page)).isEqualTo(1);
    }

    /** Lines of a note area with no note before them anywhere are kept as strays, not lost. */
    @Test
    void linesWithoutAnyNoteAreStrays() {
        List<SourceLine> page = PrintedLines.text(1,
                "the United Nations,",
                "__________________",
                "Supplement No. 53 (A/78/53), chap. VII, sect. A.",
                "1",
                "Resolution 77/1.");
        NoteArea notes = new NoteArea(PageMetrics.of(page));
        addNoteArea(notes, page);
        assertThat(markers(notes.finish())).containsExactly("1");
        assertThat(notes.strays()).extracting(SourceLine::plain).containsExactly("Supplement No. 53 (A/78/53), chap. VII, sect. A.");
    }
}
