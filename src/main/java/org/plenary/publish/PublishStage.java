package org.plenary.publish;

import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Stage;

/** Writes the four outputs and removes an error report left by an earlier failed version. */
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
        writer.write(job.outputDir(), job.baseName(), job.aknXml(), job.renditions());
        writer.clearError(job.outputDir(), job.baseName());
        if (job.inputProblems().isEmpty()) {
            writer.clearReport(job.outputDir(), job.baseName());
        } else {
            writer.writeReport(job.outputDir(), job.baseName(), org.plenary.validate.AknInputStage.report(job));
        }
    }
}
