package org.plenary.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.SourceLines;
import org.plenary.read.text.DecodedText;
import org.plenary.source.SourceDocument;
import org.plenary.source.SourceForm;
import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

class HtmlPageReaderTest {
    private final HtmlPageReader reader = new HtmlPageReader();

    private SourceDocument read(String html) {
        return reader.read(new DecodedText(html, StandardCharsets.UTF_8, false));
    }

    /** The lines with text, as "text" with each call shown as ^marker where it stands. */
    private List<String> lines(String html) {
        return SourceLines.shown(read(html));
    }

    @Test
    void aBlockIsALineWithItsWhiteSpaceCollapsedAndBlocksAreSetApartByBlankLines() {
        SourceDocument page = read("<html><body><p>The  General\n  Assembly,</p><div>Recalling&nbsp;its resolution</div></body></html>");
        assertThat(page.form()).isEqualTo(SourceForm.WEB_PAGE);
        assertThat(page.lines()).extracting(SourceLine::plain).containsExactly("The General Assembly,", "", "Recalling its resolution");
    }

    @Test
    void italicRunsKeepTheirStyleSpacesIncluded() {
        StyledText text = read("<html><body><p>1.&nbsp;&nbsp; <i>Takes  note</i> of the report</p></body></html>").lines().get(0).text();
        assertThat(text.text()).isEqualTo("1. Takes note of the report");
        assertThat(text.leadingItalic()).isEmpty(); // the number is not italic
        assertThat(text.substring(3).leadingItalic()).isEqualTo("Takes note");
    }

    @Test
    void raisedMarkersAndInPageLinksAreCalls() {
        assertThat(lines("<html><body><p>adopted at Cairo,<sup>1</sup> in particular chapter X"
                + " and Copenhagen <sup>2</sup>, as well as <a href=\"#_ftn3\" name=\"_ftnref3\"><span>[3]</span></a> and the 78<sup>th</sup> meeting</p></body></html>"))
                .containsExactly("adopted at Cairo,^1 in particular chapter X and Copenhagen^2, as well as^3 and the 78th meeting");
    }

    @Test
    void bracketedMarkersInTextAreCallsAfterAWordAndNoteStartsAtALinesStart() {
        assertThat(lines("<html><body><p>adopted at Cairo[1], see [2] below</p><p>[1] Report of the Conference.</p></body></html>"))
                .containsExactly("adopted at Cairo^1, see [2] below", "^1Report of the Conference.");
    }

    @Test
    void aWordProcessorsFootnotesStartWithTheirMarker() {
        String html = "<html><body><div class=WordSection1><p class=MsoNormal>Cairo<a style='mso-footnote-id:ftn1' href=\"#_ftn1\" name=\"_ftnref1\">"
                + "<span class=MsoFootnoteReference><![if !supportFootnotes]><span class=MsoFootnoteReference>[1]</span><![endif]></span></a>,</p></div>"
                + "<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width=\"33%\"><![endif]>"
                + "<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a href=\"#_ftnref1\" name=\"_ftn1\">"
                + "<span class=MsoFootnoteReference>[1]</span></a> Report of the International Conference.</p></div></div></body></html>";
        assertThat(lines(html)).containsExactly("Cairo^1,", "^1Report of the International Conference.");
    }

    @Test
    void aNumberedListIsNumberedAsABrowserNumbersIt() {
        String html = "<html><body><ol start=\"6\"><li><p><em>Requests</em> the Secretary-General</p></li><li>Decides</li>"
                + "<li value=\"10\">Invites</li><li>Urges<ol type=\"a\"><li>The first;</li><li>The second;</li></ol></li></ol>"
                + "<ol style=\"list-style-type: lower-roman\" start=\"3\"><li>third</li></ol>"
                + "<ol><li>(a) labelled by the page</li></ol></body></html>";
        assertThat(lines(html)).containsExactly("6. Requests the Secretary-General", "7. Decides", "10. Invites", "11. Urges",
                "(a) The first;", "(b) The second;", "(iii) third", "(a) labelled by the page");
    }

    @Test
    void theSitesNavigationScriptsFooterAndHiddenTextAreLeftOut() {
        String html = "<!DOCTYPE html><html><head><title>A/RES/54/212</title><script>var x = 1;</script></head><body>"
                + "<header><a href=\"/\">Archive</a><nav><a href=\"/\">Home</a></nav></header><main><p>The General Assembly,</p>"
                + "<p style=\"display: none\">Share this</p><form><input value=\"Search\"></form></main>"
                + "<footer>© Archive</footer><script>track();</script></body></html>";
        assertThat(lines(html)).containsExactly("The General Assembly,");
    }

    @Test
    void notesListedOutsideTheMainContentAreReadAfterItWithoutTheirBackLinks() {
        String html = "<!DOCTYPE html><html><body><main><p>Recalling the Declaration<sup id=\"fnref1\"><a href=\"#fn1\" class=\"footnote-ref\">1</a></sup>"
                + " and its annex <a href=\"#top\">Back to top</a></p></main>"
                + "<section class=\"footnotes\"><hr><ol><li id=\"fn1\"><p>Resolution 217 A (III). <a href=\"#fnref1\" class=\"footnote-back\">↩︎</a></p></li></ol></section>"
                + "<div id=\"top\">Site banner</div></body></html>";
        assertThat(lines(html)).containsExactly("Recalling the Declaration^1 and its annex", "^1Resolution 217 A (III).");
    }

    @Test
    void anEncyclopaediasReferencesAreNotes() {
        String html = "<html><body><div id=\"content\"><p>the Charter<sup class=\"reference\"><a href=\"#cite_note-1\">[1]</a></sup>.</p>"
                + "<ol class=\"references\"><li id=\"cite_note-1\"><span class=\"mw-cite-backlink\"><a href=\"#cite_ref-1\">^</a></span> "
                + "<span class=\"reference-text\">Resolution 60/1.</span></li></ol></div></body></html>";
        assertThat(lines(html)).containsExactly("the Charter^1.", "^1Resolution 60/1.");
    }

    @Test
    void aBreakEndsALineAndTableCellsShareTheirRowsLine() {
        assertThat(lines("<html><body><p>87th plenary meeting<br>22 December 1999</p>"
                + "<table><tr><td>Item</td><td>Amount</td></tr></table></body></html>"))
                .containsExactly("87th plenary meeting", "22 December 1999", "Item Amount");
    }

    @Test
    void linesCiteThePagesOwnLines() {
        SourceDocument page = read("<html>\n<body>\n<p>The General Assembly,</p>\n\n<p>Recalling</p>\n</body></html>");
        assertThat(page.lines()).filteredOn(l -> !l.isBlank()).extracting(SourceLine::number).containsExactly(3, 5);
    }

    @Test
    void aPageNestedDeeperThanAStackAllowsIsRead() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>The General Assembly,</p>" + "</div>".repeat(100_000) + "</body></html>";
        assertThat(lines(html)).containsExactly("The General Assembly,");
    }

    @Test
    void aTextServedAsAPageIsReadAsTheTextItIs() {
        String text = "       The General Assembly,\n\n       Recalling its resolution 54/212 of 22 December 1999 on\n"
                + "international migration,\n\n   1.  Decides to remain seized of the matter.\n";
        SourceDocument page = read("<html>\n<head><title>A/RES/55/1</title></head>\n<body><pre>" + text.replace("<", "&lt;")
                + "</pre></body></html>");
        assertThat(page.form()).isNotEqualTo(SourceForm.WEB_PAGE);
        assertThat(page.lines()).extracting(SourceLine::plain).startsWith("       The General Assembly,", "",
                "       Recalling its resolution 54/212 of 22 December 1999 on", "international migration,");
        assertThat(page.lines().get(0).number()).isEqualTo(3);
    }

    /** Converters from word processors set italics by class ({@code .s3{font-style:italic}}), sites by inline style. */
    @Test
    void italicsSetByAStyleSheetsClassOrAnInlineStyleAreItalics() {
        SourceDocument page = read("<html><head><style>/* Word */ .s1{font-family:Calibri} .s3 {font-family:Times; font-style: italic}"
                + " p.lead, .b{font-weight:700}</style></head><body>"
                + "<p><span class=\"s1 s3\">Recalling also</span><span class=\"s1\"> its resolution</span></p>"
                + "<p><span style=\"font-style:italic\">Noting</span> the report</p></body></html>");
        List<SourceLine> text = page.lines().stream().filter(l -> !l.isBlank()).toList();
        assertThat(text.get(0).text().leadingItalic()).isEqualTo("Recalling also");
        assertThat(text.get(1).text().leadingItalic()).isEqualTo("Noting");
    }

    /** A marker raised by a style (a class, or inline) is a call as {@code <sup>} is; raised words are text. */
    @Test
    void aMarkerRaisedByAStyleIsACall() {
        assertThat(lines("<html><head><style>.s2{vertical-align:super;font-size:smaller;}</style></head><body>"
                + "<p>the common system<span class=\"s2\">2</span> and the report,<span style=\"vertical-align: super\">3</span>"
                + " of the 78<span class=\"s2\">th</span> meeting</p></body></html>"))
                .containsExactly("the common system^2 and the report,^3 of the 78th meeting");
    }

    /** A converter's label "1." with a zero-width space after it reads as printed. */
    @Test
    void zeroWidthSpacesShowNothing() {
        assertThat(lines("<html><body><p><span>1.\u200B&nbsp;</span><span>Takes note</span></p></body></html>"))
                .containsExactly("1. Takes note");
    }
}
