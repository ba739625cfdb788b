package org.plenary.layout;

import java.util.List;

import org.plenary.pipeline.Warning;
import org.plenary.source.SourceForm;
import org.plenary.source.SourceLine;

/**
 * The source after layout cleaning: logical paragraphs in reading order, the note table, and the
 * lines set aside as page furniture (kept so that every word of the input is accounted for).
 */
public record LaidOutText(SourceForm form, List<Block> blocks, List<NoteBody> notes, List<SourceLine> furniture,
                          List<SourceLine> sourceLines, List<Warning> warnings) {
}
