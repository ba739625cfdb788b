package org.plenary.read.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.plenary.SharedMaterial;
import org.plenary.SourceLines;
import org.plenary.source.SourceDocument;
import org.plenary.source.SourceForm;
import org.plenary.source.SourceLine;

class LegacyWordReaderTest {
    /**
     * A .doc (word/README.md) with Word-numbered paragraphs and footnotes, one of them with a mark
     * of its own ("*"), which POI's converter leaves out: all are read, each called where it was.
     */
    @Test
    void paragraphsWordNumbersAndEveryFootnoteAreRead() throws IOException {
        SourceDocument document = new LegacyWordReader().read(Files.readAllBytes(SharedMaterial.testResource("word/marked-notes.doc")));
        assertThat(document.form()).isEqualTo(SourceForm.WORD_DOCUMENT);
        assertThat(SourceLines.shown(document)).containsExactly(
                "Resolution adopted by the General Assembly^*",
                "The General Assembly,",
                "Recalling the Programme of Action adopted at Cairo,^1 in particular chapter X,",
                "1. Takes note of the report of the Secretary-General;^2",
                "2. Decides to include the item in the provisional agenda of its fifty-ninth session.",
                "^1Report of the International Conference on Population and Development.",
                "^2A/58/98.",
                "^*Reissued for technical reasons on 2 May 2024.");
        SourceLine recital = document.lines().stream().filter(l -> l.plain().startsWith("Recalling")).findFirst().orElseThrow();
        assertThat(recital.text().leadingItalic()).isEqualTo("Recalling");
        assertThat(recital.number()).isEqualTo(3); // the document's third paragraph
    }
}
