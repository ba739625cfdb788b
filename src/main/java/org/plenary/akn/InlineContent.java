package org.plenary.akn;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plenary.akn.model.AuthorialNote;
import org.plenary.akn.model.InlineType;
import org.plenary.akn.model.NoteRef;
import org.plenary.akn.model.ObjectFactory;
import org.plenary.akn.model.PlacementType;
import org.plenary.akn.model.Ref;
import org.plenary.layout.Marks;
import org.plenary.parse.DocumentReferences;
import org.plenary.parse.Resolution.Note;

/**
 * Turns marked text into Akoma Ntoso inline content: italics become span class="italic", a note's
 * first call becomes its authorialNote (the note's text at the call point), later calls noteRefs,
 * and references to other UN documents become refs to their official pages.
 * One instance serves one document, so it knows which notes were already placed.
 */
final class InlineContent {
    private static final ObjectFactory AKN = new ObjectFactory();

    private final Map<String, Note> notes;
    private final Set<String> placed = new HashSet<>();

    InlineContent(Map<String, Note> notes) {
        this.notes = notes;
    }

    InlineType paragraph(String marked) {
        InlineType p = new InlineType();
        fill(p.getContent(), marked);
        return p;
    }

    private void fill(List<Object> content, String marked) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == Marks.ITALIC_OPEN) {
                int close = marked.indexOf(Marks.ITALIC_CLOSE, i + 1);
                int end = close < 0 ? marked.length() : close;
                flush(content, text);
                InlineType span = new InlineType();
                span.setClazz("italic");
                fill(span.getContent(), marked.substring(i + 1, end));
                content.add(AKN.createSpan(span));
                i = end;
            } else if (c == Marks.CALL_OPEN) {
                int close = marked.indexOf(Marks.CALL_CLOSE, i + 1);
                int end = close < 0 ? marked.length() : close;
                flush(content, text);
                content.add(call(marked.substring(i + 1, end)));
                i = end;
            } else if (c == Marks.ITALIC_CLOSE || c == Marks.CALL_CLOSE || c == Marks.NOTE_START) {
                // An unbalanced mark carries no text.
            } else {
                int run = i + 1; // the run of plain text up to the next mark, appended at once
                while (run < marked.length() && !isMark(marked.charAt(run))) {
                    run++;
                }
                text.append(marked, i, run);
                i = run - 1;
            }
        }
        flush(content, text);
    }

    private static boolean isMark(char c) {
        return c >= Marks.CALL_OPEN && c <= Marks.NOTE_START;
    }

    private Object call(String marker) {
        Note note = notes.get(marker);
        if (note == null) {
            InlineType sup = new InlineType();
            sup.getContent().add(marker);
            return AKN.createSup(sup);
        }
        if (placed.add(marker)) {
            AuthorialNote authorialNote = new AuthorialNote();
            authorialNote.setMarker(marker);
            authorialNote.setPlacement(PlacementType.BOTTOM);
            authorialNote.setEId(EidNaming.note(marker));
            authorialNote.getP().add(paragraph(note.text()));
            return authorialNote;
        }
        NoteRef ref = new NoteRef();
        ref.setMarker(marker);
        ref.setHref("#" + EidNaming.note(marker));
        return ref;
    }

    /** Adds a run of plain text, with each reference to another UN document as a ref to its official page. */
    private static void flush(List<Object> content, StringBuilder text) {
        if (text.length() == 0) {
            return;
        }
        String run = text.toString();
        int at = 0;
        for (DocumentReferences.Reference reference : DocumentReferences.find(run)) {
            if (reference.start() > at) {
                content.add(run.substring(at, reference.start()));
            }
            Ref ref = new Ref();
            ref.setHref(reference.url());
            ref.getContent().add(run.substring(reference.start(), reference.end()));
            content.add(ref);
            at = reference.end();
        }
        if (at < run.length()) {
            content.add(run.substring(at));
        }
        text.setLength(0);
    }
}
