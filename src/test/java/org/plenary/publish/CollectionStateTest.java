package org.plenary.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.plenary.publish.CollectionEntry.Failed;
import org.plenary.publish.CollectionEntry.Published;

/** The collection in memory: which page a symbol links to, and which pages must follow a change. */
class CollectionStateTest {
    private final CollectionState state = new CollectionState();

    private static Published doc(String name, String symbol, String... cites) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("symbol", symbol);
        json.put("title", "Title of " + name);
        json.putArray("operative").addObject().putArray("references").addAll(
                java.util.Arrays.stream(cites).map(JsonNodeFactory.instance::textNode).toList());
        return Published.of(name, json, false);
    }

    @Test
    void aSymbolLinksToTheFirstNameThatCarriesIt() {
        assertThat(state.apply(doc("b", "S/1"))).containsExactly("S/1");
        assertThat(state.pageOf("S/1")).isEqualTo("b");
        assertThat(state.apply(doc("c", "S/1"))).as("a later name changes no link").isEmpty();
        assertThat(state.apply(doc("a", "S/1"))).containsExactly("S/1");
        assertThat(state.pageOf("S/1")).isEqualTo("a");
        assertThat(state.pageOf("S/2")).isNull();
    }

    @Test
    void replacingADocumentMovesItsSymbolAndItsCitations() {
        state.apply(doc("a", "S/1", "S/2"));
        state.apply(doc("b", "S/2"));
        assertThat(state.citersOf("S/2")).containsExactly("a");
        assertThat(state.apply(doc("a", "S/1", "S/2"))).as("the same again changes nothing").isEmpty();
        assertThat(state.apply(doc("a", "S/3", "S/4"))).containsExactlyInAnyOrder("S/1", "S/3");
        assertThat(state.pageOf("S/1")).isNull();
        assertThat(state.citersOf("S/2")).isEmpty();
        assertThat(state.citersOf("S/4")).containsExactly("a");
    }

    @Test
    void aFailureKeepsThePublishedVersionAndALaterSuccessClearsIt() {
        state.apply(doc("a", "S/1"));
        assertThat(state.apply(new Failed("a", "a.txt: not converted"))).isEmpty();
        assertThat(state.publishedNames()).containsExactly("a");
        assertThat(state.failedNames()).containsExactly("a");
        state.apply(doc("a", "S/1"));
        assertThat(state.failedNames()).isEmpty();
    }

    @Test
    void theCatalogNamesCitedDocumentsAndDuplicates() {
        state.apply(doc("a", "S/1", "S/2", "S/1", "S/9"));
        state.apply(doc("b", "S/2"));
        state.apply(doc("c", "S/2", "S/1"));
        state.apply(new Failed("d", "d.txt: empty"));
        ObjectNode catalog = state.catalog();
        var resolutions = catalog.get("resolutions");
        assertThat(resolutions).hasSize(3);
        assertThat(resolutions.get(0).get("cites").toString()).as("not itself, not absent symbols").isEqualTo("[\"b\"]");
        assertThat(resolutions.get(1).get("sameSymbolAs").toString()).isEqualTo("[\"c\"]");
        assertThat(resolutions.get(2).get("cites").toString()).isEqualTo("[\"a\"]");
        assertThat(resolutions.get(0).get("sameSymbolAs")).isEmpty();
        assertThat(catalog.get("failed").get(0).get("report").asText()).isEqualTo("errors/d.txt");
    }

    @Test
    void entriesReadBackFromTheirJournalLinesAreTheSame() {
        List<CollectionEntry> entries = List.of(doc("a", "S/1", "S/2"), doc("b", null), new Failed("c", "c.txt: \"quoted\" é"));
        for (CollectionEntry entry : entries) {
            assertThat(CollectionEntry.fromJson(entry.toJson())).isEqualTo(entry);
        }
    }
}
