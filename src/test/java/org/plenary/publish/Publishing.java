package org.plenary.publish;

import java.nio.file.Path;

import org.plenary.pipeline.DocumentJob;

/** Publishes a converted document under any name, as the publish stage does for its own. */
final class Publishing {
    private Publishing() {
    }

    static void publish(Path out, String name, DocumentJob job) {
        PublishedCollection collection = PublishedCollection.of(out);
        collection.open();
        OutputWriter writer = new OutputWriter();
        writer.writeAllButPage(out, name, job.aknXml(), job.renditions());
        writer.clearError(out, name);
        writer.clearReport(out, name);
        collection.publish(name, job.renditions().htmlBytes(), OutputCheck.require(job), false);
    }

    static void fail(Path out, String name, String report) {
        PublishedCollection collection = PublishedCollection.of(out);
        collection.open();
        new OutputWriter().writeError(out, name, report);
        collection.failed(name, report);
    }
}
