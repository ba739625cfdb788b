package org.plenary.layout;

import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Stage;
import org.plenary.pipeline.Warning;

/** Cleans the layout: furniture aside, notes out, lines joined into paragraphs. */
public final class LayoutStage implements Stage {
    private final LayoutCleaner cleaner = new LayoutCleaner();

    @Override
    public String name() {
        return "layout";
    }

    @Override
    public void apply(DocumentJob job) {
        LaidOutText laidOut = cleaner.clean(job.source());
        for (Warning w : laidOut.warnings()) {
            job.warn(w.code(), w.line(), w.message());
        }
        job.laidOut(laidOut);
    }
}
