package org.plenary.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Pipelines;

/** Every call of a note has an anchor of its own, numbered in document order, and the note links back to each. */
class HtmlNoteCallsTest {
    private static final String AKN = """
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution"><meta/>
            <preamble><p>First<authorialNote eId="n1" marker="1"><p>One.</p></authorialNote> then<noteRef href="#n1" marker="1"/>
            and<authorialNote eId="n2" marker="2"><p>Two.</p></authorialNote> and again<noteRef href="#n1" marker="1"/>.</p></preamble>
            <mainBody><paragraph eId="para_1"><num>1.</num><content><p>Decides<noteRef href="#n2" marker="2"/>.</p></content></paragraph>
            </mainBody></statement></akomaNtoso>
            """;

    @Test
    void eachCallIsNumberedAmongItsNotesCallsAndLinkedBack() {
        DocumentJob job = Pipelines.inMemory().run(new DocumentJob("calls.xml", AKN.getBytes(StandardCharsets.UTF_8), Path.of("unused")));
        Document page = Jsoup.parse(job.renditions().html());

        assertThat(page.select("sup.call a").eachAttr("id")).containsExactly("call-n1-1", "call-n1-2", "call-n2-1", "call-n1-3", "call-n2-2");
        assertThat(backLinks(page, "n1")).containsExactly("#call-n1-1", "#call-n1-2", "#call-n1-3");
        assertThat(backLinks(page, "n2")).containsExactly("#call-n2-1", "#call-n2-2");
    }

    @Test
    void thousandsOfCallsOfOneNoteAreNumberedInTurn() {
        StringBuilder calls = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            calls.append(" again<noteRef href=\"#n1\" marker=\"1\"/>");
        }
        String akn = AKN.replace(" then<noteRef href=\"#n1\" marker=\"1\"/>", calls.toString());
        DocumentJob job = Pipelines.inMemory().run(new DocumentJob("calls.xml", akn.getBytes(StandardCharsets.UTF_8), Path.of("unused")));
        Document page = Jsoup.parse(job.renditions().html());

        List<String> ids = page.select("sup.call a[href=#n1]").eachAttr("id");
        assertThat(ids).hasSize(3002);
        for (int i = 0; i < ids.size(); i++) {
            assertThat(ids.get(i)).isEqualTo("call-n1-" + (i + 1));
        }
    }

    /** Akoma Ntoso allows a preamble's paragraphs loose, outside containers: each is rendered as one. */
    @Test
    void looseParagraphsOfAPreambleAreRendered() {
        DocumentJob job = Pipelines.inMemory().run(new DocumentJob("loose.xml", AKN.getBytes(StandardCharsets.UTF_8), Path.of("unused")));

        assertThat(Jsoup.parse(job.renditions().html()).text()).contains("First", "then", "and again", "Decides");
        assertThat(job.renditions().text()).contains("First");
    }

    private static List<String> backLinks(Document page, String note) {
        Element item = page.getElementById(note);
        return item.select("a.back").eachAttr("href");
    }
}
