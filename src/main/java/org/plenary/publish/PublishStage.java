package org.plenary.publish;

import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Stage;

/**
 * Writes the four outputs and removes an error report left by an earlier failed version; the page
 * last, by the collection of the output folder, which links it and records the document.
 */
public final class PublishStage implements Stage {
    private final OutputWriter writer = new OutputWriter();

    @Override
    public Input input() {
        return Input.ANY;
    }

    @Override
    public String name() {
        return "publish";
    }

    @Override
    public void apply(DocumentJob job) {
        com.fasterxml.jackson.databind.JsonNode document = OutputCheck.require(job);
        // Read before any output is written, so the outputs of documents in flight are not taken for strays.
        PublishedCollection collection = PublishedCollection.of(job.outputDir());
        collection.open();
        writer.writeAllButPage(job.outputDir(), job.baseName(), job.aknXml(), job.renditions());
        writer.clearError(job.outputDir(), job.baseName());
        boolean report = !job.inputProblems().isEmpty();
        if (report) {
            writer.writeReport(job.outputDir(), job.baseName(), org.plenary.validate.AknInputStage.report(job));
        } else {
            writer.clearReport(job.outputDir(), job.baseName());
        }
        collection.publish(job.baseName(), job.renditions().htmlBytes(), document, report);
    }
}
