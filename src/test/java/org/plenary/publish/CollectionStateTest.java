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
        assertThat(state.apply(doc("b", "S/1")).moved()).containsExactly("S/1");
        assertThat(state.pageOf("S/1")).isEqualTo("b");
        assertThat(state.apply(doc("c", "S/1")).moved()).as("a later name changes no link").isEmpty();
        assertThat(state.apply(doc("a", "S/1")).moved()).containsExactly("S/1");
        assertThat(state.pageOf("S/1")).isEqualTo("a");
        assertThat(state.pageOf("S/2")).isNull();
    }

    @Test
    void replacingADocumentMovesItsSymbolAndItsCitations() {
        state.apply(doc("a", "S/1", "S/2"));
        state.apply(doc("b", "S/2"));
        assertThat(state.citersOf("S/2")).containsExactly("a");
        assertThat(state.apply(doc("a", "S/1", "S/2")).moved()).as("the same again changes no link").isEmpty();
        CollectionState.Change change = state.apply(doc("a", "S/3", "S/4"));
        assertThat(change.moved()).containsExactlyInAnyOrder("S/1", "S/3");
        assertThat(change.touched()).containsExactly("a");
        assertThat(state.pageOf("S/1")).isNull();
        assertThat(state.citersOf("S/2")).isEmpty();
        assertThat(state.citersOf("S/4")).containsExactly("a");
    }

    @Test
    void aFailureKeepsThePublishedVersionAndALaterSuccessClearsIt() {
        state.apply(doc("a", "S/1"));
        assertThat(state.apply(new Failed("a", "a.txt: not converted")).moved()).isEmpty();
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
        assertThat(state.catalogEntry("a").get("cites").toString()).as("not itself, not absent symbols").isEqualTo("[\"b\"]");
        assertThat(state.catalogEntry("b").get("sameSymbolAs").toString()).isEqualTo("[\"c\"]");
        assertThat(state.catalogEntry("c").get("cites").toString()).isEqualTo("[\"a\"]");
        assertThat(state.catalogEntry("a").get("sameSymbolAs")).isEmpty();
        assertThat(state.failedEntry("d").get("report").asText()).isEqualTo("errors/d.txt");
        assertThat(state.duplicates()).isEqualTo(2);
    }

    @Test
    void aDocumentTouchesTheEntriesThatNameOrShareItsSymbol() {
        state.apply(doc("b", "S/1"));
        state.apply(doc("x", "S/2", "S/1"));
        state.apply(doc("y", "S/3"));
        // "a" takes S/1 over from "b": b (its duplicate) and x (citing S/1) change; y does not.
        assertThat(state.apply(doc("a", "S/1")).touched()).containsExactlyInAnyOrder("a", "b", "x");
    }

    @Test
    void theIndexListsTheLatestFirstThenBySymbol() {
        ObjectNode late = JsonNodeFactory.instance.objectNode().put("symbol", "S/2").put("adoptionDate", "2020-01-02");
        ObjectNode early = JsonNodeFactory.instance.objectNode().put("symbol", "S/1").put("adoptionDate", "2020-01-01");
        ObjectNode sameDay = JsonNodeFactory.instance.objectNode().put("symbol", "S/0").put("adoptionDate", "2020-01-02");
        state.apply(Published.of("a", early, false));
        state.apply(Published.of("b", late, false));
        state.apply(Published.of("c", sameDay, false));
        state.apply(Published.of("d", JsonNodeFactory.instance.objectNode(), false));
        assertThat(state.indexOrder()).containsExactly("c", "b", "a", "d");
    }

    @Test
    void entriesReadBackFromTheirJournalLinesAreTheSame() {
        List<CollectionEntry> entries = List.of(doc("a", "S/1", "S/2"), doc("b", null), new Failed("c", "c.txt: \"quoted\" é"));
        for (CollectionEntry entry : entries) {
            assertThat(CollectionEntry.fromJson(entry.toJson())).isEqualTo(entry);
        }
    }
}
