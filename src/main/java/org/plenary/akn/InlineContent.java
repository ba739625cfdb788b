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
import org.plenary.parse.DocumentReferences;
import org.plenary.parse.Resolution.Note;
import org.plenary.source.StyledText;

/**
 * Turns styled text into Akoma Ntoso inline content: italics become span class="italic", a note's
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

    InlineType paragraph(StyledText text) {
        InlineType p = new InlineType();
        fill(p.getContent(), text);
        return p;
    }

    /**
     * The text as inline content: runs of one style, italic ones in a span and raised ones in a
     * sup, with each call at its place.
     */
    private void fill(List<Object> content, StyledText text) {
        List<StyledText.Call> calls = text.calls();
        int nextCall = 0;
        int i = 0;
        int length = text.length();
        while (i < length || nextCall < calls.size()) {
            if (nextCall < calls.size() && calls.get(nextCall).at() <= i) {
                content.add(call(calls.get(nextCall++).marker()));
                continue;
            }
            byte style = (byte) (text.styleAt(i) & (StyledText.ITALIC | StyledText.SUPERSCRIPT));
            int end = i + 1;
            int stop = nextCall < calls.size() ? calls.get(nextCall).at() : length;
            while (end < stop && (text.styleAt(end) & (StyledText.ITALIC | StyledText.SUPERSCRIPT)) == style) {
                end++;
            }
            String run = text.text().substring(i, end);
            if ((style & StyledText.ITALIC) != 0) {
                InlineType span = new InlineType();
                span.setClazz("italic");
                addRun(span.getContent(), run, style);
                content.add(AKN.createSpan(span));
            } else {
                addRun(content, run, style);
            }
            i = end;
        }
    }

    private static void addRun(List<Object> content, String run, byte style) {
        if ((style & StyledText.SUPERSCRIPT) != 0) {
            InlineType sup = new InlineType();
            sup.getContent().add(run);
            content.add(AKN.createSup(sup));
        } else {
            withReferences(content, run);
        }
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
    private static void withReferences(List<Object> content, String run) {
        if (run.isEmpty()) {
            return;
        }
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
    }
}
