package org.plenary.parse;

import org.plenary.layout.LaidOutText;
import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Stage;
import org.plenary.pipeline.Warning;

/** Recognises the resolution's parts and links the notes to their calls. */
public final class ParseStage implements Stage {
    private final ResolutionParser parser = new ResolutionParser();

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public void apply(DocumentJob job) {
        LaidOutText laidOut = job.laidOut();
        java.util.List<Warning> warnings = new java.util.ArrayList<>();
        Resolution resolution = parse(parser, laidOut, warnings);
        warnings.forEach(w -> job.warn(w.code(), w.line(), w.message()));
        job.resolution(resolution);
    }

    /** For tests and tools: the parse of one laid-out text, with its warnings. */
    public static Resolution parse(LaidOutText laidOut, java.util.List<Warning> warnings) {
        return parse(new ResolutionParser(), laidOut, warnings);
    }

    /** Recognises the parts, links the notes, then looks for body text among them; the warnings of each, in that order. */
    private static Resolution parse(ResolutionParser parser, LaidOutText laidOut, java.util.List<Warning> warnings) {
        ResolutionParser.Result result = parser.parse(laidOut);
        warnings.addAll(result.warnings());
        warnings.addAll(new NoteLinker(laidOut.form()).link(result.resolution()));
        warnings.addAll(NoteMisplacements.check(laidOut.notes()));
        return result.resolution();
    }
}
